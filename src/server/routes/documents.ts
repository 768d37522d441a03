// POST /api/documents: ingest documents sent as JSON (one object, an array, or {"documents": [...]})
// or JSONL (Content-Type application/x-ndjson or application/jsonl, one document per line).
import { Hono } from 'hono';
import type { ApiStore } from '../api-store.js';
import { ApiError } from '../errors.js';
import { ingestItems, readBody } from '../ingest.js';

export const MAX_DOCUMENTS_PER_REQUEST = 1000;

export function documentRoutes(store: ApiStore): Hono {
  const app = new Hono();
  app.post('/documents', async (c) => {
    if (!store.documents) throw new ApiError(503, 'this server has no document store');
    const type = (c.req.header('content-type') ?? '').toLowerCase();
    const jsonl = /ndjson|jsonl|json-seq/.test(type);
    if (!jsonl && !type.includes('json')) throw new ApiError(415, 'send documents as application/json or application/x-ndjson');
    const body = await c.req.text();
    if (body.trim() === '') throw new ApiError(400, 'the body is empty: send {"id", "text", ...} documents');
    const { items, dead } = readBody(body, jsonl, 'api');
    if (items.length + dead.length === 0) throw new ApiError(400, 'the body holds no documents');
    if (items.length > MAX_DOCUMENTS_PER_REQUEST) throw new ApiError(413, `at most ${MAX_DOCUMENTS_PER_REQUEST} documents per request; send the rest in further requests`);
    let summary;
    try {
      summary = await ingestItems(store.documents, items, dead);
    } catch (err) {
      if (/not implemented/.test((err as Error).message)) throw new ApiError(503, 'document saving is not available in this build yet');
      throw err;
    }
    return c.json(summary, summary.saved.length > 0 ? 201 : 200);
  });
  return app;
}
