// The event fields the table shows: the page asks the API for only these (GET /api/events?fields=),
// and bench/api.bench.ts sends the same list, so that it measures what the page asks for.
export const TABLE_FIELDS = [
  'event_id', 'event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2',
  'location', 'admin1', 'country', 'fatalities', 'fatalities_unknown', 'status',
];
