// The documents area of the store: stories, documents, sources, dead letters and the dedupe index.
import type { DedupeIndex } from '../context.js';
import type { ParagraphHistory } from '../clean/recurring.js';
import type { Document } from '../document.js';

/** A document as kept in the store. */
export interface StoredDocument {
  id: string;
  storyId: string;
  contentHash: string;
  origin: string;
  source: string | null;
  url: string | null;
  title: string | null;
  text: string;
  publishedAt: string | null;
  byline: string | null;
  siteName: string | null;
  contentType: string;
  ingestedAt: string;
}

/** What saving one document did. */
export interface SaveOutcome {
  documentId: string;
  storyId: string;
  /** new: a new story; copy: a new text joined an existing story; duplicate: an exact copy (at most a new source); unchanged: seen before from the same origin; failed: could not be stored (a dead letter with reason store-error was recorded; nothing of it was written). */
  status: 'new' | 'copy' | 'duplicate' | 'unchanged' | 'failed';
  /** Why, when status is failed. */
  error?: string;
}

/** An input that could not be read, and why. */
export interface DeadLetter {
  origin: string;
  reason: string;
  detail?: string | null;
  contentHash?: string | null;
  size?: number | null;
  createdAt?: string;
}

export interface DocumentStore {
  /**
   * Store processed documents (and, through the events area, their events) in one transaction.
   * Idempotent on content hashes: saving the same batch twice changes nothing.
   */
  saveBatch(docs: Document[], deadLetters?: DeadLetter[]): Promise<SaveOutcome[]>;
  addDeadLetter(letter: DeadLetter): Promise<void>;
  deadLetters(): Promise<DeadLetter[]>;
  get(id: string): Promise<StoredDocument | null>;
  /** Every stored document, oldest first, in pages. */
  iterate(pageSize?: number): AsyncIterable<StoredDocument>;
  /** Sources (origins) of a story. */
  sources(storyId: string): Promise<{ origin: string; source: string | null; url: string | null; publishedAt: string | null; documentId: string }[]>;
  counts(): Promise<{ documents: number; stories: number; sources: number; deadLetters: number }>;
  /** The dedupe stage's view of what is already stored. */
  dedupeIndex(): DedupeIndex;
  /** The clean stage's memory of paragraphs per source (new pairs are saved with the next batch). */
  paragraphHistory(): ParagraphHistory;
}
