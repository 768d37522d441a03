// GET /api/export?format=acled-csv|geojson|jsonl plus the event filters: the current selection as a
// file, written by the exporters of src/export/events.ts.
import { Hono } from 'hono';
import type { CodedEvent } from '../../document.js';
import type { ApiStore } from '../api-store.js';
import { ApiError, badRequest } from '../errors.js';
import { parseFilter } from '../params.js';

type Writer = (events: CodedEvent[]) => unknown;

const FORMATS: Record<string, { writer: string; type: string; extension: string }> = {
  'acled-csv': { writer: 'toAcledCsv', type: 'text/csv; charset=utf-8', extension: 'csv' },
  'geojson': { writer: 'toGeoJson', type: 'application/geo+json', extension: 'geojson' },
  'jsonl': { writer: 'toJsonl', type: 'application/x-ndjson', extension: 'jsonl' },
};
const MAX_EXPORT = 200_000;

/** The exporter named `name` in src/export/events.ts, or a 501 while it does not exist. */
async function writer(name: string): Promise<Writer> {
  const module = (await import('../../export/events.js')) as Record<string, unknown>;
  const fn = module[name];
  if (typeof fn !== 'function') throw new ApiError(501, `this build has no ${name} exporter (src/export/events.ts)`);
  return fn as Writer;
}

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
    const write = await writer(format!.writer);
    const events = await store.search.select(filter, limit);
    const out = write(events);
    const body = typeof out === 'string' ? out : JSON.stringify(out);
    const day = new Date().toISOString().slice(0, 10);
    return c.body(body, 200, {
      'Content-Type': format!.type,
      'Content-Disposition': `attachment; filename="sitrep-events-${day}.${format!.extension}"`,
    });
  });
  return app;
}
