// The quantity knowledge files (data/quantities/*.json), loaded once, with the regular expressions
// built from them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../paths.js';

interface VagueEntry {
  value: number;
  largeValue?: number;
  needsOf?: boolean;
}

interface NumbersFile {
  units: Record<string, number>;
  tens: Record<string, number>;
  scales: Record<string, number>;
  exact: Record<string, number>;
  vague: Record<string, VagueEntry>;
  modifiers: string[];
}

interface ContextFile {
  stopWords: string[];
  skipWords: string[];
  plurals: string[];
  currencyBefore: string[];
  currencyAfter: string[];
  percentAfter: string[];
  timeAfter: string[];
  ageCues: string[];
  ageAfter: string[];
  largeScaleCues: string[];
  notCounts: string[];
  kindCues: Record<'killed' | 'injured' | 'arrested', string[]>;
}

export interface QuantityLexicon {
  numbers: NumbersFile;
  context: ContextFile;
  /** One number expression: vague or exact phrase, figure (with optional scale word), or number words. */
  atom: RegExp;
  /** A hedge right before a number ("at least "), anchored at the end of the text before it. */
  modifierBefore: RegExp;
  stopWords: Set<string>;
  skipWords: Set<string>;
  plurals: Set<string>;
  largeScale: RegExp;
  kindCue: Record<'killed' | 'injured' | 'arrested', RegExp>;
}

let lexicon: QuantityLexicon | null = null;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

export function quantityLexicon(): QuantityLexicon {
  if (lexicon) return lexicon;
  const numbers = JSON.parse(readFileSync(join(DATA_DIR, 'quantities', 'numbers.json'), 'utf8')) as NumbersFile;
  const context = JSON.parse(readFileSync(join(DATA_DIR, 'quantities', 'context.json'), 'utf8')) as ContextFile;
  const units = alternation(Object.keys(numbers.units));
  const tens = alternation(Object.keys(numbers.tens));
  const scaleWords = alternation(Object.keys(numbers.scales));
  // "five", "twenty-five", "two hundred and fifty", "three thousand five hundred"
  const small = `(?:(?:${tens})(?:[\\s-]+(?:${units}))?|${units})`;
  const word = `${small}(?:\\s+(?:${scaleWords})(?:\\s+(?:and\\s+)?${small})?)*`;
  const figure = `\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?`;
  const atom = new RegExp(
    `\\b(?:(?<vague>${alternation(Object.keys(numbers.vague))})|(?<exact>${alternation(Object.keys(numbers.exact))})|(?<figure>${figure})(?:\\s+(?<scale>${scaleWords}))?|(?<word>${word}))\\b`,
    'gi',
  );
  const modifierBefore = new RegExp(`\\b(?<modifier>${alternation(numbers.modifiers)})\\s+$`, 'i');
  const cue = (words: string[]) => new RegExp(`\\b(?:${alternation(words)})\\b`, 'i');
  lexicon = {
    numbers,
    context,
    atom,
    modifierBefore,
    stopWords: new Set(context.stopWords),
    skipWords: new Set(context.skipWords),
    plurals: new Set(context.plurals),
    largeScale: cue(context.largeScaleCues),
    kindCue: {
      killed: cue(context.kindCues.killed),
      injured: cue(context.kindCues.injured),
      arrested: cue(context.kindCues.arrested),
    },
  };
  return lexicon;
}

/** The value of number words: "twenty-five" → 25, "two hundred and fifty" → 250, "three thousand" → 3000. */
export function wordsValue(text: string): number | null {
  const { numbers } = quantityLexicon();
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of text.toLowerCase().split(/[\s-]+/)) {
    if (w === 'and' || !w) continue;
    if (w in numbers.units) current += numbers.units[w];
    else if (w in numbers.tens) current += numbers.tens[w];
    else if (w in numbers.scales) {
      const scale = numbers.scales[w];
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}
