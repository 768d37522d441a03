// Test helpers for watch and alerts: a temporary database, local HTTP servers on 127.0.0.1, RSS
// fixtures written here, and events inserted straight into the events table.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type Db } from '../../src/store/sqlite/open.js';
import { sqliteAlertStore } from '../../src/store/sqlite/alerts.js';
import { sqliteFeedStore } from '../../src/store/sqlite/feeds.js';

export function tempDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-watch-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The feeds and alerts areas over a fresh database file. */
export function openAreas(path: string) {
  const db = openDb(path);
  return { db, feeds: sqliteFeedStore(db), alerts: sqliteAlertStore(db), close: () => db.close() };
}

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** A server on 127.0.0.1 whose routes the test changes as it goes; every request is recorded. */
export async function startServer(routes: Record<string, Handler> = {}) {
  const requests: { method: string; path: string; headers: http.IncomingHttpHeaders; body: string }[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = (req.url ?? '/').split('?')[0]!;
      requests.push({ method: req.method ?? 'GET', path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const handler = routes[path];
      if (handler) handler(req, res);
      else { res.statusCode = 404; res.end('not found'); }
    });
  });
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    routes,
    requests,
    hits: (path: string) => requests.filter((r) => r.path === path).length,
    close: () => new Promise<void>((r) => { for (const s of sockets) s.destroy(); server.close(() => r()); }),
  };
}

export interface FixtureItem { guid: string; title: string; link: string; description: string; pubDate: string }

export function rss(items: FixtureItem[], title = 'Fixture Wire'): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${esc(title)}</title><link>http://example.org/</link><description>test feed</description>
${items.map((i) => `<item><guid>${esc(i.guid)}</guid><title>${esc(i.title)}</title><link>${esc(i.link)}</link>
<description>${esc(i.description)}</description><pubDate>${i.pubDate}</pubDate></item>`).join('\n')}
</channel></rss>`;
}

/** A feed route serving `items()` with an ETag, answering 304 when the client already has it. */
export function feedRoute(items: () => FixtureItem[]): Handler & { notModified: number } {
  const handler = ((req, res) => {
    const body = rss(items());
    const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
    if (req.headers['if-none-match'] === etag) {
      handler.notModified++;
      res.statusCode = 304;
      res.end();
      return;
    }
    res.setHeader('content-type', 'application/rss+xml; charset=utf-8');
    res.setHeader('etag', etag);
    res.end(body);
  }) as Handler & { notModified: number };
  handler.notModified = 0;
  return handler;
}

export function item(n: number, base: string): FixtureItem {
  return {
    guid: `item-${n}`,
    title: `Fixture story number ${n}`,
    link: `${base}/story/${n}`,
    description: `Short summary of fixture story ${n}.`,
    pubDate: new Date(Date.UTC(2026, 0, 1, 0, n)).toUTCString(),
  };
}

let eventCounter = 0;

/** Insert an event row the way the coder would (only the columns the alerts read are interesting). */
export function insertEvent(db: Db, e: Partial<Record<string, string | number | null>> = {}): string {
  const now = new Date().toISOString();
  const row: Record<string, string | number | null> = {
    event_id: `TST-${process.pid}-${++eventCounter}`, merge_key: `k${eventCounter}`, event_date: '2026-01-05', time_precision: 1,
    disorder_type: 'Political violence', event_type: 'Battles', sub_event_type: 'Armed clash',
    actor1: 'Military Forces of Testland (2020-)', inter1: 1, actor2: 'Testland Liberation Front', inter2: 2, interaction: 12,
    country: 'Testland', admin1: 'North Province', location: 'Alpha Town', latitude: 10.5, longitude: 20.5, geo_precision: 1,
    fatalities: 3, notes: 'Fixture event.', source: 'Fixture Wire', confidence: 0.9, created_at: now, updated_at: now,
    ...e,
  };
  const cols = Object.keys(row);
  db.prepare(`INSERT INTO events (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`).run(row);
  return row.event_id as string;
}

/** Wait until `check()` holds, polling every few ms (no timed assertion: the test runner's timeout bounds it). */
export async function until(check: () => boolean | Promise<boolean>, everyMs = 10): Promise<void> {
  while (!(await check())) await new Promise((r) => setTimeout(r, everyMs));
}
