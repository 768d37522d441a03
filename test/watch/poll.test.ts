// The watcher against local feed servers: new items, 304, 500 with backoff, hangs, malformed XML,
// private addresses (directly and after a redirect). Items are counted by a recording processor.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FeedItem } from '../../src/watch/feed-items.js';
import { startWatcher, type WatchOptions } from '../../src/watch/watcher.js';
import { feedRoute, item, openAreas, startServer, tempDir, type FixtureItem } from './helpers.js';

const FAST: Partial<WatchOptions> = {
  once: true, allowPrivate: true, intervalMs: 50, jitter: 0, backoffBaseMs: 40, backoffMaxMs: 100, timeoutMs: 2000, concurrency: 3,
};

function recorder() {
  const calls: FeedItem[] = [];
  return { calls, process: async (i: FeedItem) => { calls.push(i); return 'new'; } };
}

describe('watch polling', () => {
  const tmp = tempDir();
  let server: Awaited<ReturnType<typeof startServer>>;
  before(async () => { server = await startServer(); });
  after(async () => { await server.close(); tmp.cleanup(); });

  test('processes new items once, then only the items the feed adds; answers 304 without work', async () => {
    const areas = openAreas(`${tmp.dir}/adds.db`);
    const items: FixtureItem[] = [item(1, server.base), item(2, server.base)];
    const route = feedRoute(() => items);
    server.routes['/adds.xml'] = route;
    await areas.feeds.add(`${server.base}/adds.xml`);
    const rec = recorder();
    const run = () => startWatcher({ feeds: areas.feeds, alerts: areas.alerts, process: rec.process }, FAST).done;

    await run();
    assert.deepEqual(rec.calls.map((c) => c.key), ['item-1', 'item-2']);
    assert.equal(rec.calls[0]!.title, 'Fixture story number 1');

    await run(); // same feed: the server answers 304 to the saved ETag
    assert.equal(route.notModified, 1);
    assert.equal(rec.calls.length, 2);
    const afterNotModified = await areas.feeds.get(`${server.base}/adds.xml`);
    assert.equal(afterNotModified!.lastStatus, 304);

    items.push(item(3, server.base));
    await run();
    assert.deepEqual(rec.calls.map((c) => c.key), ['item-1', 'item-2', 'item-3']);
    const state = await areas.feeds.get(`${server.base}/adds.xml`);
    assert.equal(state!.itemsSeen, 3);
    assert.equal(state!.consecutiveFailures, 0);
    assert.ok(state!.lastSuccessAt);
    assert.ok(state!.etag);
    areas.close();
  });

  test('an item whose content changes is processed again; an unchanged one is not', async () => {
    const areas = openAreas(`${tmp.dir}/changed.db`);
    const items = [item(1, server.base)];
    server.routes['/changed.xml'] = feedRoute(() => items);
    await areas.feeds.add(`${server.base}/changed.xml`);
    const rec = recorder();
    await startWatcher({ feeds: areas.feeds, alerts: areas.alerts, process: rec.process }, FAST).done;
    items[0] = { ...items[0]!, description: 'Corrected summary: the toll rose.' };
    await startWatcher({ feeds: areas.feeds, alerts: areas.alerts, process: rec.process }, FAST).done;
    assert.equal(rec.calls.length, 2);
    assert.equal(rec.calls[1]!.content, 'Corrected summary: the toll rose.');
    areas.close();
  });

  test('HTTP 500: error recorded, exponential backoff capped, recovery resets it', async () => {
    const areas = openAreas(`${tmp.dir}/fails.db`);
    let failing = true;
    const ok = feedRoute(() => [item(7, server.base)]);
    server.routes['/fails.xml'] = (req, res) => { if (failing) { res.statusCode = 500; res.end('boom'); } else ok(req, res); };
    const url = `${server.base}/fails.xml`;
    await areas.feeds.add(url);
    const rec = recorder();
    const run = () => startWatcher({ feeds: areas.feeds, alerts: areas.alerts, process: rec.process }, FAST).done;

    await run();
    let s = (await areas.feeds.get(url))!;
    assert.equal(s.consecutiveFailures, 1);
    assert.match(s.lastError!, /HTTP 500/);
    assert.equal(s.lastStatus, 500);
    assert.equal(s.backoffMs, 40);
    assert.ok(Date.parse(s.nextPollAt!) > Date.parse(s.lastPollAt!));
    await run();
    s = (await areas.feeds.get(url))!;
    assert.equal(s.backoffMs, 80);
    await run();
    s = (await areas.feeds.get(url))!;
    assert.equal(s.consecutiveFailures, 3);
    assert.equal(s.backoffMs, 100, 'capped at backoffMaxMs');

    failing = false;
    await run();
    s = (await areas.feeds.get(url))!;
    assert.equal(s.consecutiveFailures, 0);
    assert.equal(s.backoffMs, 0);
    assert.equal(rec.calls.length, 1);
    assert.match(s.lastError!, /HTTP 500/, 'the last error stays visible after recovery');
    areas.close();
  });

  test('a hanging server times out, malformed XML is an error, and the other feeds of the round still run', async () => {
    const areas = openAreas(`${tmp.dir}/bad.db`);
    server.routes['/hang.xml'] = () => { /* never answers */ };
    server.routes['/half.xml'] = (_req, res) => { res.setHeader('content-type', 'application/rss+xml'); res.write('<rss><channel>'); /* then hangs */ };
    server.routes['/broken.xml'] = (_req, res) => { res.setHeader('content-type', 'application/rss+xml'); res.end('<rss><channel><item><title>x</titl></channel>'); };
    server.routes['/bomb.xml'] = (_req, res) => {
      res.setHeader('content-type', 'application/xml');
      res.end('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><title>&b;</title></channel></rss>');
    };
    server.routes['/good.xml'] = feedRoute(() => [item(9, server.base)]);
    for (const p of ['/hang.xml', '/half.xml', '/broken.xml', '/bomb.xml', '/good.xml']) await areas.feeds.add(server.base + p);
    const rec = recorder();
    const summary = await startWatcher({ feeds: areas.feeds, alerts: areas.alerts, process: rec.process }, { ...FAST, timeoutMs: 150 }).done;
    assert.equal(summary.polls, 5);
    assert.equal(summary.errors, 4);
    assert.deepEqual(rec.calls.map((c) => c.key), ['item-9']);
    const byUrl = Object.fromEntries((await areas.feeds.list()).map((f) => [f.url.slice(server.base.length), f]));
    assert.match(byUrl['/hang.xml']!.lastError!, /^timeout/);
    assert.match(byUrl['/half.xml']!.lastError!, /^timeout/);
    assert.match(byUrl['/broken.xml']!.lastError!, /^malformed-feed/);
    assert.match(byUrl['/bomb.xml']!.lastError!, /entities/);
    assert.equal(byUrl['/good.xml']!.itemsSeen, 1);
    areas.close();
  });

  test('without --allow-private the guard refuses a loopback feed', async () => {
    const areas = openAreas(`${tmp.dir}/guard.db`);
    server.routes['/guarded.xml'] = feedRoute(() => [item(1, server.base)]);
    const before = server.hits('/guarded.xml');
    await areas.feeds.add(`${server.base}/guarded.xml`);
    const rec = recorder();
    await startWatcher({ feeds: areas.feeds, alerts: areas.alerts, process: rec.process }, { ...FAST, allowPrivate: false }).done;
    const s = (await areas.feeds.get(`${server.base}/guarded.xml`))!;
    assert.match(s.lastError!, /^private-address/);
    assert.equal(server.hits('/guarded.xml'), before, 'no request reached the server');
    assert.equal(rec.calls.length, 0);
    areas.close();
  });

  test('a redirect to a private address is refused (the first host allowed by --allow-host, the target not)', async () => {
    const areas = openAreas(`${tmp.dir}/redirect.db`);
    const port = new URL(server.base).port;
    const targets = ['http://169.254.169.254/latest/meta-data/', `http://localhost:${port}/good.xml`, `http://127.0.0.2:${port}/good.xml`, 'http://10.0.0.1/feed.xml'];
    targets.forEach((t, i) => {
      server.routes[`/redirect-${i}.xml`] = (_req, res) => { res.statusCode = 302; res.setHeader('location', t); res.end(); };
    });
    for (let i = 0; i < targets.length; i++) await areas.feeds.add(`${server.base}/redirect-${i}.xml`);
    const rec = recorder();
    await startWatcher({ feeds: areas.feeds, alerts: areas.alerts, process: rec.process }, { ...FAST, allowPrivate: false, allowHosts: ['127.0.0.1'] }).done;
    for (let i = 0; i < targets.length; i++) {
      const s = (await areas.feeds.get(`${server.base}/redirect-${i}.xml`))!;
      assert.match(s.lastError ?? '', /^private-address/, `redirect to ${targets[i]} refused`);
      assert.equal(server.hits(`/redirect-${i}.xml`) >= 1, true);
    }
    assert.equal(rec.calls.length, 0);
    areas.close();
  });

  test('a followed page (not a feed) is one item, processed again only when it changes', async () => {
    const areas = openAreas(`${tmp.dir}/page.db`);
    let html = '<html><head><title>Situation report</title></head><body><p>Calm day.</p></body></html>';
    server.routes['/page.html'] = (_req, res) => { res.setHeader('content-type', 'text/html'); res.end(html); };
    await areas.feeds.add(`${server.base}/page.html`);
    const rec = recorder();
    const run = () => startWatcher({ feeds: areas.feeds, alerts: areas.alerts, process: rec.process }, FAST).done;
    await run();
    await run();
    assert.equal(rec.calls.length, 1);
    html = html.replace('Calm day.', 'Clashes reported.');
    await run();
    assert.equal(rec.calls.length, 2);
    assert.equal(rec.calls[1]!.contentType, 'text/html');
    areas.close();
  });

  test('a processor that throws does not stop the feed: the item is recorded as failed, the next ones go on', async () => {
    const areas = openAreas(`${tmp.dir}/throws.db`);
    server.routes['/throws.xml'] = feedRoute(() => [item(1, server.base), item(2, server.base)]);
    await areas.feeds.add(`${server.base}/throws.xml`);
    const seen: string[] = [];
    const process = async (i: FeedItem) => { seen.push(i.key); if (i.key === 'item-1') throw new Error('bad item'); return 'new'; };
    await startWatcher({ feeds: areas.feeds, alerts: areas.alerts, process }, FAST).done;
    assert.deepEqual(seen, ['item-1', 'item-2']);
    const items = await areas.feeds.items(`${server.base}/throws.xml`);
    assert.deepEqual(items.map((i) => i.outcome).sort(), ['failed: bad item', 'new']);
    areas.close();
  });
});
