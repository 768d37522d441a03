// The code stage (chrono's shape): detectors propose event mentions per sentence, refiners reject
// those that do not report a new, real event (modality) and settle each sentence's type, and each
// accepted mention becomes a coded event with its date, place, actors, counts and evidence.
// All mentions, rejected ones included (with the reason), are kept on doc.mentions for review;
// doc.events holds one event per accepted mention until the merge stage aggregates them.
import type { Stage } from '../pipeline.js';
import type { CodedEvent, Document } from '../document.js';
import { sentencesOf } from './sentences.js';
import { CONTINUATION, detect } from './detect.js';
import { buildEvent, type Part } from './build.js';
import { tokenize, type Tok } from './tokens.js';

/** How many sentences before a mention may name its sides when the mention's own sentences name none. */
const CONTEXT_BEFORE = 2;

export function codeDocument(doc: Document): void {
  const sentences = sentencesOf(doc);
  const toksOf: Tok[][] = [];
  const tokensAt = (i: number) => (toksOf[i] ??= tokenize(doc.text, sentences[i].start, sentences[i].end));
  const proposals = detect(doc, sentences, toksOf);
  doc.mentions = proposals.map((p) => ({
    start: p.sentence.start, end: p.sentence.end, text: p.sentence.text,
    event_type: '', sub_event_type: p.sub, rejected: p.rejected, evidence: p.evidence,
  }));
  const withProposal = new Set(proposals.filter((p) => p.rejected !== CONTINUATION).map((p) => p.index));
  const accepted = proposals.filter((p) => !p.rejected);
  const events: CodedEvent[] = [];
  accepted.forEach((p, rank) => {
    // The mention's sentence and the following sentences that propose nothing of their own
    // ("Three soldiers died.") report the same event: its counts and actors are read over them.
    const parts: Part[] = [{ toks: p.toks, start: p.sentence.start, end: p.sentence.end }];
    for (let i = p.index + 1; i < sentences.length && !withProposal.has(i); i++) {
      const s = sentences[i];
      parts.push({ toks: tokensAt(i), start: s.start, end: s.end });
    }
    // The sentences before it may name the sides when it does not ("Police raided the area. A shoot-out broke out.").
    const context: Part[] = [];
    for (let i = Math.max(0, p.index - CONTEXT_BEFORE); i < p.index; i++) {
      const s = sentences[i];
      context.push({ toks: tokensAt(i), start: s.start, end: s.end });
    }
    events.push(buildEvent(doc, p, parts, rank, events.at(-1) ?? null, context));
  });
  doc.events = events;
  for (let i = 0; i < doc.mentions.length; i++) {
    const m = doc.mentions[i];
    m.event_type = knowledgeEventType(m.sub_event_type);
  }
}

import { knowledge } from './knowledge.js';
function knowledgeEventType(sub: string): string {
  return knowledge().taxonomy.subEventTypes.get(sub)?.eventType ?? '';
}

export const codeStage: Stage = {
  name: 'code',
  run(doc) {
    if (!doc.text) return;
    codeDocument(doc);
  },
};
