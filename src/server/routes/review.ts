// POST /api/events/:id/review: confirm, edit fields, or reject an event; the review is kept in the
// event's history and edits survive re-coding (src/store/sqlite/reviews.ts).
import { Hono } from 'hono';
import type { ApiStore } from '../api-store.js';
import type { AuthVariables } from '../auth.js';
import { ApiError } from '../errors.js';
import { parseReview } from '../review-input.js';

export function reviewRoutes(store: ApiStore): Hono<{ Variables: AuthVariables }> {
  const app = new Hono<{ Variables: AuthVariables }>();
  app.post('/events/:id/review', async (c) => {
    const id = c.req.param('id');
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new ApiError(400, 'the body must be JSON: {"action": "confirm"|"edit"|"reject", "reviewer", "comment"?, "changes"?}');
    }
    const input = parseReview(id, body, c.get('token')?.name ?? null);
    const review = await store.reviews.record(input);
    if (!review) throw new ApiError(404, `no event ${id.slice(0, 80)}`);
    const detail = await store.search.get(id);
    return c.json({ review, event: detail?.event ?? null }, 201);
  });
  return app;
}
