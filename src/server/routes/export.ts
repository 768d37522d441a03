// GET /api/export?format=acled-csv|geojson|jsonl plus the event filters: the current selection as a
// file, written by the exporters of src/export/events.ts (the same as `sitrep export events`).
import { Hono } from 'hono';
import { toAcledCsv, toGeoJson, toJsonl } from '../../export/events.js';
import type { ApiStore } from '../api-store.js';
import { badRequest } from '../errors.js';
import { parseFilter } from '../params.js';

type Writer = (events: Record<string, unknown>[]) => unknown;

const FORMATS: Record<string, { write: Writer; type: string; extension: string }> = {
  'acled-csv': { write: toAcledCsv, type: 'text/csv; charset=utf-8', extension: 'csv' },
  'geojson': { write: toGeoJson, type: 'application/geo+json', extension: 'geojson' },
  'jsonl': { write: toJsonl, type: 'application/x-ndjson', extension: 'jsonl' },
};
const MAX_EXPORT = 200_000;

export function exportRoutes(store: ApiStore): Hono {
  const app = new Hono();
  app.get('/export', async (c) => {
    const query = c.req.queries();
    const formatName = query.format?.[0] ?? '';
    const format = FORMATS[formatName];
    const problems: string[] = [];
    if (!format) problems.push(`format must be one of ${Object.keys(FORMATS).join(', ')}`);
    let limit = MAX_EXPORT;
    if (query.limit) {
      limit = Number(query.limit[0]);
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_EXPORT) problems.push(`limit must be a whole number from 1 to ${MAX_EXPORT}`);
    }
    if (problems.length) throw badRequest(problems);
    const filter = parseFilter(query, ['format', 'limit']);
    const events = await store.search.select(filter, limit);
    const out = format!.write(events as unknown as Record<string, unknown>[]);
    const body = typeof out === 'string' ? out : JSON.stringify(out);
    const day = new Date().toISOString().slice(0, 10);
    return c.body(body, 200, {
      'Content-Type': format!.type,
      'Content-Disposition': `attachment; filename="sitrep-events-${day}.${format!.extension}"`,
    });
  });
  return app;
}
