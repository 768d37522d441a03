// The watch loop: poll the feeds that are due (at most `concurrency` at a time), process their new items,
// run the alerts after each poll that stored something, sleep until the next feed is due, and stop
// cleanly when asked (the item in hand is finished; nothing new is started).
import { runAlerts, type AlertOptions } from '../alerts/index.js';
import type { AlertStore } from '../store/alerts.js';
import type { FeedState, FeedStore } from '../store/feeds.js';
import { pollFeed, type PollOptions, type PollResult } from './poll.js';
import type { ProcessItem } from './process-item.js';

export interface WatchOptions extends PollOptions {
  concurrency: number;
  /** Poll every feed once (whatever its schedule), run the alerts, and return. */
  once: boolean;
  /** Longest sleep between two looks at the schedule, in ms (new feeds added by the API are seen then). */
  maxSleepMs: number;
  alerts: AlertOptions;
}

export const DEFAULT_WATCH_OPTIONS: WatchOptions = {
  intervalMs: 15 * 60_000, jitter: 0.1, backoffBaseMs: 60_000, backoffMaxMs: 6 * 3_600_000,
  allowPrivate: false, timeoutMs: 20_000, concurrency: 4, once: false, maxSleepMs: 60_000, alerts: {},
};

export interface WatchDeps {
  feeds: FeedStore;
  alerts: AlertStore;
  process: ProcessItem;
  log?: (line: string) => void;
}

export interface Watcher {
  /** Resolves when the watcher has stopped (after `stop()`, or after one round with `once`). */
  done: Promise<WatchSummary>;
  /** Ask the watcher to stop: the items in hand are finished, then it returns. */
  stop(): void;
}

export interface WatchSummary {
  rounds: number;
  polls: number;
  newItems: number;
  errors: number;
  alertsDelivered: number;
}

/** Run `work` over `items` with at most `limit` at a time. */
async function inPool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => { while (next < items.length) await work(items[next++]!); };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

const isDue = (f: FeedState, now: number) => !f.nextPollAt || Date.parse(f.nextPollAt) <= now;

export function startWatcher(deps: WatchDeps, options: Partial<WatchOptions> = {}): Watcher {
  const o: WatchOptions = { ...DEFAULT_WATCH_OPTIONS, ...options };
  const log = deps.log ?? (() => {});
  let stopping = false;
  let wake: (() => void) | null = null;
  const summary: WatchSummary = { rounds: 0, polls: 0, newItems: 0, errors: 0, alertsDelivered: 0 };
  const alertOptions = { allowPrivate: o.allowPrivate, allowHosts: o.allowHosts, ...o.alerts, stopping: () => stopping };

  // One alerts run at a time: polls finishing together queue behind each other.
  let alertsChain: Promise<void> = Promise.resolve();
  const alerts = () => {
    alertsChain = alertsChain.then(async () => {
      const r = await runAlerts(deps.alerts, alertOptions);
      summary.alertsDelivered += r.delivered;
      if (r.matched || r.delivered || r.failed) log(`alerts: ${r.matched} new matches, ${r.delivered} delivered, ${r.pending} to retry, ${r.failed} failed`);
    }).catch((err: Error) => log(`alerts: ${err.message}`));
    return alertsChain;
  };

  const pollOne = async (feed: FeedState) => {
    let r: PollResult;
    try {
      r = await pollFeed(feed, { feeds: deps.feeds, process: deps.process, stopping: () => stopping }, o);
    } catch (err) {
      r = { url: feed.url, status: 'error', newItems: 0, error: (err as Error).message };
    }
    summary.polls++;
    summary.newItems += r.newItems;
    if (r.status === 'error') summary.errors++;
    log(`${r.url}: ${r.status}${r.newItems ? `, ${r.newItems} new items` : ''}${r.error ? ` (${r.error})` : ''}`);
    if (r.newItems) await alerts();
  };

  const sleep = (ms: number) => new Promise<void>((resolve) => {
    const t = setTimeout(() => { wake = null; resolve(); }, ms);
    wake = () => { clearTimeout(t); wake = null; resolve(); };
  });

  const loop = async (): Promise<WatchSummary> => {
    while (!stopping) {
      const feeds = await deps.feeds.list();
      const now = Date.now();
      const due = o.once ? feeds : feeds.filter((f) => isDue(f, now));
      await inPool(due, o.concurrency, async (f) => { if (!stopping) await pollOne(f); });
      await alerts(); // events may also come from other processes (ingest, workers)
      summary.rounds++;
      if (o.once) break;
      const next = (await deps.feeds.list()).map((f) => (f.nextPollAt ? Date.parse(f.nextPollAt) : 0));
      const wait = next.length ? Math.min(...next) - Date.now() : o.maxSleepMs;
      if (!stopping) await sleep(Math.max(5, Math.min(wait, o.maxSleepMs)));
    }
    await alertsChain;
    return summary;
  };

  return {
    done: loop(),
    stop() {
      stopping = true;
      wake?.();
    },
  };
}
