import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createContext } from '../../src/context.js';
import { stagesUntil } from '../../src/pipeline.js';
import { ingest } from '../../src/ingest/run.js';
import { EXAMPLES_DIR } from '../../src/paths.js';
import { openStore, type SqliteStore } from '../../src/store/index.js';
import { tempDir } from './helpers.js';

// The core's own stages: these tests must not depend on the later stages, which other areas own.
const CORE = stagesUntil('dedupe');

const BOMB = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss version="2.0"><channel><title>&lol4;</title><item><title>&lol4;</title><description>&lol4;</description></item></channel></rss>`;

function badInputs(dir: string): void {
  writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  const fd = openSync(join(dir, 'huge.txt'), 'w');
  ftruncateSync(fd, 50 * 1024 * 1024);
  closeSync(fd);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'bomb.xml'), BOMB);
  writeFileSync(join(dir, 'broken.rss'), '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>unclosed</item></channel>');
  writeFileSync(join(dir, 'docs.jsonl'), [
    JSON.stringify({ id: 'j1', title: 'Strike closes port', text: 'Dock workers in the port city went on strike on Monday over pay, halting all shipping for the day.', published_at: '2025-03-03' }),
    '{"id": "j2", "text": "this line is cut off',
    JSON.stringify({ id: 'j3', title: 'No text here' }),
    JSON.stringify({ id: 'j4', text: 'Farmers drove tractors into the regional capital on Tuesday to protest against import quotas.' }),
  ].join('\n'));
  // windows-1252 text: "Café owners protested" with é as the single byte 0xE9 (not valid UTF-8).
  writeFileSync(join(dir, 'latin.txt'), Buffer.from('Caf\xe9 owners protest new tax\n\nCaf\xe9 owners in the old town closed their shutters on Friday in protest against a new tax on terraces.', 'latin1'));
  copyFileSync(join(EXAMPLES_DIR, 'harem-operation.txt'), join(dir, 'good.txt'));
}

test('bad inputs become dead letters with reasons while the good ones are stored', async () => {
  const dir = tempDir();
  const inputs = join(dir, 'in');
  mkdirSync(inputs);
  badInputs(inputs);
  const store = await openStore(join(dir, 'sitrep.db'));
  try {
    const summary = await ingest([inputs, join(dir, 'missing.txt')], { store, ctx: createContext(), stages: CORE });
    const reasons = Object.fromEntries(summary.deadLetters.map((l) => [l.origin.replace(`${inputs}/`, ''), l.reason]));
    assert.equal(reasons['image.png'], 'binary');
    assert.equal(reasons['huge.txt'], 'too-large');
    assert.equal(reasons['empty.txt'], 'empty');
    assert.equal(reasons['bomb.xml'], 'xml-entities');
    assert.equal(reasons['broken.rss'], 'malformed-feed');
    assert.equal(reasons['docs.jsonl:2'], 'malformed-json');
    assert.equal(reasons['docs.jsonl#j3'], 'missing-text');
    assert.equal(reasons[join(dir, 'missing.txt')], 'not-found');
    assert.equal(summary.ingested, 4, 'good.txt, latin.txt, j1 and j4');
    const counts = await store.documents.counts();
    assert.equal(counts.documents, 4);
    assert.equal(counts.deadLetters, 8);
    const latin = await store.documents.get((await collect(store)).find((d) => d.origin.endsWith('latin.txt'))!.id);
    assert.equal(latin!.title, 'Café owners protest new tax');
    const j1 = await store.documents.get('j1');
    assert.equal(j1!.publishedAt, '2025-03-03');
    assert.equal(j1!.title, 'Strike closes port');

    // Re-ingesting the same inputs adds nothing.
    const again = await ingest([inputs], { store, ctx: createContext(), stages: CORE });
    assert.equal(again.ingested, 0);
    assert.equal(again.unchanged, 4);
    assert.deepEqual(await store.documents.counts(), counts);
  } finally {
    await store.close();
  }
});

test('the syndicated copy is stored as a second source of the same story; the example set is idempotent', async () => {
  const dir = tempDir();
  const store = await openStore(join(dir, 'sitrep.db'));
  try {
    await ingest([join(EXAMPLES_DIR, 'harem-operation.txt'), join(EXAMPLES_DIR, 'harem-operation-levant-wire.txt')], { store, ctx: createContext(), stages: CORE });
    const docs = await collect(store);
    assert.equal(docs.length, 2);
    assert.equal(docs[0]!.storyId, docs[1]!.storyId);
    const sources = await store.documents.sources(docs[0]!.storyId);
    assert.equal(sources.length, 2);
    // An exact copy from a new origin adds a source, not a document.
    const copyDir = join(dir, 'copy');
    mkdirSync(copyDir);
    copyFileSync(join(EXAMPLES_DIR, 'harem-operation.txt'), join(copyDir, 'again.txt'));
    const s = await ingest([copyDir], { store, ctx: createContext(), stages: CORE });
    assert.equal(s.duplicates, 1);
    assert.equal((await store.documents.counts()).documents, 2);
    assert.equal((await store.documents.sources(docs[0]!.storyId)).length, 3);
  } finally {
    await store.close();
  }
});

async function collect(store: Awaited<ReturnType<typeof openStore>>) {
  const out = [];
  for await (const d of store.documents.iterate()) out.push(d);
  return out;
}

test('a document that cannot be stored becomes a dead letter; the rest of its batch is stored', async () => {
  const dir = tempDir();
  const inputs = join(dir, 'in');
  mkdirSync(inputs);
  writeFileSync(join(inputs, 'a.txt'), 'Rally in the north\n\nThousands rallied in the northern city on Sunday for higher wages.');
  writeFileSync(join(inputs, 'bad.txt'), 'Strike in the south\n\nRail workers in the southern region stopped work on Monday over pensions.');
  writeFileSync(join(inputs, 'c.txt'), 'Sit-in at ministry\n\nStudents staged a sit-in at the education ministry on Friday over fees.');
  const store = (await openStore(join(dir, 'sitrep.db'))) as SqliteStore;
  try {
    store.db.exec(`CREATE TEMP TRIGGER refuse BEFORE INSERT ON documents WHEN NEW.origin LIKE '%bad.txt'
      BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END`);
    const s = await ingest([inputs], { store, ctx: createContext(), stages: CORE });
    assert.equal(s.ingested, 2);
    assert.equal(s.rejectedByReason['store-error'], 1);
    const letters = await store.documents.deadLetters();
    assert.equal(letters.length, 1);
    assert.match(letters[0]!.detail ?? '', /refused by test trigger/);
    assert.equal((await store.documents.counts()).documents, 2);
    store.db.exec('DROP TRIGGER refuse');
    const again = await ingest([inputs], { store, ctx: createContext(), stages: CORE });
    assert.equal(again.ingested, 1, 'the failed document is processed again on the next run');
  } finally {
    await store.close();
  }
});

test('a JSONL file larger than the 10 MB cap is read line by line', { timeout: 60_000 }, async () => {
  const dir = tempDir();
  const path = join(dir, 'big.jsonl');
  const lines: string[] = [];
  for (let i = 0; i < 120; i++) {
    const words = Array.from({ length: 14000 }, (_, k) => `w${(k * 31 + i * 7) % 5000}`).join(' ');
    lines.push(JSON.stringify({ id: `big-${i}`, text: `Report ${i}. ${words}.` }));
  }
  writeFileSync(path, lines.join('\n'));
  const store = await openStore(join(dir, 'sitrep.db'));
  try {
    const s = await ingest([path], { store, ctx: createContext(), stages: CORE });
    assert.equal(s.rejected, 0);
    assert.equal(s.read, 120);
    assert.ok((await store.documents.get('big-7')) !== null);
  } finally {
    await store.close();
  }
});

test('an Atom feed file: items whose pages cannot be fetched use their own content', async () => {
  const dir = tempDir();
  const path = join(dir, 'feed.atom');
  writeFileSync(path, `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title><id>urn:example</id><updated>2025-06-01T00:00:00Z</updated>
  <entry><title>Nurses strike over staffing</title><id>urn:example:1</id><link href="http://127.0.0.1:9/nurses"/>
    <updated>2025-06-01T08:00:00Z</updated>
    <content type="html">&lt;p&gt;Nurses at the regional hospital began a 48-hour strike on Sunday over staff shortages, union leaders said.&lt;/p&gt;</content></entry>
  <entry><title>Empty entry</title><id>urn:example:2</id><updated>2025-06-01T09:00:00Z</updated></entry>
</feed>`);
  const store = await openStore(join(dir, 'sitrep.db'));
  try {
    const s = await ingest([path], { store, ctx: createContext(), stages: CORE });
    assert.equal(s.ingested, 1);
    assert.equal(s.rejectedByReason['no-content'], 1);
    const docs = [];
    for await (const d of store.documents.iterate()) docs.push(d);
    assert.equal(docs[0]!.title, 'Nurses strike over staffing');
    assert.equal(docs[0]!.source, 'Example Atom');
    assert.match(docs[0]!.text, /^Nurses at the regional hospital began a 48-hour strike/);
    assert.match(docs[0]!.publishedAt ?? '', /^2025-06-01/);
    assert.match(docs[0]!.origin, /feed\.atom#urn:example:1$/);
  } finally {
    await store.close();
  }
});

test('recurring paragraphs of a source are remembered across runs', async () => {
  const dir = tempDir();
  const trailer = 'The Example Ledger is an independent paper funded by its readers; become a member today.';
  const store = await openStore(join(dir, 'sitrep.db'));
  try {
    for (const [i, town] of ['Amber', 'Birch', 'Cedar', 'Dune'].entries()) {
      const path = join(dir, `${town}.txt`);
      writeFileSync(path, `Water protest in ${town}\n\nResidents of ${town} blocked a road on day ${i + 1} over water cuts lasting weeks.\n\n${trailer}`);
      // One run (one context) per document, as a feed polled on a schedule would be.
      await ingest([path], { store, ctx: createContext({ defaultSource: 'Example Ledger' }), stages: CORE });
    }
    const docs = [];
    for await (const d of store.documents.iterate()) docs.push(d);
    assert.equal(docs.length, 4);
    assert.ok(docs[0]!.text.includes(trailer));
    assert.ok(!docs[3]!.text.includes(trailer), 'the fourth run still kept the trailer');
  } finally {
    await store.close();
  }
});
