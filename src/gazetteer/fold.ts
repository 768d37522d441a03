// Folding place names into alias-index keys, so that spellings of one name meet:
// "Ḩārim", "Harim" → "harim"; "Jisr ash-Shughur", "Jisr al Shughur" → "jisr shughur";
// "St. Louis" → "saint louis"; "U.S." → "us". Rules are data (data/geo/name-folding.json).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_DIR } from '../paths.js';

interface FoldingRules {
  articlePrefixes: string[];
  articlesBeforeSpace: string[];
  leadingAbbreviations: Record<string, string>;
  marks: string;
}

const RULES: FoldingRules = JSON.parse(readFileSync(resolve(DATA_DIR, 'geo/name-folding.json'), 'utf8'));
const MARKS = new RegExp(`[${RULES.marks}]`, 'g');
const HYPHENED_ARTICLE = new RegExp(`(^|\\s)(?:${[...RULES.articlePrefixes].sort((a, b) => b.length - a.length).join('|')})-(?=\\p{L})`, 'gu');
const SPACED_ARTICLE = new RegExp(`(^|\\s)(?:${RULES.articlesBeforeSpace.join('|')}) (?=\\p{L})`, 'gu');

/** Lower case, no diacritics, no apostrophe-like marks or dots, single spaces. Keeps articles. */
export function simplify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(MARKS, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[ßæøœłđ]/g, (c) => ({ ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd' })[c] ?? c)
    .replace(/\./g, '')
    .replace(/[\s_,;:()"]+/g, ' ')
    .trim();
}

const folded = new Map<string, string>();
const simplified = new Map<string, string>();

/** The alias-index key of a name: simplified, Arabic articles dropped, hyphens as spaces, abbreviations expanded. */
export function foldName(name: string): string {
  let key = folded.get(name);
  if (key === undefined) {
    key = fold(name);
    if (folded.size > 100_000) folded.clear();
    folded.set(name, key);
  }
  return key;
}

/** simplify(), remembered (names repeat across documents). */
export function simplifyCached(name: string): string {
  let s = simplified.get(name);
  if (s === undefined) {
    s = simplify(name);
    if (simplified.size > 100_000) simplified.clear();
    simplified.set(name, s);
  }
  return s;
}

function fold(name: string): string {
  let s = simplify(name);
  // "al-", "ash-" ... are only articles when something follows; keep a name that is only an article.
  const stripped = s.replace(HYPHENED_ARTICLE, '$1').replace(SPACED_ARTICLE, '$1');
  if (stripped.trim()) s = stripped;
  s = s.replace(/[-‐‑–—]+/g, ' ').replace(/\s+/g, ' ').trim();
  const first = s.split(' ', 1)[0];
  const expanded = RULES.leadingAbbreviations[first];
  if (expanded && s.length > first.length) s = expanded + s.slice(first.length);
  return s;
}

/** True when a folded key is worth indexing for English-language text (Latin letters and digits only). */
export function isIndexableKey(key: string): boolean {
  return key.length >= 2 && /^[a-z0-9 ]+$/.test(key) && /[a-z]/.test(key);
}
