// Plain text → title and body. The first line of a text file is its title when it looks like a
// headline: short, one line, no sentence-final full stop, and followed by a body that does not
// continue it (a hard-wrapped first line continues in lower case).

export function splitTitle(text: string): { title: string | null; body: string } {
  const normalized = text.replace(/\r\n?/g, '\n').replace(/^\s*\n/, '');
  const nl = normalized.indexOf('\n');
  if (nl < 0) return { title: null, body: normalized };
  const first = normalized.slice(0, nl).trim();
  const rest = normalized.slice(nl + 1);
  const next = rest.trimStart();
  if (!looksLikeHeadline(first) || !next) return { title: null, body: normalized };
  const blankAfter = /^[ \t]*\n/.test(rest);
  const continues = /^[\p{Ll},;)]/u.test(next);
  if (continues && !blankAfter) return { title: null, body: normalized };
  return { title: first, body: rest };
}

export function looksLikeHeadline(line: string): boolean {
  if (line.length < 8 || line.length > 200) return false;
  if (/[.,;:]$/.test(line) && !/\.\.\.$/.test(line)) return false;
  const words = line.split(/\s+/).length;
  if (words < 2 || words > 30) return false;
  // A line holding two sentences is a paragraph, not a headline.
  if (/[a-z]{2}\. [A-Z]/.test(line)) return false;
  return true;
}
