// PostgreSQL implementation of the documents area (see ../documents.ts), the same behaviour as
// ../sqlite/documents.ts. Several workers may save at once: each batch takes transaction advisory
// locks on its content hashes, document ids, story ids and event merge keys (sorted, so never a
// deadlock) before looking anything up, and every insert is ON CONFLICT DO NOTHING behind unique
// keys, so the same text is stored once however many workers saw it.
import type { DedupeIndex } from '../../context.js';
import type { Document } from '../../document.js';
import { createMemoryDedupeIndex, type MemoryDedupeIndex } from '../../dedupe/memory-index.js';
import { bands as lshBands } from '../../dedupe/minhash.js';
import type { DeadLetter, DocumentStore, SaveOutcome, StoredDocument } from '../documents.js';
import { fromRow, signatureBytes, toCandidate, type CandidateRow, type DocumentRow } from '../documents-rows.js';
import { eventLockKeys, lockKeys, writeEvents } from './events.js';
import { changes, one, rows, transaction, type Client, type Pool, type Queryable } from './pool.js';


const DOC_COLUMNS = 'id, story_id, content_hash, origin, source, url, title, text, published_at, byline, site_name, content_type, ingested_at';

/** The PostgreSQL document store also loads recurring paragraphs ahead of the (synchronous) clean stage. */
export interface PostgresDocumentStore extends DocumentStore {
  /** Load the recurring-paragraph memory of these sources (call before running the pipeline on their documents). */
  loadParagraphs(sources: (string | null)[]): Promise<void>;
}

export function postgresDocumentStore(pool: Pool): PostgresDocumentStore {
  /** Documents processed but not saved yet: visible to dedupe within the batch. */
  const pending: MemoryDedupeIndex = createMemoryDedupeIndex();
  /** Recurring paragraphs per source, loaded by loadParagraphs; new pairs are saved with the next batch. */
  const paragraphs = new Map<string, [number, number][]>();
  let pendingParagraphs: [string, number, number][] = [];

  async function addDead(db: Queryable, letter: DeadLetter, now: string): Promise<void> {
    // content_hash is part of the UNIQUE key: '' for "no bytes" (as the SQLite store does).
    await db.query(`INSERT INTO dead_letters (origin, reason, detail, content_hash, size, created_at)
      VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
    [letter.origin, letter.reason, letter.detail ?? null, letter.contentHash ?? '', letter.size ?? null, letter.createdAt ?? now]);
  }

  const insertSource = (c: Client, storyId: string, docId: string, doc: Document, now: string) => changes(c,
    `INSERT INTO sources (story_id, document_id, origin, source, url, published_at, added_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT DO NOTHING`, [storyId, docId, doc.meta.origin, doc.meta.source, doc.meta.url, doc.meta.publishedAt, now]);
  const updateStoryDate = (c: Client, storyId: string, publishedAt: string) => c.query(
    'UPDATE stories SET published_at = $1 WHERE id = $2 AND (published_at IS NULL OR published_at > $1)', [publishedAt, storyId]);
  const storyExists = async (c: Client, id: string) => !!(await one(c, 'SELECT 1 FROM stories WHERE id = $1', [id]));

  async function saveOne(c: Client, doc: Document, now: string): Promise<SaveOutcome> {
    const meta = doc.meta;
    // What is already stored, in one round trip: the same text, the same input id, the story.
    const found = (await one<{ id: string | null; story_id: string | null; id_taken: boolean; story_exists: boolean }>(c, `SELECT
      d.id, d.story_id, EXISTS (SELECT 1 FROM documents WHERE id = $2) AS id_taken, EXISTS (SELECT 1 FROM stories WHERE id = $3) AS story_exists
      FROM (SELECT 1) one LEFT JOIN documents d ON d.content_hash = $1`, [doc.contentHash, doc.id, doc.storyId ?? doc.id]))!;
    const existing = found.id ? { id: found.id, story_id: found.story_id! } : null;
    if (existing) {
      const added = (await insertSource(c, existing.story_id, existing.id, doc, now)) > 0;
      if (added && meta.publishedAt) await updateStoryDate(c, existing.story_id, meta.publishedAt);
      return { documentId: existing.id, storyId: existing.story_id, status: added ? 'duplicate' : 'unchanged' };
    }
    // An input id already used by a different text (two JSONL files both with id "1"): keep both.
    let storyKnown = found.story_exists;
    if (found.id_taken) {
      const renamed = `${doc.id}~${doc.contentHash.slice(0, 12)}`;
      if ((doc.storyId ?? doc.id) === doc.id) doc.storyId = renamed;
      doc.id = renamed;
      storyKnown = await storyExists(c, doc.storyId!);
    }
    let storyId = doc.storyId ?? doc.id;
    let status: SaveOutcome['status'] = 'copy';
    if (!storyKnown) {
      if (storyId !== doc.id) storyId = doc.id;
      await c.query('INSERT INTO stories (id, title, first_seen, published_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
        [storyId, doc.title, now, meta.publishedAt]);
      status = 'new';
    } else if (meta.publishedAt) {
      await updateStoryDate(c, storyId, meta.publishedAt);
    }
    doc.storyId = storyId;
    await c.query(`INSERT INTO documents (id, content_hash, story_id, origin, source, url, title, text, published_at,
      byline, site_name, content_type, minhash, annotations, messages, ingested_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`, [
      doc.id, doc.contentHash, storyId, meta.origin, meta.source, meta.url, doc.title, doc.text, meta.publishedAt,
      meta.byline, meta.siteName, meta.contentType, doc.minhash ? signatureBytes(doc.minhash) : null,
      JSON.stringify({ sentences: doc.sentences, dates: doc.dates, quantities: doc.quantities, toponyms: doc.toponyms, actors: doc.actors, mentions: doc.mentions }),
      JSON.stringify(doc.messages), now,
    ]);
    await insertSource(c, storyId, doc.id, doc, now);
    if (doc.minhash) {
      const hashes = lshBands(doc.minhash);
      await c.query(`INSERT INTO lsh_buckets (band, hash, document_id)
        SELECT b - 1, h, $2 FROM unnest($1::bigint[]) WITH ORDINALITY AS t(h, b) ON CONFLICT DO NOTHING`, [hashes, doc.id]);
    }
    await writeEvents(c, doc);
    return { documentId: doc.id, storyId, status };
  }

  /** Everything a batch may contend for with other workers, to lock up front. */
  const lockNames = (docs: Document[]) => docs.flatMap((d) => [
    `hash:${d.contentHash}`, `doc:${d.id}`, `story:${d.storyId ?? d.id}`, ...eventLockKeys(d)]);

  async function saveTx(docs: Document[], letters: DeadLetter[], now: string): Promise<SaveOutcome[]> {
    // The document objects are changed while saving (renamed ids, story ids): keep a copy to retry with.
    const before = docs.map((d) => ({ id: d.id, storyId: d.storyId, messages: d.messages.length }));
    try {
      return await transaction(pool, async (c) => {
        await lockKeys(c, lockNames(docs));
        const out: SaveOutcome[] = [];
        for (const d of docs) out.push(await saveOne(c, d, now));
        for (const l of letters) await addDead(c, l, now);
        return out;
      });
    } catch (err) {
      docs.forEach((d, i) => { d.id = before[i]!.id; d.storyId = before[i]!.storyId; d.messages.length = before[i]!.messages; });
      throw err;
    }
  }

  async function saveParagraphs(rowsToSave: [string, number, number][]): Promise<void> {
    if (!rowsToSave.length) return;
    await pool.query(`INSERT INTO source_paragraphs (source, paragraph_hash, title_hash)
      SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[]) ON CONFLICT DO NOTHING`,
    [rowsToSave.map((r) => r[0]), rowsToSave.map((r) => r[1]), rowsToSave.map((r) => r[2])]);
  }

  const index: DedupeIndex = {
    async findByHash(contentHash) {
      const p = await pending.findByHash(contentHash);
      if (p) return p;
      const row = await one<{ id: string; story_id: string }>(pool, 'SELECT id, story_id FROM documents WHERE content_hash = $1', [contentHash]);
      return row ? { documentId: row.id, storyId: row.story_id } : null;
    },
    async candidates(keys) {
      // A bucket shared by very many documents (near-empty bodies) would make every lookup slow: capped.
      const stored = (await rows<CandidateRow>(pool, `
        SELECT d.id, d.story_id, d.minhash, d.text, d.published_at FROM documents d WHERE d.id IN (
          SELECT l.document_id FROM unnest($1::bigint[]) WITH ORDINALITY AS k(h, b),
          LATERAL (SELECT document_id FROM lsh_buckets WHERE band = k.b - 1 AND hash = k.h LIMIT 200) l)`, [keys]))
        .map(toCandidate);
      const ids = new Set(stored.map((s) => s.documentId));
      const unsaved = (await pending.candidates(keys)).filter((c) => !ids.has(c.documentId));
      return [...stored, ...unsaved];
    },
    remember(doc) { pending.remember(doc); },
  };

  return {
    async saveBatch(docs, deadLetters = []) {
      const usable = docs.filter((d) => d.contentHash && d.text);
      const now = new Date().toISOString();
      const ids = docs.map((d) => d.id);
      if (pendingParagraphs.length) {
        const toSave = pendingParagraphs;
        pendingParagraphs = [];
        await saveParagraphs(toSave);
      }
      try {
        return await saveTx(usable, deadLetters, now);
      } catch {
        // One document broke the batch: save the others one by one; the failing ones become dead
        // letters and are not stored at all, so a later run processes them again.
        const outcomes: SaveOutcome[] = [];
        const letters = [...deadLetters];
        for (const doc of usable) {
          try {
            outcomes.push(...await saveTx([doc], [], now));
          } catch (err) {
            const reason = (err as Error).message;
            letters.push({ origin: doc.meta.origin, reason: 'store-error', detail: reason, contentHash: doc.contentHash });
            outcomes.push({ documentId: doc.id, storyId: doc.storyId ?? doc.id, status: 'failed', error: reason });
          }
        }
        await saveTx([], letters, now);
        return outcomes;
      } finally {
        pending.forget(ids);
      }
    },
    async addDeadLetter(letter) { await addDead(pool, letter, new Date().toISOString()); },
    async deadLetters() {
      return (await rows<{ origin: string; reason: string; detail: string | null; content_hash: string; size: number | null; created_at: string }>(pool,
        'SELECT origin, reason, detail, content_hash, size, created_at FROM dead_letters ORDER BY id'))
        .map((r) => ({ origin: r.origin, reason: r.reason, detail: r.detail, contentHash: r.content_hash || null, size: r.size, createdAt: r.created_at }));
    },
    async get(id) {
      const r = await one<DocumentRow>(pool, `SELECT ${DOC_COLUMNS} FROM documents WHERE id = $1`, [id]);
      return r ? fromRow(r) : null;
    },
    async *iterate(pageSize = 500) {
      let after = 0;
      for (;;) {
        const page = await rows<DocumentRow & { seq: number }>(pool, `SELECT ${DOC_COLUMNS}, seq FROM documents WHERE seq > $1 ORDER BY seq LIMIT $2`, [after, pageSize]);
        if (page.length === 0) return;
        for (const r of page) yield fromRow(r);
        after = page[page.length - 1]!.seq;
      }
    },
    async sources(storyId) {
      return (await rows<{ origin: string; source: string | null; url: string | null; published_at: string | null; document_id: string }>(pool,
        'SELECT origin, source, url, published_at, document_id FROM sources WHERE story_id = $1 ORDER BY added_at, origin', [storyId]))
        .map((r) => ({ origin: r.origin, source: r.source, url: r.url, publishedAt: r.published_at, documentId: r.document_id }));
    },
    async counts() {
      return (await one<{ documents: number; stories: number; sources: number; deadLetters: number }>(pool, `SELECT
        (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM stories) AS stories,
        (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM dead_letters) AS "deadLetters"`))!;
    },
    dedupeIndex: () => index,
    paragraphHistory: () => ({
      load: (source) => paragraphs.get(source) ?? [],
      add: (source, pairs) => { for (const [p, t] of pairs) pendingParagraphs.push([source, p, t]); },
    }),
    async loadParagraphs(sources) {
      const wanted = [...new Set(sources.filter((s): s is string => !!s))].filter((s) => !paragraphs.has(s));
      if (!wanted.length) return;
      for (const s of wanted) paragraphs.set(s, []);
      for (const r of await rows<{ source: string; paragraph_hash: number; title_hash: number }>(pool,
        'SELECT source, paragraph_hash, title_hash FROM source_paragraphs WHERE source = ANY($1::text[])', [wanted])) {
        paragraphs.get(r.source)!.push([r.paragraph_hash, r.title_hash]);
      }
    },
  };
}
