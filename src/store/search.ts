// The search area of the store: the queries behind the HTTP API and the web map. Filters, pages,
// sorting, statistics and the selection of events to export. Read-only.
import type { CodedEvent, Evidence } from '../document.js';
import type { Review } from './reviews.js';

/** What an analyst narrows events down by. Every field is optional; lists mean "any of". */
export interface EventFilter {
  /** First and last event day, YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  country?: string[];
  admin1?: string[];
  eventType?: string[];
  subEventType?: string[];
  /** Words that must appear in actor1, actor2 or their associated actors. */
  actor?: string;
  /** West, south, east, north in degrees; west > east crosses the antimeridian. */
  bbox?: [number, number, number, number];
  /** Full-text query over notes, actors and place names. */
  q?: string;
  minFatalities?: number;
  /** Review statuses to include; by default every status but 'rejected'. */
  status?: string[];
}

export const SORTS = ['event_date', '-event_date', 'fatalities', '-fatalities', 'country', '-country', 'updated_at', '-updated_at'] as const;
export type EventSort = (typeof SORTS)[number];

/** The fields a listing can return (GET /api/events?fields=...); event_id always comes. */
export const LIST_FIELDS = [
  'event_id', 'event_date', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction',
  'civilian_targeting', 'iso', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude',
  'longitude', 'geo_precision', 'fatalities', 'fatalities_unknown', 'arrests', 'notes', 'source',
  'confidence', 'status', 'updated_at',
] as const;
export type ListField = (typeof LIST_FIELDS)[number];

export interface PageRequest {
  limit: number;
  offset: number;
  sort: EventSort;
  /** Only these fields of each event (plus event_id), in LIST_FIELDS order; all when absent. */
  fields?: ListField[];
}

/** An event as listed: the ACLED fields plus status, without evidence (only the requested fields when a page asks for some). */
export type EventSummary = Omit<CodedEvent, 'evidence' | 'doc_id'> & { status: string; updated_at: string };

export interface EventPage {
  events: EventSummary[];
  /**
   * Number of matching events when `totalExact`; otherwise a lower bound (the events up to this page
   * and at least one more). Listings do not count large results: GET /api/stats does.
   */
  total: number;
  totalExact: boolean;
  limit: number;
  offset: number;
  sort: EventSort;
}

/** A stored document an event was coded from, with its cleaned text. */
export interface EventDocument {
  id: string;
  storyId: string;
  title: string | null;
  text: string;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
}

export interface EventDetail {
  event: EventSummary;
  evidence: (Evidence & { document_id: string })[];
  documents: EventDocument[];
  /** Every origin the event's stories were read from. */
  sources: { documentId: string; storyId: string; origin: string; source: string | null; url: string | null; publishedAt: string | null }[];
  reviews: Review[];
}

export interface EventStats {
  total: number;
  fatalities: number;
  byDay: { day: string; count: number; fatalities: number }[];
  byType: { eventType: string; count: number; fatalities: number }[];
  byCountry: { country: string; count: number; fatalities: number }[];
}

/** A compact map point: event id, latitude, longitude, event type, fatalities. */
export type MapPoint = [string, number, number, string, number];

export type ExportedEvent = CodedEvent & { status: string; updated_at: string };
/** Where an export page ends: the last event's date and row id (pages are keyed, not offset). */
export interface ExportCursor { eventDate: string; id: number }

export interface SearchStore {
  list(filter: EventFilter, page: PageRequest): Promise<EventPage>;
  get(eventId: string): Promise<EventDetail | null>;
  stats(filter: EventFilter): Promise<EventStats>;
  /** Points of matching events with coordinates, newest first, at most `max`. */
  points(filter: EventFilter, max: number): Promise<{ points: MapPoint[]; truncated: boolean }>;
  /**
   * One page of matching events with their evidence (and review status), for exports: at most `max`,
   * newest first, after `after` (the `next` of the previous page). `next` is null on the last page.
   */
  select(filter: EventFilter, max: number, after?: ExportCursor | null): Promise<{ events: ExportedEvent[]; next: ExportCursor | null }>;
  /** Distinct values for the filter panel: countries, event types, sub-event types. */
  /**
   * Optional: a value that changes whenever anything searched may have changed (a write by this
   * process or any other). The HTTP API caches read responses while it stays the same; a store
   * without it is never cached.
   */
  changeStamp?(): Promise<string>;
  facets(): Promise<{ countries: string[]; eventTypes: string[]; subEventTypes: string[]; firstDay: string | null; lastDay: string | null }>;
}
