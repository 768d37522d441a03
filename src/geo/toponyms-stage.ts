// The `toponyms` stage: place names in the document → gazetteer places (doc.toponyms).
// Uses doc.sentences for sentence starts when the annotate stage has run; tokenises itself otherwise.
// When doc.toponyms already holds spans (e.g. gold spans from a JSONL line), those are resolved instead.
import type { Context } from '../context.js';
import { report, type Document } from '../document.js';
import { openGazetteer, type Gazetteer } from '../gazetteer/open.js';
import type { Stage } from '../pipeline.js';
import { geoparse } from './geoparse.js';

const usedFor = new WeakMap<Document, Gazetteer>();

/** The gazetteer the toponyms of a document were resolved with (for later lookups such as an area's seat). */
export function gazetteerOf(doc: Document): Gazetteer | null {
  return usedFor.get(doc) ?? null;
}

export const toponymsStage: Stage = {
  name: 'toponyms',
  run(doc: Document, ctx: Context) {
    if (!doc.text) return;
    let gaz;
    try {
      gaz = openGazetteer(ctx.gazetteerPath);
    } catch (err) {
      report(doc, 'toponyms', 'warning', (err as Error).message);
      return;
    }
    const given = doc.toponyms.length ? doc.toponyms.map((t) => ({ start: t.start, end: t.end })) : undefined;
    const sentenceStarts = doc.sentences.length ? new Set(doc.sentences.map((s) => s.start)) : undefined;
    usedFor.set(doc, gaz);
    doc.toponyms = geoparse(doc.text, gaz, { spans: given, sentenceStarts });
  },
};
