// POST /api/documents: documents through the pipeline into the store, JSON and JSONL.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/server/app.js';
import { openStore, type Store } from '../../src/store/index.js';

let dir: string;
let store: Store;
let app: ReturnType<typeof createApp>;
let auth: { authorization: string };

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-docs-'));
  store = await openStore(join(dir, 'db.sqlite'));
  app = createApp({ store, readAccess: 'open', maxDocumentBytes: 64 * 1024 });
  auth = { authorization: `Bearer ${(await store.tokens.create('ingest')).token}` };
});
after(async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); });

const post = (body: string, type: string, headers: Record<string, string> = auth) =>
  app.request('/api/documents', { method: 'POST', headers: { 'content-type': type, ...headers }, body });

describe('POST /api/documents', () => {
  it('needs a token', async () => {
    assert.equal((await post('{"id":"a","text":"x"}', 'application/json', {})).status, 401);
  });
  it('stores a JSON document', async () => {
    const r = await post(JSON.stringify({ id: 'api-1', title: 'Riot in Port Example', published_at: '2024-05-02', source: 'Example Wire',
      text: 'Rioters burned tyres and threw stones at police in Port Example on Wednesday, officials said. Two people were hurt.' }), 'application/json');
    assert.equal(r.status, 201, await r.clone().text());
    const body = await r.json();
    assert.equal(body.received, 1);
    assert.deepEqual(body.failed, []);
    assert.equal(body.saved[0].id, 'api-1');
    const stored = await store.documents.get('api-1');
    assert.equal(stored?.source, 'Example Wire');
  });
  it('stores JSONL and reports the lines it could not read', async () => {
    const lines = [
      JSON.stringify({ id: 'api-2', text: 'Hundreds of teachers marched in Example City on Monday demanding higher pay.', published_at: '2024-05-06' }),
      '{not json',
      JSON.stringify({ id: 'api-3', title: 'no text' }),
    ].join('\n');
    const r = await post(lines, 'application/x-ndjson');
    assert.equal(r.status, 201);
    const body = await r.json();
    assert.equal(body.received, 3);
    assert.deepEqual(body.saved.map((s: any) => s.id), ['api-2']);
    assert.deepEqual(body.failed.map((f: any) => f.reason).sort(), ['malformed-json', 'missing-text']);
    assert.equal((await store.documents.counts()).deadLetters, 2);
  });
  it('sending the same document again changes nothing', async () => {
    const before = await store.documents.counts();
    const r = await post(JSON.stringify({ id: 'api-2', text: 'Hundreds of teachers marched in Example City on Monday demanding higher pay.', published_at: '2024-05-06' }), 'application/json');
    assert.equal(r.status, 201);
    assert.equal((await store.documents.counts()).documents, before.documents);
  });
  it('refuses other content types, empty bodies and oversized bodies', async () => {
    assert.equal((await post('text', 'text/plain')).status, 415);
    assert.equal((await post('', 'application/json')).status, 400);
    const big = JSON.stringify({ id: 'big', text: 'word '.repeat(20_000) });
    assert.equal((await post(big, 'application/json')).status, 413);
  });
});

describe('POST /api/documents remembers recurring boilerplate across requests', () => {
  it('a paragraph a source repeated in earlier requests is cut from the next document', async () => {
    const trailer = 'The Tiny Wire Gazette is an independent newsroom; write to our desk with your tips and photos.';
    const stories = [
      ['Market fire in Northtown', 'A fire destroyed twelve stalls at the Northtown market on Monday, traders said.'],
      ['Bridge reopens in Southvale', 'The old bridge in Southvale reopened to traffic on Tuesday after repairs.'],
      ['School fair in Eastburg', 'Pupils in Eastburg raised money for new books at a school fair on Wednesday.'],
      ['Protest in Westport', 'Hundreds of dock workers protested in Westport on Thursday over unpaid wages.'],
    ];
    for (const [i, [title, body]] of stories.entries()) { // one request each: a new run every time
      const r = await post(JSON.stringify({ id: `tiny-${i}`, title, source: 'Tiny Wire', published_at: '2024-06-0' + (i + 1), text: `${body}\n\n${trailer}` }), 'application/json');
      assert.equal(r.status, 201, await r.clone().text());
    }
    const first = await store.documents.get('tiny-0');
    const last = await store.documents.get('tiny-3');
    assert.ok(first?.text.includes('independent newsroom'), 'not yet recurring when first seen');
    assert.ok(last?.text.includes('dock workers'), 'the story itself is kept');
    assert.ok(!last?.text.includes('independent newsroom'), `the trailer seen in 3 earlier requests is cut: ${last?.text}`);
  });
});
