// `sitrep ingest <path|url|feed>...`: read news into the store through the whole pipeline.
import { createContext } from '../../context.js';
import { ingest, formatSummary } from '../../ingest/run.js';
import { openStore } from '../../store/index.js';
import { createProgress } from '../../util/progress.js';
import { dbLocation, parseCommandArgs, type Command } from '../command.js';
import { openQueue } from '../../queue/boss.js';
import { enqueueInputs } from '../../queue/enqueue.js';

/** `--queue`: read the inputs here and leave their processing to the workers. */
async function enqueueCommand(inputs: string[], location: string, o: { allowPrivate: boolean; defaultSource: string | null; defaultPublishedAt: string | null; quiet: boolean }): Promise<number> {
  if (!/^postgres(ql)?:\/\//.test(location)) {
    console.error('sitrep ingest: --queue needs a PostgreSQL store (--db postgres://… or SITREP_DB)');
    return 2;
  }
  const store = await openStore(location);
  const boss = await openQueue(location);
  try {
    const summary = await enqueueInputs(inputs, { store, boss, ...o });
    if (!o.quiet) {
      console.log(`enqueued ${summary.enqueued} document${summary.enqueued === 1 ? '' : 's'} for the workers; rejected: ${summary.deadLetters.length}`);
      for (const l of summary.deadLetters.slice(0, 20)) console.log(`  ${l.origin}: ${l.reason}${l.detail ? ` — ${l.detail}` : ''}`);
    }
    return 0;
  } finally {
    await boss.stop({ graceful: false, wait: true });
    await store.close();
  }
}

export const command: Command = {
  summary: 'read text/HTML files, directories, JSONL, URLs and RSS/Atom feeds into the store',
  usage: `usage: sitrep ingest <path|url|feed>... [options]
  --db <path>             SQLite database (default ./sitrep.db, or SITREP_DB)
  --gazetteer <path>      gazetteer database (default: SITREP_GAZETTEER or the embedded one)
  --source <name>         source name for inputs that do not say (e.g. "Reuters")
  --published-at <date>   publication date (YYYY-MM-DD) for inputs that do not say
  --allow-private         allow fetching loopback/private/link-local addresses
  --batch-size <n>        documents per transaction (default 200)
  --queue                 enqueue the inputs for \`sitrep worker\` processes instead of processing
                          them here (PostgreSQL stores only)
  --quiet                 print nothing but errors`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, {
      source: { type: 'string' },
      'published-at': { type: 'string' },
      'allow-private': { type: 'boolean' },
      'batch-size': { type: 'string' },
      quiet: { type: 'boolean' },
      queue: { type: 'boolean' },
    });
    if (positionals.length === 0) {
      console.error(this.usage);
      return 2;
    }
    const publishedAt = values['published-at'] ?? null;
    if (publishedAt && !/^\d{4}-\d{2}-\d{2}/.test(publishedAt)) {
      console.error(`sitrep ingest: --published-at wants YYYY-MM-DD, got "${publishedAt}"`);
      return 2;
    }
    const batchSize = values['batch-size'] ? Number(values['batch-size']) : 200;
    if (!Number.isInteger(batchSize) || batchSize < 1) {
      console.error('sitrep ingest: --batch-size wants a positive integer');
      return 2;
    }
    if (values.queue) {
      return enqueueCommand(positionals, dbLocation(values.db), {
        allowPrivate: values['allow-private'] ?? false, defaultSource: values.source ?? null, defaultPublishedAt: publishedAt, quiet: values.quiet ?? false,
      });
    }
    const store = await openStore(dbLocation(values.db));
    try {
      const ctx = createContext({
        defaultSource: values.source ?? null,
        defaultPublishedAt: publishedAt,
        ...(values.gazetteer ? { gazetteerPath: values.gazetteer } : {}),
      });
      const summary = await ingest(positionals, {
        store, ctx, batchSize,
        allowPrivate: values['allow-private'] ?? false,
        progress: createProgress({ enabled: !values.quiet && Boolean(process.stderr.isTTY) }),
      });
      if (!values.quiet) console.log(formatSummary(summary));
      return 0;
    } finally {
      await store.close();
    }
  },
};
