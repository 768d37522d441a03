// Matching query words row by row, outside the FTS index: for words so common that reading rows in
// the order of the page (and testing each) is cheaper than collecting every hit from the index.
// The words are those the FTS query uses (ftsWords in search.ts) and they match as FTS5's default
// tokenizer matches them: whole words, case and diacritics ignored.
import type { Db } from './open.js';

/** The SQL function `sitrep_has_words(text, words)`: 1 when `text` holds every word of `words` (space-separated, folded). */
export const HAS_WORDS = 'sitrep_has_words';

const WORD = /[\p{L}\p{N}]+/gu;
const MAX_WORDS = 16;

/** Lower case without diacritics ("Bogotá" → "bogota"), as FTS5's unicode61 tokenizer folds. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // eslint-disable-next-line no-control-regex
  return /[^\u0000-\u007f]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}+/gu, '') : lower;
}

/** The words of a query, folded, at most 16 (as the FTS query takes them); empty when it has none. */
export function queryWords(text: string): string[] {
  return (fold(text).match(WORD) ?? []).slice(0, MAX_WORDS);
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = new Map<string, RegExp[]>();

/** True when `text` holds every one of `words` (folded, space-separated) as a whole word. */
export function hasWords(text: string, words: string): boolean {
  let res = patterns.get(words);
  if (!res) {
    res = words.split(' ').filter(Boolean).map((w) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(w)}(?![\\p{L}\\p{N}])`, 'u'));
    if (patterns.size > 1000) patterns.clear();
    patterns.set(words, res);
  }
  const folded = fold(text);
  return res.every((re) => re.test(folded));
}

/** Make `sitrep_has_words` available on a connection. */
export function registerWordFunctions(db: Db): void {
  db.function(HAS_WORDS, { deterministic: true }, (text: unknown, words: unknown) =>
    (typeof text === 'string' && typeof words === 'string' && hasWords(text, words) ? 1 : 0));
}
