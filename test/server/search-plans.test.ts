// The ways a word or box filter can take part in a query (drive, list, scan: see Access in
// src/store/sqlite/search.ts) must find the same events; the store picks one by counting hits.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { whereClause, type QueryPlan } from '../../src/store/sqlite/search.js';
import { fold, hasWords, queryWords } from '../../src/store/sqlite/words.js';
import type { EventFilter } from '../../src/store/search.js';
import { seededStore, type Seeded } from './seed.js';

describe('word matching outside the FTS index', () => {
  it('matches whole words, ignoring case and diacritics', () => {
    assert.equal(fold('Bogotá ÉLAN'), 'bogota elan');
    assert.deepEqual(queryWords('  Northern-Front, "army"! '), ['northern', 'front', 'army']);
    assert.equal(hasWords('Military Forces of Kenya (2022-)', 'forces kenya'), true);
    assert.equal(hasWords('Military Forces of Kenya', 'force'), false, 'a word, not a prefix');
    assert.equal(hasWords('Protesters in Bogotá', 'bogota'), true);
    assert.equal(hasWords('Armyville residents', 'army'), false);
    assert.equal(hasWords('a.b', 'a b'), true);
    assert.equal(hasWords('price (1+1)', '1'), true, 'regular-expression characters in words are plain text');
  });
});

describe('drive, list and scan find the same events', () => {
  let seeded: Seeded;
  before(() => {
    seeded = seededStore();
    // one more event with diacritics and punctuation in its names
    seeded.db.prepare(`INSERT INTO events (event_id, merge_key, event_date, time_precision, disorder_type, event_type, sub_event_type,
      actor1, inter1, actor2, inter2, interaction, country, admin1, location, latitude, longitude, geo_precision, fatalities, notes, source,
      confidence, created_at, updated_at) VALUES ('COL-0002', 'COL-0002', '2024-03-11', 1, 'Demonstrations', 'Protests', 'Peaceful protest',
      'Protesters (Colombia)', 6, 'Police Forces of Colombia (2022-)', 1, 16, 'Colombia', 'Bogotá D.C.', 'Bogotá', 4.61, -74.08, 1, 0,
      'Students marched to the Plaza de Bolívar in Bogotá; police watched.', 'Example Wire', 0.7, '2024-03-16', '2024-03-16')`).run();
  });
  after(() => seeded.cleanup());

  const ids = (filter: EventFilter, plan: QueryPlan) => {
    const { sql, params } = whereClause(filter, plan);
    return (seeded.db.prepare(`SELECT e.event_id FROM events e ${sql} ORDER BY e.event_id`).pluck().all(...params) as string[]);
  };

  const filters: EventFilter[] = [
    { q: 'market' }, { q: 'BOGOTA' }, { q: 'bolivar students' }, { q: 'police' }, { q: 'nothing-like-this' },
    { actor: 'police' }, { actor: 'Forces' }, { actor: 'northern front' }, { actor: 'colombia' }, { actor: 'students' },
    { q: 'police', actor: 'protesters' }, { q: 'kenya', country: ['Kenya'] }, { actor: 'front', eventType: ['Battles'] },
  ];
  for (const filter of filters) {
    it(JSON.stringify(filter), () => {
      const drive = ids(filter, { text: 'drive', actor: 'drive' });
      assert.deepEqual(ids(filter, { text: 'list', actor: 'list' }), drive);
      assert.deepEqual(ids(filter, { text: 'scan', actor: 'scan' }), drive);
      assert.deepEqual(ids(filter, { text: 'scan', actor: 'drive' }), drive);
    });
  }
  it('the expected events, so that the comparison is not between empty lists', () => {
    assert.deepEqual(ids({ q: 'BOGOTA' }, { text: 'scan' }), ['COL-0001', 'COL-0002'], 'admin1 Bogota, and Bogotá with its accent');
    assert.deepEqual(ids({ actor: 'police' }, { actor: 'scan' }), ['COL-0002', 'KEN-0002']);
    assert.deepEqual(ids({ actor: 'students' }, { actor: 'scan' }), [], 'actor words are looked for in the actors only');
  });
  it('a box gives the same events whether it drives or filters', () => {
    for (const bbox of [[30, -5, 40, 5], [170, -10, -60, 10], [-80, 0, -70, 10]] as [number, number, number, number][]) {
      assert.deepEqual(ids({ bbox }, { bbox: 'list' }), ids({ bbox }, { bbox: 'drive' }));
    }
    assert.deepEqual(ids({ bbox: [-80, 0, -70, 10] }, { bbox: 'list' }), ['COL-0001', 'COL-0002']);
  });
});
