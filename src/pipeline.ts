// The pipeline of DESIGN.md as data: an ordered list of stages, each a plain function of a document.
// A caller may run any prefix of it (`sitrep geoparse` stops after the toponyms) or swap a stage.
import type { Context } from './context.js';
import { isFatal, report, type Document } from './document.js';

export interface Stage {
  name: string;
  run(doc: Document, ctx: Context): void | Promise<void>;
}

import { extractStage } from './extract/index.js';
import { cleanStage } from './clean/index.js';
import { dedupeStage } from './dedupe/index.js';
import { sentencesStage } from './annotate/sentences.js';
import { datesStage } from './annotate/dates.js';
import { quantitiesStage } from './annotate/quantities.js';
import { toponymsStage } from './geo/toponyms-stage.js';
import { actorsStage } from './annotate/actors.js';
import { codeStage } from './code/index.js';
import { mergeStage } from './merge/index.js';

/** Every stage, in order. */
export const STAGES: Stage[] = [
  extractStage,    // HTML → article text, title, byline, publication time
  cleanStage,      // boilerplate, hard wraps, Unicode
  dedupeStage,     // exact and syndicated copies → one story
  sentencesStage,  // sentences and tokens
  datesStage,      // date expressions → days, with precision
  quantitiesStage, // numbers of people, ACLED's vague-number rules
  toponymsStage,   // place names → gazetteer places
  actorsStage,     // actor mentions → dictionary actors
  codeStage,       // event mentions → typed, modality-checked events
  mergeStage,      // mentions → one event per actor pair, place and day
];

/** The stages up to and including `last` (all of them when `last` is omitted). */
export function stagesUntil(last?: string): Stage[] {
  if (!last) return STAGES;
  const i = STAGES.findIndex((s) => s.name === last);
  if (i < 0) throw new Error(`no stage named ${last}; stages are ${STAGES.map((s) => s.name).join(', ')}`);
  return STAGES.slice(0, i + 1);
}

/**
 * Run stages over one document. A stage that throws does not crash the batch: the error becomes a
 * message on the document and the remaining stages are skipped. A stage may also stop the document
 * by reporting an error (unreadable input), or mark it a duplicate (the later stages are skipped
 * when `stopOnDuplicate` is set).
 */
export async function runPipeline(doc: Document, ctx: Context, stages: Stage[] = STAGES, options: { stopOnDuplicate?: boolean } = {}): Promise<Document> {
  for (const stage of stages) {
    try {
      const r = stage.run(doc, ctx);
      if (r) await r;
    } catch (err) {
      report(doc, stage.name, 'error', `stage ${stage.name} failed: ${(err as Error).message}`);
    }
    if (isFatal(doc)) break;
    if (options.stopOnDuplicate && doc.duplicateOf) break;
  }
  return doc;
}
