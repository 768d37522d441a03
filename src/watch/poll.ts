// Poll one feed once: conditional GET, parse, process each new item exactly once, record the feed's health.
// Validators (ETag / Last-Modified) are saved only after every item was processed, so a watcher stopped
// mid-feed fetches the whole feed again next time and the seen-items table skips what was done.
import { decodeBytes } from '../ingest/decode.js';
import type { FeedState, FeedStore } from '../store/feeds.js';
import { backoffMs, jittered, type ScheduleOptions } from './backoff.js';
import { conditionalGet } from './conditional-get.js';
import { parseFeedItems } from './feed-items.js';
import type { ProcessItem } from './process-item.js';

export interface PollOptions extends ScheduleOptions {
  allowPrivate: boolean;
  /** Private hosts allowed all the same (--allow-host). */
  allowHosts?: string[];
  timeoutMs: number;
}

export interface PollResult {
  url: string;
  status: 'ok' | 'not-modified' | 'error' | 'stopped';
  newItems: number;
  error?: string;
}

export interface PollDeps {
  feeds: FeedStore;
  process: ProcessItem;
  /** True once the watcher is asked to stop: the item in hand is finished, no further one is started. */
  stopping: () => boolean;
  now?: () => Date;
}

export async function pollFeed(feed: FeedState, deps: PollDeps, o: PollOptions): Promise<PollResult> {
  const now = deps.now ?? (() => new Date());
  const after = (ms: number) => new Date(now().getTime() + ms).toISOString();
  const fail = async (error: string, status: number | null): Promise<PollResult> => {
    const wait = backoffMs(feed.consecutiveFailures + 1, o);
    await deps.feeds.recordFailure(feed.url, { error, status, backoffMs: wait, nextPollAt: after(wait), at: now().toISOString() });
    return { url: feed.url, status: 'error', newItems: 0, error };
  };

  const res = await conditionalGet(feed.url, { etag: feed.etag, lastModified: feed.lastModified, allowPrivate: o.allowPrivate, allowHosts: o.allowHosts, timeoutMs: o.timeoutMs });
  if (res.kind === 'error') return fail(`${res.reason}: ${res.detail}`, res.status);
  if (res.kind === 'not-modified') {
    await deps.feeds.recordSuccess(feed.url, {
      status: 304, etag: feed.etag, lastModified: feed.lastModified, nextPollAt: after(jittered(o.intervalMs, o.jitter)), at: now().toISOString(),
    });
    return { url: feed.url, status: 'not-modified', newItems: 0 };
  }
  const decoded = decodeBytes(res.body);
  if (!decoded.ok) return fail(`${decoded.reason}: ${decoded.detail}`, res.status);
  const parsed = await parseFeedItems(feed.url, decoded.text.replace(/^\uFEFF/, ''), res.contentType);
  if (!parsed.ok) return fail(`${parsed.reason}: ${parsed.detail}`, res.status);

  let newItems = 0;
  for (const item of parsed.items) {
    if (deps.stopping()) return { url: feed.url, status: 'stopped', newItems };
    const key = { feedUrl: feed.url, itemKey: item.key, contentHash: item.contentHash };
    if ((await deps.feeds.itemStatus(key)) === 'done') continue;
    await deps.feeds.markPending({ ...key, link: item.link });
    let outcome: string;
    try {
      outcome = await deps.process(item);
    } catch (err) {
      outcome = `failed: ${(err as Error).message}`; // recorded, not retried forever: a poison item must not block its feed
    }
    await deps.feeds.markDone(key, outcome);
    newItems++;
  }
  await deps.feeds.recordSuccess(feed.url, {
    status: res.status, etag: res.etag, lastModified: res.lastModified, nextPollAt: after(jittered(o.intervalMs, o.jitter)), at: now().toISOString(),
  });
  return { url: feed.url, status: 'ok', newItems };
}
