// What every stage may need besides the document: options and the knowledge it loads once.
// Stages load their own knowledge files lazily (once per process) through the helpers they own;
// the context only carries what differs between runs.

export interface Context {
  /** Path of the gazetteer database (SITREP_GAZETTEER / --gazetteer); null for the embedded default. */
  gazetteerPath: string | null;
  /** Extra actor dictionary files given by the user. */
  actorFiles: string[];
  /** Publication date to assume when a document has none (YYYY-MM-DD). */
  defaultPublishedAt: string | null;
  /** Source name to assume when a document has none. */
  defaultSource: string | null;
  /** Dedupe state: signatures seen so far (in memory for stateless runs, the store for ingest). */
  dedupeIndex: DedupeIndex | null;
}

/** Where dedupe looks for earlier copies. Implemented in memory and by the store. */
export interface DedupeIndex {
  /** The story of an exact copy (same content hash), if any. */
  findByHash(contentHash: string): Promise<{ documentId: string; storyId: string } | null>;
  /** Documents sharing at least one LSH bucket with the signature. */
  candidates(bands: number[]): Promise<{ documentId: string; storyId: string; minhash: number[]; text: string; publishedAt: string | null }[]>;
  /** Remember a document (called by dedupe for stateless runs; the store does it on save). */
  remember?(doc: { documentId: string; storyId: string; contentHash: string; bands: number[]; minhash: number[]; text: string; publishedAt: string | null }): void | Promise<void>;
}

export function createContext(overrides: Partial<Context> = {}): Context {
  return {
    gazetteerPath: process.env.SITREP_GAZETTEER ?? null,
    actorFiles: [],
    defaultPublishedAt: null,
    defaultSource: null,
    dedupeIndex: null,
    ...overrides,
  };
}
