// The rows of the feeds table as both stores read them, and their conversion to the area's type.
import type { FeedState } from './feeds.js';

export interface FeedRow {
  url: string; added_at: string; etag: string | null; last_modified: string | null; last_poll_at: string | null;
  last_success_at: string | null; last_status: number | null; last_error: string | null; last_error_at: string | null;
  consecutive_failures: number; backoff_ms: number; next_poll_at: string | null; items_seen: number;
}

export function toState(r: FeedRow): FeedState {
  return {
    url: r.url, addedAt: r.added_at, etag: r.etag, lastModified: r.last_modified, lastPollAt: r.last_poll_at,
    lastSuccessAt: r.last_success_at, lastStatus: r.last_status, lastError: r.last_error, lastErrorAt: r.last_error_at,
    consecutiveFailures: r.consecutive_failures, backoffMs: r.backoff_ms, nextPollAt: r.next_poll_at, itemsSeen: r.items_seen,
  };
}
