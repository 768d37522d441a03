// `sitrep watch --queue`: what the watcher does with a new feed item when workers do the processing.
// The item's page is fetched here, exactly as in-process watch does (src/watch/process-item.ts),
// and the resulting raw input is put on the queue; the workers run the pipeline on it.
import type PgBoss from 'pg-boss';
import type { RawItem } from '../ingest/item.js';
import type { Store } from '../store/index.js';
import { itemInput, type ProcessItem, type ProcessOptions } from '../watch/process-item.js';
import { DOCUMENTS_QUEUE, type DocumentJob } from './boss.js';

export function queueProcessor(store: Pick<Store, 'documents'>, boss: PgBoss, o: ProcessOptions = {}): ProcessItem {
  return async (item) => {
    const origin = item.link === item.feedUrl ? item.feedUrl : `${item.feedUrl}#${item.key}`;
    const input = await itemInput(item, o);
    if ('dead' in input) {
      await store.documents.saveBatch([], [{ origin, reason: 'no-content', detail: input.dead }]);
      return 'rejected: no-content';
    }
    const raw: RawItem = {
      origin, text: input.text, contentType: input.contentType, title: item.title, url: input.url, source: item.source,
      publishedAt: item.publishedAt, notes: input.note ? [input.note] : [],
    };
    const job: DocumentJob = { item: raw };
    await boss.insert([{ name: DOCUMENTS_QUEUE, data: job }]);
    return 'queued';
  };
}
