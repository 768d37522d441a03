// Lines → paragraphs: join hard-wrapped lines and keep real paragraph breaks.
//
// Blank lines always separate paragraphs. Inside a block of consecutive lines, a line break is a wrap
// (joined with a space) when the line before it does not end a sentence and the next line continues
// it (starts in lower case, with a digit or with closing punctuation); and, in a block that is
// hard-wrapped as a whole (most lines of nearly the same width, at most 100 columns), when the line
// before it is a full-width line. Otherwise a single line break separates paragraphs, as in wire copy
// that puts one paragraph per line.

const ENDS_SENTENCE = /[.!?:;…"”’')\]]$/;
const CONTINUES = /^[\p{Ll}\p{N},;)\]”’]/u;
const LIST_ITEM = /^([-*•–]\s|\d{1,2}[.)]\s)/;

function isHardWrapped(lines: string[]): { wrapped: boolean; width: number } {
  if (lines.length < 3) return { wrapped: false, width: 0 };
  const width = Math.max(...lines.map((l) => l.length));
  if (width > 100) return { wrapped: false, width };
  const body = lines.slice(0, -1);
  const full = body.filter((l) => l.length >= 0.7 * width).length;
  return { wrapped: full / body.length >= 0.6, width };
}

export function toParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  for (const block of text.split(/\n[ \t]*\n/)) {
    const lines = block.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
    if (lines.length === 0) continue;
    const { wrapped, width } = isHardWrapped(lines);
    let current = lines[0]!;
    for (let i = 1; i < lines.length; i++) {
      const prev = lines[i - 1]!;
      const next = lines[i]!;
      const join = !LIST_ITEM.test(next) && (
        (!ENDS_SENTENCE.test(prev) && CONTINUES.test(next)) ||
        (wrapped && prev.length >= 0.7 * width && (!ENDS_SENTENCE.test(prev) || prev.length >= 0.9 * width))
      );
      if (join) {
        current += /\p{L}-$/u.test(current) && /^\p{Ll}/u.test(next) ? next : ` ${next}`;
      } else {
        paragraphs.push(current);
        current = next;
      }
    }
    paragraphs.push(current);
  }
  return paragraphs;
}
