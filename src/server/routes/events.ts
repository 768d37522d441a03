// Reading events: GET /api/events, /api/events/:id, /api/points, /api/stats, /api/facets.
import { Hono } from 'hono';
import type { ApiStore } from '../api-store.js';
import { ApiError } from '../errors.js';
import { parseFilter, parseListing } from '../params.js';

/** The map gets at most this many points per request (newest first); it says when there were more. */
const MAX_POINTS = 50_000;

export function eventRoutes(store: ApiStore): Hono {
  const app = new Hono();

  app.get('/events', async (c) => {
    const { filter, page } = parseListing(c.req.queries());
    return c.json(await store.search.list(filter, page));
  });

  app.get('/events/:id', async (c) => {
    const id = c.req.param('id');
    if (id.length > 200) throw new ApiError(400, 'event id too long');
    const detail = await store.search.get(id);
    if (!detail) throw new ApiError(404, `no event ${id.slice(0, 80)}`);
    return c.json(detail);
  });

  app.get('/points', async (c) => {
    const filter = parseFilter(c.req.queries());
    return c.json(await store.search.points(filter, MAX_POINTS));
  });

  app.get('/stats', async (c) => {
    const filter = parseFilter(c.req.queries());
    return c.json(await store.search.stats(filter));
  });

  app.get('/facets', async (c) => c.json(await store.search.facets()));

  return app;
}
