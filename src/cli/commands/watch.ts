// `sitrep watch --feeds <file>`: follow feeds and pages on a schedule, process new items through the
// pipeline, and deliver alerts for matching events. SIGINT/SIGTERM finish the item in hand and stop.
import { dbLocation, parseCommandArgs, type Command } from '../command.js';
import { openStore } from '../../store/index.js';
import { parseDuration } from '../../watch/backoff.js';
import { readFeedsFile } from '../../watch/feeds-file.js';
import { pipelineProcessor, type ProcessOptions } from '../../watch/process-item.js';
import { openQueue } from '../../queue/boss.js';
import { queueProcessor } from '../../queue/watch-processor.js';
import { DEFAULT_WATCH_OPTIONS, startWatcher } from '../../watch/watcher.js';

const OPTIONS = {
  feeds: { type: 'string' },
  interval: { type: 'string' },
  concurrency: { type: 'string' },
  once: { type: 'boolean' },
  'allow-private': { type: 'boolean' },
  'allow-host': { type: 'string', multiple: true },
  timeout: { type: 'string' },
  jitter: { type: 'string' },
  backoff: { type: 'string' },
  'backoff-max': { type: 'string' },
  'retry-base': { type: 'string' },
  'no-fetch-pages': { type: 'boolean' },
  quiet: { type: 'boolean' },
  queue: { type: 'boolean' },
} as const;

export const command: Command = {
  summary: 'follow feeds on a schedule, process new items, deliver alerts',
  usage: `usage: sitrep watch --feeds <file> [--interval 15m] [--concurrency 4] [--once] [--db sitrep.db]
  --feeds <file>       one URL per line (# comments), or JSON: ["url", ...] or [{"url": ...}]; added to the
                       followed feeds (feeds already in the database are followed too)
  --interval <d>       time between polls of one feed (default 15m; 30s, 2h, 250ms ...)
  --concurrency <n>    feeds polled at the same time (default 4)
  --once               poll every feed once, deliver alerts, exit
  --allow-private      allow loopback/private addresses (feeds, pages, webhooks)
  --allow-host <host>  allow this one private host for feeds and webhooks (repeatable)
  --timeout <d>        per-request timeout (default 20s)
  --jitter <f>         schedule jitter as a fraction of the interval (default 0.1)
  --backoff <d>        first backoff after an error (default 1m), doubled per error up to --backoff-max (6h)
  --retry-base <d>     first webhook retry wait (default 1s)
  --no-fetch-pages     process the items' own content instead of fetching their pages
  --queue              put new items on the queue for \`sitrep worker\` processes (PostgreSQL stores only)
  --quiet              no progress lines on stderr`,
  async run(argv) {
    const { values } = parseCommandArgs(argv, OPTIONS);
    const location = dbLocation(values.db);
    if (values.queue && !/^postgres(ql)?:\/\//.test(location)) {
      console.error('sitrep watch: --queue needs a PostgreSQL store (--db postgres://… or SITREP_DB)');
      return 2;
    }
    const store = await openStore(location);
    const boss = values.queue ? await openQueue(location) : null;
    try {
      if (values.feeds) for (const url of readFeedsFile(values.feeds)) await store.feeds.add(url);
      if ((await store.feeds.list()).length === 0) {
        console.error('sitrep watch: no feeds to follow; give --feeds <file> or add some with `sitrep feeds add`');
        return 2;
      }
      const allowPrivate = values['allow-private'] ?? false;
      const log = values.quiet ? undefined : (line: string) => console.error(`[${new Date().toISOString()}] ${line}`);
      const processOptions: ProcessOptions = { allowPrivate, fetchPages: !values['no-fetch-pages'], timeoutMs: values.timeout ? parseDuration(values.timeout) : undefined };
      const watcher = startWatcher({
        feeds: store.feeds,
        alerts: store.alerts,
        // --queue: new items go to the workers; otherwise they are processed here.
        process: boss ? queueProcessor(store, boss, processOptions) : pipelineProcessor(store, processOptions),
        log,
      }, {
        intervalMs: values.interval ? parseDuration(values.interval) : DEFAULT_WATCH_OPTIONS.intervalMs,
        concurrency: values.concurrency ? Math.max(1, Number(values.concurrency) || 1) : DEFAULT_WATCH_OPTIONS.concurrency,
        once: values.once ?? false,
        allowPrivate,
        allowHosts: values['allow-host'] ?? [],
        timeoutMs: values.timeout ? parseDuration(values.timeout) : DEFAULT_WATCH_OPTIONS.timeoutMs,
        jitter: values.jitter ? Number(values.jitter) : DEFAULT_WATCH_OPTIONS.jitter,
        backoffBaseMs: values.backoff ? parseDuration(values.backoff) : DEFAULT_WATCH_OPTIONS.backoffBaseMs,
        backoffMaxMs: values['backoff-max'] ? parseDuration(values['backoff-max']) : DEFAULT_WATCH_OPTIONS.backoffMaxMs,
        alerts: values['retry-base'] ? { retryBaseMs: parseDuration(values['retry-base']) } : {},
      });
      let signals = 0;
      const onSignal = (sig: string) => {
        if (++signals > 1) process.exit(130); // a second signal: stop now
        log?.(`${sig}: finishing the items in hand, then stopping (send again to stop at once)`);
        watcher.stop();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      const s = await watcher.done;
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      log?.(`stopped: ${s.rounds} rounds, ${s.polls} polls, ${s.newItems} new items, ${s.errors} errors, ${s.alertsDelivered} alerts delivered`);
      return 0;
    } finally {
      await boss?.stop({ graceful: false, wait: true });
      await store.close();
    }
  },
};
