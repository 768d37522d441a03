// Two texts from one template (a protest in Kano on Monday / a protest in Kaduna on Tuesday) have
// high shingle overlap but are different events. Before two documents are merged we look for
// substitutions of "marker" tokens — capitalised words (places, names, weekdays, months) and numbers —
// in the same context: a marker only in A and a marker only in B between the same neighbouring words.
// An added dateline or a distributor's tag only adds tokens on one side and does not block a merge.
// This is general text comparison, not a list of places.

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

function tokens(text: string): string[] {
  return (text.match(TOKEN) ?? []).map((t) => t.replace(/[’]/g, "'"));
}

const isMarker = (t: string) => /^\p{Lu}/u.test(t) || /\p{N}/u.test(t);

/** marker → the contexts (previous word + next word, lower-cased) it occurs in. */
function markerContexts(toks: string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!isMarker(t)) continue;
    let set = out.get(t);
    if (!set) out.set(t, (set = new Set()));
    set.add(`${(toks[i - 1] ?? '^').toLowerCase()} _ ${(toks[i + 1] ?? '$').toLowerCase()}`);
  }
  return out;
}

/** Substitutions found between two texts (empty when they may be the same story). */
export function substitutions(a: string, b: string): { a: string; b: string; context: string }[] {
  const ma = markerContexts(tokens(a));
  const mb = markerContexts(tokens(b));
  const onlyB = new Map<string, string>(); // context → marker of B absent from A
  for (const [t, ctxs] of mb) if (!ma.has(t)) for (const c of ctxs) onlyB.set(c, t);
  const found: { a: string; b: string; context: string }[] = [];
  for (const [t, ctxs] of ma) {
    if (mb.has(t)) continue;
    for (const c of ctxs) {
      const other = onlyB.get(c);
      if (other) found.push({ a: t, b: other, context: c });
    }
  }
  return found;
}
