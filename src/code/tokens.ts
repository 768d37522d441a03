// Tokens for the coder's matcher: lower-cased words, numbers and punctuation with offsets into doc.text.
// Capitalised month names that are also common words ("May", "March") get a distinct form so that a
// date never reads as the modal "may" or a protest "march".

export interface Tok {
  /** Normalised form the patterns test: lower case; "#may", "#march" for those months. */
  norm: string;
  start: number;
  end: number;
  /** The matcher's cache: candidate patterns of this token per pattern list (patterns.ts), shared by every token of the same form. */
  candidates?: unknown[][];
}

/**
 * The matcher's cache per token form: tokenize() gives every token of one form the same array, so the
 * candidate patterns of a word are computed once per pattern list for the whole process (they depend on
 * the form alone). Bounded: emptied when it holds FORM_LIMIT forms (tokens made before keep their array).
 */
const candidateSlots = new Map<string, unknown[][]>();
const FORM_LIMIT = 50_000;
function slotsOf(norm: string): unknown[][] {
  let slots = candidateSlots.get(norm);
  if (!slots) {
    if (candidateSlots.size >= FORM_LIMIT) candidateSlots.clear();
    candidateSlots.set(norm, (slots = []));
  }
  return slots;
}

const TOKEN = /\d+(?:[.,]\d+)*|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const MONTH_WORDS = new Set(['May', 'March']);

export function tokenize(text: string, offset = 0, end = text.length): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = offset;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) && m.index < end) {
    const raw = m[0];
    const norm = MONTH_WORDS.has(raw) ? `#${raw.toLowerCase()}` : raw.toLowerCase().replace(/’/g, "'");
    out.push({ norm, start: m.index, end: m.index + raw.length, candidates: slotsOf(norm) });
  }
  return out;
}

/** Tokens that end a clause for scoping modality cues. */
export const CLAUSE_BREAK = new Set([';', ':', '(', ')', '—', '–']);
