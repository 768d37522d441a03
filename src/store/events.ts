// The events area of the store: coded events with their evidence and the documents that report them.
import type { CodedEvent, Evidence } from '../document.js';

/** An event as kept in the store: the coded fields plus its evidence (per document) and sources. */
export interface StoredEvent extends CodedEvent {
  /** coded | confirmed | edited | rejected */
  status?: string;
  merge_key?: string;
  evidence: (Evidence & { document_id?: string })[];
  sources: { documentId: string; origin: string; source: string | null; url: string | null; publishedAt: string | null }[];
}

export interface EventStore {
  /** One event with its evidence spans and sources, or null. */
  get(eventId: string): Promise<StoredEvent | null>;
  /** Events, newest first (evidence and sources not loaded). */
  list(options?: { country?: string; limit?: number; offset?: number }): Promise<StoredEvent[]>;
  /** Every event in storage order with its evidence, in pages (for exports). */
  iterate(pageSize?: number): AsyncIterable<StoredEvent>;
  count(): Promise<number>;
}

/** Evidence rows of several events, grouped by event. */
export function groupEvidence(rows: (Evidence & { event_id: string; document_id: string })[]): Map<string, (Evidence & { document_id: string })[]> {
  const byEvent = new Map<string, (Evidence & { document_id: string })[]>();
  for (const { event_id, ...span } of rows) {
    const list = byEvent.get(event_id);
    if (list) list.push(span);
    else byEvent.set(event_id, [span]);
  }
  return byEvent;
}

/** Why an evidence span cannot be stored (no field, offsets outside the text), or null when it can. */
export function evidenceProblem(ev: Partial<Evidence> | null | undefined, textLength: number): string | null {
  if (!ev) return 'empty';
  if (typeof ev.field !== 'string' || !ev.field) return 'no field';
  if (!Number.isInteger(ev.start) || !Number.isInteger(ev.end)) return `${ev.field}: no offsets`;
  if (ev.start! < 0 || ev.end! < ev.start! || ev.end! > textLength) return `${ev.field}: offsets ${ev.start}-${ev.end} outside the text`;
  return null;
}


/** An event row of either store as a StoredEvent (evidence and sources filled in by the caller). */
export function toEvent(r: Record<string, unknown>): StoredEvent {
  return { ...(r as unknown as StoredEvent), fatalities_unknown: !!r.fatalities_unknown, doc_id: String(r.doc_id ?? ''), evidence: [], sources: [] };
}
