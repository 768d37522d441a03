// The merge stage: a document's events become one event per place and day under ACLED's rules —
// a higher type absorbs a lower one (a battle with arrests stays one battle with its arrests;
// abducted then killed is an attack; a protest that turns violent is a riot). Reports of the same
// event in other documents are merged later, in the store, by merge key (src/store/sqlite/events.ts).
import type { Stage } from '../pipeline.js';
import type { CodedEvent, Document } from '../document.js';
import { knowledge } from '../code/knowledge.js';
import { mergeKey, eventId } from './key.js';

/** Does `a` take precedence over `b` (ACLED's hierarchy of event types, then sub-event types)? */
export function outranks(a: CodedEvent, b: CodedEvent): boolean {
  const t = knowledge().taxonomy.subEventTypes;
  const sa = t.get(a.sub_event_type)!, sb = t.get(b.sub_event_type)!;
  if (sa.mergeRank !== sb.mergeRank) return sa.mergeRank < sb.mergeRank;
  return sa.rank < sb.rank;
}

/** Fold `b` into `a` (both reports of the same event in one story). */
export function absorb(a: CodedEvent, b: CodedEvent): CodedEvent {
  const [hi, lo] = outranks(b, a) ? [b, a] : [a, b];
  const merged: CodedEvent = { ...hi };
  // One story repeating itself: the largest count it states for the event.
  merged.fatalities = Math.max(a.fatalities, b.fatalities);
  merged.fatalities_unknown = merged.fatalities === 0 && (a.fatalities_unknown || b.fatalities_unknown);
  merged.arrests = Math.max(a.arrests, b.arrests);
  if (!merged.actor2 && lo.actor2 && lo.actor2 !== merged.actor1 && hi.event_type === lo.event_type) {
    merged.actor2 = lo.actor2; merged.inter2 = lo.inter2;
  }
  merged.confidence = Math.min(1, Math.round((Math.max(a.confidence, b.confidence) + 0.05) * 100) / 100);
  merged.notes = a.notes === b.notes ? a.notes : [a.notes, b.notes].filter(Boolean).join(' ');
  const seen = new Set<string>();
  merged.evidence = [...hi.evidence, ...lo.evidence.filter((e) => e.field === 'fatalities' || e.field === 'arrests')].filter((e) => {
    const k = `${e.field}:${e.start}:${e.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return merged;
}

function placeDay(e: CodedEvent): string {
  return `${e.location}|${e.country}|${e.event_date}`;
}

export function mergeDocumentEvents(doc: Document): void {
  const groups = new Map<string, CodedEvent>();
  for (const e of doc.events) {
    const k = placeDay(e);
    const prev = groups.get(k);
    groups.set(k, prev ? absorb(prev, e) : e);
  }
  doc.events = [...groups.values()].map((e) => ({ ...e, event_id: eventId(e.event_id.split('-')[0], doc.id, mergeKey(e)) }));
}

export const mergeStage: Stage = {
  name: 'merge',
  run(doc) {
    if (doc.events.length > 1) mergeDocumentEvents(doc);
  },
};
