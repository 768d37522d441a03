// The sentences the coder reads: the annotate stage's doc.sentences, or (TEMPORARY, until that stage
// lands) a simple split on sentence-final punctuation followed by a capital, digit or quote.
import type { Document, Sentence } from '../document.js';

const BOUNDARY = /(?<=[.!?])["”’)]?\s+(?=["“‘(]?[\p{Lu}\p{N}])|\n+/gu;

export function sentencesOf(doc: Document): Sentence[] {
  if (doc.sentences.length) return doc.sentences;
  const out: Sentence[] = [];
  let start = 0;
  const text = doc.text;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b, text: text.slice(a, b) });
  };
  for (const m of text.matchAll(BOUNDARY)) {
    // Do not split after common abbreviations ("Gen.", "St.", "Mr.").
    const before = text.slice(Math.max(0, m.index! - 5), m.index!);
    if (/\b(Mr|Mrs|Ms|Dr|Gen|Col|Lt|Capt|Sgt|St|No|Maj|Rev|Hon|Gov|Sen|Rep|Brig|Cpl|Pvt|Jr|Sr|vs|approx|Mt|Ft|U\.S|U\.N)\.$/.test(before)) continue;
    push(start, m.index!);
    start = m.index! + m[0].length;
  }
  push(start, text.length);
  return out;
}
