// Modality refiner: may a trigger become an event? Background, hypothetical, negated, threatened,
// planned, commemorations and trials are rejected with their reason (cues in data/lexicons/modality.json).
import type { Document } from '../document.js';
import { alternatives, knowledge, type ModalityCue } from './knowledge.js';
import { anyMatch, findAll } from './patterns.js';
import { CLAUSE_BREAK, type Tok } from './tokens.js';
import { resolveEventDate } from './collaborators.js';

export interface Trigger {
  sub: string;
  from: number;
  to: number;
}

/** Sentence-scope cues hold or not for the whole sentence: computed once per token array (every trigger of a sentence asks). */
const sentenceCues = new WeakMap<Tok[], Map<ModalityCue, boolean>>();
function sentenceCue(cue: ModalityCue, toks: Tok[], from: number, to: number): boolean {
  if (from !== 0 || to !== toks.length) return anyMatch(cue.patterns, toks, from, to);
  let seen = sentenceCues.get(toks);
  if (!seen) sentenceCues.set(toks, (seen = new Map()));
  let v = seen.get(cue);
  if (v === undefined) seen.set(cue, (v = anyMatch(cue.patterns, toks, from, to)));
  return v;
}

const RELATIVE = new Set(['who', 'whom', 'whose', 'which', 'that']);

/**
 * Is the trigger at toks[at] a verb joined by 'and' to the clause (not part of the noun phrase after
 * the cue ending at `cueEnd`)? "... the arrest of their chief and destroyed shops": yes.
 * "... the arrest of those who looted and burned shops" (a relative clause) or "... compensation for
 * looted and burned shops" (two participles) : no.
 */
function coordinatedPredicate(toks: Tok[], cueEnd: number, at: number): boolean {
  if (at - 2 < cueEnd || toks[at - 1].norm !== 'and') return false;
  if (/(?:ed|en|nt)$/.test(toks[at - 2].norm)) return false;
  for (let i = cueEnd; i < at; i++) if (RELATIVE.has(toks[i].norm)) return false;
  return true;
}

/** A cue word written with a capital inside the sentence is part of a name ("chief inspector of Logistic and Planning"), not a cue. */
const inName = (text: string | undefined, toks: Tok[], at: number, sentenceFrom: number): boolean =>
  !!text && at > sentenceFrom && /^\p{Lu}\p{Ll}/u.test(text.slice(toks[at].start, toks[at].start + 2));

/** The reason the trigger at toks[from, to) may not become an event, or null when it may. `text`: the document's text, to tell names. */
export function modalityOf(trigger: Trigger, toks: Tok[], sentenceFrom: number, sentenceTo: number, text?: string): string | null {
  const k = knowledge();
  for (const cue of k.modality) {
    if (k.modalityExempt[cue.reason]?.has(trigger.sub)) continue;
    if (cue.scope === 'sentence') {
      if (sentenceCue(cue, toks, sentenceFrom, sentenceTo)) return cue.reason;
      continue;
    }
    // 'before': a cue ending within `window` tokens before the trigger, in the same clause.
    let clauseStart = sentenceFrom;
    for (let i = trigger.from - 1; i >= sentenceFrom; i--) if (CLAUSE_BREAK.has(toks[i].norm)) { clauseStart = i + 1; break; }
    const from = Math.max(clauseStart, trigger.from - cue.window - 3);
    for (const m of findAll(cue.patterns, toks, from, trigger.from)) {
      if (trigger.from - m.to > cue.window) continue;
      if (inName(text, toks, m.from, sentenceFrom)) continue;
      if (cue.coordinationEnds && coordinatedPredicate(toks, m.to, trigger.from)) continue;
      return cue.reason;
    }
  }
  return null;
}

/** A sentence whose own date lies well before publication is background: one with a digit or a date word (modality.json date_words) may be. */
let dateWord: RegExp | null = null;
const DATE_WORD = () => (dateWord ??= new RegExp(String.raw`\d|\b(?:${alternatives(knowledge().modalityWords.date_words ?? [])})\b`));

/**
 * The start offset of a cause clause after the act (`firstTrigger`: the end token of the first trigger), or null:
 * the first of the words that open one ("lynched for a murder two weeks ago"; modality.json cause_words).
 */
export function causeClauseStart(toks: Tok[], firstTrigger: number): number | null {
  const cause = knowledge().causeWords;
  for (let i = firstTrigger; i < toks.length; i++) if (cause.has(toks[i].norm)) return toks[i].start;
  return null;
}

/** `causeFrom`: where a cause clause after the act starts; an old date there dates the cause, not the act. */
export function datedBackground(doc: Document, sentence: { start: number; end: number; text: string }, causeFrom: number | null = null): boolean {
  if (!DATE_WORD().test(sentence.text)) return false;
  const d = resolveEventDate(doc, sentence);
  if (!d?.past) return false;
  if (causeFrom !== null && d.evidence && d.evidence.start >= causeFrom) return false;
  // "the August 8 polls": a date naming a scheduled event as the topic, not the event's day.
  const next = d.evidence ? /^[\s,]*([A-Za-z]+)/.exec(doc.text.slice(d.evidence.end, d.evidence.end + 30)) : null;
  return !(next && knowledge().dateTopics.has(next[1].toLowerCase()));
}
