// The store test suite, run on both stores: SQLite (always) and PostgreSQL (when a test database
// answers; see helpers.ts). Every area is exercised through the Store interface only, and a last
// test checks that the two stores give the same answers for the same corpus.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/index.js';
import { importAcled } from '../../src/import/acled.js';
import { syntheticCorpus } from '../scale/corpus.js';
import { freshSchema, freshStore, ingestDocs, SKIP_PG, tempDir, testDatabase, type StoreKind } from './helpers.js';

const CORPUS = syntheticCorpus(24, { copyEvery: 4, seed: 3 });

for (const kind of ['sqlite', 'postgres'] as StoreKind[]) {
  describe(`${kind} store`, async () => {
    const available = kind === 'sqlite' || (await testDatabase()) !== null;
    const it = (name: string, fn: (store: Store) => Promise<void>) => test(name, { skip: available ? false : SKIP_PG }, async () => {
      const store = await freshStore(kind);
      await fn(store!);
    });

    it('stores documents and their events once; re-ingesting changes nothing', async (store) => {
      const dir = tempDir();
      const first = await ingestDocs(store, CORPUS, 'docs.jsonl', dir);
      assert.equal(first.ingested, CORPUS.length);
      const counts = await store.documents.counts();
      const events = await store.events.count();
      assert.equal(counts.documents, CORPUS.length);
      assert.ok(events > 10, `events coded from the corpus: ${events}`);
      assert.ok(events < CORPUS.length, 'syndicated copies merged into their events');
      const again = await ingestDocs(store, CORPUS, 'docs.jsonl', dir);
      assert.equal(again.ingested, 0);
      assert.equal(again.unchanged, CORPUS.length);
      assert.deepEqual(await store.documents.counts(), counts);
      assert.equal(await store.events.count(), events);
    });

    it('keeps copies of one event as one event with several sources', async (store) => {
      await ingestDocs(store, CORPUS);
      let multi = 0;
      for await (const e of store.events.iterate(7)) {
        const full = (await store.events.get(e.event_id))!;
        assert.ok(full.evidence.length > 0, 'evidence stored');
        for (const ev of full.evidence) assert.equal(typeof ev.start, 'number');
        if (full.sources.length > 1) multi++;
      }
      assert.ok(multi >= 3, `events with more than one source: ${multi}`);
    });

    it('documents: get, iterate in insertion order, sources, dead letters idempotent', async (store) => {
      await ingestDocs(store, CORPUS.slice(0, 5));
      const ids: string[] = [];
      for await (const d of store.documents.iterate(2)) ids.push(d.id);
      assert.deepEqual(ids, CORPUS.slice(0, 5).map((d) => d.id));
      const doc = (await store.documents.get(ids[0]!))!;
      assert.equal(doc.title, CORPUS[0]!.title);
      assert.equal((await store.documents.sources(doc.storyId)).length, 1);
      await store.documents.addDeadLetter({ origin: 'x.html', reason: 'no-article-text', detail: 'empty' });
      await store.documents.addDeadLetter({ origin: 'x.html', reason: 'no-article-text', detail: 'empty' });
      const dead = await store.documents.deadLetters();
      assert.equal(dead.length, 1);
      assert.equal(dead[0]!.contentHash, null);
      // Another input with an id already used by a different text: both kept.
      await ingestDocs(store, [{ ...CORPUS[9]!, id: CORPUS[0]!.id }], 'other.jsonl');
      assert.equal((await store.documents.counts()).documents, 6);
      const renamed: string[] = [];
      for await (const d of store.documents.iterate()) if (d.id.startsWith(`${CORPUS[0]!.id}~`)) renamed.push(d.storyId);
      assert.equal(renamed.length, 1);
    });

    it('search: filters, text, actor, bbox, stats, points, facets, export selection', async (store) => {
      await ingestDocs(store, CORPUS);
      const page = { limit: 100, offset: 0, sort: '-event_date' as const };
      const all = await store.search.list({}, page);
      assert.equal(all.events.length, await store.events.count());
      assert.equal(all.totalExact, true);
      const kenya = await store.search.list({ country: ['Kenya'] }, page);
      assert.ok(kenya.events.length > 0 && kenya.events.every((e) => e.country === 'Kenya'));
      const riots = await store.search.list({ eventType: ['Riots'] }, page);
      assert.ok(riots.events.length > 0 && riots.events.every((e) => e.event_type === 'Riots'));
      const text = await store.search.list({ q: 'tear gas' }, page);
      assert.ok(text.events.length > 0 && text.events.every((e) => /tear gas/i.test(e.notes)), 'text search over notes');
      const actor = await store.search.list({ actor: 'protesters' }, page);
      assert.ok(actor.events.length > 0 && actor.events.every((e) => /protesters/i.test(`${e.actor1} ${e.actor2}`)));
      assert.equal((await store.search.list({ q: '!!!' }, page)).events.length, 0);
      const withPlace = all.events.find((e) => e.latitude !== null)!;
      const lat = withPlace.latitude as number, lon = withPlace.longitude as number;
      const box = await store.search.list({ bbox: [lon - 0.5, lat - 0.5, lon + 0.5, lat + 0.5] }, page);
      assert.ok(box.events.some((e) => e.event_id === withPlace.event_id));
      assert.ok(box.events.every((e) => Math.abs((e.latitude as number) - lat) <= 0.5));
      const stats = await store.search.stats({});
      assert.equal(stats.total, all.events.length);
      assert.equal(stats.fatalities, all.events.reduce((n, e) => n + e.fatalities, 0));
      const points = await store.search.points({}, 5);
      assert.equal(points.points.length, 5);
      assert.equal(points.truncated, true);
      const facets = await store.search.facets();
      assert.ok(facets.countries.includes('Kenya'));
      const selected = (await store.search.select({ country: ['Kenya'] }, 3)).events;
      assert.ok(selected.length > 0 && selected.every((e) => e.doc_id && e.evidence.length > 0));
      // Export pages, two events at a time, follow one another: every event once, newest first.
      const paged: string[] = [];
      let exportPage = await store.search.select({}, 2);
      for (;;) {
        paged.push(...exportPage.events.map((e) => e.event_id));
        if (!exportPage.next) break;
        exportPage = await store.search.select({}, 2, exportPage.next);
      }
      const whole = (await store.search.select({}, 1000)).events;
      assert.equal(whole.length, all.events.length);
      assert.deepEqual(paged, whole.map((e) => e.event_id));
      assert.deepEqual(whole.map((e) => e.event_date), whole.map((e) => e.event_date).sort().reverse());
      // Each exported event carries the evidence and first source the event itself has (read a page at a time).
      for (const e of whole) {
        const stored = (await store.events.get(e.event_id))!;
        const spans = (list: object[]) => list.map((x) => JSON.stringify(x)).sort(); // spans of one start may come in either order
        assert.deepEqual(spans(e.evidence), spans(stored.evidence.map(({ document_id: _doc, ...span }) => span)));
        assert.equal(e.doc_id, stored.sources.map((s) => s.documentId).sort()[0]);
      }
      const detail = (await store.search.get(withPlace.event_id))!;
      assert.ok(detail.documents.length > 0 && detail.sources.length > 0);
    });

    it('text search ignores accents: "Bogota" finds "Bogotá" and the other way round', async (store) => {
      const header = 'event_id_cnty,event_date,event_type,sub_event_type,actor1,inter1,actor2,inter2,country,admin1,location,latitude,longitude,notes,fatalities';
      const csv = [header,
        'ACC1,2024-05-01,Protests,Peaceful protest,Protesters (Colombia),6,Policía Nacional,1,Colombia,Bogotá,Bogotá,4.61,-74.08,Students marched in Bogotá near the Plaza de Bolívar.,0',
        'ACC2,2024-05-02,Protests,Peaceful protest,Protesters (Peru),6,,0,Peru,Lima,Lima,-12.05,-77.04,Teachers marched in Lima; a banner said Bogota stands with you.,0',
        'ACC3,2024-05-03,Riots,Violent demonstration,Rioters (Chile),5,,0,Chile,Santiago,Santiago,-33.45,-70.67,Rioters burned a bus in Santiago.,0',
        ''].join('\n');
      await importAcled(store, csv, 'accents.csv');
      const page = { limit: 10, offset: 0, sort: 'event_date' as const };
      const ids = async (filter: { q?: string; actor?: string }) => (await store.search.list(filter, page)).events.map((e) => e.event_id);
      assert.deepEqual(await ids({ q: 'Bogota' }), ['ACC1', 'ACC2']);
      assert.deepEqual(await ids({ q: 'bogotá' }), ['ACC1', 'ACC2']);
      assert.deepEqual(await ids({ q: 'BOGOTÁ students' }), ['ACC1']);
      assert.deepEqual(await ids({ q: 'Bolivar' }), ['ACC1']);
      assert.deepEqual(await ids({ actor: 'policia' }), ['ACC1']);
      assert.deepEqual(await ids({ q: 'Santiago' }), ['ACC3']);
      assert.equal((await store.search.stats({ q: 'Bogota' })).total, 2);
    });

    it('reviews: history kept, edits survive the event being reported again', async (store) => {
      await ingestDocs(store, CORPUS.slice(0, 3));
      const [event] = (await store.search.list({}, { limit: 1, offset: 0, sort: 'event_date' })).events;
      const stampOf = (store.search as { changeStamp?: () => Promise<string> }).changeStamp?.bind(store.search);
      const stamp = await stampOf?.();
      const review = await store.reviews.record({ eventId: event!.event_id, action: 'edit', reviewer: 'ana', changes: { fatalities: 42, location: 'Edited place' } });
      if (stampOf) assert.notEqual(await stampOf(), stamp, 'the change stamp moves after a write');
      assert.ok(review && review.changes?.fatalities?.to === 42);
      assert.equal(await store.reviews.record({ eventId: 'nope', action: 'confirm', reviewer: 'ana' }), null);
      // The same event reported by a new document: merged into the edited event, whose fields stay.
      const source = CORPUS.find((d) => d.title && event!.notes.startsWith(d.text.slice(0, 30)))!;
      await ingestDocs(store, [{ ...source, id: 'again', text: `${source.text} More details followed.` }], 'again.jsonl');
      const after = (await store.search.get(event!.event_id))!;
      assert.equal(after.event.fatalities, 42);
      assert.equal(after.event.location, 'Edited place');
      assert.equal(after.event.status, 'edited');
      assert.equal(after.reviews.length, 1);
      assert.equal((await store.reviews.history(event!.event_id)).length, 1);
    });

    it('tokens: create, verify, revoke', async (store) => {
      const { token, info } = await store.tokens.create('ci');
      assert.equal((await store.tokens.verify(token))?.id, info.id);
      assert.equal(await store.tokens.verify(`${token}x`), null);
      assert.equal(await store.tokens.revoke(info.id), true);
      assert.equal(await store.tokens.revoke(info.id), false);
      assert.equal(await store.tokens.verify(token), null);
      assert.equal((await store.tokens.list()).length, 1);
    });

    it('feeds: follow, poll results, items processed once', async (store) => {
      assert.equal(await store.feeds.add('https://example.org/feed'), true);
      assert.equal(await store.feeds.add('https://example.org/feed'), false);
      await store.feeds.recordFailure('https://example.org/feed', { error: 'timeout', status: null, backoffMs: 60000, nextPollAt: '2030-01-01T00:00:00Z', at: '2029-12-31T23:59:00Z' });
      let f = (await store.feeds.get('https://example.org/feed'))!;
      assert.equal(f.consecutiveFailures, 1);
      assert.equal(f.backoffMs, 60000);
      await store.feeds.recordSuccess('https://example.org/feed', { status: 200, etag: '"e"', lastModified: null, nextPollAt: '2030-01-01T00:15:00Z', at: '2030-01-01T00:00:00Z' });
      f = (await store.feeds.get('https://example.org/feed'))!;
      assert.equal(f.consecutiveFailures, 0);
      assert.equal(f.etag, '"e"');
      const key = { feedUrl: f.url, itemKey: 'guid-1', contentHash: 'h1' };
      assert.equal(await store.feeds.itemStatus(key), null);
      await store.feeds.markPending({ ...key, link: null });
      assert.equal(await store.feeds.itemStatus(key), 'pending');
      await store.feeds.markDone(key, 'new');
      await store.feeds.markDone(key, 'new');
      assert.equal((await store.feeds.get(f.url))!.itemsSeen, 1);
      assert.equal((await store.feeds.items(f.url)).length, 1);
      assert.equal(await store.feeds.remove(f.url), true);
      assert.deepEqual(await store.feeds.list(), []);
    });

    it('alerts: rules, cursor over events, deliveries once, attempts logged', async (store) => {
      await ingestDocs(store, CORPUS.slice(0, 6));
      const rule = await store.alerts.addRule({ name: 'r', country: 'Kenya', admin1: null, bbox: [30, -5, 45, 5], eventType: null, subEventType: null, actorText: null, minFatalities: null, webhookUrl: null, secret: null, output: '-' });
      assert.deepEqual(rule.bbox, [30, -5, 45, 5]);
      assert.equal((await store.alerts.listRules()).length, 1);
      const events = await store.alerts.eventsAfter(null, 100);
      assert.equal(events.length, await store.events.count());
      const last = events[events.length - 1]!;
      await store.alerts.setCursor({ updatedAt: last.updated_at, rowid: last.rowid });
      assert.deepEqual(await store.alerts.eventsAfter(await store.alerts.cursor(), 100), []);
      assert.equal(await store.alerts.addDelivery(rule.id, last.event_id, '2030-01-01T00:00:00Z'), true);
      assert.equal(await store.alerts.addDelivery(rule.id, last.event_id), false);
      const [due] = await store.alerts.dueDeliveries('2030-01-02T00:00:00Z');
      await store.alerts.logAttempt({ deliveryId: due!.id, attempt: 1, channel: 'stdout', ok: false, httpStatus: null, error: 'x', at: '2030-01-02T00:00:00Z' });
      await store.alerts.markRetry(due!.id, 1, 'x', '2030-01-03T00:00:00Z');
      assert.deepEqual(await store.alerts.dueDeliveries('2030-01-02T00:00:00Z'), []);
      await store.alerts.markDelivered(due!.id, 2, '2030-01-03T00:00:00Z');
      assert.equal((await store.alerts.deliveries(rule.id))[0]!.status, 'delivered');
      assert.equal((await store.alerts.attempts(due!.id))[0]!.ok, false);
      assert.equal((await store.alerts.getEvent(last.event_id))?.event_id, last.event_id);
      assert.equal(await store.alerts.removeRule(rule.id), true);
    });
  });
}

/** What should be equal across stores: every field but the times of writing. */
const comparable = (e: Record<string, unknown>) => {
  const { updated_at: _u, created_at: _c, id: _i, rowid: _r, ...rest } = e;
  return rest;
};

test('both stores hold the same events and answer the same queries', { skip: (await testDatabase()) ? false : SKIP_PG }, async () => {
  const sqlite = (await freshStore('sqlite'))!;
  const postgres = (await freshStore('postgres'))!;
  for (const s of [sqlite, postgres]) await ingestDocs(s, CORPUS);
  const events = async (s: Store) => {
    const out = [];
    for await (const e of s.events.iterate()) {
      const full = (await s.events.get(e.event_id))!;
      // Spans starting at the same offset have no defined order in either store: compare them sorted.
      const evidence = full.evidence.map((x) => JSON.stringify([x.document_id, x.start, x.end, x.field, x.text])).sort();
      out.push({ ...comparable(full as unknown as Record<string, unknown>), evidence, sources: full.sources.map((x) => x.documentId).sort() });
    }
    return out.sort((a, b) => String(a.event_id).localeCompare(String(b.event_id)));
  };
  assert.deepEqual(await events(postgres), await events(sqlite));
  const page = { limit: 10, offset: 5, sort: '-fatalities' as const };
  for (const filter of [{}, { country: ['Kenya', 'Nigeria'] }, { q: 'village' }, { minFatalities: 4 }, { from: '2024-06-01', to: '2024-12-31' }]) {
    const [a, b] = await Promise.all([sqlite.search.list(filter, page), postgres.search.list(filter, page)]);
    assert.deepEqual(b.events.map(comparable), a.events.map(comparable), JSON.stringify(filter));
    assert.equal(b.total, a.total, JSON.stringify(filter));
    // Groups of equal count have no defined order: compare them sorted.
    const stats = async (st: Store) => {
      const x = await st.search.stats(filter);
      const key = (g: object) => JSON.stringify(g);
      return { ...x, byType: x.byType.map(key).sort(), byCountry: x.byCountry.map(key).sort() };
    };
    assert.deepEqual(await stats(postgres), await stats(sqlite));
  }
  assert.deepEqual(await postgres.search.facets(), await sqlite.search.facets());
  // Points of one day have no defined order: compare them sorted.
  const points = async (st: Store) => (await st.search.points({}, 1000)).points.map((x) => JSON.stringify(x)).sort();
  assert.deepEqual(await points(postgres), await points(sqlite));
  const fields = { limit: 5, offset: 0, sort: '-event_date' as const, fields: ['event_date', 'country'] as ('event_date' | 'country')[] };
  const [few, fewPg] = [await sqlite.search.list({}, fields), await postgres.search.list({}, fields)];
  assert.deepEqual(Object.keys(fewPg.events[0]!), ['event_id', 'event_date', 'country']);
  assert.deepEqual(fewPg.events, few.events);
  assert.deepEqual(await postgres.documents.counts(), await sqlite.documents.counts());
});

test('postgres: two processes saving the same documents at once store each once, each event once', { skip: (await testDatabase()) ? false : SKIP_PG }, async () => {
  const reference = (await freshStore('sqlite'))!;
  await ingestDocs(reference, CORPUS);
  const { url } = await freshSchema((await testDatabase())!);
  const [a, b] = [await openStore(url), await openStore(url)];
  after(() => Promise.all([a.close(), b.close()]));
  await Promise.all([ingestDocs(a, CORPUS, 'a.jsonl'), ingestDocs(b, CORPUS, 'b.jsonl')]);
  assert.equal((await a.documents.counts()).documents, CORPUS.length);
  assert.equal(await a.events.count(), await reference.events.count());
});
