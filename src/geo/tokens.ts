// A cheap tokenizer for the geoparser: words with offsets, whether they are capitalised, and whether
// they start a sentence. Used when the annotate stage has not run (e.g. `sitrep geoparse`).
export interface GeoToken {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Starts with an upper-case letter (or is an Arabic article joined to a capitalised name: "al-Bab", or a prefixed one: "eThekwini"). */
  cap: boolean;
  /** First word of a sentence (after . ! ? or a line break, or at the start). */
  sentenceStart: boolean;
  /** The characters between the previous token and this one. */
  gapBefore: string;
}

// An Arabic article joined to a name ("al-Bab") stays one token; other hyphenated words split
// ("Paris-Henry County" → "Paris", "Henry", "County"; the hyphen is the gap between them).
const WORD = /\p{Lu}&\p{Lu}(?![\p{L}\p{N}])|\p{Ll}{1,3}-\p{Lu}[\p{L}\p{N}]*(?:['’‘ʿʼ][\p{L}\p{N}]+)*|\p{Lu}\.(?:\p{Lu}\p{Ll}?\.)+|[\p{L}\p{N}]+(?:['’‘ʿʼ][\p{L}\p{N}]+)*/gu;
const ARTICLE_CAP = /^\p{Ll}{1,3}-\p{Lu}/u;
/** A one-letter noun-class prefix before a capitalised stem, as in Nguni place names: "eThekwini", "uMhlathuze", "eMalahleni". */
const PREFIX_CAP = /^[a-z]\p{Lu}\p{Ll}{2}/u;
/** The gap before a sentence's first word: a full stop (quotes, brackets) and space, a line break, or a dateline's dash. */
const SENTENCE_GAP = /[.!?]["'”’)]*\s+["'“‘(]*$|\n\s*["'“‘(]*$|\s[-–—]{1,2}\s+$/;

export function tokenize(text: string, sentenceStarts?: Set<number>): GeoToken[] {
  const out: GeoToken[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(WORD)) {
    let start = m.index!;
    let word = m[0];
    // Possessive "Henry’s" → "Henry".
    if (word.length > 2 && (word.endsWith("'s") || word.endsWith('’s'))) word = word.slice(0, -2);
    const end = start + word.length;
    const gap = text.slice(prevEnd, start);
    const c0 = word.charCodeAt(0);
    const cap = (c0 >= 65 && c0 <= 90) || (c0 > 127 && /^\p{Lu}/u.test(word)) || ((c0 >= 97 && c0 <= 122) && (ARTICLE_CAP.test(word) || PREFIX_CAP.test(word)));
    const sentenceStart = sentenceStarts ? sentenceStarts.has(start) : out.length === 0 || (gap.length > 0 && SENTENCE_GAP.test(gap));
    out.push({ start, end, text: word, lower: word.toLowerCase(), cap, sentenceStart, gapBefore: gap });
    prevEnd = end;
    start = end;
  }
  return out;
}
