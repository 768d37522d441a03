// Ingest: inputs → raw items → the whole pipeline → the store, in batches (one transaction each).
// Unreadable inputs and documents the first stages cannot use become dead letters; nothing stops
// the batch. Re-running over the same inputs adds nothing (content hashes, unique sources).
import type { Context } from '../context.js';
import { createDocument, report, type Document } from '../document.js';
import { runPipeline, STAGES, type Stage } from '../pipeline.js';
import type { DeadLetter, SaveOutcome } from '../store/documents.js';
import type { Store } from '../store/index.js';
import { sha256 } from '../util/hash.js';
import type { Progress } from '../util/progress.js';
import type { RawItem } from './item.js';
import { readInputs } from './sources.js';
import { useParagraphHistory } from '../clean/recurring.js';

export interface IngestOptions {
  store: Store;
  ctx: Context;
  allowPrivate?: boolean;
  batchSize?: number;
  stages?: Stage[];
  progress?: Progress;
  /** Called after each batch is saved (for tests and progress). */
  onBatch?: (outcomes: SaveOutcome[], deadLetters: DeadLetter[]) => void;
}

export interface IngestSummary {
  /** Documents read and run through the pipeline. */
  read: number;
  /** Documents stored as new texts. */
  ingested: number;
  newStories: number;
  /** New texts that joined an existing story (syndicated copies). */
  copiesJoined: number;
  /** Exact copies (stored as another source of an existing document). */
  duplicates: number;
  /** Inputs already stored from the same origin. */
  unchanged: number;
  rejected: number;
  rejectedByReason: Record<string, number>;
  deadLetters: DeadLetter[];
}

/** The stages whose failure means the input itself is unusable (no text to store). */
const READING_STAGES = new Set(['extract', 'clean']);

export function documentFromItem(item: RawItem, ctx: Context): Document {
  const doc = createDocument(item.id ?? '', item.text, {
    origin: item.origin,
    contentType: item.contentType,
    url: item.url ?? null,
    source: item.source ?? ctx.defaultSource,
    publishedAt: item.publishedAt ?? ctx.defaultPublishedAt,
  });
  doc.title = item.title ?? null;
  for (const note of item.notes ?? []) report(doc, 'ingest', 'warning', note);
  return doc;
}

/** What the pipeline made of one raw item: a document to save, or the dead letter of an unusable input. */
export type Processed = { kind: 'doc'; doc: Document } | { kind: 'dead'; letter: DeadLetter };

/**
 * Run the pipeline over one raw item. A failure of a reading stage (extract, clean) means the input
 * itself is unusable: a dead letter. A failure of a later stage is a message on a document that is
 * still stored. The one rule shared by `sitrep ingest`, `watch`, workers and `POST /api/documents`.
 */
export async function processItem(item: RawItem, ctx: Context, stages: Stage[] = STAGES): Promise<Processed> {
  const doc = documentFromItem(item, ctx);
  await runPipeline(doc, ctx, stages, { stopOnDuplicate: true });
  const fatal = doc.messages.find((m) => m.level === 'error');
  if (fatal && (READING_STAGES.has(fatal.stage) || !doc.contentHash)) {
    return {
      kind: 'dead',
      letter: {
        origin: doc.meta.origin,
        reason: fatal.stage === 'clean' ? 'no-text-after-cleaning' : 'no-article-text',
        detail: fatal.reason,
        contentHash: sha256(doc.raw),
        size: Buffer.byteLength(doc.raw),
      },
    };
  }
  doc.raw = ''; // not stored; frees memory for large batches
  return { kind: 'doc', doc };
}

export async function ingest(inputs: string[], options: IngestOptions): Promise<IngestSummary> {
  const { store, ctx } = options;
  const batchSize = options.batchSize ?? 200;
  const stages = options.stages ?? STAGES;
  ctx.dedupeIndex = store.documents.dedupeIndex();
  useParagraphHistory(ctx, store.documents.paragraphHistory());
  const summary: IngestSummary = {
    read: 0, ingested: 0, newStories: 0, copiesJoined: 0, duplicates: 0, unchanged: 0,
    rejected: 0, rejectedByReason: {}, deadLetters: [],
  };
  let docs: Document[] = [];
  let letters: DeadLetter[] = [];

  const reject = (letter: DeadLetter) => {
    letters.push(letter);
    summary.rejected++;
    summary.rejectedByReason[letter.reason] = (summary.rejectedByReason[letter.reason] ?? 0) + 1;
    summary.deadLetters.push(letter);
  };

  const flush = async () => {
    if (docs.length === 0 && letters.length === 0) return;
    const outcomes = await store.documents.saveBatch(docs, letters);
    for (const o of outcomes) {
      if (o.status === 'new') { summary.ingested++; summary.newStories++; }
      else if (o.status === 'copy') { summary.ingested++; summary.copiesJoined++; }
      else if (o.status === 'duplicate') summary.duplicates++;
      else if (o.status === 'unchanged') summary.unchanged++;
      else {
        summary.rejected++;
        summary.rejectedByReason['store-error'] = (summary.rejectedByReason['store-error'] ?? 0) + 1;
        const doc = docs.find((d) => d.id === o.documentId);
        summary.deadLetters.push({ origin: doc?.meta.origin ?? o.documentId, reason: 'store-error', detail: o.error ?? null });
      }
    }
    options.onBatch?.(outcomes, letters);
    docs = [];
    letters = [];
  };

  for await (const r of readInputs(inputs, { allowPrivate: options.allowPrivate })) {
    if (r.kind === 'dead') {
      reject(r.letter);
    } else {
      const processed = await processItem(r.item, ctx, stages);
      summary.read++;
      if (processed.kind === 'dead') reject(processed.letter);
      else docs.push(processed.doc);
    }
    options.progress?.tick(1);
    if (docs.length + letters.length >= batchSize) await flush();
  }
  await flush();
  options.progress?.done();
  return summary;
}

export function formatSummary(s: IngestSummary): string {
  const lines = [
    `ingested ${s.ingested} document${s.ingested === 1 ? '' : 's'}: ${s.newStories} new stor${s.newStories === 1 ? 'y' : 'ies'}, ${s.copiesJoined} cop${s.copiesJoined === 1 ? 'y' : 'ies'} joined to existing stories`,
    `duplicates: ${s.duplicates} exact cop${s.duplicates === 1 ? 'y' : 'ies'} (new source recorded), ${s.unchanged} already stored`,
    `rejected: ${s.rejected}${s.rejected ? ` (${Object.entries(s.rejectedByReason).map(([r, n]) => `${r}: ${n}`).join(', ')})` : ''}`,
  ];
  for (const l of s.deadLetters.slice(0, 20)) lines.push(`  ${l.origin}: ${l.reason}${l.detail ? ` — ${l.detail}` : ''}`);
  if (s.deadLetters.length > 20) lines.push(`  … and ${s.deadLetters.length - 20} more (see the dead_letters table)`);
  return lines.join('\n');
}
