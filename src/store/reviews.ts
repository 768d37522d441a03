// The reviews area of the store: what analysts did to events (confirm, edit fields, reject), kept
// forever, and the edited values that must survive the event being re-coded.

export type ReviewAction = 'confirm' | 'edit' | 'reject' | 'import';

/** The event fields an analyst may edit, with the kind of value each takes. */
export const EDITABLE_FIELDS = {
  event_date: 'date',
  time_precision: 'precision',
  disorder_type: 'text',
  event_type: 'text',
  sub_event_type: 'text',
  actor1: 'text',
  assoc_actor_1: 'text',
  inter1: 'inter',
  actor2: 'text',
  assoc_actor_2: 'text',
  inter2: 'inter',
  interaction: 'count',
  civilian_targeting: 'text',
  country: 'text',
  admin1: 'text',
  admin2: 'text',
  admin3: 'text',
  location: 'text',
  latitude: 'latitude',
  longitude: 'longitude',
  geo_precision: 'precision',
  fatalities: 'count',
  fatalities_unknown: 'flag',
  arrests: 'count',
  notes: 'text',
} as const;

export type EditableField = keyof typeof EDITABLE_FIELDS;
export type FieldValue = string | number;

/** One review as asked for by an analyst. */
export interface ReviewInput {
  eventId: string;
  action: ReviewAction;
  reviewer: string;
  comment?: string;
  /** For 'edit': the new value of each changed field (already validated). */
  changes?: Partial<Record<EditableField, FieldValue>>;
}

/** One review as kept in the history. */
export interface Review {
  id: number;
  eventId: string;
  action: ReviewAction;
  reviewer: string;
  comment: string;
  /** For edits: each changed field with its value before and after. */
  changes: Record<string, { from: unknown; to: unknown }> | null;
  createdAt: string;
}

export interface ReviewStore {
  /**
   * Record a review and apply it to the event in one transaction: confirm and reject set the status,
   * edit sets the fields (status 'edited'). Resolves to null when there is no such event.
   */
  record(input: ReviewInput): Promise<Review | null>;
  /** Every review of an event, oldest first. */
  history(eventId: string): Promise<Review[]>;
}

/** What a review changes on the stored `event`: each asked field whose value differs, from → to. Throws on a field that cannot be edited. */
export function reviewChanges(event: Record<string, unknown>, input: ReviewInput): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, value] of Object.entries(input.changes ?? {})) {
    if (!(field in EDITABLE_FIELDS)) throw new Error(`field ${field} cannot be edited`);
    if (event[field] !== value) changes[field] = { from: event[field], to: value };
  }
  return changes;
}

/** The status an event has after a review action. */
export function statusAfter(action: ReviewAction): string {
  switch (action) {
    case 'confirm': return 'confirmed';
    case 'import': return 'confirmed';
    case 'edit': return 'edited';
    case 'reject': return 'rejected';
  }
}
