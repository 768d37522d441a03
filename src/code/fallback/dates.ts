// TEMPORARY fallback for the annotate stage's resolveEventDate (src/annotate/dates.ts): remove when it lands.
// chrono-node against the publication date with a past bias; "overnight" → the day before; weekday
// and "last week" → precision 2; month only → 3; bare years are never an event date.
import * as chrono from 'chrono-node';
import type { Document, Span } from '../../document.js';
import type { EventDate } from '../collaborators.js';

const DAY = 86_400_000;

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function publicationDay(doc: Document): string | null {
  const p = doc.meta.publishedAt;
  return p && /^\d{4}-\d{2}-\d{2}/.test(p) ? p.slice(0, 10) : null;
}

export function fallbackResolveEventDate(doc: Document, span: Span): EventDate | null {
  const pub = publicationDay(doc);
  const ref = pub ? new Date(`${pub}T12:00:00Z`) : new Date();
  const text = doc.text;
  // Look in the mention's sentence, then in the document's first sentence (ACLED-style leads).
  const windows: [number, number][] = [[span.start, span.end], [0, Math.min(text.length, 300)]];
  for (const [a, b] of windows) {
    const results = chrono.parse(text.slice(a, b), ref, { forwardDate: false });
    for (const r of results) {
      const s = r.start;
      if (!s.isCertain('day') && !s.isCertain('weekday') && !s.isCertain('month')) continue;
      let d = new Date(Date.UTC(s.get('year') ?? ref.getUTCFullYear(), (s.get('month') ?? 1) - 1, s.get('day') ?? 15, 12));
      if (!s.isCertain('year') && d.getTime() > ref.getTime() + 2 * DAY) d = new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate(), 12));
      const precision: 1 | 2 | 3 = s.isCertain('day') || s.isCertain('weekday') ? 1 : 3;
      const evidence = { field: 'event_date', start: a + r.index, end: a + r.index + r.text.length, text: r.text };
      const past = ref.getTime() - d.getTime() > 31 * DAY;
      return { date: iso(d), precision, evidence: [evidence], past };
    }
    const week = /\b(last week|this week|past week|over the weekend|last weekend)\b/i.exec(text.slice(a, b));
    if (week) {
      const d = new Date(ref.getTime() - 4 * DAY);
      return { date: iso(d), precision: 2, evidence: [{ field: 'event_date', start: a + week.index, end: a + week.index + week[0].length, text: week[0] }], past: false };
    }
  }
  const over = /\b(overnight|last night)\b/i.exec(text.slice(span.start, span.end));
  if (over) {
    const d = new Date(ref.getTime() - DAY);
    return { date: iso(d), precision: 1, evidence: [{ field: 'event_date', start: span.start + over.index, end: span.start + over.index + over[0].length, text: over[0] }], past: false };
  }
  return pub ? { date: pub, precision: 1, evidence: [], past: false } : null;
}
