// Two texts from one template (a protest in Kano on Monday / a protest in Kaduna on Tuesday) have
// high shingle overlap but are different events. Before two documents are merged we look for
// substitutions of "markers" — runs of capitalised words (places, names, weekdays, months) and
// numbers — in the same context: an occurrence (previous word, marker, next word) found only in A and
// one found only in B with the same neighbours but another marker. An added dateline or a
// distributor's tag only adds occurrences on one side and does not block a merge.
// This is general text comparison, not a list of places.

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

const isMarker = (t: string) => /^\p{Lu}/u.test(t) || /\p{N}/u.test(t);

interface Occurrence { context: string; before: string; after: string; marker: string }

/**
 * Marker occurrences: marker tokens separated only by spaces form one marker ("Bahia Blanca",
 * "30 April 2020"); punctuation ends a run, so "Idlib. Both" or "(Wire) -- Clashes" stay apart.
 */
function occurrences(text: string): Occurrence[] {
  const matches = [...text.matchAll(TOKEN)];
  const toks = matches.map((m) => m[0].replace(/’/g, "'"));
  const spaceBetween = (i: number) => {
    const end = matches[i]!.index! + matches[i]![0].length;
    return /^ +$/.test(text.slice(end, matches[i + 1]!.index!));
  };
  const out: Occurrence[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!isMarker(toks[i]!)) continue;
    let j = i;
    while (j + 1 < toks.length && isMarker(toks[j + 1]!) && spaceBetween(j)) j++;
    const w = (k: number) => (toks[k] ?? (k < 0 ? '^' : '$')).toLowerCase();
    out.push({
      context: `${w(i - 1)} _ ${w(j + 1)}`,
      // Two words on one side; none at the start or end of the text (a dateline has no left context).
      before: i >= 2 ? `${w(i - 2)} ${w(i - 1)} _` : '',
      after: j + 2 < toks.length ? `_ ${w(j + 1)} ${w(j + 2)}` : '',
      marker: toks.slice(i, j + 1).join(' '),
    });
    i = j;
  }
  return out;
}

/** Substitutions found between two texts (empty when they may be the same story). */
export function substitutions(a: string, b: string): { a: string; b: string; context: string }[] {
  const oa = occurrences(a);
  const ob = occurrences(b);
  const key = (o: Occurrence) => `${o.context}|${o.marker}`;
  const inA = new Set(oa.map(key));
  const inB = new Set(ob.map(key));
  // The same word on both sides, or the same two words on one side ("protested in Badah town" /
  // "protested in Jamshoro city").
  const onlyB = new Map<string, string>(); // half-context → a marker B has there and A does not
  for (const o of ob) {
    if (inA.has(key(o))) continue;
    for (const half of [o.context, o.before, o.after]) if (half) onlyB.set(half, o.marker);
  }
  const found: { a: string; b: string; context: string }[] = [];
  const reported = new Set<string>();
  for (const o of oa) {
    if (inB.has(key(o)) || reported.has(key(o))) continue;
    for (const half of [o.context, o.before, o.after]) {
      const other = half ? onlyB.get(half) : undefined;
      if (other && other !== o.marker) {
        reported.add(key(o));
        found.push({ a: o.marker, b: other, context: half });
        break;
      }
    }
  }
  return found;
}
