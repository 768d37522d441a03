// `sitrep watch --queue`: what the watcher does with a new feed item when workers do the processing.
// The item's page is fetched here, exactly as in-process watch does (src/watch/process-item.ts),
// and the resulting raw input is put on the queue; the workers run the pipeline on it.
import type PgBoss from 'pg-boss';
import type { Store } from '../store/index.js';
import { rawItemOf, type ProcessItem, type ProcessOptions } from '../watch/process-item.js';
import { DOCUMENTS_QUEUE, type DocumentJob } from './boss.js';

export function queueProcessor(store: Pick<Store, 'documents'>, boss: PgBoss, o: ProcessOptions = {}): ProcessItem {
  return async (item) => {
    const read = await rawItemOf(item, o);
    if ('letter' in read) {
      await store.documents.saveBatch([], [read.letter]);
      return `rejected: ${read.letter.reason}`;
    }
    const job: DocumentJob = { item: read.raw };
    await boss.insert([{ name: DOCUMENTS_QUEUE, data: job }]);
    return 'queued';
  };
}
