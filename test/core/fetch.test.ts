import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createContext } from '../../src/context.js';
import { stagesUntil } from '../../src/pipeline.js';
import { isPrivateAddress } from '../../src/ingest/address.js';
import { safeFetch } from '../../src/ingest/fetch.js';
import { ingest } from '../../src/ingest/run.js';
import { EXAMPLES_DIR } from '../../src/paths.js';
import { openStore } from '../../src/store/index.js';
import { tempDir } from './helpers.js';

// The core's own stages: these tests must not depend on the later stages, which other areas own.
const CORE = stagesUntil('dedupe');

const page = readFileSync(join(EXAMPLES_DIR, 'sahel-market-attack.html'), 'utf8');
let server: http.Server;
let base = '';
const agents: string[] = [];

before(async () => {
  server = http.createServer((req, res) => {
    agents.push(String(req.headers['user-agent']));
    const url = req.url ?? '/';
    if (url === '/article.html') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(page); return; }
    if (url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Test Feed</title>
        <item><title>Gunmen kill seven in attack on Djibo cattle market</title><link>${base}/article.html</link><guid>a1</guid><pubDate>Mon, 03 Nov 2025 09:30:00 GMT</pubDate></item>
        <item><title>Miners strike at copper mine</title><link>${base}/gone.html</link><guid>a2</guid><pubDate>Tue, 04 Nov 2025 10:00:00 GMT</pubDate>
          <description>&lt;p&gt;Hundreds of miners walked out at the copper mine on Tuesday, demanding safety equipment after an accident last week.&lt;/p&gt;</description></item>
      </channel></rss>`);
      return;
    }
    if (url.startsWith('/redirect/')) {
      const n = Number(url.split('/')[2]);
      res.writeHead(302, { location: n > 0 ? `/redirect/${n - 1}` : '/article.html' });
      res.end();
      return;
    }
    if (url === '/image.png') { res.writeHead(200, { 'content-type': 'image/png' }); res.end(Buffer.alloc(100)); return; }
    if (url === '/big') { res.writeHead(200, { 'content-type': 'text/plain' }); res.end(Buffer.alloc(2048, 'a')); return; }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('private, loopback, link-local and metadata addresses are recognised', () => {
  for (const ip of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '0.0.0.0', '100.64.0.1', '::1', '::', 'fe80::1', 'fd00:ec2::254', '::ffff:127.0.0.1', '::ffff:7f00:1']) {
    assert.equal(isPrivateAddress(ip), true, ip);
  }
  for (const ip of ['8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '::ffff:8.8.8.8']) assert.equal(isPrivateAddress(ip), false, ip);
});

test('SSRF: a loopback URL is refused without --allow-private', async () => {
  const r = await safeFetch(`${base}/article.html`);
  assert.equal(r.ok, false);
  assert.equal(!r.ok && r.reason, 'private-address');
  const named = await safeFetch(`http://localhost:${new URL(base).port}/article.html`);
  assert.equal(!named.ok && named.reason, 'private-address');
  const metadata = await safeFetch('http://169.254.169.254/latest/meta-data/');
  assert.equal(!metadata.ok && metadata.reason, 'private-address');
});

test('fetch: redirects (at most 5), content type, size cap, user agent', async () => {
  const ok = await safeFetch(`${base}/redirect/4`, { allowPrivate: true });
  assert.equal(ok.ok, true);
  assert.match(ok.ok ? ok.url : '', /\/article\.html$/);
  const tooMany = await safeFetch(`${base}/redirect/6`, { allowPrivate: true });
  assert.equal(!tooMany.ok && tooMany.reason, 'too-many-redirects');
  const image = await safeFetch(`${base}/image.png`, { allowPrivate: true });
  assert.equal(!image.ok && image.reason, 'content-type');
  const big = await safeFetch(`${base}/big`, { allowPrivate: true, maxBytes: 1024 });
  assert.equal(!big.ok && big.reason, 'too-large');
  const missing = await safeFetch(`${base}/nothing`, { allowPrivate: true });
  assert.equal(!missing.ok && missing.reason, 'http-error');
  assert.ok(agents.every((a) => a.startsWith('sitrep/')));
});

test('URL and feed ingestion from a local server (with --allow-private); refused without it', async () => {
  const dir = tempDir();
  const store = await openStore(join(dir, 'sitrep.db'));
  try {
    const refused = await ingest([`${base}/feed.xml`], { store, ctx: createContext(), stages: CORE });
    assert.equal(refused.rejectedByReason['private-address'], 1);
    assert.equal((await store.documents.counts()).documents, 0);

    const s = await ingest([`${base}/feed.xml`, `${base}/article.html`], { store, ctx: createContext(), stages: CORE, allowPrivate: true });
    assert.equal(s.ingested, 2, 'the fetched article and the item whose page is gone (its own content)');
    assert.equal(s.unchanged + s.duplicates, 1, 'the article URL is the same text as the first feed item');
    const docs = [];
    for await (const d of store.documents.iterate()) docs.push(d);
    const article = docs.find((d) => d.title?.startsWith('Gunmen kill seven'))!;
    assert.ok(article.text.startsWith('Suspected jihadist gunmen'));
    assert.equal(article.source, 'Test Feed');
    assert.match(article.publishedAt ?? '', /^2025-11-03/);
    const miners = docs.find((d) => d.title === 'Miners strike at copper mine')!;
    assert.match(miners.text, /Hundreds of miners walked out/);
    const stored = await store.documents.get(miners.id);
    assert.ok(stored);
  } finally {
    await store.close();
  }
});
