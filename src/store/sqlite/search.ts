// SQLite implementation of the search area (see ../search.ts): read-only queries over events,
// event_sources, evidence, documents, sources and event_reviews. Every value is a bound parameter;
// column names and sort orders come from fixed lists in this file.
import type { Statement } from 'better-sqlite3';
import type { Db } from './open.js';
import type { Evidence } from '../../document.js';
import type { ExportCursor, ExportedEvent, EventDetail, EventDocument, EventFilter, EventPage, EventStats, EventSummary, MapPoint, PageRequest, SearchStore } from '../search.js';
import { sqliteReviewStore } from './reviews.js';
import { HAS_WORDS, queryWords, registerWordFunctions } from './words.js';
import { COUNT_LIMIT, ORDER_BY, SELECT_COLUMNS, selectColumns, type EventRow } from '../search-sql.js';
import { groupEvidence } from '../events.js';

/**
 * How a part of a filter that has its own index (the words, through FTS5; the bounding box, through
 * the R*Tree) takes part in a query. SQLite keeps no statistics for either, so the store counts the
 * hits (capped) and chooses:
 *   'drive' — few hits: they are the rows (each is looked up; the hits are sorted for the page);
 *   'list'  — more: the hit list is built once (with a Bloom filter) and filters rows read in the
 *             page's order from the index of the other filters, which stops when the page is full;
 *   'scan'  — words so common that collecting every hit costs more than testing the rows read in the
 *             page's order one by one (sitrep_has_words, see words.ts).
 */
export type Access = 'drive' | 'list' | 'scan';
export interface QueryPlan { text?: Access; actor?: Access; bbox?: Exclude<Access, 'scan'> }

/** At most this many hits and the words or the box drive the query. */
const DRIVE_LIMIT = 500;
/**
 * Words with more hits than √(SCAN_FACTOR × events) (at least SCAN_MIN_HITS) are tested row by row.
 * Collecting the hits costs about 0.15 µs each; testing a row about 3 µs, and a page of 50 needs
 * 50 × events / hits rows: the two cost the same at hits² ≈ 1,000 × events. Counting the hits to
 * decide costs too, so the bench (`npm run bench:api -- --profile`) is fastest with a lower bar:
 * 5,000 of 100,000 events (15,800 of a million).
 */
const SCAN_MIN_HITS = 5_000;
const SCAN_FACTOR = 250;

/** Words of a free-text query as an FTS5 expression: every word must appear (quoted, so no syntax leaks in). */
export function ftsWords(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  return words.slice(0, 16).map((w) => `"${w}"`).join(' ');
}

/** A filter's words: the FTS5 query, the same words for sitrep_has_words, and the columns they are looked for in. */
export interface WordFilter { key: 'text' | 'actor'; match: string; words: string; columns: string }
const TEXT_COLUMNS = "e.notes || ' ' || e.actor1 || ' ' || e.actor2 || ' ' || e.location || ' ' || e.admin1 || ' ' || e.country";
const ACTOR_COLUMNS = "e.actor1 || ' ' || e.actor2";

/** The word filters of a filter (full text, actor words); null when one has only punctuation (nothing matches). */
export function wordFilters(filter: EventFilter): WordFilter[] | null {
  const out: WordFilter[] = [];
  if (filter.q) {
    const match = ftsWords(filter.q);
    if (!match) return null;
    out.push({ key: 'text', match: `(${match})`, words: queryWords(filter.q).join(' '), columns: TEXT_COLUMNS });
  }
  if (filter.actor) {
    const match = ftsWords(filter.actor);
    if (!match) return null;
    out.push({ key: 'actor', match: `({actor1 actor2} : (${match}))`, words: queryWords(filter.actor).join(' '), columns: ACTOR_COLUMNS });
  }
  return out;
}

/** The FTS5 query of a filter's text and actor words, null when it has none, '' when nothing can match. */
export function ftsQuery(filter: EventFilter): string | null {
  const words = wordFilters(filter);
  if (!words) return '';
  return words.length ? words.map((w) => w.match).join(' AND ') : null;
}

/** The R*Tree query of the events inside a bounding box; west > east crosses the antimeridian (two boxes). */
export function boxQuery([west, south, east, north]: [number, number, number, number]): { sql: string; params: number[] } {
  const box = 'SELECT id FROM events_rtree WHERE min_lat >= ? AND max_lat <= ? AND min_lon >= ? AND max_lon <= ?';
  if (west <= east) return { sql: box, params: [south, north, west, east] };
  return { sql: `${box} UNION ALL ${box}`, params: [south, north, west, 180, south, north, -180, east] };
}

/**
 * The WHERE clause and its parameters for a filter, with its words and box taking part as `plan`
 * says (by default they drive). The default status term is written exactly as the partial indexes
 * of sql/sqlite/023-live-listing-indexes.sql say, so that SQLite can use them. "+e.id" keeps SQLite
 * from using a hit list as the way in (unary + disables the index on id).
 */
export function whereClause(filter: EventFilter, plan: QueryPlan = {}): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const anyOf = (column: string, values: string[] | undefined) => {
    if (!values || values.length === 0) return;
    parts.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  if (filter.from) { parts.push('e.event_date >= ?'); params.push(filter.from); }
  if (filter.to) { parts.push('e.event_date <= ?'); params.push(filter.to); }
  anyOf('e.country', filter.country);
  anyOf('e.admin1', filter.admin1);
  anyOf('e.event_type', filter.eventType);
  anyOf('e.sub_event_type', filter.subEventType);
  if (filter.minFatalities !== undefined && filter.minFatalities > 0) { parts.push('e.fatalities >= ?'); params.push(filter.minFatalities); }
  if (filter.status && filter.status.length > 0) anyOf('e.status', filter.status);
  else parts.push(`e.status <> 'rejected'`);

  const words = wordFilters(filter);
  if (!words) parts.push('0');
  for (const w of words ?? []) {
    const access = plan[w.key] ?? 'drive';
    if (access === 'scan') {
      parts.push(`${HAS_WORDS}(${w.columns}, ?)`);
      params.push(w.words);
    } else {
      parts.push(`${access === 'drive' ? 'e.id' : '+e.id'} IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)`);
      params.push(w.match);
    }
  }

  if (filter.bbox) {
    const { sql, params: boxParams } = boxQuery(filter.bbox);
    parts.push(`${(plan.bbox ?? 'drive') === 'drive' ? 'e.id' : '+e.id'} IN (${sql})`);
    params.push(...boxParams);
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}


/** A row as an EventSummary, in place (copying 31 fields of 50 rows costs more than the query). */
function toSummary(row: EventRow): EventSummary {
  if ('fatalities_unknown' in row) row.fatalities_unknown = row.fatalities_unknown === 1;
  return row as unknown as EventSummary;
}

export function sqliteSearchStore(db: Db): SearchStore {
  const reviews = sqliteReviewStore(db);
  // Statements depend on the shape of the filter; cache them by SQL text.
  const cache = new Map<string, Statement<unknown[]>>();
  const prepare = (sql: string): Statement<unknown[]> => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare<unknown[]>(sql);
      if (cache.size > 500) cache.clear();
      cache.set(sql, stmt);
    }
    return stmt;
  };

  registerWordFunctions(db);
  const ftsHits = db.prepare('SELECT count(*) FROM (SELECT rowid FROM events_fts WHERE events_fts MATCH ? LIMIT ?)').pluck();
  const lastId = db.prepare('SELECT max(id) FROM events').pluck(); // about the number of events, at no cost
  /**
   * The WHERE clause, with each word filter and the box taking part as their numbers of hits say (see
   * Access). `wholeSet`: the query reads every match (stats, map points, exports), so testing rows one
   * by one never stops early and common words are collected from the index instead.
   */
  const where = (filter: EventFilter, wholeSet = false) => {
    const plan: QueryPlan = {};
    const words = wordFilters(filter) ?? [];
    if (words.length) {
      const scanFrom = Math.max(SCAN_MIN_HITS, Math.round(Math.sqrt(SCAN_FACTOR * ((lastId.get() as number | null) ?? 0))));
      for (const w of words) {
        const hits = ftsHits.get(w.match, scanFrom + 1) as number;
        plan[w.key] = hits <= DRIVE_LIMIT ? 'drive' : hits <= scanFrom || wholeSet ? 'list' : 'scan';
      }
    }
    if (filter.bbox) {
      const box = boxQuery(filter.bbox);
      const hits = prepare(`SELECT count(*) FROM (${box.sql} LIMIT ?)`).pluck().get(...box.params, DRIVE_LIMIT + 1) as number;
      plan.bbox = hits <= DRIVE_LIMIT ? 'drive' : 'list';
    }
    return whereClause(filter, plan);
  };
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const totalChanges = db.prepare('SELECT total_changes()').pluck();

  const eventRow = db.prepare(`SELECT ${SELECT_COLUMNS} FROM events e WHERE e.event_id = ?`);
  const evidenceRows = db.prepare(`SELECT document_id, field, start, "end", text FROM evidence WHERE event_id = ? ORDER BY document_id, start`);
  const documentRows = db.prepare(`SELECT d.id, d.story_id AS storyId, d.title, d.text, d.source, d.url, d.published_at AS publishedAt
    FROM event_sources es JOIN documents d ON d.id = es.document_id WHERE es.event_id = ? ORDER BY d.published_at, d.id`);
  const sourceRows = db.prepare(`SELECT s.document_id AS documentId, s.story_id AS storyId, s.origin, s.source, s.url, s.published_at AS publishedAt
    FROM sources s WHERE s.story_id IN (SELECT d.story_id FROM event_sources es JOIN documents d ON d.id = es.document_id WHERE es.event_id = ?)
    ORDER BY s.published_at, s.origin`);
  // The evidence of a whole page of events in one query (the ids as one JSON array, so one statement
  // serves every page size), instead of one query per event.
  const pageEvidence = db.prepare(`SELECT event_id, document_id, field, start, "end", text FROM evidence
    WHERE event_id IN (SELECT value FROM json_each(?)) ORDER BY event_id, document_id, start`);

  return {
    async changeStamp(): Promise<string> {
      // data_version changes when another connection commits; total_changes when this one writes.
      return `${dataVersion.get() as number}:${totalChanges.get() as number}`;
    },

    async list(filter: EventFilter, page: PageRequest): Promise<EventPage> {
      const clause = where(filter);
      // One row more than the page tells whether there are more, without counting them: the exact
      // total of a filter is GET /api/stats (the page asks for it once per filter change).
      const rows = prepare(`SELECT ${selectColumns(page.fields)} FROM events e ${clause.sql} ORDER BY ${ORDER_BY[page.sort]} LIMIT ? OFFSET ?`)
        .all(...clause.params, page.limit + 1, page.offset) as EventRow[];
      const more = rows.length > page.limit;
      if (more) rows.pop();
      let total = page.offset + rows.length + (more ? 1 : 0);
      let totalExact = !more;
      if (rows.length === 0 && page.offset > 0) { // past the end: say where the end is, counting at most COUNT_LIMIT
        const counted = prepare(`SELECT count(*) FROM (SELECT 1 FROM events e ${clause.sql} LIMIT ?)`).pluck()
          .get(...clause.params, COUNT_LIMIT + 1) as number;
        total = Math.min(counted, COUNT_LIMIT);
        totalExact = counted <= COUNT_LIMIT;
      }
      return { events: rows.map(toSummary), total, totalExact, limit: page.limit, offset: page.offset, sort: page.sort };
    },

    async get(eventId: string): Promise<EventDetail | null> {
      const row = eventRow.get(eventId) as EventRow | undefined;
      if (!row) return null;
      return {
        event: toSummary(row),
        evidence: evidenceRows.all(eventId) as EventDetail['evidence'],
        documents: documentRows.all(eventId) as EventDocument[],
        sources: sourceRows.all(eventId) as EventDetail['sources'],
        reviews: await reviews.history(eventId),
      };
    },

    async stats(filter: EventFilter): Promise<EventStats> {
      const clause = where(filter, true);
      const group = (column: string, alias: string) => prepare(
        `SELECT ${column} AS ${alias}, count(*) AS count, sum(e.fatalities) AS fatalities FROM events e ${clause.sql}
         GROUP BY ${column} ORDER BY ${alias === 'day' ? 'day' : 'count DESC'}`).all(...clause.params) as never[];
      const byDay = group('e.event_date', 'day') as EventStats['byDay'];
      return {
        total: byDay.reduce((n, d) => n + d.count, 0),
        fatalities: byDay.reduce((n, d) => n + d.fatalities, 0),
        byDay,
        byType: group('e.event_type', 'eventType'),
        byCountry: group('e.country', 'country'),
      };
    },

    async points(filter: EventFilter, max: number) {
      const clause = where(filter, true);
      const sql = `SELECT e.event_id, e.latitude, e.longitude, e.event_type, e.fatalities FROM events e
        ${clause.sql ? `${clause.sql} AND` : 'WHERE'} e.latitude IS NOT NULL ORDER BY e.event_date DESC LIMIT ?`; // newest days first (events_live_map)
      const rows = prepare(sql).raw().all(...clause.params, max + 1) as MapPoint[];
      const truncated = rows.length > max;
      return { points: truncated ? rows.slice(0, max) : rows, truncated };
    },

    async select(filter: EventFilter, max: number, after?: ExportCursor | null) {
      const clause = where(filter, true);
      const keyset = after ? `${clause.sql ? 'AND' : 'WHERE'} (e.event_date, e.id) < (?, ?)` : '';
      // The first document of each event is a subquery of the page's query (one index seek per row,
      // no round trip); the evidence of the whole page is one more query.
      const rows = prepare(`SELECT ${SELECT_COLUMNS}, e.id AS cursor_id,
        (SELECT min(document_id) FROM event_sources WHERE event_id = e.event_id) AS doc_id
        FROM events e ${clause.sql} ${keyset} ORDER BY e.event_date DESC, e.id DESC LIMIT ?`)
        .all(...clause.params, ...(after ? [after.eventDate, after.id] : []), max) as (EventRow & { cursor_id: number; doc_id: string | null })[];
      const byEvent = groupEvidence(pageEvidence.all(JSON.stringify(rows.map((r) => r.event_id))) as (Evidence & { event_id: string; document_id: string })[]);
      const events = rows.map(({ cursor_id: _id, doc_id, ...row }) => {
        const summary = toSummary(row as EventRow);
        const evidence = (byEvent.get(summary.event_id) ?? []).map(({ document_id: _doc, ...span }) => span);
        return { ...summary, doc_id: doc_id ?? '', evidence } as ExportedEvent;
      });
      const last = rows[rows.length - 1];
      return { events, next: rows.length === max && last ? { eventDate: String(last.event_date), id: last.cursor_id } : null };
    },

    async facets() {
      // The distinct values of live events, one index seek per value (a loose index scan) instead of
      // reading the whole index: column > the previous value, through the partial indexes of 023.
      const distinct = (column: string) => prepare(`WITH RECURSIVE v(x) AS (
          SELECT min(${column}) FROM events WHERE ${column} > '' AND status <> 'rejected'
          UNION ALL
          SELECT (SELECT min(${column}) FROM events WHERE ${column} > v.x AND status <> 'rejected') FROM v WHERE v.x IS NOT NULL)
        SELECT x FROM v WHERE x IS NOT NULL`).pluck().all() as string[];
      const range = prepare('SELECT min(event_date) AS firstDay, max(event_date) AS lastDay FROM events').get() as { firstDay: string | null; lastDay: string | null };
      return { countries: distinct('country'), eventTypes: distinct('event_type'), subEventTypes: distinct('sub_event_type'), ...range };
    },
  };
}
