// The rows of the documents table as both stores read them, their conversion to the area's type,
// and the byte encoding of MinHash signatures (a BLOB in SQLite, a bytea in PostgreSQL).
import type { StoredDocument } from './documents.js';

export interface DocumentRow {
  id: string; story_id: string; content_hash: string; origin: string; source: string | null; url: string | null;
  title: string | null; text: string; published_at: string | null; byline: string | null; site_name: string | null;
  content_type: string; ingested_at: string;
}

export const fromRow = (r: DocumentRow): StoredDocument => ({
  id: r.id, storyId: r.story_id, contentHash: r.content_hash, origin: r.origin, source: r.source, url: r.url,
  title: r.title, text: r.text, publishedAt: r.published_at, byline: r.byline, siteName: r.site_name,
  contentType: r.content_type, ingestedAt: r.ingested_at,
});

/** A MinHash signature as bytes (32-bit values, this machine's byte order) and back. */
export const signatureBytes = (sig: number[]) => Buffer.from(new Uint32Array(sig).buffer);
export const signatureOf = (b: Buffer | null): number[] =>
  b ? Array.from(new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength))) : [];

/** A stored document as a near-duplicate candidate of the dedupe stage. */
export interface CandidateRow { id: string; story_id: string; minhash: Buffer | null; text: string; published_at: string | null }
export const toCandidate = (r: CandidateRow) =>
  ({ documentId: r.id, storyId: r.story_id, minhash: signatureOf(r.minhash), text: r.text, publishedAt: r.published_at });
