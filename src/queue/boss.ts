// The job queue: pg-boss, kept in the same PostgreSQL database as the store (schema "pgboss" by
// default). One queue holds the documents to process; a job's payload is the raw input (a RawItem).
// Jobs are at-least-once: a job whose worker died is retried once its expiry passes (pg-boss's
// maintenance moves it back to the queue); results are exactly-once because saving is idempotent
// on content hashes.
import PgBoss from 'pg-boss';
import type { RawItem } from '../ingest/item.js';

export const DOCUMENTS_QUEUE = 'sitrep_documents';

/** What a job carries: one input to run through the pipeline. */
export interface DocumentJob {
  item: RawItem;
}

export interface QueueOptions {
  /** Seconds a worker may hold a job before it is given to another (default 300). */
  expireInSeconds?: number;
  /** Times a failing job is tried again (default 5). */
  retryLimit?: number;
  /** How often expired jobs are looked for, in seconds (pg-boss maintenance; default 30). */
  maintenanceIntervalSeconds?: number;
  /** pg-boss's schema (default "pgboss"). */
  schema?: string;
  /** Connections of pg-boss's own pool (default 4). */
  max?: number;
}

/** Start pg-boss on a database (creating its schema and the documents queue when missing). */
export async function openQueue(url: string, o: QueueOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    schema: o.schema ?? process.env.SITREP_QUEUE_SCHEMA ?? 'pgboss',
    max: o.max ?? 4,
    maintenanceIntervalSeconds: o.maintenanceIntervalSeconds ?? 30,
  });
  boss.on('error', (err) => console.error(`sitrep queue: ${err.message}`));
  await boss.start();
  const queue = {
    name: DOCUMENTS_QUEUE,
    policy: 'standard' as const,
    expireInSeconds: o.expireInSeconds ?? 300,
    retryLimit: o.retryLimit ?? 5,
    retryDelay: 1,
    retentionDays: 7,
  };
  if (!(await boss.getQueue(DOCUMENTS_QUEUE))) {
    try { await boss.createQueue(DOCUMENTS_QUEUE, queue); } catch { /* created by another process meanwhile */ }
  } else if (o.expireInSeconds !== undefined || o.retryLimit !== undefined) {
    await boss.updateQueue(DOCUMENTS_QUEUE, queue);
  }
  return boss;
}
