// What a worker does with a batch of jobs: the same path as in-process ingest (documentFromItem →
// the whole pipeline → one saveBatch, which stores documents and their events in one transaction).
// A document the first stages cannot use becomes a dead letter, like in-process ingest. Any error
// from the store is thrown, so the jobs fail and pg-boss retries them; saving is idempotent on
// content hashes, so a retried job never stores anything twice.
import { useParagraphHistory } from '../clean/recurring.js';
import type { Context } from '../context.js';
import type { Document } from '../document.js';
import { documentFromItem } from '../ingest/run.js';
import { runPipeline, STAGES } from '../pipeline.js';
import type { DeadLetter, SaveOutcome } from '../store/documents.js';
import type { Store } from '../store/index.js';
import { sha256 } from '../util/hash.js';
import type { DocumentJob } from './boss.js';

/** The stages whose failure means the input itself is unusable (the same rule as src/ingest/run.ts). */
const READING_STAGES = new Set(['extract', 'clean']);

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
      const doc = documentFromItem(item, ctx);
      await runPipeline(doc, ctx, STAGES, { stopOnDuplicate: true });
      const fatal = doc.messages.find((m) => m.level === 'error');
      if (fatal && (READING_STAGES.has(fatal.stage) || !doc.contentHash)) {
        letters.push({ origin: doc.meta.origin, reason: fatal.stage === 'clean' ? 'no-text-after-cleaning' : 'no-article-text', detail: fatal.reason, contentHash: sha256(doc.raw), size: Buffer.byteLength(doc.raw) });
      } else {
        doc.raw = '';
        docs.push(doc);
      }
    }
    return store.documents.saveBatch(docs, letters);
  };
}
