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
  /**
   * Store events that arrive already reviewed (rows of an ACLED export), each with the stored document
   * holding its note: insert or update by event_id (an analyst's edits are re-applied by the review
   * triggers), link the document as a source, make the note the 'notes' evidence, and give each new
   * event an 'import' review. One transaction per call.
   */
  importReviewed(items: ImportItem[], review: { reviewer: string; comment: string }): Promise<{ imported: number; updated: number }>;
}

/** An event read from outside sitrep (a row of an ACLED export), already reviewed. */
export interface ImportedEvent {
  event_id: string; event_date: string; time_precision: number; disorder_type: string; event_type: string; sub_event_type: string;
  actor1: string; assoc_actor_1: string; inter1: number; actor2: string; assoc_actor_2: string; inter2: number; interaction: number;
  civilian_targeting: string; iso: number | null; country: string; admin1: string; admin2: string; admin3: string; location: string;
  latitude: number | null; longitude: number | null; geo_precision: number; fatalities: number; notes: string; source: string;
}
export interface ImportItem { event: ImportedEvent; documentId: string; text: string }

/** The columns an import writes, in order; merge_key is `acled:<event_id>` (an imported event is its own key). */
export const IMPORT_COLUMNS = ['event_id', 'merge_key', 'event_date', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting', 'iso', 'country', 'admin1',
  'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision', 'fatalities', 'notes', 'source'] as const;
/** The columns a re-import overwrites: all of the above but the key ones. */
export const IMPORT_UPDATED = IMPORT_COLUMNS.filter((c) => c !== 'event_id' && c !== 'merge_key');
/** An import item's values in IMPORT_COLUMNS order. */
export const importValues = (e: ImportedEvent): unknown[] =>
  IMPORT_COLUMNS.map((c) => (c === 'merge_key' ? `acled:${e.event_id}` : e[c]));

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
