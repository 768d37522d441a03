// SQLite writes and reads of coded events (sql/sqlite/010-events.sql). writeEvents runs inside the
// documents' save transaction: an event whose merge key (actor pair, place, day) is already stored is
// the same real-world event reported again, so the document becomes one more source of it, its
// evidence is appended, the lowest fatality count among the reports is kept and the sources are
// concatenated. Events an analyst has reviewed (status other than 'coded') keep their fields.
import type { Db } from './open.js';
import { report, type CodedEvent, type Document, type Evidence } from '../../document.js';
import { mergeKey } from '../../merge/key.js';
import { evidenceProblem, groupEvidence, importValues, IMPORT_COLUMNS, IMPORT_UPDATED, toEvent, type EventStore, type ImportItem } from '../events.js';
import { recordReview } from './reviews.js';
import { combineReports } from '../../merge/reports.js';

const COLUMNS = ['event_id', 'merge_key', 'event_date', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting', 'iso', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision', 'fatalities', 'fatalities_unknown', 'arrests', 'notes', 'source', 'confidence', 'status', 'created_at', 'updated_at'] as const;

interface Row { event_id: string; status: string; fatalities: number; fatalities_unknown: number; arrests: number; source: string; confidence: number }

function statements(db: Db) {
  return {
    byKey: db.prepare<[string], Row>('SELECT event_id, status, fatalities, fatalities_unknown, arrests, source, confidence FROM events WHERE merge_key = ? ORDER BY id LIMIT 1'),
    insert: db.prepare(`INSERT OR IGNORE INTO events (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')})`),
    update: db.prepare('UPDATE events SET fatalities = @fatalities, fatalities_unknown = @fatalities_unknown, arrests = @arrests, source = @source, confidence = @confidence, updated_at = @updated_at WHERE event_id = @event_id'),
    addSource: db.prepare('INSERT OR IGNORE INTO event_sources (event_id, document_id) VALUES (?, ?)'),
    addEvidence: db.prepare('INSERT INTO evidence (event_id, document_id, field, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)'),
  };
}
const cache = new WeakMap<Db, ReturnType<typeof statements>>();

/** Store the events of one saved document, merging them into existing events (ACLED's rules). */
export function writeEvents(db: Db, doc: Document): void {
  if (!doc.events.length) return;
  let q = cache.get(db);
  if (!q) cache.set(db, (q = statements(db)));
  const now = new Date().toISOString();
  for (const e of doc.events) {
    const key = mergeKey(e);
    const existing = q.byKey.get(key);
    let eventId = e.event_id;
    if (existing) {
      eventId = existing.event_id;
      if (existing.status === 'coded') {
        q.update.run({ event_id: eventId, ...combineReports(existing, e), updated_at: now });
      }
    } else {
      q.insert.run({ ...e, merge_key: key, fatalities_unknown: e.fatalities_unknown ? 1 : 0, status: 'coded', created_at: now, updated_at: now });
    }
    q.addSource.run(eventId, doc.id);
    for (const ev of e.evidence) {
      const problem = evidenceProblem(ev, doc.text.length);
      if (problem) { report(doc, 'store', 'warning', `event ${eventId}: evidence span dropped (${problem})`); continue; }
      q.addEvidence.run(eventId, doc.id, ev.field, ev.start, ev.end, ev.text ?? doc.text.slice(ev.start, ev.end));
    }
  }
}


export function sqliteEventStore(db: Db): EventStore {
  const get = db.prepare('SELECT e.*, (SELECT document_id FROM event_sources s WHERE s.event_id = e.event_id LIMIT 1) AS doc_id FROM events e WHERE e.event_id = ?');
  const evidence = db.prepare<[string], Evidence & { document_id: string }>('SELECT document_id, field, start, "end", text FROM evidence WHERE event_id = ? ORDER BY document_id, start');
  const sources = db.prepare<[string], { document_id: string; origin: string; source: string | null; url: string | null; published_at: string | null }>(
    `SELECT s.document_id, d.origin, d.source, d.url, d.published_at FROM event_sources s JOIN documents d ON d.id = s.document_id WHERE s.event_id = ? ORDER BY d.published_at, d.id`);
  const page = db.prepare('SELECT e.*, (SELECT document_id FROM event_sources s WHERE s.event_id = e.event_id LIMIT 1) AS doc_id FROM events e WHERE e.id > ? ORDER BY e.id LIMIT ?');
  const importTransaction = importStatements(db);
  return {
    async get(id) {
      const r = get.get(id) as Record<string, unknown> | undefined;
      if (!r) return null;
      const e = toEvent(r);
      e.evidence = evidence.all(id).map(({ document_id, ...x }) => ({ ...x, document_id }));
      e.sources = sources.all(id).map((s) => ({ documentId: s.document_id, origin: s.origin, source: s.source, url: s.url, publishedAt: s.published_at }));
      return e;
    },
    async list(options = {}) {
      const rows = db.prepare(`SELECT e.*, NULL AS doc_id FROM events e ${options.country ? 'WHERE country = @country' : ''} ORDER BY event_date DESC, id DESC LIMIT @limit OFFSET @offset`)
        .all({ country: options.country, limit: options.limit ?? 100, offset: options.offset ?? 0 }) as Record<string, unknown>[];
      return rows.map(toEvent);
    },
    async *iterate(pageSize = 1000) {
      let last = 0;
      for (;;) {
        const rows = page.all(last, pageSize) as Record<string, unknown>[];
        if (!rows.length) return;
        // The evidence of the whole page in one query, not one per event.
        const ids = rows.map((r) => String(r.event_id));
        const spans = db.prepare(`SELECT event_id, document_id, field, start, "end", text FROM evidence
          WHERE event_id IN (${ids.map(() => '?').join(',')}) ORDER BY event_id, document_id, start`)
          .all(...ids) as (Evidence & { event_id: string; document_id: string })[];
        const byEvent = groupEvidence(spans);
        for (const r of rows) {
          const e = toEvent(r);
          e.evidence = byEvent.get(e.event_id) ?? [];
          yield e;
        }
        last = Number(rows[rows.length - 1].id);
      }
    },
    async count() {
      return Number(db.prepare('SELECT count(*) FROM events').pluck().get());
    },
    async importReviewed(items, review) {
      return importTransaction(items, review);
    },
  };
}

/** The statements and the transaction of importReviewed (see EventStore). */
function importStatements(db: Db) {
  const exists = db.prepare('SELECT 1 FROM events WHERE event_id = ?').pluck();
  const upsert = db.prepare(`INSERT INTO events (${IMPORT_COLUMNS.join(', ')}, confidence, status, created_at, updated_at)
    VALUES (${IMPORT_COLUMNS.map(() => '?').join(', ')}, 1, 'confirmed', @now, @now)
    ON CONFLICT (event_id) DO UPDATE SET ${IMPORT_UPDATED.map((c) => `${c} = excluded.${c}`).join(', ')}, updated_at = excluded.updated_at`);
  const link = db.prepare('INSERT OR IGNORE INTO event_sources (event_id, document_id) VALUES (?, ?)');
  const clearNoteEvidence = db.prepare("DELETE FROM evidence WHERE event_id = ? AND document_id = ? AND field = 'notes'");
  const noteEvidence = db.prepare(`INSERT INTO evidence (event_id, document_id, field, start, "end", text) VALUES (?, ?, 'notes', 0, ?, ?)`);
  return db.transaction((items: ImportItem[], review: { reviewer: string; comment: string }) => {
    const counts = { imported: 0, updated: 0 };
    for (const { event: e, documentId, text } of items) {
      const isNew = !exists.get(e.event_id);
      upsert.run(...importValues(e), { now: new Date().toISOString() });
      link.run(e.event_id, documentId);
      clearNoteEvidence.run(e.event_id, documentId);
      noteEvidence.run(e.event_id, documentId, text.length, text);
      if (isNew) {
        recordReview(db, { eventId: e.event_id, action: 'import', reviewer: review.reviewer, comment: review.comment });
        counts.imported++;
      } else counts.updated++;
    }
    return counts;
  });
}

export type { CodedEvent };
