// SQLite implementation of the reviews area (see ../reviews.ts): tables event_reviews and
// event_overrides (sql/sqlite/020-reviews.sql). The triggers there re-apply overrides when the
// coder rewrites an event.
import type { Db } from './open.js';
import { EDITABLE_FIELDS, reviewChanges, statusAfter, type Review, type ReviewAction, type ReviewInput, type ReviewStore } from '../reviews.js';

interface ReviewRow {
  id: number;
  event_id: string;
  action: ReviewAction;
  reviewer: string;
  comment: string;
  changes: string | null;
  created_at: string;
}

function toReview(row: ReviewRow): Review {
  return {
    id: row.id,
    eventId: row.event_id,
    action: row.action,
    reviewer: row.reviewer,
    comment: row.comment,
    changes: row.changes ? JSON.parse(row.changes) : null,
    createdAt: row.created_at,
  };
}

/**
 * Record a review and apply it, synchronously, in one transaction (a savepoint when the caller is
 * already in one, as `sitrep import` is). Null when there is no such event.
 */
export function recordReview(db: Db, input: ReviewInput): Review | null {
  return statements(db).record(input);
}

const prepared = new WeakMap<Db, ReturnType<typeof prepare>>();
function statements(db: Db): ReturnType<typeof prepare> {
  let s = prepared.get(db);
  if (!s) { s = prepare(db); prepared.set(db, s); }
  return s;
}

function prepare(db: Db) {
  const insertReview = db.prepare(`INSERT INTO event_reviews (event_id, action, reviewer, comment, changes, created_at)
    VALUES (?, ?, ?, ?, ?, ?)`);
  const upsertOverride = db.prepare(`INSERT INTO event_overrides (event_id, field, value, review_id) VALUES (?, ?, ?, ?)
    ON CONFLICT (event_id, field) DO UPDATE SET value = excluded.value, review_id = excluded.review_id`);
  const getEvent = db.prepare('SELECT * FROM events WHERE event_id = ?');
  const getReview = db.prepare('SELECT * FROM event_reviews WHERE id = ?');
  const history = db.prepare('SELECT * FROM event_reviews WHERE event_id = ? ORDER BY id');
  // Column names come from the fixed EDITABLE_FIELDS list, never from the request.
  const updateField = Object.fromEntries(Object.keys(EDITABLE_FIELDS).map((f) =>
    [f, db.prepare(`UPDATE events SET ${f} = ?, updated_at = ? WHERE event_id = ?`)]));
  const updateStatus = db.prepare('UPDATE events SET status = ?, updated_at = ? WHERE event_id = ?');

  const record = db.transaction((input: ReviewInput): Review | null => {
    const event = getEvent.get(input.eventId) as Record<string, unknown> | undefined;
    if (!event) return null;
    const now = new Date().toISOString();
    const changes = reviewChanges(event, input);
    const hasChanges = Object.keys(changes).length > 0;
    const info = insertReview.run(input.eventId, input.action, input.reviewer, input.comment ?? '',
      hasChanges ? JSON.stringify(changes) : null, now);
    const reviewId = Number(info.lastInsertRowid);
    for (const [field, change] of Object.entries(changes)) {
      upsertOverride.run(input.eventId, field, change.to as string | number, reviewId);
      updateField[field].run(change.to, now, input.eventId);
    }
    const status = statusAfter(input.action);
    upsertOverride.run(input.eventId, 'status', status, reviewId);
    updateStatus.run(status, now, input.eventId);
    return toReview(getReview.get(reviewId) as ReviewRow);
  });
  return { record, history };
}

export function sqliteReviewStore(db: Db): ReviewStore {
  const s = statements(db);
  return {
    async record(input) { return s.record(input); },
    async history(eventId) { return (s.history.all(eventId) as ReviewRow[]).map(toReview); },
  };
}
