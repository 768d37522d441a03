// A small token-pattern matcher (spaCy's Matcher in miniature). A pattern is a string of elements
// separated by spaces: a word ("clash"), a prefix ("clash*"), alternatives ("shot|killed|kill*"), or
// "..." for a gap of up to GAP tokens. Patterns live in data/lexicons/*.json.
//
// An alternative is ONE word: "|" binds tighter than the space, so "tear gas|teargas" reads as
// "tear" followed by "gas|teargas". A multi-word alternative is written as a pattern of its own.
// lintPattern() finds the usual slips of that kind; the loader prints them with file and rule.
import type { Tok } from './tokens.js';

type Test = { word: string; prefix: boolean };
type Element = { gap: true } | { gap: false; alts: Test[] };
export interface Pattern {
  source: string;
  elements: Element[];
}
export interface Match {
  /** Token indexes, end exclusive. */
  from: number;
  to: number;
  pattern: Pattern;
}

const GAP = 4;

export function compile(source: string): Pattern {
  const elements: Element[] = source.trim().split(/\s+/).map((part) => {
    if (part === '...') return { gap: true } as const;
    const alts = part.split('|').filter(Boolean).map((a) => (a.endsWith('*') ? { word: a.slice(0, -1).toLowerCase(), prefix: true } : { word: a.toLowerCase(), prefix: false }));
    return { gap: false, alts } as const;
  });
  return { source, elements };
}

/**
 * Compile a list of patterns. With `where` ("triggers.json rules[3] Attack"), every lint finding of
 * a pattern is added to `warnings` as "<where> pattern <i> "<source>": <problem>".
 */
export function compileAll(sources: string[], where?: string, warnings?: string[]): Pattern[] {
  if (where && warnings) {
    sources.forEach((source, i) => {
      for (const problem of lintPattern(source)) warnings.push(`${where} pattern ${i} "${source}": ${problem}`);
    });
  }
  return sources.map(compile);
}

/** Words that finish a phrasal verb ("set up", "handed out"): after an alternation they are a split phrase. */
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'over', 'away', 'back', 'apart']);

/**
 * Problems of a pattern's syntax, most of them a multi-word alternative split by its space:
 * empty or repeated alternatives ("road blockade|blockade" reads "road" + "blockade|blockade"),
 * an alternative that repeats the word before it ("tear teargas*|tear-gas*" from "tear gas*|teargas*"),
 * a phrasal particle heading an alternation ("established|set up|built" reads "established|set" +
 * "up|built"), and a "..." or "*" out of place. A split after a phrase's head with a plain word
 * following ("distribut*|handed out") cannot be told from a shared particle ("sealed|cordoned off"). Empty list when the pattern is clean.
 */
export function lintPattern(source: string): string[] {
  const problems: string[] = [];
  const parts = source.trim().split(/\s+/).filter(Boolean);
  if (!parts.length) return ['empty pattern'];
  if (parts[0] === '...' || parts[parts.length - 1] === '...') problems.push('a "..." gap at the start or end matches nothing more');
  parts.forEach((part, k) => {
    if (part === '...') return;
    const alts = part.split('|');
    if (alts.some((a) => a === '')) problems.push(`empty alternative in "${part}"`);
    if (alts.includes('...')) problems.push(`"..." cannot be an alternative ("${part}")`);
    for (const a of alts) if (a.slice(0, -1).includes('*')) problems.push(`"*" only ends a prefix ("${a}")`);
    const lower = alts.filter(Boolean).map((a) => a.toLowerCase());
    const repeated = lower.filter((a, i) => lower.indexOf(a) !== i);
    if (repeated.length) problems.push(`alternative "${repeated[0]}" twice in "${part}": a multi-word alternative split by its space?`);
    const prev = parts[k - 1];
    if (prev && prev !== '...' && !prev.includes('|') && alts.length > 1) {
      const word = prev.toLowerCase().replace(/\*$/, '');
      const echo = lower.find((a) => a !== word && a.startsWith(word) && /^[-\p{L}]/u.test(a.slice(word.length)));
      if (echo) problems.push(`"${prev} ${part}": alternative "${echo}" repeats "${prev}" — was "${prev} ${alts[0]}" meant as one alternative? write it as a pattern of its own`);
    }
    // "sealed|cordoned off" (one particle shared by every verb) is fine; "set up|built|erected" is not:
    // a particle heading a list of other words is the tail of a phrase cut from the list before it.
    if (prev && prev !== '...' && alts.length > 1 && PARTICLES.has(lower[0]) && !lower.slice(1).every((a) => PARTICLES.has(a))) {
      problems.push(`"${prev} ${part}" reads as (${prev}) then (${part}): "${prev.split('|').pop()} ${alts[0]}" was meant as one alternative? write it as a pattern of its own`);
    }
  });
  return problems;
}

function test(el: Element & { gap: false }, tok: Tok | undefined): boolean {
  if (!tok) return false;
  for (const a of el.alts) if (a.prefix ? tok.norm.startsWith(a.word) : tok.norm === a.word) return true;
  return false;
}

/** Where does the pattern match starting exactly at token i (first end found), or -1. */
function matchAt(p: Pattern, toks: Tok[], i: number, k: number, limit: number): number {
  if (k === p.elements.length) return i;
  const el = p.elements[k];
  if (el.gap) {
    for (let g = 0; g <= GAP && i + g <= limit; g++) {
      const end = matchAt(p, toks, i + g, k + 1, limit);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (i >= limit || !test(el, toks[i])) return -1;
  return matchAt(p, toks, i + 1, k + 1, limit);
}

/** Patterns indexed by the words and prefixes their first element accepts (built once per list; lists are compiled once, at load). */
interface Index { id: number; byWord: Map<string, Pattern[]>; prefixes: { prefix: string; patterns: Pattern[] }[] }
let nextIndexId = 0;
const indexes = new WeakMap<Pattern[], Index>();

function indexOf(patterns: Pattern[]): Index {
  let ix = indexes.get(patterns);
  if (ix) return ix;
  const byWord = new Map<string, Pattern[]>();
  const prefixMap = new Map<string, Pattern[]>();
  for (const p of patterns) {
    const first = p.elements[0];
    if (!first || first.gap) continue;
    for (const a of first.alts) {
      const m = a.prefix ? prefixMap : byWord;
      if (!m.has(a.word)) m.set(a.word, []);
      const list = m.get(a.word)!;
      if (!list.includes(p)) list.push(p);
    }
  }
  ix = { id: nextIndexId++, byWord, prefixes: [...prefixMap].map(([prefix, ps]) => ({ prefix, patterns: ps })) };
  indexes.set(patterns, ix);
  return ix;
}

function candidatesAt(ix: Index, tok: Tok): Pattern[] {
  // The candidates of a token form per pattern list, in an array slot the tokens of that form share
  // (tokens.ts slotsOf): computed once per form and list.
  const slots = (tok.candidates ??= []) as Pattern[][];
  return (slots[ix.id] ??= computeCandidates(ix, tok));
}

function computeCandidates(ix: Index, tok: Tok): Pattern[] {
  const out = ix.byWord.get(tok.norm) ?? [];
  let extra: Pattern[] | null = null;
  for (const { prefix, patterns } of ix.prefixes) if (tok.norm.startsWith(prefix)) (extra ??= [...out]).push(...patterns.filter((p) => !extra!.includes(p)));
  return extra ?? out;
}

/** Every match of any of the patterns inside toks[from, to). One match per pattern and start. */
export function findAll(patterns: Pattern[], toks: Tok[], from = 0, to = toks.length): Match[] {
  const ix = indexOf(patterns);
  const out: Match[] = [];
  for (let i = from; i < to; i++) {
    for (const p of candidatesAt(ix, toks[i])) {
      const end = matchAt(p, toks, i, 0, to);
      if (end > i) out.push({ from: i, to: end, pattern: p });
    }
  }
  return out;
}

/** True when any of the patterns matches inside toks[from, to). */
export function anyMatch(patterns: Pattern[], toks: Tok[], from = 0, to = toks.length): boolean {
  const ix = indexOf(patterns);
  for (let i = from; i < to; i++) for (const p of candidatesAt(ix, toks[i])) if (matchAt(p, toks, i, 0, to) > i) return true;
  return false;
}
