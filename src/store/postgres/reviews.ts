// PostgreSQL implementation of the reviews area (see ../reviews.ts): tables event_reviews and
// event_overrides. The trigger in sql/postgres/020-reviews.sql re-applies overrides whenever the
// coder writes the event again.
import { reviewChanges, statusAfter, type Review, type ReviewAction, type ReviewStore } from '../reviews.js';
import { one, rows, transaction, type Pool } from './pool.js';

interface ReviewRow {
  id: number; event_id: string; action: ReviewAction; reviewer: string; comment: string; changes: string | null; created_at: string;
}

function toReview(row: ReviewRow): Review {
  return {
    id: row.id, eventId: row.event_id, action: row.action, reviewer: row.reviewer, comment: row.comment,
    changes: row.changes ? JSON.parse(row.changes) : null, createdAt: row.created_at,
  };
}

export const UPSERT_OVERRIDE = `INSERT INTO event_overrides (event_id, field, value, review_id) VALUES ($1, $2, $3, $4)
  ON CONFLICT (event_id, field) DO UPDATE SET value = excluded.value, review_id = excluded.review_id`;

export function postgresReviewStore(pool: Pool): ReviewStore {
  return {
    async record(input) {
      return transaction(pool, async (c): Promise<Review | null> => {
        const event = await one<Record<string, unknown>>(c, 'SELECT * FROM events WHERE event_id = $1 FOR UPDATE', [input.eventId]);
        if (!event) return null;
        const now = new Date().toISOString();
        const changes = reviewChanges(event, input);
        const hasChanges = Object.keys(changes).length > 0;
        const review = (await one<ReviewRow>(c, `INSERT INTO event_reviews (event_id, action, reviewer, comment, changes, created_at)
          VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
        [input.eventId, input.action, input.reviewer, input.comment ?? '', hasChanges ? JSON.stringify(changes) : null, now]))!;
        for (const [field, change] of Object.entries(changes)) {
          await c.query(UPSERT_OVERRIDE, [input.eventId, field, String(change.to), review.id]);
          // The column name comes from the fixed EDITABLE_FIELDS list (checked above), never from the request.
          await c.query(`UPDATE events SET ${field} = $1, updated_at = $2 WHERE event_id = $3`, [change.to, now, input.eventId]);
        }
        const status = statusAfter(input.action);
        await c.query(UPSERT_OVERRIDE, [input.eventId, 'status', status, review.id]);
        await c.query('UPDATE events SET status = $1, updated_at = $2 WHERE event_id = $3', [status, now, input.eventId]);
        return toReview(review);
      });
    },
    async history(eventId) {
      return (await rows<ReviewRow>(pool, 'SELECT * FROM event_reviews WHERE event_id = $1 ORDER BY id', [eventId])).map(toReview);
    },
  };
}
