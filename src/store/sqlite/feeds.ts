// SQLite implementation of the feeds area (see ../feeds.ts): tables feeds and feed_items (030-feeds.sql).
import type { Db } from './open.js';
import type { FeedStore, ItemKey, PollFailure, PollSuccess } from '../feeds.js';
import { toState, type FeedRow } from '../feeds-rows.js';

export function sqliteFeedStore(db: Db): FeedStore {
  const q = {
    add: db.prepare('INSERT INTO feeds (url, added_at) VALUES (?, ?) ON CONFLICT(url) DO NOTHING'),
    remove: db.prepare('DELETE FROM feeds WHERE url = ?'),
    removeItems: db.prepare('DELETE FROM feed_items WHERE feed_url = ?'),
    get: db.prepare('SELECT * FROM feeds WHERE url = ?'),
    list: db.prepare('SELECT * FROM feeds ORDER BY url'),
    success: db.prepare(`UPDATE feeds SET last_poll_at = @at, last_success_at = @at, last_status = @status,
      etag = @etag, last_modified = @lastModified, consecutive_failures = 0, backoff_ms = 0, next_poll_at = @nextPollAt
      WHERE url = @url`),
    failure: db.prepare(`UPDATE feeds SET last_poll_at = @at, last_status = @status, last_error = @error, last_error_at = @at,
      consecutive_failures = consecutive_failures + 1, backoff_ms = @backoffMs, next_poll_at = @nextPollAt
      WHERE url = @url`),
    itemStatus: db.prepare('SELECT status FROM feed_items WHERE feed_url = ? AND item_key = ? AND content_hash = ?').pluck(),
    pending: db.prepare(`INSERT INTO feed_items (feed_url, item_key, content_hash, status, link, first_seen)
      VALUES (?, ?, ?, 'pending', ?, ?) ON CONFLICT DO NOTHING`),
    done: db.prepare(`UPDATE feed_items SET status = 'done', outcome = ?, processed_at = ?
      WHERE feed_url = ? AND item_key = ? AND content_hash = ? AND status <> 'done'`),
    countItem: db.prepare('UPDATE feeds SET items_seen = items_seen + 1 WHERE url = ?'),
    itemsOf: db.prepare('SELECT * FROM feed_items WHERE feed_url = ? ORDER BY first_seen DESC LIMIT ?'),
    itemsAll: db.prepare('SELECT * FROM feed_items ORDER BY first_seen DESC LIMIT ?'),
  };
  const markDone = db.transaction((key: ItemKey, outcome: string, at: string) => {
    const changed = q.done.run(outcome, at, key.feedUrl, key.itemKey, key.contentHash).changes;
    if (changed) q.countItem.run(key.feedUrl);
  });
  const remove = db.transaction((url: string) => {
    q.removeItems.run(url);
    return q.remove.run(url).changes > 0;
  });
  const now = () => new Date().toISOString();

  return {
    async add(url, at = now()) { return q.add.run(url, at).changes > 0; },
    async remove(url) { return remove(url); },
    async get(url) {
      const r = q.get.get(url) as FeedRow | undefined;
      return r ? toState(r) : null;
    },
    async list() { return (q.list.all() as FeedRow[]).map(toState); },
    async recordSuccess(url, s: PollSuccess) { q.success.run({ url, ...s }); },
    async recordFailure(url, f: PollFailure) { q.failure.run({ url, ...f }); },
    async itemStatus(key) {
      return (q.itemStatus.get(key.feedUrl, key.itemKey, key.contentHash) as 'pending' | 'done' | undefined) ?? null;
    },
    async markPending(key, at = now()) { q.pending.run(key.feedUrl, key.itemKey, key.contentHash, key.link, at); },
    async markDone(key, outcome, at = now()) { markDone(key, outcome, at); },
    async items(feedUrl, limit = 100) {
      const rows = (feedUrl ? q.itemsOf.all(feedUrl, limit) : q.itemsAll.all(limit)) as {
        feed_url: string; item_key: string; content_hash: string; status: string; outcome: string | null;
        link: string | null; first_seen: string; processed_at: string | null;
      }[];
      return rows.map((r) => ({
        feedUrl: r.feed_url, itemKey: r.item_key, contentHash: r.content_hash, status: r.status, outcome: r.outcome,
        link: r.link, firstSeen: r.first_seen, processedAt: r.processed_at,
      }));
    },
  };
}
