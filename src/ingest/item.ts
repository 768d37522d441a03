// What a reader produces: one raw input ready to become a Document, or a dead letter.
import type { DeadLetter } from '../store/documents.js';

export interface RawItem {
  /** Path, URL, `file:line` or `feed#guid`. */
  origin: string;
  /** The decoded input: HTML, plain text, or the body of a JSONL document. */
  text: string;
  /** text/html, text/plain, or application/json for document-format bodies (no title detection). */
  contentType: string;
  /** The input's own id (JSONL), if any. */
  id?: string | null;
  title?: string | null;
  url?: string | null;
  source?: string | null;
  publishedAt?: string | null;
  /** Notes for the document's messages (e.g. the encoding fallback). */
  notes?: string[];
}

export type ReadResult = { kind: 'item'; item: RawItem } | { kind: 'dead'; letter: DeadLetter };

export const item = (i: RawItem): ReadResult => ({ kind: 'item', item: i });
export const dead = (origin: string, reason: string, detail?: string, extra: Partial<DeadLetter> = {}): ReadResult =>
  ({ kind: 'dead', letter: { origin, reason, detail: detail ?? null, ...extra } });
