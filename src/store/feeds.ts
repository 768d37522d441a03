// The feeds area of the store: followed feeds, their health, and the items already processed.

/** A followed feed or page and its health, as `sitrep feeds status` and /api/feeds show it. */
export interface FeedState {
  url: string;
  addedAt: string;
  etag: string | null;
  lastModified: string | null;
  lastPollAt: string | null;
  lastSuccessAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  lastErrorAt: string | null;
  consecutiveFailures: number;
  /** Current error backoff in ms; 0 when the feed is healthy. */
  backoffMs: number;
  /** When the scheduler polls the feed next; null means as soon as possible. */
  nextPollAt: string | null;
  itemsSeen: number;
}

/** What a successful poll changes. */
export interface PollSuccess {
  status: number;
  etag: string | null;
  lastModified: string | null;
  nextPollAt: string;
  at: string;
}

/** What a failed poll changes. */
export interface PollFailure {
  error: string;
  status: number | null;
  backoffMs: number;
  nextPollAt: string;
  at: string;
}

/** The identity of one feed item: feed + guid/link + content hash. */
export interface ItemKey {
  feedUrl: string;
  itemKey: string;
  contentHash: string;
}

export interface FeedStore {
  /** Follow a feed (no change when it is already followed). Returns true when it was added. */
  add(url: string, at?: string): Promise<boolean>;
  remove(url: string): Promise<boolean>;
  get(url: string): Promise<FeedState | null>;
  list(): Promise<FeedState[]>;
  recordSuccess(url: string, s: PollSuccess): Promise<void>;
  recordFailure(url: string, f: PollFailure): Promise<void>;
  /** 'done' when the item was processed, 'pending' when a stopped watcher had it in hand, else null. */
  itemStatus(key: ItemKey): Promise<'pending' | 'done' | null>;
  /** Note that processing of an item starts (before any work is done on it). */
  markPending(key: ItemKey & { link: string | null }, at?: string): Promise<void>;
  /** Note that an item was processed, and count it in the feed's items_seen (once). */
  markDone(key: ItemKey, outcome: string, at?: string): Promise<void>;
  /** Items of a feed (or all feeds), newest first. */
  items(feedUrl?: string, limit?: number): Promise<{ feedUrl: string; itemKey: string; contentHash: string; status: string; outcome: string | null; link: string | null; firstSeen: string; processedAt: string | null }[]>;
}
