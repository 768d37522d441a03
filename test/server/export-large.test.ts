// GET /api/export of a large selection over HTTP: every event comes, once, with its evidence and
// first document, and a small request made while the export is being written is answered before it
// ends (the export goes a page at a time and lets other requests run in between).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { listen, type RunningServer } from '../../src/server/listen.js';
import { openDb, type Db } from '../../src/store/sqlite/open.js';
import { sqliteReviewStore } from '../../src/store/sqlite/reviews.js';
import { sqliteSearchStore } from '../../src/store/sqlite/search.js';
import { sqliteTokenStore } from '../../src/store/sqlite/tokens.js';

const EVENTS = 6_000;

let dir: string;
let db: Db;
let server: RunningServer;

/** EVENTS events over 400 days, each from its own document, with two evidence spans; every 10th has a second (later) document. */
function fill(db: Db): void {
  db.transaction(() => {
    db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${EVENTS})
      INSERT INTO stories (id, first_seen) SELECT 'doc-' || i, '2024-01-01' FROM n`);
    db.exec(`INSERT INTO documents (id, content_hash, story_id, origin, text, content_type, ingested_at)
      SELECT id, 'hash-' || id, id, 'test', 'Gunmen attacked a village near Town ' || substr(id, 5) || '.', 'text/plain', '2024-01-01' FROM stories`);
    db.exec(`INSERT INTO documents (id, content_hash, story_id, origin, text, content_type, ingested_at)
      SELECT 'x' || id, 'hash-x' || id, id, 'test', text, 'text/plain', '2024-01-01' FROM documents WHERE substr(id, 5) % 10 = 0`);
    db.exec(`INSERT INTO events (event_id, merge_key, event_date, time_precision, disorder_type, event_type, sub_event_type, actor1, inter1,
        actor2, inter2, interaction, country, admin1, location, latitude, longitude, geo_precision, fatalities, notes, source, confidence, created_at, updated_at)
      SELECT 'EV-' || substr(id, 5), 'EV-' || substr(id, 5), date('2024-01-01', '+' || (substr(id, 5) % 400) || ' days'), 1, 'Political violence',
        'Violence against civilians', 'Attack', 'Unidentified Armed Group (Testland)', 3, 'Civilians (Testland)', 7, 37, 'Testland', 'North',
        'Town ' || substr(id, 5), 10.0, 20.0, 1, 1, text, 'Test Wire', 0.8, '2024-01-01', '2024-01-01' FROM documents WHERE id LIKE 'doc-%'`);
    db.exec(`INSERT INTO event_sources (event_id, document_id) SELECT 'EV-' || substr(id, 5), id FROM documents WHERE id LIKE 'doc-%'`);
    db.exec(`INSERT INTO event_sources (event_id, document_id) SELECT 'EV-' || substr(id, 6), id FROM documents WHERE id LIKE 'xdoc-%'`);
    db.exec(`INSERT INTO evidence (event_id, document_id, field, start, "end", text)
      SELECT event_id, document_id, 'location', 26, 26 + length(location), location FROM event_sources JOIN events USING (event_id)
      WHERE document_id LIKE 'doc-%'`);
    db.exec(`INSERT INTO evidence (event_id, document_id, field, start, "end", text)
      SELECT event_id, document_id, 'actor1', 0, 6, 'Gunmen' FROM event_sources WHERE document_id LIKE 'doc-%'`);
  })();
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-export-'));
  db = openDb(join(dir, 'test.db'));
  fill(db);
  server = await listen({ store: { search: sqliteSearchStore(db), reviews: sqliteReviewStore(db), tokens: sqliteTokenStore(db) }, port: 0, readAccess: 'open', cache: false });
});
after(async () => {
  await server?.close();
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

test(`an export of ${EVENTS} events holds every event once, and a small request made meanwhile is answered before it ends`, async () => {
  const response = await fetch(`${server.url}/api/export?format=jsonl`);
  assert.equal(response.status, 200);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let exportEnded = 0;
  let probe: Promise<{ status: number; body: { events: unknown[] }; at: number }> | null = null;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) { exportEnded = performance.now(); break; }
    text += decoder.decode(value, { stream: true });
    // Once the first events have arrived, ask for something small while the rest is being written.
    probe ??= fetch(`${server.url}/api/events?limit=1&country=Testland`)
      .then(async (r) => ({ status: r.status, body: await r.json(), at: performance.now() }));
  }
  const answered = await probe!;
  assert.equal(answered.status, 200);
  assert.equal(answered.body.events.length, 1);
  assert.ok(answered.at < exportEnded, 'the small request was answered while the export was still being written');

  const lines = text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  assert.equal(lines.length, EVENTS);
  assert.equal(new Set(lines.map((e) => e.event_id)).size, EVENTS, 'every event once');
  const dates = lines.map((e) => e.event_date as string);
  assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
  for (const e of lines) {
    const n = e.event_id.slice(3);
    assert.equal(e.doc_id, `doc-${n}`, 'the first document of the event (of one or two)');
    assert.deepEqual(e.evidence.map((s: { field: string; text: string }) => [s.field, s.text]), [['actor1', 'Gunmen'], ['location', `Town ${n}`]]);
  }
});
