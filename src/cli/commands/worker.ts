// `sitrep worker [--concurrency N] [--db postgres://...]`: take documents from the queue in the
// PostgreSQL database and run the pipeline on them, until stopped (SIGINT/SIGTERM finish the jobs
// in hand). Start any number of workers on any number of machines.
import { createContext } from '../../context.js';
import { openQueue } from '../../queue/boss.js';
import { startWorker } from '../../queue/worker.js';
import { openStore } from '../../store/index.js';
import { dbLocation, parseCommandArgs, type Command } from '../command.js';

const positiveInt = (v: string | undefined, fallback: number) => (v === undefined ? fallback : Number(v));

export const command: Command = {
  summary: 'take documents from the PostgreSQL job queue and run the pipeline on them (scale out)',
  usage: `usage: sitrep worker [--db postgres://…] [options]
  --db <url>              PostgreSQL store holding the queue (or SITREP_DB)
  --gazetteer <path>      gazetteer database (default: SITREP_GAZETTEER or the embedded one)
  --concurrency <n>       batches in hand at a time in this process (default 2)
  --batch-size <n>        jobs per batch, saved in one transaction (default 20)
  --expire <seconds>      how long a job may be held before another worker gets it (default 300)
  --maintenance <seconds> how often expired jobs are put back on the queue (default 30)
  --quiet                 print nothing but errors`,
  async run(argv) {
    const { values } = parseCommandArgs(argv, {
      concurrency: { type: 'string' },
      'batch-size': { type: 'string' },
      expire: { type: 'string' },
      maintenance: { type: 'string' },
      quiet: { type: 'boolean' },
    });
    const location = dbLocation(values.db);
    if (!/^postgres(ql)?:\/\//.test(location)) {
      console.error('sitrep worker: the queue lives in PostgreSQL; give --db postgres://… (or SITREP_DB)');
      return 2;
    }
    const concurrency = positiveInt(values.concurrency, 2);
    const batchSize = positiveInt(values['batch-size'], 20);
    const expire = values.expire === undefined ? undefined : Number(values.expire);
    const maintenance = positiveInt(values.maintenance, 30);
    for (const [name, v] of [['--concurrency', concurrency], ['--batch-size', batchSize], ['--expire', expire ?? 1], ['--maintenance', maintenance]] as const) {
      if (!Number.isInteger(v) || v < 1) {
        console.error(`sitrep worker: ${name} wants a positive integer`);
        return 2;
      }
    }
    const store = await openStore(location);
    const boss = await openQueue(location, { expireInSeconds: expire, maintenanceIntervalSeconds: maintenance });
    const ctx = createContext(values.gazetteer ? { gazetteerPath: values.gazetteer } : {});
    let processed = 0;
    await startWorker({
      store, boss, ctx, concurrency, batchSize,
      onBatch: (counts) => {
        processed += counts.jobs ?? 0;
        if (!values.quiet) console.log(`worker ${process.pid}: ${JSON.stringify(counts)} (total ${processed})`);
      },
    });
    if (!values.quiet) console.log(`worker ${process.pid}: waiting for documents (concurrency ${concurrency}, batch ${batchSize})`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    if (!values.quiet) console.log(`worker ${process.pid}: stopping after the jobs in hand`);
    await boss.stop({ graceful: true, wait: true, timeout: 60_000 });
    await store.close();
    return 0;
  },
};
