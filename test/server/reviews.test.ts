// The reviews area: edits survive re-coding, and the text and map indexes stay consistent.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SQL_DIR } from '../../src/paths.js';
import { seededStore, type Seeded } from './seed.js';

let s: Seeded;
before(() => { s = seededStore(); });
after(() => s.cleanup());

const ftsOk = () => s.db.prepare("INSERT INTO events_fts(events_fts) VALUES ('integrity-check')").run();
const inBox = (south: number, north: number, west: number, east: number) => s.db.prepare(
  'SELECT e.event_id FROM events_rtree r JOIN events e ON e.id = r.id WHERE min_lat >= ? AND max_lat <= ? AND min_lon >= ? AND max_lon <= ?').pluck().all(south, north, west, east);

describe('review overrides', () => {
  it('the index triggers re-created by 020 are the ones of 010, unchanged', () => {
    const source = readFileSync(join(SQL_DIR, 'sqlite', '010-events.sql'), 'utf8');
    for (const name of ['events_fts_insert', 'events_fts_update', 'events_rtree_insert', 'events_rtree_update']) {
      const sql = s.db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").pluck().get(name) as string;
      assert.ok(source.includes(sql), `${name} differs from 010-events.sql: update 020-reviews.sql`);
    }
  });

  it('an edit survives an UPDATE and a delete + re-insert by the coder, with consistent indexes', async () => {
    await s.store.reviews.record({ eventId: 'KEN-0001', action: 'edit', reviewer: 'r', changes: { location: 'Lake Town North', latitude: 3.5, longitude: 35.9 } });
    ftsOk();
    s.db.prepare("UPDATE events SET location = 'Lake Town', latitude = 3.1, longitude = 35.6, notes = 'n2', status = 'coded' WHERE event_id = 'KEN-0001'").run();
    ftsOk();
    let row = s.db.prepare("SELECT location, latitude, status, notes FROM events WHERE event_id = 'KEN-0001'").get();
    assert.deepEqual(row, { location: 'Lake Town North', latitude: 3.5, status: 'edited', notes: 'n2' });
    assert.ok(inBox(3.4, 3.6, 35.8, 36).includes('KEN-0001'));
    assert.ok(!inBox(3.0, 3.2, 35.5, 35.7).includes('KEN-0001'));

    for (const t of ['evidence', 'event_sources', 'events']) s.db.prepare(`DELETE FROM ${t} WHERE event_id = 'KEN-0001'`).run();
    s.db.prepare(`INSERT INTO events (event_id, merge_key, event_date, time_precision, disorder_type, event_type, sub_event_type, actor1, inter1,
      interaction, geo_precision, location, latitude, longitude, created_at, updated_at)
      VALUES ('KEN-0001', 'k', '2024-03-02', 1, 'Political violence', 'Battles', 'Armed clash', 'A', 1, 10, 1, 'Lake Town', 3.1, 35.6, 'x', 'x')`).run();
    ftsOk();
    row = s.db.prepare("SELECT location, latitude, status FROM events WHERE event_id = 'KEN-0001'").get();
    assert.deepEqual(row, { location: 'Lake Town North', latitude: 3.5, status: 'edited' });
    assert.ok(inBox(3.4, 3.6, 35.8, 36).includes('KEN-0001'));
    const history = await s.store.reviews.history('KEN-0001');
    assert.equal(history.length, 1);
    assert.deepEqual(history[0]!.changes!.location, { from: 'Lake Town', to: 'Lake Town North' });
  });

  it('a rejection sticks through re-coding', async () => {
    await s.store.reviews.record({ eventId: 'COL-0001', action: 'reject', reviewer: 'r', comment: 'not an event' });
    s.db.prepare("UPDATE events SET status = 'coded', fatalities = 1 WHERE event_id = 'COL-0001'").run();
    ftsOk();
    assert.equal(s.db.prepare("SELECT status FROM events WHERE event_id = 'COL-0001'").pluck().get(), 'rejected');
  });

  it('an unknown event records nothing', async () => {
    assert.equal(await s.store.reviews.record({ eventId: 'NOPE', action: 'confirm', reviewer: 'r' }), null);
    assert.equal(s.db.prepare("SELECT count(*) FROM event_reviews WHERE event_id = 'NOPE'").pluck().get(), 0);
  });
});
