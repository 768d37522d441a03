// `sitrep migrate --from sqlite:… --to postgres://…` loses nothing: every table's rows arrive, events
// read the same, tokens still verify, reviewed edits still hold, running it twice adds nothing, and
// the PostgreSQL store goes on working (new rows get new ids).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { command as migrate } from '../../src/cli/commands/migrate.js';
import { openStore, type SqliteStore } from '../../src/store/index.js';
import type { PostgresStore } from '../../src/store/postgres/open.js';
import { syntheticCorpus } from '../scale/corpus.js';
import { freshSchema, ingestDocs, SKIP_PG, tempDir, testDatabase } from './helpers.js';

const TABLES = ['stories', 'documents', 'sources', 'lsh_buckets', 'dead_letters', 'source_paragraphs', 'events', 'event_sources', 'evidence',
  'event_reviews', 'event_overrides', 'api_tokens', 'feeds', 'feed_items', 'alert_rules', 'alert_deliveries', 'alert_delivery_log', 'alert_cursor'];

test('migrate from SQLite to PostgreSQL loses nothing and can be run again', { skip: (await testDatabase()) ? false : SKIP_PG }, async () => {
  const path = join(tempDir(), 'sitrep.db');
  const sqlite = (await openStore(path)) as SqliteStore;
  const corpus = syntheticCorpus(30, { copyEvery: 5, seed: 5 });
  await ingestDocs(sqlite, corpus.slice(0, 25));
  const [first] = (await sqlite.search.list({}, { limit: 1, offset: 0, sort: 'event_date' })).events;
  await sqlite.reviews.record({ eventId: first!.event_id, action: 'edit', reviewer: 'ana', changes: { fatalities: 77, notes: 'checked by phone' } });
  const { token } = await sqlite.tokens.create('analyst');
  await sqlite.feeds.add('https://example.org/rss');
  await sqlite.feeds.markPending({ feedUrl: 'https://example.org/rss', itemKey: 'g', contentHash: 'h', link: null });
  const rule = await sqlite.alerts.addRule({ name: 'all', country: null, admin1: null, bbox: null, eventType: null, subEventType: null, actorText: null, minFatalities: null, webhookUrl: null, secret: null, output: '-' });
  await sqlite.alerts.addDelivery(rule.id, first!.event_id);
  await sqlite.alerts.setCursor({ updatedAt: '2030-01-01T00:00:00Z', rowid: 3 });
  await sqlite.documents.addDeadLetter({ origin: 'broken.html', reason: 'no-article-text', contentHash: 'abc', size: 10 });
  const counts = Object.fromEntries(TABLES.map((t) => [t, Number(sqlite.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get())]));
  await sqlite.close();
  for (const t of ['stories', 'documents', 'events', 'evidence', 'lsh_buckets', 'event_reviews', 'event_overrides', 'api_tokens', 'feed_items', 'alert_deliveries', 'alert_cursor']) {
    assert.ok(counts[t]! > 0, `the SQLite database has ${t}`);
  }

  const { url } = await freshSchema((await testDatabase())!, 'mig');
  const log = console.log;
  console.log = () => {};
  try {
    assert.equal(await migrate.run(['--from', `sqlite:${path}`, '--to', url, '--batch-size', '7']), 0);
    assert.equal(await migrate.run(['--from', `sqlite:${path}`, '--to', url]), 0); // again: nothing added
  } finally {
    console.log = log;
  }

  const pg = (await openStore(url)) as PostgresStore;
  after(() => pg.close());
  for (const t of TABLES) {
    const n = Number((await pg.pool.query(`SELECT count(*) AS n FROM ${t}`)).rows[0].n);
    assert.equal(n, counts[t], `rows of ${t}`);
  }
  const sqliteAgain = await openStore(path);
  after(() => sqliteAgain.close());
  // Spans starting at the same offset have no defined order in either store: compare them sorted.
  const strip = (e: object | null) => {
    const { sources: _s, evidence, ...rest } = e as Record<string, unknown>;
    return { ...rest, evidence: (evidence as object[]).map((x) => JSON.stringify(x)).sort() };
  };
  for await (const e of sqliteAgain.events.iterate()) {
    assert.deepEqual(strip(await pg.events.get(e.event_id)), strip(await sqliteAgain.events.get(e.event_id)));
  }
  const docs: string[] = [];
  for await (const d of pg.documents.iterate()) docs.push(d.id);
  const sqliteDocs: string[] = [];
  for await (const d of sqliteAgain.documents.iterate()) sqliteDocs.push(d.id);
  assert.deepEqual(docs, sqliteDocs, 'documents in the same order');
  assert.equal((await pg.tokens.verify(token))?.name, 'analyst');
  assert.deepEqual(await pg.alerts.cursor(), { updatedAt: '2030-01-01T00:00:00Z', rowid: 3 });
  assert.equal((await pg.reviews.history(first!.event_id)).length, 1);

  // The PostgreSQL store goes on: new documents, new events (ids past the copied ones), edits still hold.
  const source = corpus.find((d) => first!.notes.startsWith(d.text.slice(0, 30)))!;
  await ingestDocs(pg, [...corpus.slice(25), { ...source, id: 'again', text: `${source.text} Residents confirmed it.` }]);
  const edited = (await pg.search.get(first!.event_id))!;
  assert.equal(edited.event.fatalities, 77);
  assert.equal(edited.event.notes, 'checked by phone');
  assert.ok(edited.documents.length >= 2, 'the new report joined the edited event');
  assert.ok((await pg.documents.counts()).documents > counts.documents!);
  await pg.alerts.addRule({ name: 'new', country: null, admin1: null, bbox: null, eventType: null, subEventType: null, actorText: null, minFatalities: null, webhookUrl: null, secret: null, output: '-' });
  assert.equal((await pg.alerts.listRules()).length, 2);
});
