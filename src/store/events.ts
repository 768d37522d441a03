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
