// SQLite implementation of the documents area (see ../documents.ts): stories, documents, sources,
// LSH buckets and dead letters. All SQL for these tables is here.
import type { DedupeIndex } from '../../context.js';
import type { Document } from '../../document.js';
import { createMemoryDedupeIndex, type MemoryDedupeIndex } from '../../dedupe/memory-index.js';
import { bands as lshBands } from '../../dedupe/minhash.js';
import type { DeadLetter, DocumentStore, SaveOutcome, StoredDocument } from '../documents.js';
import { fromRow, signatureBytes, toCandidate, type CandidateRow, type DocumentRow } from '../documents-rows.js';
import type { Db } from './open.js';
import { writeEvents } from './events.js';


export function sqliteDocumentStore(db: Db): DocumentStore {
  const q = {
    docByHash: db.prepare('SELECT id, story_id FROM documents WHERE content_hash = ?'),
    docById: db.prepare('SELECT * FROM documents WHERE id = ?'),
    docIdTaken: db.prepare('SELECT 1 FROM documents WHERE id = ?').pluck(),
    storyExists: db.prepare('SELECT 1 FROM stories WHERE id = ?').pluck(),
    insertStory: db.prepare('INSERT INTO stories (id, title, first_seen, published_at) VALUES (?, ?, ?, ?)'),
    updateStoryDate: db.prepare(`UPDATE stories SET published_at = ? WHERE id = ? AND (published_at IS NULL OR published_at > ?)`),
    insertDoc: db.prepare(`INSERT INTO documents (id, content_hash, story_id, origin, source, url, title, text, published_at,
      byline, site_name, content_type, minhash, annotations, messages, ingested_at)
      VALUES (@id, @content_hash, @story_id, @origin, @source, @url, @title, @text, @published_at,
      @byline, @site_name, @content_type, @minhash, @annotations, @messages, @ingested_at)`),
    insertSource: db.prepare(`INSERT OR IGNORE INTO sources (story_id, document_id, origin, source, url, published_at, added_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)`),
    insertBucket: db.prepare('INSERT OR IGNORE INTO lsh_buckets (band, hash, document_id) VALUES (?, ?, ?)'),
    // A bucket shared by very many documents (near-empty bodies) would make every lookup slow: capped.
    bucketDocs: db.prepare('SELECT document_id FROM lsh_buckets WHERE band = ? AND hash = ? LIMIT 200').pluck(),
    candidate: db.prepare('SELECT id, story_id, minhash, text, published_at FROM documents WHERE id = ?'),
    insertDead: db.prepare(`INSERT OR IGNORE INTO dead_letters (origin, reason, detail, content_hash, size, created_at)
      VALUES (?, ?, ?, ?, ?, ?)`),
    deadLetters: db.prepare('SELECT origin, reason, detail, content_hash, size, created_at FROM dead_letters ORDER BY id'),
    page: db.prepare('SELECT * FROM documents WHERE rowid > ? ORDER BY rowid LIMIT ?'),
    rowid: db.prepare('SELECT rowid FROM documents WHERE id = ?').pluck(),
    sources: db.prepare('SELECT origin, source, url, published_at, document_id FROM sources WHERE story_id = ? ORDER BY added_at, origin'),
    paragraphs: db.prepare('SELECT paragraph_hash, title_hash FROM source_paragraphs WHERE source = ?').raw(),
    insertParagraph: db.prepare('INSERT OR IGNORE INTO source_paragraphs (source, paragraph_hash, title_hash) VALUES (?, ?, ?)'),
    counts: db.prepare(`SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM stories) AS stories,
      (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM dead_letters) AS deadLetters`),
  };

  /** Documents processed but not saved yet: visible to dedupe within the batch. */
  const pending: MemoryDedupeIndex = createMemoryDedupeIndex();

  function addDead(letter: DeadLetter, now: string): void {
    // content_hash is part of the UNIQUE key; SQLite treats NULLs as distinct, so use '' for "no bytes".
    q.insertDead.run(letter.origin, letter.reason, letter.detail ?? null, letter.contentHash ?? '', letter.size ?? null, letter.createdAt ?? now);
  }

  function saveOne(doc: Document, now: string): SaveOutcome {
    const meta = doc.meta;
    const existing = q.docByHash.get(doc.contentHash) as { id: string; story_id: string } | undefined;
    if (existing) {
      const added = q.insertSource.run(existing.story_id, existing.id, meta.origin, meta.source, meta.url, meta.publishedAt, now).changes > 0;
      if (added && meta.publishedAt) q.updateStoryDate.run(meta.publishedAt, existing.story_id, meta.publishedAt);
      return { documentId: existing.id, storyId: existing.story_id, status: added ? 'duplicate' : 'unchanged' };
    }
    // An input id already used by a different text (two JSONL files both with id "1"): keep both.
    if (q.docIdTaken.get(doc.id)) {
      const renamed = `${doc.id}~${doc.contentHash.slice(0, 12)}`;
      if (doc.storyId === doc.id) doc.storyId = renamed;
      doc.id = renamed;
    }
    let storyId = doc.storyId ?? doc.id;
    let status: SaveOutcome['status'] = 'copy';
    if (!q.storyExists.get(storyId)) {
      // A new story (or one whose first document was renamed above / not stored): the document starts it.
      if (storyId !== doc.id && !q.storyExists.get(storyId)) storyId = doc.id;
      q.insertStory.run(storyId, doc.title, now, meta.publishedAt);
      status = 'new';
    } else if (meta.publishedAt) {
      q.updateStoryDate.run(meta.publishedAt, storyId, meta.publishedAt);
    }
    doc.storyId = storyId;
    q.insertDoc.run({
      id: doc.id, content_hash: doc.contentHash, story_id: storyId, origin: meta.origin, source: meta.source,
      url: meta.url, title: doc.title, text: doc.text, published_at: meta.publishedAt, byline: meta.byline,
      site_name: meta.siteName, content_type: meta.contentType, minhash: doc.minhash ? signatureBytes(doc.minhash) : null,
      annotations: JSON.stringify({ sentences: doc.sentences, dates: doc.dates, quantities: doc.quantities, toponyms: doc.toponyms, actors: doc.actors, mentions: doc.mentions }),
      messages: JSON.stringify(doc.messages),
      ingested_at: now,
    });
    q.insertSource.run(storyId, doc.id, meta.origin, meta.source, meta.url, meta.publishedAt, now);
    if (doc.minhash) lshBands(doc.minhash).forEach((h, band) => q.insertBucket.run(band, h, doc.id));
    writeEvents(db, doc);
    return { documentId: doc.id, storyId, status };
  }

  /** Paragraph counts of the clean stage not saved yet; written with the next batch. */
  let pendingParagraphs: [string, number, number][] = [];

  const saveTx = db.transaction((docs: Document[], letters: DeadLetter[], now: string): SaveOutcome[] => {
    const out = docs.map((d) => saveOne(d, now));
    for (const l of letters) addDead(l, now);
    return out;
  });
  const saveParagraphsTx = db.transaction((rows: [string, number, number][]) => {
    for (const r of rows) q.insertParagraph.run(...r);
  });

  const index: DedupeIndex = {
    async findByHash(contentHash) {
      const p = await pending.findByHash(contentHash);
      if (p) return p;
      const row = q.docByHash.get(contentHash) as { id: string; story_id: string } | undefined;
      return row ? { documentId: row.id, storyId: row.story_id } : null;
    },
    async candidates(keys) {
      const ids = new Set<string>();
      keys.forEach((h, band) => (q.bucketDocs.all(band, h) as string[]).forEach((id) => ids.add(id)));
      const stored = [...ids].map((id) => q.candidate.get(id) as CandidateRow | undefined)
        .filter((r): r is CandidateRow => r !== undefined)
        .map(toCandidate);
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
        saveParagraphsTx(pendingParagraphs);
        pendingParagraphs = [];
      }
      try {
        return saveTx(usable, deadLetters, now);
      } catch {
        // One document broke the batch (e.g. its events could not be written). Save the others one
        // by one, each with its events in its own transaction; the failing ones become dead letters
        // and are not stored at all, so a later run processes them again.
        const outcomes: SaveOutcome[] = [];
        const letters = [...deadLetters];
        for (const doc of usable) {
          const id = doc.id;
          try {
            outcomes.push(...saveTx([doc], [], now));
          } catch (err) {
            const reason = (err as Error).message;
            letters.push({ origin: doc.meta.origin, reason: 'store-error', detail: reason, contentHash: doc.contentHash });
            outcomes.push({ documentId: id, storyId: doc.storyId ?? id, status: 'failed', error: reason });
          }
        }
        saveTx([], letters, now);
        return outcomes;
      } finally {
        pending.forget(ids);
      }
    },
    async addDeadLetter(letter) { addDead(letter, new Date().toISOString()); },
    async deadLetters() {
      return (q.deadLetters.all() as { origin: string; reason: string; detail: string | null; content_hash: string; size: number | null; created_at: string }[])
        .map((r) => ({ origin: r.origin, reason: r.reason, detail: r.detail, contentHash: r.content_hash || null, size: r.size, createdAt: r.created_at }));
    },
    async get(id) {
      const r = q.docById.get(id) as DocumentRow | undefined;
      return r ? fromRow(r) : null;
    },
    async *iterate(pageSize = 500) {
      let after = 0;
      for (;;) {
        const rows = q.page.all(after, pageSize) as (DocumentRow & { rowid?: number })[];
        if (rows.length === 0) return;
        for (const r of rows) yield fromRow(r);
        after = q.rowid.get(rows[rows.length - 1]!.id) as number;
      }
    },
    async sources(storyId) {
      return (q.sources.all(storyId) as { origin: string; source: string | null; url: string | null; published_at: string | null; document_id: string }[])
        .map((r) => ({ origin: r.origin, source: r.source, url: r.url, publishedAt: r.published_at, documentId: r.document_id }));
    },
    async counts() {
      return q.counts.get() as { documents: number; stories: number; sources: number; deadLetters: number };
    },
    dedupeIndex: () => index,
    paragraphHistory: () => ({
      load: (source) => q.paragraphs.all(source) as [number, number][],
      add: (source, pairs) => { for (const [p, t] of pairs) pendingParagraphs.push([source, p, t]); },
    }),
  };
}
