// `sitrep ingest --queue`: read and fetch the inputs here, and put each readable one on the queue
// (its raw text and metadata are the job's payload) instead of running the pipeline in-process.
// Inputs that cannot be read become dead letters in the store, as in-process ingest records them.
import type PgBoss from 'pg-boss';
import type { RawItem } from '../ingest/item.js';
import { readInputs } from '../ingest/sources.js';
import type { DeadLetter } from '../store/documents.js';
import type { Store } from '../store/index.js';
import { DOCUMENTS_QUEUE, type DocumentJob } from './boss.js';

export interface EnqueueOptions {
  store: Store;
  boss: PgBoss;
  allowPrivate?: boolean;
  /** Source name and publication date for inputs that do not say (applied here, so workers need no options). */
  defaultSource?: string | null;
  defaultPublishedAt?: string | null;
  /** Jobs per insert (default 500). */
  batchSize?: number;
}

export interface EnqueueSummary { enqueued: number; deadLetters: DeadLetter[] }

export async function enqueueInputs(inputs: string[], o: EnqueueOptions): Promise<EnqueueSummary> {
  const batchSize = o.batchSize ?? 500;
  const summary: EnqueueSummary = { enqueued: 0, deadLetters: [] };
  let jobs: { name: string; data: DocumentJob }[] = [];
  let letters: DeadLetter[] = [];
  const flush = async () => {
    if (jobs.length) await o.boss.insert(jobs);
    if (letters.length) await o.store.documents.saveBatch([], letters);
    summary.enqueued += jobs.length;
    summary.deadLetters.push(...letters);
    jobs = [];
    letters = [];
  };
  for await (const r of readInputs(inputs, { allowPrivate: o.allowPrivate })) {
    if (r.kind === 'dead') letters.push(r.letter);
    else jobs.push({ name: DOCUMENTS_QUEUE, data: { item: withDefaults(r.item, o) } });
    if (jobs.length + letters.length >= batchSize) await flush();
  }
  await flush();
  return summary;
}

const withDefaults = (item: RawItem, o: EnqueueOptions): RawItem => ({
  ...item,
  source: item.source ?? o.defaultSource ?? null,
  publishedAt: item.publishedAt ?? o.defaultPublishedAt ?? null,
});
