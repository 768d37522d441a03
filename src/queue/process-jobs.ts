// What a worker does with a batch of jobs: the same path as in-process ingest (processItem:
// the whole pipeline → one saveBatch, which stores documents and their events in one transaction).
// A document the first stages cannot use becomes a dead letter, like in-process ingest. Any error
// from the store is thrown, so the jobs fail and pg-boss retries them; saving is idempotent on
// content hashes, so a retried job never stores anything twice.
import { useParagraphHistory } from '../clean/recurring.js';
import type { Context } from '../context.js';
import type { Document } from '../document.js';
import { processItem } from '../ingest/run.js';
import type { DeadLetter, SaveOutcome } from '../store/documents.js';
import type { Store } from '../store/index.js';
import type { DocumentJob } from './boss.js';

export type JobProcessor = (jobs: DocumentJob[]) => Promise<SaveOutcome[]>;

export function jobProcessor(store: Store, ctx: Context): JobProcessor {
  ctx.dedupeIndex = store.documents.dedupeIndex();
  useParagraphHistory(ctx, store.documents.paragraphHistory());
  const loadParagraphs = (store.documents as { loadParagraphs?: (sources: (string | null)[]) => Promise<void> }).loadParagraphs;
  return async (jobs) => {
    await loadParagraphs?.(jobs.map((j) => j.item.source ?? ctx.defaultSource));
    const docs: Document[] = [];
    const letters: DeadLetter[] = [];
    for (const { item } of jobs) {
      const processed = await processItem(item, ctx);
      if (processed.kind === 'dead') letters.push(processed.letter);
      else docs.push(processed.doc);
    }
    return store.documents.saveBatch(docs, letters);
  };
}
