// Split a text into runs by evidence spans: each run knows which fields' evidence covers it.
// Overlapping spans are fine: the text is cut at every span boundary.

/** spans: [{field, start, end}] → [{text, start, end, fields: [field...]}] covering the whole text. */
export function segments(text, spans) {
  const cuts = new Set([0, text.length]);
  const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end);
  for (const s of valid) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i], end = points[i + 1];
    const fields = [...new Set(valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.field))];
    out.push({ text: text.slice(start, end), start, end, fields });
  }
  return out;
}
