// SQL fragments the two stores' search areas share: the columns a listing returns and the sort
// orders. Portable SQL; the queries themselves stay in each store's own module.
import { LIST_FIELDS, type EventSort, type ListField } from './search.js';

/** The event columns a listing returns, in ACLED's order (all of them unless a page asks for fewer). */
export const COLUMNS = LIST_FIELDS;
export const SELECT_COLUMNS = COLUMNS.map((c) => `e.${c}`).join(', ');
/** The SELECT list of a page: its fields in LIST_FIELDS order, event_id first. */
export const selectColumns = (fields: readonly ListField[] | undefined) => !fields ? SELECT_COLUMNS
  : COLUMNS.filter((c) => c === 'event_id' || fields.includes(c)).map((c) => `e.${c}`).join(', ');

export const ORDER_BY: Record<EventSort, string> = {
  'event_date': 'e.event_date ASC, e.id ASC',
  '-event_date': 'e.event_date DESC, e.id DESC',
  'fatalities': 'e.fatalities ASC, e.event_date DESC, e.id DESC',
  '-fatalities': 'e.fatalities DESC, e.event_date DESC, e.id DESC',
  'country': 'e.country ASC, e.event_date DESC, e.id DESC',
  '-country': 'e.country DESC, e.event_date DESC, e.id DESC',
  'updated_at': 'e.updated_at ASC, e.id ASC',
  '-updated_at': 'e.updated_at DESC, e.id DESC',
};

/** A page past the end of the results counts them up to this many. */
export const COUNT_LIMIT = 1_000;

/** An event row of a listing. */
export type EventRow = Record<(typeof COLUMNS)[number], unknown>;
