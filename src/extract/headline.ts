// Does a text plausibly belong to a headline? The share of the headline's content words found in the
// first part of the text. Readability alone picks a long footer when the article is short; an article
// body almost always repeats some of its headline's words near the top.

const STOP = new Set('a an and are as at be by for from has have in into is it its of on or over says said that the their this to was were will with after amid new'.split(' '));

export function contentWords(s: string): string[] {
  return (s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((w) => w.length > 2 && !STOP.has(w));
}

/** Share (0–1) of the headline's content words (or their 5-letter stems) found in the text's first 3,000 characters. */
export function headlineOverlap(headline: string, text: string): number {
  const words = [...new Set(contentWords(headline))];
  if (words.length === 0) return 1;
  // The headline repeated as a line of the text (an <h1> kept in the body) does not count.
  const key = words.join(' ');
  const body = text.slice(0, 3000).split('\n').filter((line) => [...new Set(contentWords(line))].join(' ') !== key).join('\n');
  const stems = new Set(contentWords(body).map((w) => w.slice(0, 5)));
  return words.filter((w) => stems.has(w.slice(0, 5))).length / words.length;
}
