// A small token-pattern matcher (spaCy's Matcher in miniature). A pattern is a string of elements
// separated by spaces: a word ("clash"), a prefix ("clash*"), alternatives ("shot|killed|kill*"), or
// "..." for a gap of up to GAP tokens. Patterns live in data/lexicons/*.json.
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

export function compileAll(sources: string[]): Pattern[] {
  return sources.map(compile);
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

/** Every match of any of the patterns inside toks[from, to). One match per pattern and start. */
export function findAll(patterns: Pattern[], toks: Tok[], from = 0, to = toks.length): Match[] {
  const out: Match[] = [];
  for (const p of patterns) {
    for (let i = from; i < to; i++) {
      const end = matchAt(p, toks, i, 0, to);
      if (end > i) out.push({ from: i, to: end, pattern: p });
    }
  }
  return out;
}

/** True when any of the patterns matches inside toks[from, to). */
export function anyMatch(patterns: Pattern[], toks: Tok[], from = 0, to = toks.length): boolean {
  for (const p of patterns) for (let i = from; i < to; i++) if (matchAt(p, toks, i, 0, to) > i) return true;
  return false;
}
