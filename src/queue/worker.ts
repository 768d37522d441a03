// A worker: takes batches of document jobs from the queue and processes them into the store, with
// `concurrency` batches in hand at a time, until stopped. Stopping is graceful (the batches in hand
// are finished); a worker that dies instead loses nothing: its jobs expire and are retried.
import type PgBoss from 'pg-boss';
import type { Context } from '../context.js';
import type { Store } from '../store/index.js';
import { DOCUMENTS_QUEUE, type DocumentJob } from './boss.js';
import { jobProcessor } from './process-jobs.js';

export interface WorkerOptions {
  store: Store;
  boss: PgBoss;
  ctx: Context;
  /** Batches processed at the same time in this process (default 2). */
  concurrency?: number;
  /** Jobs per batch (default 20). */
  batchSize?: number;
  /** Seconds between polls of an empty queue (default 1). */
  pollingIntervalSeconds?: number;
  /** Called after each batch is saved. */
  onBatch?: (counts: Record<string, number>) => void;
}

export interface RunningWorker {
  /** Stop taking jobs and finish those in hand. */
  stop(): Promise<void>;
}

export async function startWorker(o: WorkerOptions): Promise<RunningWorker> {
  const process = jobProcessor(o.store, o.ctx);
  const handler = async (jobs: PgBoss.Job<DocumentJob>[]) => {
    const outcomes = await process(jobs.map((j) => j.data));
    const counts: Record<string, number> = { jobs: jobs.length };
    for (const out of outcomes) counts[out.status] = (counts[out.status] ?? 0) + 1;
    o.onBatch?.(counts);
  };
  const workOptions = { batchSize: o.batchSize ?? 20, pollingIntervalSeconds: o.pollingIntervalSeconds ?? 1 };
  for (let i = 0; i < (o.concurrency ?? 2); i++) {
    let id = '';
    id = await o.boss.work<DocumentJob>(DOCUMENTS_QUEUE, workOptions, async (jobs) => {
      await handler(jobs);
      // A full batch means more are probably waiting: fetch again now instead of after the polling interval.
      if (jobs.length === workOptions.batchSize) o.boss.notifyWorker(id);
    });
  }
  return {
    async stop() { await o.boss.offWork(DOCUMENTS_QUEUE); },
  };
}
