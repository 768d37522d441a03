// PostgreSQL writes and reads of coded events: the same behaviour as ../sqlite/events.ts (keep the
// two in step; test/store/ checks they agree). writeEvents runs inside the documents' save
// transaction. Several workers may code two copies of one event at the same moment: a transaction
// advisory lock on the merge key makes the second wait for the first and then find its event, so
// the two reports still make ONE event.
import { report, type Document, type Evidence } from '../../document.js';
import { mergeKey } from '../../merge/key.js';
import { evidenceProblem, groupEvidence, importValues, IMPORT_COLUMNS, IMPORT_UPDATED, toEvent, type EventStore } from '../events.js';
import { statusAfter } from '../reviews.js';
import { UPSERT_OVERRIDE } from './reviews.js';
import { combineReports } from '../../merge/reports.js';
import { one, rows, transaction, type Pool, type Queryable } from './pool.js';

const COLUMNS = ['event_id', 'merge_key', 'event_date', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting', 'iso', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision', 'fatalities', 'fatalities_unknown', 'arrests', 'notes', 'source', 'confidence', 'status', 'created_at', 'updated_at'] as const;
const INSERT = `INSERT INTO events (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((_, i) => `$${i + 1}`).join(', ')}) ON CONFLICT (event_id) DO NOTHING`;

interface Row { event_id: string; status: string; fatalities: number; fatalities_unknown: number; arrests: number; source: string; confidence: number }

/** Take transaction-scoped advisory locks on `keys`, in sorted order (so that two transactions never deadlock). */
export async function lockKeys(client: Queryable, keys: string[]): Promise<void> {
  const sorted = [...new Set(keys)].sort();
  if (sorted.length) await client.query('SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest($1::text[]) AS k ORDER BY k', [sorted]);
}

/** The lock names of a document's events (taken by writeEvents; the documents area takes them up front). */
export const eventLockKeys = (doc: Document): string[] => doc.events.map((e) => `event:${mergeKey(e)}`);

/**
 * Store the events of one saved document, merging them into existing events (ACLED's rules). The
 * caller holds the locks of eventLockKeys(doc) (the documents area takes them with the batch's others).
 */
export async function writeEvents(client: Queryable, doc: Document): Promise<void> {
  if (!doc.events.length) return;
  const now = new Date().toISOString();
  for (const e of doc.events) {
    const key = mergeKey(e);
    const existing = await one<Row>(client, 'SELECT event_id, status, fatalities, fatalities_unknown, arrests, source, confidence FROM events WHERE merge_key = $1 ORDER BY id LIMIT 1', [key]);
    let eventId = e.event_id;
    if (existing) {
      eventId = existing.event_id;
      if (existing.status === 'coded') {
        const t = combineReports(existing, e);
        await client.query('UPDATE events SET fatalities = $1, fatalities_unknown = $2, arrests = $3, source = $4, confidence = $5, updated_at = $6 WHERE event_id = $7',
          [t.fatalities, t.fatalities_unknown, t.arrests, t.source, t.confidence, now, eventId]);
      }
    } else {
      const row: Record<string, unknown> = { ...e, merge_key: key, fatalities_unknown: e.fatalities_unknown ? 1 : 0, status: 'coded', created_at: now, updated_at: now };
      await client.query(INSERT, COLUMNS.map((c) => row[c] ?? null));
    }
    const spans: Evidence[] = [];
    for (const ev of e.evidence) {
      const problem = evidenceProblem(ev, doc.text.length);
      if (problem) { report(doc, 'store', 'warning', `event ${eventId}: evidence span dropped (${problem})`); continue; }
      spans.push({ ...ev, text: ev.text ?? doc.text.slice(ev.start, ev.end) });
    }
    // The document as a source of the event, and all its spans, in one statement (spans in order:
    // the evidence table has no other order).
    await client.query(`WITH source AS (INSERT INTO event_sources (event_id, document_id) VALUES ($1, $2) ON CONFLICT DO NOTHING)
      INSERT INTO evidence (event_id, document_id, field, start, "end", text)
      SELECT $1, $2, f, s, e, t FROM unnest($3::text[], $4::bigint[], $5::bigint[], $6::text[]) WITH ORDINALITY AS x(f, s, e, t, i) ORDER BY i`,
    [eventId, doc.id, spans.map((x) => x.field), spans.map((x) => x.start), spans.map((x) => x.end), spans.map((x) => x.text)]);
  }
}

/** The event columns as SQLite returns them (the generated search columns left out). */
export const EVENT_COLUMNS = ['id', ...COLUMNS].map((c) => `e.${c}`).join(', ');


export function postgresEventStore(pool: Pool): EventStore {
  const withDoc = `SELECT ${EVENT_COLUMNS}, (SELECT document_id FROM event_sources s WHERE s.event_id = e.event_id LIMIT 1) AS doc_id FROM events e`;
  return {
    async get(id) {
      const r = await one(pool, `${withDoc} WHERE e.event_id = $1`, [id]);
      if (!r) return null;
      const e = toEvent(r);
      e.evidence = (await rows<Evidence & { document_id: string }>(pool, 'SELECT document_id, field, start, "end", text FROM evidence WHERE event_id = $1 ORDER BY document_id, start', [id]))
        .map(({ document_id, ...x }) => ({ ...x, document_id }));
      e.sources = (await rows<{ document_id: string; origin: string; source: string | null; url: string | null; published_at: string | null }>(pool,
        'SELECT s.document_id, d.origin, d.source, d.url, d.published_at FROM event_sources s JOIN documents d ON d.id = s.document_id WHERE s.event_id = $1 ORDER BY d.published_at, d.id', [id]))
        .map((s) => ({ documentId: s.document_id, origin: s.origin, source: s.source, url: s.url, publishedAt: s.published_at }));
      return e;
    },
    async list(options = {}) {
      const where = options.country ? 'WHERE country = $3' : '';
      const args: unknown[] = [options.limit ?? 100, options.offset ?? 0];
      if (options.country) args.push(options.country);
      return (await rows(pool, `SELECT ${EVENT_COLUMNS}, NULL AS doc_id FROM events e ${where} ORDER BY event_date DESC, id DESC LIMIT $1 OFFSET $2`, args)).map(toEvent);
    },
    async *iterate(pageSize = 1000) {
      let last = 0;
      for (;;) {
        const page = await rows(pool, `${withDoc} WHERE e.id > $1 ORDER BY e.id LIMIT $2`, [last, pageSize]);
        if (!page.length) return;
        // The evidence of the whole page in one query, not one per event.
        const spans = await rows<Evidence & { event_id: string; document_id: string }>(pool,
          'SELECT event_id, document_id, field, start, "end", text FROM evidence WHERE event_id = ANY($1) ORDER BY event_id, document_id, start',
          [page.map((r) => String(r.event_id))]);
        const byEvent = groupEvidence(spans);
        for (const r of page) {
          const e = toEvent(r);
          e.evidence = byEvent.get(e.event_id) ?? [];
          yield e;
        }
        last = Number(page[page.length - 1]!.id);
      }
    },
    async count() {
      return Number((await one<{ n: number }>(pool, 'SELECT count(*) AS n FROM events'))!.n);
    },
    async importReviewed(items, review) {
      return transaction(pool, async (c) => {
        const counts = { imported: 0, updated: 0 };
        await lockKeys(c, items.map((i) => `acled:${i.event.event_id}`));
        for (const { event: e, documentId, text } of items) {
          const now = new Date().toISOString();
          // xmax = 0 only on a row this statement inserted (an update leaves the old version's xmax).
          const { inserted } = (await one<{ inserted: boolean }>(c, IMPORT_UPSERT, [...importValues(e), now]))!;
          await c.query('INSERT INTO event_sources (event_id, document_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [e.event_id, documentId]);
          await c.query("DELETE FROM evidence WHERE event_id = $1 AND document_id = $2 AND field = 'notes'", [e.event_id, documentId]);
          await c.query(`INSERT INTO evidence (event_id, document_id, field, start, "end", text) VALUES ($1, $2, 'notes', 0, $3, $4)`, [e.event_id, documentId, text.length, text]);
          if (inserted) {
            const r = (await one<{ id: number }>(c, `INSERT INTO event_reviews (event_id, action, reviewer, comment, changes, created_at)
              VALUES ($1, 'import', $2, $3, NULL, $4) RETURNING id`, [e.event_id, review.reviewer, review.comment, now]))!;
            await c.query(UPSERT_OVERRIDE, [e.event_id, 'status', statusAfter('import'), r.id]);
            counts.imported++;
          } else counts.updated++;
        }
        return counts;
      });
    },
  };
}

/** importReviewed's insert-or-update ($1… in IMPORT_COLUMNS order, then the time). */
const IMPORT_UPSERT = `INSERT INTO events (${IMPORT_COLUMNS.join(', ')}, confidence, status, created_at, updated_at)
  VALUES (${IMPORT_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')}, 1, 'confirmed', $${IMPORT_COLUMNS.length + 1}, $${IMPORT_COLUMNS.length + 1})
  ON CONFLICT (event_id) DO UPDATE SET ${IMPORT_UPDATED.map((c) => `${c} = excluded.${c}`).join(', ')}, updated_at = excluded.updated_at
  RETURNING (xmax = 0) AS inserted`;
