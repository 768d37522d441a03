// PostgreSQL implementation of the search area (see ../search.ts), the same answers as
// ../sqlite/search.ts. Text search uses the generated tsvector columns (GIN), accents folded; the
// bounding box uses the PostGIS point (GiST) when the database has it, else latitude/longitude
// (B-tree). Every value is a bound parameter; column names and sort orders come from fixed lists in
// this file.
import type { Evidence } from '../../document.js';
import type { ExportCursor, ExportedEvent, EventDetail, EventDocument, EventFilter, EventPage, EventStats, EventSummary, MapPoint, PageRequest, SearchStore } from '../search.js';
import { params, rows, one, type Pool } from './pool.js';
import { postgresReviewStore } from './reviews.js';
import { COUNT_LIMIT, ORDER_BY, SELECT_COLUMNS, selectColumns, type EventRow } from '../search-sql.js';
import { groupEvidence } from '../events.js';


/** Words of a free-text query, space-separated for plainto_tsquery (every word must appear); null when none. */
function tsWords(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  return words && words.length ? words.slice(0, 16).join(' ') : null;
}

/** The WHERE clause of a filter, with its parameters numbered from $1. */
export function whereClause(filter: EventFilter, postgis: boolean): { sql: string; values: unknown[] } {
  const { values, p } = params();
  const parts: string[] = [];
  const anyOf = (column: string, list: string[] | undefined) => {
    if (list && list.length > 0) parts.push(`${column} = ANY(${p(list)}::text[])`);
  };
  if (filter.from) parts.push(`e.event_date >= ${p(filter.from)}`);
  if (filter.to) parts.push(`e.event_date <= ${p(filter.to)}`);
  anyOf('e.country', filter.country);
  anyOf('e.admin1', filter.admin1);
  anyOf('e.event_type', filter.eventType);
  anyOf('e.sub_event_type', filter.subEventType);
  if (filter.minFatalities !== undefined && filter.minFatalities > 0) parts.push(`e.fatalities >= ${p(filter.minFatalities)}`);
  if (filter.status && filter.status.length > 0) anyOf('e.status', filter.status);
  else parts.push("e.status <> 'rejected'");

  const q = filter.q ? tsWords(filter.q) : null;
  const actor = filter.actor ? tsWords(filter.actor) : null;
  if ((filter.q && !q) || (filter.actor && !actor)) parts.push('false'); // only punctuation
  // Folded as the tsvector columns are (sql/postgres/032-search-unaccent.sql): accents do not matter.
  if (q) parts.push(`e.search_all @@ plainto_tsquery('simple', sitrep_fold(${p(q)}))`);
  if (actor) parts.push(`e.search_actors @@ plainto_tsquery('simple', sitrep_fold(${p(actor)}))`);

  if (filter.bbox) {
    const [west, south, east, north] = filter.bbox;
    const box = (w: number, e: number) => postgis
      ? `e.geom && ST_MakeEnvelope(${p(w)}, ${p(south)}, ${p(e)}, ${p(north)}, 4326)`
      : `(e.latitude BETWEEN ${p(south)} AND ${p(north)} AND e.longitude BETWEEN ${p(w)} AND ${p(e)})`;
    parts.push(west <= east ? box(west, east) : `(${box(west, 180)} OR ${box(-180, east)})`); // west > east: crosses the antimeridian
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', values };
}


function toSummary(row: EventRow): EventSummary {
  if ('fatalities_unknown' in row) row.fatalities_unknown = row.fatalities_unknown === 1;
  return row as unknown as EventSummary;
}

export function postgresSearchStore(pool: Pool, options: { postgis: boolean }): SearchStore {
  const reviews = postgresReviewStore(pool);
  const where = (filter: EventFilter) => whereClause(filter, options.postgis);
  /** Placeholder numbers after the WHERE clause's own. */
  const next = (clause: { values: unknown[] }, k: number) => `$${clause.values.length + k}`;
  const evidenceOf = (eventId: string) => rows<Evidence & { document_id: string }>(pool,
    'SELECT document_id, field, start, "end", text FROM evidence WHERE event_id = $1 ORDER BY document_id, start', [eventId]);

  const store: SearchStore & { changeStamp(): Promise<string> } = {
    /**
     * Changes whenever any write transaction in the database commits (by this process or any other):
     * the snapshot's xmin, xmax and in-progress list. Conservative (queue writes change it too) but
     * never stale, and one cheap query.
     */
    async changeStamp() {
      return (await one<{ s: string }>(pool, 'SELECT pg_current_snapshot()::text AS s'))!.s;
    },

    async list(filter: EventFilter, page: PageRequest): Promise<EventPage> {
      const clause = where(filter);
      // One row more than the page tells whether there are more, without counting them (as SQLite does).
      const found = await rows<EventRow>(pool, `SELECT ${selectColumns(page.fields)} FROM events e ${clause.sql} ORDER BY ${ORDER_BY[page.sort]}
        LIMIT ${next(clause, 1)} OFFSET ${next(clause, 2)}`, [...clause.values, page.limit + 1, page.offset]);
      const more = found.length > page.limit;
      if (more) found.pop();
      let total = page.offset + found.length + (more ? 1 : 0);
      let totalExact = !more;
      if (found.length === 0 && page.offset > 0) { // past the end: say where the end is, counting at most COUNT_LIMIT
        const counted = (await one<{ n: number }>(pool, `SELECT count(*) AS n FROM (SELECT 1 FROM events e ${clause.sql} LIMIT ${next(clause, 1)}) t`,
          [...clause.values, COUNT_LIMIT + 1]))!.n;
        total = Math.min(counted, COUNT_LIMIT);
        totalExact = counted <= COUNT_LIMIT;
      }
      return { events: found.map(toSummary), total, totalExact, limit: page.limit, offset: page.offset, sort: page.sort };
    },

    async get(eventId: string): Promise<EventDetail | null> {
      const row = await one<EventRow>(pool, `SELECT ${SELECT_COLUMNS} FROM events e WHERE e.event_id = $1`, [eventId]);
      if (!row) return null;
      return {
        event: toSummary(row),
        evidence: await evidenceOf(eventId),
        documents: await rows<EventDocument>(pool, `SELECT d.id, d.story_id AS "storyId", d.title, d.text, d.source, d.url, d.published_at AS "publishedAt"
          FROM event_sources es JOIN documents d ON d.id = es.document_id WHERE es.event_id = $1 ORDER BY d.published_at, d.id`, [eventId]),
        sources: await rows<EventDetail['sources'][number]>(pool, `SELECT s.document_id AS "documentId", s.story_id AS "storyId", s.origin, s.source, s.url,
          s.published_at AS "publishedAt" FROM sources s WHERE s.story_id IN (SELECT d.story_id FROM event_sources es JOIN documents d ON d.id = es.document_id
          WHERE es.event_id = $1) ORDER BY s.published_at, s.origin`, [eventId]),
        reviews: await reviews.history(eventId),
      };
    },

    async stats(filter: EventFilter): Promise<EventStats> {
      const clause = where(filter);
      const group = <T>(column: string, alias: string) => rows<T>(pool,
        `SELECT ${column} AS "${alias}", count(*) AS count, coalesce(sum(e.fatalities), 0) AS fatalities FROM events e ${clause.sql}
         GROUP BY ${column} ORDER BY ${alias === 'day' ? '"day"' : `count DESC, ${column}`}`, clause.values);
      const byDay = await group<EventStats['byDay'][number]>('e.event_date', 'day');
      return {
        total: byDay.reduce((n, d) => n + d.count, 0),
        fatalities: byDay.reduce((n, d) => n + d.fatalities, 0),
        byDay,
        byType: await group('e.event_type', 'eventType'),
        byCountry: await group('e.country', 'country'),
      };
    },

    async points(filter: EventFilter, max: number) {
      const clause = where(filter);
      const res = await pool.query({
        text: `SELECT e.event_id, e.latitude, e.longitude, e.event_type, e.fatalities FROM events e
          ${clause.sql ? `${clause.sql} AND` : 'WHERE'} e.latitude IS NOT NULL ORDER BY e.event_date DESC, e.id DESC LIMIT ${next(clause, 1)}`,
        values: [...clause.values, max + 1],
        rowMode: 'array',
      });
      const points = res.rows as MapPoint[];
      const truncated = points.length > max;
      return { points: truncated ? points.slice(0, max) : points, truncated };
    },

    async select(filter: EventFilter, max: number, after?: ExportCursor | null) {
      const clause = where(filter);
      const keyset = after
        ? `${clause.sql ? 'AND' : 'WHERE'} (e.event_date, e.id) < (${next(clause, 2)}, ${next(clause, 3)})` : '';
      const found = await rows<EventRow & { doc_id: string | null; cursor_id: string }>(pool, `SELECT ${SELECT_COLUMNS}, e.id AS cursor_id,
        (SELECT document_id FROM event_sources WHERE event_id = e.event_id ORDER BY document_id LIMIT 1) AS doc_id
        FROM events e ${clause.sql} ${keyset} ORDER BY e.event_date DESC, e.id DESC LIMIT ${next(clause, 1)}`,
      [...clause.values, max, ...(after ? [after.eventDate, after.id] : [])]);
      // The page's evidence in one query rather than one per event.
      const spans = await rows<Evidence & { event_id: string; document_id: string }>(pool,
        'SELECT event_id, document_id, field, start, "end", text FROM evidence WHERE event_id = ANY($1::text[]) ORDER BY event_id, document_id, start',
        [found.map((r) => r.event_id)]);
      const byEvent = groupEvidence(spans);
      const events = found.map(({ doc_id, cursor_id: _id, ...row }) => {
        const summary = toSummary(row as EventRow);
        const evidence = (byEvent.get(summary.event_id) ?? []).map(({ document_id: _doc, ...span }) => span);
        return { ...summary, doc_id: doc_id ?? '', evidence } as ExportedEvent;
      });
      const last = found[found.length - 1];
      return { events, next: found.length === max && last ? { eventDate: String(last.event_date), id: Number(last.cursor_id) } : null };
    },

    async facets() {
      const distinct = async (column: string) => (await rows<{ v: string }>(pool, `SELECT DISTINCT ${column} AS v FROM events WHERE ${column} <> '' ORDER BY ${column}`)).map((r) => r.v);
      const range = (await one<{ firstDay: string | null; lastDay: string | null }>(pool, 'SELECT min(event_date) AS "firstDay", max(event_date) AS "lastDay" FROM events'))!;
      return { countries: await distinct('country'), eventTypes: await distinct('event_type'), subEventTypes: await distinct('sub_event_type'), ...range };
    },
  };
  return store;
}
