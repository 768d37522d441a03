// Sentences and tokens (DESIGN.md, "Annotate"), with wink-nlp's English lite model.
//
// The text is first cut into lines: a line break always ends a sentence, so a headline or a
// paragraph without final punctuation never runs into the next one. Each line is read by wink
// (sentence boundaries that know "Gen.", "Lt." and "U.S.", and on request a part of speech per
// token); the tokens are mapped back onto exact character offsets of `doc.text`, so that every
// sentence and token span satisfies `text === doc.text.slice(start, end)`.
//
// The pipeline stage does not tag parts of speech: no later stage reads them, and the tagger costs
// twice as much as the sentence splitter. `annotateText(text, { pos: true })` tags them.
import type { Document, Sentence, Token } from '../document.js';
import type { Stage } from '../pipeline.js';
import { wink } from './wink.js';

export interface Annotation {
  sentences: Sentence[];
  tokens: Token[];
}

export interface AnnotateOptions {
  /** Tag each token with its part of speech (wink's tagger; about twice the cost of splitting). */
  pos?: boolean;
}

/** Sentences and tokens (with part of speech when asked) of `text`; offsets relative to `text`. */
export function annotateText(text: string, options: AnnotateOptions = {}): Annotation {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    if (!m[0].trim()) continue;
    readLine(text, m.index, m[0], sentences, tokens, options.pos === true);
  }
  return { sentences, tokens };
}

/** Sentence spans only (the same boundaries as annotateText). */
export function splitSentences(text: string): Sentence[] {
  return annotateText(text).sentences;
}

function readLine(text: string, offset: number, line: string, sentences: Sentence[], tokens: Token[], tagged: boolean): void {
  const nlp = wink(tagged);
  const its = nlp.its;
  const doc = nlp.readDoc(line);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = tagged ? (doc.tokens().out(its.pos) as string[]) : null;

  // Offsets of each token in the line: advance over the preceding spaces, then find the value.
  const starts: number[] = new Array(values.length);
  const ends: number[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    cursor += spaces[i].length;
    const v = values[i];
    let at = line.startsWith(v, cursor) ? cursor : line.indexOf(v, cursor);
    if (at < 0 || at - cursor > 8) at = cursor; // wink normalised the token: keep the position, length best effort
    starts[i] = at;
    ends[i] = Math.min(line.length, at + v.length);
    cursor = ends[i];
    if (v.trim() && (!pos || pos[i] !== 'SPACE')) {
      const token: Token = { start: offset + starts[i], end: offset + ends[i], text: text.slice(offset + starts[i], offset + ends[i]) };
      if (pos) token.pos = pos[i];
      tokens.push(token);
    }
  }

  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  for (const [first, last] of spans) {
    let a = starts[first];
    let b = ends[last];
    while (a < b && /\s/.test(line[a])) a++;
    while (b > a && /\s/.test(line[b - 1])) b--;
    if (b > a) sentences.push({ start: offset + a, end: offset + b, text: text.slice(offset + a, offset + b) });
  }
}

/** Pipeline stage: `doc.sentences` and `doc.tokens` of the body. */
export const sentencesStage: Stage = {
  name: 'sentences',
  run(doc: Document) {
    if (!doc.text) return;
    const { sentences, tokens } = annotateText(doc.text);
    doc.sentences = sentences;
    doc.tokens = tokens;
  },
};
