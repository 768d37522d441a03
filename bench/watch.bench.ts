// Benchmark of watch's own overhead (not the pipeline): polling many feeds on a local server, the
// seen-items bookkeeping, 304 rounds, and alert matching over many events.
//   npm run bench -- watch      (or: node --import tsx bench/watch.bench.ts [--feeds 200] [--items 25] [--events 20000] [--rules 20])
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findMatches } from '../src/alerts/find-matches.js';
import { openDb } from '../src/store/sqlite/open.js';
import { sqliteAlertStore } from '../src/store/sqlite/alerts.js';
import { sqliteFeedStore } from '../src/store/sqlite/feeds.js';
import { startWatcher } from '../src/watch/watcher.js';

const { values } = parseArgs({ options: { feeds: { type: 'string' }, items: { type: 'string' }, events: { type: 'string' }, rules: { type: 'string' } } });
const FEEDS = Number(values.feeds ?? 200);
const ITEMS = Number(values.items ?? 25);
const EVENTS = Number(values.events ?? 20000);
const RULES = Number(values.rules ?? 20);

function feedXml(f: number): string {
  const items = Array.from({ length: ITEMS }, (_, i) => `<item><guid>f${f}-i${i}</guid><title>Story ${i} of feed ${f}</title>
<link>http://example.org/${f}/${i}</link><description>${'Some words of the summary. '.repeat(20)}</description>
<pubDate>${new Date(Date.UTC(2026, 0, 1, 0, i)).toUTCString()}</pubDate></item>`).join('\n');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed ${f}</title>${items}</channel></rss>`;
}

const bodies = Array.from({ length: FEEDS }, (_, f) => feedXml(f));
const server = http.createServer((req, res) => {
  const f = Number(req.url!.slice(1).split('.')[0]);
  const etag = `"f${f}"`;
  if (req.headers['if-none-match'] === etag) { res.statusCode = 304; res.end(); return; }
  res.setHeader('content-type', 'application/rss+xml');
  res.setHeader('etag', etag);
  res.end(bodies[f]);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-watch-'));
const db = openDb(join(dir, 'bench.db'));
const feeds = sqliteFeedStore(db);
const alerts = sqliteAlertStore(db);
for (let f = 0; f < FEEDS; f++) await feeds.add(`${base}/${f}.xml`);
let processed = 0;
const options = { once: true, allowPrivate: true, concurrency: 8, timeoutMs: 30_000 };
const deps = { feeds, alerts, process: async () => { processed++; return 'new'; } };

let t = performance.now();
await startWatcher(deps, options).done;
const firstMs = performance.now() - t;
t = performance.now();
await startWatcher(deps, options).done;
const notModifiedMs = performance.now() - t;

// Alert matching: RULES rules over EVENTS events inserted as the coder would.
const now = new Date().toISOString();
const insert = db.prepare(`INSERT INTO events (event_id, merge_key, event_date, time_precision, disorder_type, event_type, sub_event_type,
  actor1, inter1, interaction, country, admin1, latitude, longitude, geo_precision, fatalities, created_at, updated_at)
  VALUES (?, ?, '2026-01-01', 1, 'Political violence', ?, 'Armed clash', 'Actor A', 1, 12, ?, 'Region', ?, ?, 1, ?, ?, ?)`);
db.transaction(() => {
  for (let i = 0; i < EVENTS; i++) insert.run(`B-${i}`, `k${i}`, i % 3 ? 'Battles' : 'Protests', `Country ${i % 50}`, (i % 180) - 90, (i % 360) - 180, i % 7, now, now);
})();
for (let r = 0; r < RULES; r++) {
  await alerts.addRule({ name: `r${r}`, country: `Country ${r}`, admin1: null, bbox: null, eventType: 'Battles', subEventType: null, actorText: null,
    minFatalities: 2, webhookUrl: null, secret: null, output: '-', createdAt: '2000-01-01T00:00:00.000Z' });
}
t = performance.now();
const matched = await findMatches(alerts);
const matchMs = performance.now() - t;

const rss = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({
  feeds: FEEDS, itemsPerFeed: ITEMS, processed,
  firstRound: { ms: Math.round(firstMs), feedsPerSec: Math.round(FEEDS / (firstMs / 1000)), itemsPerSec: Math.round(processed / (firstMs / 1000)) },
  notModifiedRound: { ms: Math.round(notModifiedMs), feedsPerSec: Math.round(FEEDS / (notModifiedMs / 1000)) },
  alertMatching: { events: EVENTS, rules: RULES, matched, ms: Math.round(matchMs), eventsPerSec: Math.round(EVENTS / (matchMs / 1000)) },
  peakRssMb: Math.round(rss),
}, null, 2));
db.close();
server.close();
rmSync(dir, { recursive: true, force: true });
