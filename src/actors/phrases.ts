// A token-level phrase matcher (spaCy PhraseMatcher style): aliases are split into word tokens,
// punctuation between words is ignored ("al-Shabaab" = "al Shabaab", "CPI (Maoist)" = "CPI Maoist"),
// and the longest alias starting at each token wins.

export interface WordToken {
  start: number;
  end: number;
  /** The token as written. */
  raw: string;
  /** Lower-cased, without diacritics: the matching key. */
  norm: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
}

/** Word tokens of a text, with offsets. */
export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, raw: m[0], norm: normalizeWord(m[0]) });
  }
  return out;
}

/**
 * Whether an alias must match with its exact case: acronyms and mixed-case short forms
 * ("IS", "AFP", "LeT", "PDFs", "3R"), which would otherwise match ordinary words ("is", "let").
 */
export function isCaseSensitive(alias: string): boolean {
  if (/\s/.test(alias.trim())) return false;
  const letters = alias.replace(/[^\p{L}\p{N}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return letters.length <= 6 && (upper >= 2 || /\p{N}/u.test(letters));
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: { raw: string[]; caseSensitive: boolean; value: T }[];
}

/** Phrases (as token lists) → values; several values may share a phrase. */
export class PhraseTrie<T> {
  private root: TrieNode<T> = { next: new Map(), values: [] };
  /** Largest number of tokens of any phrase. */
  maxLength = 0;

  add(alias: string, value: T, caseSensitive = isCaseSensitive(alias)): void {
    const raw = [...alias.matchAll(WORD)].map((m) => m[0]);
    if (raw.length === 0) return;
    let node = this.root;
    for (const w of raw) {
      const key = normalizeWord(w);
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map(), values: [] }));
      node = child;
    }
    node.values.push({ raw, caseSensitive, value });
    this.maxLength = Math.max(this.maxLength, raw.length);
  }

  /**
   * The longest phrase starting at token `i`: its length in tokens and the values whose case
   * fits the text; null when none.
   */
  longestAt(tokens: WordToken[], i: number): { length: number; values: T[] } | null {
    let node: TrieNode<T> | undefined = this.root;
    let best: { length: number; values: T[] } | null = null;
    for (let k = i; k < tokens.length && node; k++) {
      node = node.next.get(tokens[k].norm);
      if (!node) break;
      if (node.values.length) {
        const fit = node.values.filter((v) => !v.caseSensitive || v.raw.every((w, j) => tokens[i + j].raw === w));
        if (fit.length) best = { length: k - i + 1, values: fit.map((v) => v.value) };
      }
    }
    return best;
  }
}
