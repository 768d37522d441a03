// Quantities: numbers of people (or things) stated in the text, under ACLED's conventions
// (DESIGN.md, "Annotate"; data/quantities/*.json).
//
// One pass over the text proposes number expressions (figures "1,300", words "twenty-five",
// exact phrases "a dozen", vague words "several" / "dozens"); each is then
//   - joined with a second number into a range ("10-15", "between 10 and 15", "two or three") whose
//     value is the lowest, as ACLED codes conflicting or ranged reports;
//   - extended leftwards over a hedge ("at least", "more than"), recorded as `modifier`;
//   - dropped when it is not a count: part of a date, a year, a time, money, a percentage, an age,
//     an ordinal, a measure adjective ("a 25-day strike"), part of a code ("PD4"), "one of the";
//   - given the noun it counts: the first people noun or plural in the words that follow.
import type { Document, Quantity } from '../document.js';
import type { Stage } from '../pipeline.js';
import { quantityLexicon, wordsValue, type QuantityLexicon } from './quantity-lexicon.js';

/** The month names and their abbreviations, for the three date contexts below. */
const MONTH_NAME = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const MONTH = new RegExp(String.raw`^${MONTH_NAME}\b`, 'i');
/** A day, then a month name, right before the number ("01 Oct. ", "3rd March "). */
const DAY_MONTH_BEFORE = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME}\.?\s+$`, 'i');
const MONTH_BEFORE = new RegExp(String.raw`\b${MONTH_NAME}\.?\s+$`, 'i');
const RANGE_JOIN = /^\s*(?:-|–|—|to|or|and)\s*/i;

interface Atom {
  start: number;
  end: number;
  value: number;
  vague: boolean;
  /** A vague word whose value depends on scale ("many"): the large reading. */
  largeValue?: number;
  figure: boolean;
}

/** Every number expression of `text` (no filtering yet). */
function atoms(text: string, lex: QuantityLexicon): Atom[] {
  const out: Atom[] = [];
  lex.atom.lastIndex = 0;
  for (let m = lex.atom.exec(text); m; m = lex.atom.exec(text)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    if (g.vague) {
      const entry = lex.numbers.vague[g.vague.toLowerCase()];
      if (!entry) continue;
      if (entry.needsOf && !/^\s+of\b/i.test(text.slice(end))) continue;
      // "as many as 20" is a hedge, not a vague number
      if (/^as\s+$/i.test(text.slice(Math.max(0, start - 3), start)) && /^\s+as\b/i.test(text.slice(end))) continue;
      out.push({ start, end, value: entry.value, largeValue: entry.largeValue, vague: true, figure: false });
    } else if (g.exact) {
      out.push({ start, end, value: lex.numbers.exact[g.exact.toLowerCase()], vague: false, figure: false });
    } else if (g.figure) {
      const base = Number(g.figure.replace(/,/g, ''));
      const scale = g.scale ? lex.numbers.scales[g.scale.toLowerCase()] : 1;
      out.push({ start, end, value: Math.round(base * scale), vague: false, figure: true });
    } else if (g.word) {
      const value = wordsValue(g.word);
      if (value !== null) out.push({ start, end, value, vague: false, figure: false });
    }
  }
  return out;
}

const lower = (s: string) => s.toLowerCase();

/** Why the number at [start, end) is not a count, or null when it is one. */
function notACount(text: string, a: Atom, lex: QuantityLexicon): string | null {
  const before = text.slice(Math.max(0, a.start - 16), a.start);
  const after = text.slice(a.end, a.end + 20);
  const afterLower = lower(after);
  const ctx = lex.context;
  const raw = text.slice(a.start, a.end);

  if (/[A-Za-z0-9_]$/.test(before) && a.figure) return 'part of a code';
  if (a.figure && /^[A-Za-z]/.test(after) && !/^(?:st|nd|rd|th)\b/i.test(after)) return 'part of a code';
  if (a.figure && /^(?:st|nd|rd|th)\b/i.test(after)) return 'ordinal';
  if (a.figure && (/[:/.]$/.test(before) || /^[:/]\d/.test(after) || /^\.\d/.test(after))) return 'time or date';
  if (/^\s*(?:%|per ?cent\b|pc\b)/i.test(after)) return 'percentage';
  const prevWord = lower(/(\S+)\s*$/.exec(before)?.[1] ?? '');
  if (ctx.currencyBefore.includes(prevWord) || /[$€£¥₦]\s*$/.test(before)) return 'money';
  const nextWord = /^\s*([A-Za-z.']+)/.exec(after)?.[1]?.toLowerCase() ?? '';
  if (ctx.currencyAfter.includes(nextWord) || ctx.currencyAfter.includes(nextWord.replace(/\.+$/, ''))) return 'money';
  if (a.figure && ctx.timeAfter.some((t) => afterLower.startsWith(' ' + t) || afterLower.startsWith(t))) return 'time';
  if (ctx.ageCues.includes(prevWord)) return 'age';
  if (ctx.ageAfter.some((t) => afterLower.startsWith(t))) return 'age';
  if (a.figure && MONTH.test(after.trimStart()) && /^\s/.test(after) && a.value <= 31) return 'date';
  // "01 Oct. 7 people killed": the date already has its day before the month, so a number after the
  // month that counts a following people noun is a count, not a second day.
  if (a.figure && MONTH_BEFORE.test(before) && !(a.value <= 31 && DAY_MONTH_BEFORE.test(before) && lex.plurals.has(countedNoun(text, a.end, lex) ?? ''))) return 'date';
  if (a.figure && /^\d{4}$/.test(raw) && a.value >= 1900 && a.value <= 2099) {
    const noun = /^\s+([A-Za-z]+)/.exec(after)?.[1]?.toLowerCase();
    if (!noun || !lex.plurals.has(noun)) return 'year';
  }
  if (/^-(?!strong\b)[A-Za-z]/.test(after)) return 'measure adjective';
  const around = lower(text.slice(Math.max(0, a.start - 5), a.end + 12));
  const word = lower(raw);
  if (word === 'one' || word === 'a single') {
    for (const phrase of ctx.notCounts) {
      const i = around.indexOf(phrase);
      if (i >= 0) return 'not a count';
    }
  }
  return null;
}

/** The noun a quantity counts: the first people noun or plural among the words that follow. */
function countedNoun(text: string, end: number, lex: QuantityLexicon): string | null {
  const rest = text.slice(end, end + 80).replace(/^-strong\b/i, '');
  const words: string[] = [];
  const re = /\s*([A-Za-z][A-Za-z'’-]*)|\s*([^\sA-Za-z])/gy;
  for (let m = re.exec(rest); m && words.length < 4; m = re.exec(rest)) {
    if (m[2] !== undefined) break; // punctuation or a digit ends the phrase
    const w = m[1].toLowerCase();
    if (lex.stopWords.has(w)) break;
    if (words.length === 0 && lex.skipWords.has(w)) {
      if (w === 'others' || w === 'other') {
        if (w === 'others') return 'others';
      }
      continue;
    }
    words.push(w);
  }
  if (words.length === 0) return null;
  const people = words.find((w) => lex.plurals.has(w)) ?? words.find((w) => /[^su]s$/.test(w));
  if (people) return people;
  const last = words[words.length - 1];
  return /ed$/.test(last) ? null : last; // "hundreds of thousands marched": a verb, no noun
}

/** The sentence-ish stretch around an offset (between sentence punctuation or line breaks). */
function sentenceAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('.', at - 1), text.lastIndexOf('\n', at - 1), text.lastIndexOf('!', at - 1), text.lastIndexOf('?', at - 1)) + 1;
  const next = text.slice(at).search(/[.!?\n]/);
  return text.slice(start, next < 0 ? text.length : at + next);
}

/** Every quantity in `text`, offsets relative to `text`. Pure: no document needed. */
export function parseQuantities(text: string): Quantity[] {
  const lex = quantityLexicon();
  const found = atoms(text, lex);
  const out: Quantity[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    let end = a.end;
    let value = a.value;
    let start = a.start;
    let modifier: string | undefined;

    // Ranges: "10-15", "10 to 15", "two or three", "between 10 and 15" → the lowest.
    const b = found[i + 1];
    const between = /\bbetween\s+$/i.exec(text.slice(Math.max(0, a.start - 9), a.start));
    if (b && !a.vague && !b.vague && RANGE_JOIN.test(text.slice(a.end, b.start)) && text.slice(a.end, b.start).length <= 5) {
      const joiner = text.slice(a.end, b.start).trim().toLowerCase();
      if (joiner !== 'and' || between) {
        if (notACount(text, b, lex) === null || notACount(text, b, lex) === 'part of a code') {
          value = Math.min(a.value, b.value);
          end = b.end;
          i++;
        }
      }
    }
    if (between) start = a.start - between[0].length;
    else {
      const hedge = lex.modifierBefore.exec(text.slice(Math.max(0, a.start - 24), a.start));
      if (hedge?.groups?.modifier) {
        modifier = hedge.groups.modifier.toLowerCase();
        start = a.start - hedge[0].length;
      }
    }
    if (!a.vague && notACount(text, { ...a, end }, lex) !== null) continue;
    if (!a.vague && notACount(text, a, lex) !== null) continue;

    if (a.vague && a.largeValue !== undefined && lex.largeScale.test(sentenceAround(text, a.start).replace(text.slice(a.start, a.end), ''))) {
      value = a.largeValue;
    }
    const q: Quantity = { start, end, text: text.slice(start, end), value, vague: a.vague, noun: countedNoun(text, end, lex) };
    if (modifier) q.modifier = modifier;
    out.push(q);
  }
  return out;
}

export type CountKind = 'killed' | 'injured' | 'arrested';

export interface Count {
  value: number;
  /** The quantities added up, each with its span in the text. */
  quantities: Quantity[];
}

/**
 * How many people `span` of `text` says were killed, injured or arrested: each quantity in the span
 * is tied to the nearest outcome word of its clause — after it ("two jihadists were detained",
 * "1,300 dead") or before it ("killing 4 policemen") — and the quantities tied to `kind` are added
 * up ("3 militants and 2 policemen were killed" → 5). A figure introduced by "including" or "among
 * them" is a part of another and is not added. Null when the span states no such number.
 */
export function countFor(text: string, span: { start: number; end: number }, kind: CountKind): Count | null {
  const lex = quantityLexicon();
  const piece = text.slice(span.start, span.end);
  const quantities = parseQuantities(piece);
  const taken: Quantity[] = [];
  let previous: { q: Quantity; cue: Cue | null } | null = null;
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i];
    const prefix = piece.slice(Math.max(0, q.start - 24), q.start).toLowerCase();
    if (/\b(?:including|among them|among the dead|among those|of whom|of them)\s*$/.test(prefix)) continue;
    if (q.noun && NOT_PEOPLE.test(q.noun)) continue;
    let cue = cueOf(piece, q, quantities[i + 1], quantities[i - 1], lex);
    // "killed three villagers, two children and ...": a figure coordinated with the previous one
    // shares the outcome word that came before both.
    if (previous?.cue?.side === 'before') {
      const between = piece.slice(previous.q.end, q.start);
      if (/^[\sA-Za-z'-]*?(?:,|\band\b)\s*$/.test(between) && !CUE_WORD.test(between)) cue = previous.cue;
    }
    previous = { q, cue };
    if (cue?.kind === kind) taken.push(q);
  }
  if (taken.length === 0) return null;
  return {
    value: taken.reduce((s, q) => s + q.value, 0),
    quantities: taken.map((q) => ({ ...q, start: q.start + span.start, end: q.end + span.start })),
  };
}

const NOT_PEOPLE = /^(?:hours?|days?|weeks?|months?|years?|minutes?|km|kilometres?|kilometers?|miles?|metres?|meters?|houses?|homes?|vehicles?|cars?|shops?|goats|camels|cattle|heads|rounds|times)$/;
const CUE_WORD = /\b(?:kill\w*|dead|died|deaths?|injur\w*|wound\w*|hurt|arrest\w*|detain\w*)\b/i;

interface Cue {
  kind: CountKind;
  /** Whether the outcome word follows the figure ("two were killed") or precedes it ("killing two"). */
  side: 'after' | 'before';
}

/** The outcome (killed / injured / arrested) a quantity of the text is tied to, if any. */
function cueOf(text: string, q: Quantity, next: Quantity | undefined, prev: Quantity | undefined, lex: QuantityLexicon): Cue | null {
  const clauseEnd = (s: string) => {
    const i = s.search(/[.;:!?\n]|,\s*(?:while|but|and|as|after|before)\b/);
    return i < 0 ? s : s.slice(0, i);
  };
  let after = clauseEnd(text.slice(q.end, q.end + 70));
  if (next && next.start - q.end < after.length) {
    // a later figure with its own noun ("3 killed and 2 injured"): stop at it, but let
    // "3 militants and 1 policeman were killed" share the cue that follows both.
    const between = text.slice(q.end, next.start);
    if (!/^\s*[A-Za-z ]*\s+(?:and|or)\s*$/i.test(between) || /\b(?:killed|dead|died|injured|wounded|arrested|detained)\b/i.test(between)) after = between;
  }
  let before = text.slice(Math.max(0, q.start - 50), q.start);
  const cut = Math.max(before.search(/[^.;!?\n]*$/), prev ? before.length - (q.start - prev.end) : 0);
  before = before.slice(Math.max(0, cut));
  const kinds: CountKind[] = ['killed', 'injured', 'arrested'];
  let best: { kind: CountKind; distance: number } | null = null;
  for (const kind of kinds) {
    const m = lex.kindCue[kind].exec(after);
    if (m && (!best || m.index < best.distance)) best = { kind, distance: m.index };
  }
  if (best) return { kind: best.kind, side: 'after' };
  for (const kind of kinds) {
    const re = new RegExp(lex.kindCue[kind].source, 'gi');
    let last = -1;
    for (let m = re.exec(before); m; m = re.exec(before)) last = m.index + m[0].length;
    if (last >= 0) {
      const distance = before.length - last;
      if (!best || distance < best.distance) best = { kind, distance };
    }
  }
  return best ? { kind: best.kind, side: 'before' } : null;
}

/** Pipeline stage: `doc.quantities` of the body. */
export const quantitiesStage: Stage = {
  name: 'quantities',
  run(doc: Document) {
    if (!doc.text) return;
    doc.quantities = parseQuantities(doc.text);
  },
};

