// POST /api/documents: documents in the JSON/JSONL document format → the pipeline → the store.
// Parsing uses the ingest readers (src/ingest/jsonl.ts); lines that cannot be read become dead
// letters and the rest goes on.
import { useParagraphHistory } from '../clean/recurring.js';
import { createContext } from '../context.js';
import type { Document } from '../document.js';
import type { RawItem } from '../ingest/item.js';
import { readJson, readJsonl } from '../ingest/jsonl.js';
import { processItem } from '../ingest/run.js';
import type { DeadLetter, DocumentStore } from '../store/documents.js';

export interface IngestSummary {
  received: number;
  saved: { id: string; storyId: string; status: string; events: number }[];
  failed: { origin: string; reason: string; detail?: string | null }[];
}

/** The items and dead letters of a request body; `jsonl` when the body is one document per line. */
export function readBody(body: string, jsonl: boolean, origin: string): { items: RawItem[]; dead: DeadLetter[] } {
  const items: RawItem[] = [];
  const dead: DeadLetter[] = [];
  let text = body;
  if (!jsonl) {
    // {"documents": [...]} is accepted as well as a single document or an array.
    try {
      const value = JSON.parse(body) as unknown;
      if (value && typeof value === 'object' && !Array.isArray(value) && Array.isArray((value as { documents?: unknown }).documents)) {
        text = JSON.stringify((value as { documents: unknown[] }).documents);
      }
    } catch { /* readJson reports it */ }
  }
  for (const r of jsonl ? readJsonl(text, origin) : readJson(text, origin)) {
    if (r.kind === 'item') items.push(r.item);
    else dead.push(r.letter);
  }
  return { items, dead };
}

/**
 * Run the pipeline over the items and save them (with the dead letters) in one batch. Each item goes
 * through the ingest's own rule (processItem of src/ingest/run.ts: inputs the reading stages cannot
 * use become dead letters), with the store's recurring-paragraph history, as `sitrep ingest` does.
 */
export async function ingestItems(documents: DocumentStore, items: RawItem[], unreadable: DeadLetter[]): Promise<IngestSummary> {
  const dead = [...unreadable];
  const ctx = createContext({ dedupeIndex: documents.dedupeIndex() });
  useParagraphHistory(ctx, documents.paragraphHistory());
  const docs: Document[] = [];
  for (const item of items) {
    const processed = await processItem(item, ctx);
    if (processed.kind === 'dead') dead.push(processed.letter);
    else docs.push(processed.doc);
  }
  const outcomes = await documents.saveBatch(docs, dead);
  const events = new Map(docs.map((d) => [d.id, d.events.length]));
  return {
    received: items.length + unreadable.length,
    saved: outcomes.map((o) => ({ id: o.documentId, storyId: o.storyId, status: o.status, events: events.get(o.documentId) ?? 0 })),
    failed: dead.map((d) => ({ origin: d.origin, reason: d.reason, detail: d.detail ?? null })),
  };
}
