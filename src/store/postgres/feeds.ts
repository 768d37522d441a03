// PostgreSQL implementation of the feeds area (see ../feeds.ts): tables feeds and feed_items.
import type { FeedStore } from '../feeds.js';
import { changes, one, rows, transaction, type Pool } from './pool.js';
import { toState, type FeedRow } from '../feeds-rows.js';

export function postgresFeedStore(pool: Pool): FeedStore {
  const now = () => new Date().toISOString();
  return {
    async add(url, at = now()) {
      return (await changes(pool, 'INSERT INTO feeds (url, added_at) VALUES ($1, $2) ON CONFLICT (url) DO NOTHING', [url, at])) > 0;
    },
    async remove(url) {
      return transaction(pool, async (c) => {
        await c.query('DELETE FROM feed_items WHERE feed_url = $1', [url]);
        return (await changes(c, 'DELETE FROM feeds WHERE url = $1', [url])) > 0;
      });
    },
    async get(url) {
      const r = await one<FeedRow>(pool, 'SELECT * FROM feeds WHERE url = $1', [url]);
      return r ? toState(r) : null;
    },
    async list() { return (await rows<FeedRow>(pool, 'SELECT * FROM feeds ORDER BY url')).map(toState); },
    async recordSuccess(url, s) {
      await pool.query(`UPDATE feeds SET last_poll_at = $1, last_success_at = $1, last_status = $2, etag = $3, last_modified = $4,
        consecutive_failures = 0, backoff_ms = 0, next_poll_at = $5 WHERE url = $6`, [s.at, s.status, s.etag, s.lastModified, s.nextPollAt, url]);
    },
    async recordFailure(url, f) {
      await pool.query(`UPDATE feeds SET last_poll_at = $1, last_status = $2, last_error = $3, last_error_at = $1,
        consecutive_failures = consecutive_failures + 1, backoff_ms = $4, next_poll_at = $5 WHERE url = $6`,
      [f.at, f.status, f.error, f.backoffMs, f.nextPollAt, url]);
    },
    async itemStatus(key) {
      const r = await one<{ status: 'pending' | 'done' }>(pool, 'SELECT status FROM feed_items WHERE feed_url = $1 AND item_key = $2 AND content_hash = $3',
        [key.feedUrl, key.itemKey, key.contentHash]);
      return r?.status ?? null;
    },
    async markPending(key, at = now()) {
      await pool.query(`INSERT INTO feed_items (feed_url, item_key, content_hash, status, link, first_seen)
        VALUES ($1, $2, $3, 'pending', $4, $5) ON CONFLICT DO NOTHING`, [key.feedUrl, key.itemKey, key.contentHash, key.link, at]);
    },
    async markDone(key, outcome, at = now()) {
      await transaction(pool, async (c) => {
        const changed = await changes(c, `UPDATE feed_items SET status = 'done', outcome = $1, processed_at = $2
          WHERE feed_url = $3 AND item_key = $4 AND content_hash = $5 AND status <> 'done'`, [outcome, at, key.feedUrl, key.itemKey, key.contentHash]);
        if (changed) await c.query('UPDATE feeds SET items_seen = items_seen + 1 WHERE url = $1', [key.feedUrl]);
      });
    },
    async items(feedUrl, limit = 100) {
      const list = feedUrl
        ? await rows(pool, 'SELECT * FROM feed_items WHERE feed_url = $1 ORDER BY first_seen DESC LIMIT $2', [feedUrl, limit])
        : await rows(pool, 'SELECT * FROM feed_items ORDER BY first_seen DESC LIMIT $1', [limit]);
      return (list as { feed_url: string; item_key: string; content_hash: string; status: string; outcome: string | null; link: string | null; first_seen: string; processed_at: string | null }[])
        .map((r) => ({ feedUrl: r.feed_url, itemKey: r.item_key, contentHash: r.content_hash, status: r.status, outcome: r.outcome, link: r.link, firstSeen: r.first_seen, processedAt: r.processed_at }));
    },
  };
}
