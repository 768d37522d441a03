// The dedupe stage: exact copies by content hash; syndicated copies by MinHash + LSH, giving one
// story with several sources. A near copy joins the most similar earlier document's story unless the
// two texts substitute place/date/name/number tokens for one another (one template, two events).
import { report } from '../document.js';
import type { Stage } from '../pipeline.js';
import { substitutions } from './differences.js';
import { createMemoryDedupeIndex } from './memory-index.js';
import { bands, minhash, shingles, similarity } from './minhash.js';

/**
 * Estimated Jaccard similarity of 5-word shingles at or above which two bodies are copies of one
 * story (when no place/date/number substitution is found). Chosen by measurement
 * (bench/dedupe-threshold.bench.ts, 900 real articles turned into syndicated variants and 11,117
 * distinct documents incl. 10,792 templated ACLED-style notes): at 0.6, 97.9% of copies join their
 * story and at most 0.9% of distinct documents are merged (an upper bound: some of those pairs are
 * true copies); at 0.5, 98.3% / 1.3%; at 0.7, 97.0% / 0.6%.
 */
export const COPY_THRESHOLD = 0.6;

export const dedupeStage: Stage = {
  name: 'dedupe',
  async run(doc, ctx) {
    if (!doc.text || !doc.contentHash) return;
    ctx.dedupeIndex ??= createMemoryDedupeIndex();
    const index = ctx.dedupeIndex;

    const exact = await index.findByHash(doc.contentHash);
    if (exact) {
      doc.duplicateOf = exact.documentId;
      doc.storyId = exact.storyId;
      report(doc, 'dedupe', 'info', `exact copy of ${exact.documentId}`);
      return;
    }

    const sig = minhash(shingles(doc.text));
    const keys = bands(sig);
    doc.minhash = sig;
    let best: { documentId: string; storyId: string; score: number } | null = null;
    for (const c of await index.candidates(keys)) {
      if (c.documentId === doc.id) continue;
      const score = similarity(sig, c.minhash);
      if (score < COPY_THRESHOLD || (best && score <= best.score)) continue;
      const subs = substitutions(doc.text, c.text);
      if (subs.length > 0) {
        const s = subs.slice(0, 3).map((x) => `${x.a}/${x.b}`).join(', ');
        report(doc, 'dedupe', 'info', `similar to ${c.documentId} (${score.toFixed(2)}) but not merged: different ${s}`);
        continue;
      }
      best = { documentId: c.documentId, storyId: c.storyId, score };
    }
    doc.storyId = best?.storyId ?? doc.id;
    if (best) report(doc, 'dedupe', 'info', `copy of ${best.documentId} (similarity ${best.score.toFixed(2)}); story ${best.storyId}`);
    await index.remember?.({ documentId: doc.id, storyId: doc.storyId, contentHash: doc.contentHash, bands: keys, minhash: sig, text: doc.text, publishedAt: doc.meta.publishedAt });
  },
};
