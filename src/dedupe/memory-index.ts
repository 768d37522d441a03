// An in-memory dedupe index, for stateless runs (`sitrep code`) and for the documents of a batch
// that are not saved yet (the store's index consults one before the database).
import type { DedupeIndex } from '../context.js';

export interface IndexedDocument {
  documentId: string;
  storyId: string;
  contentHash: string;
  bands: number[];
  minhash: number[];
  text: string;
  publishedAt: string | null;
}

export interface MemoryDedupeIndex extends DedupeIndex {
  remember(doc: IndexedDocument): void;
  /** Forget documents (once they are saved where the other index can see them). */
  forget(documentIds: Iterable<string>): void;
  size(): number;
}

export function createMemoryDedupeIndex(): MemoryDedupeIndex {
  const byHash = new Map<string, IndexedDocument>();
  const byId = new Map<string, IndexedDocument>();
  const buckets = new Map<string, Set<string>>(); // `${band}:${hash}` → document ids

  return {
    async findByHash(contentHash) {
      const d = byHash.get(contentHash);
      return d ? { documentId: d.documentId, storyId: d.storyId } : null;
    },
    async candidates(bands) {
      const ids = new Set<string>();
      bands.forEach((h, band) => buckets.get(`${band}:${h}`)?.forEach((id) => ids.add(id)));
      return [...ids].map((id) => byId.get(id)!).map(({ documentId, storyId, minhash, text, publishedAt }) => ({ documentId, storyId, minhash, text, publishedAt }));
    },
    remember(doc) {
      if (byId.has(doc.documentId)) return;
      byId.set(doc.documentId, doc);
      if (!byHash.has(doc.contentHash)) byHash.set(doc.contentHash, doc);
      doc.bands.forEach((h, band) => {
        const key = `${band}:${h}`;
        let set = buckets.get(key);
        if (!set) buckets.set(key, (set = new Set()));
        set.add(doc.documentId);
      });
    },
    forget(documentIds) {
      for (const id of documentIds) {
        const d = byId.get(id);
        if (!d) continue;
        byId.delete(id);
        if (byHash.get(d.contentHash) === d) byHash.delete(d.contentHash);
        d.bands.forEach((h, band) => buckets.get(`${band}:${h}`)?.delete(id));
      }
    },
    size: () => byId.size,
  };
}
