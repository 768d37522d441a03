// Talking to the sitrep API: query strings from the filter state, the bearer token of this tab.
import { TABLE_FIELDS } from './table-fields.js';

const TOKEN_KEY = 'sitrep.token';
const REVIEWER_KEY = 'sitrep.reviewer';

export const auth = {
  get token() { return sessionStorage.getItem(TOKEN_KEY) ?? ''; },
  set token(v) { v ? sessionStorage.setItem(TOKEN_KEY, v) : sessionStorage.removeItem(TOKEN_KEY); },
  get reviewer() { return localStorage.getItem(REVIEWER_KEY) ?? ''; },
  set reviewer(v) { v ? localStorage.setItem(REVIEWER_KEY, v) : localStorage.removeItem(REVIEWER_KEY); },
};

/** URLSearchParams of a filter ({from, to, country, eventType: [...], ...}) in the API's names. */
export function filterParams(filter, extra = {}) {
  const p = new URLSearchParams();
  const add = (name, value) => {
    if (value === undefined || value === null || value === '') return;
    for (const v of Array.isArray(value) ? value : [value]) p.append(name, String(v));
  };
  add('from', filter.from);
  add('to', filter.to);
  add('country', filter.country);
  add('admin1', filter.admin1);
  add('event_type', filter.eventType);
  add('sub_event_type', filter.subEventType);
  add('actor', filter.actor);
  add('q', filter.q);
  if (filter.minFatalities > 0) add('min_fatalities', filter.minFatalities);
  if (filter.bbox) add('bbox', filter.bbox.map((x) => x.toFixed(4)).join(','));
  add('status', filter.status);
  for (const [k, v] of Object.entries(extra)) add(k, v);
  return p;
}

export class ApiError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

async function request(path, options = {}) {
  const headers = { ...(options.headers ?? {}) };
  if (auth.token) headers.Authorization = `Bearer ${auth.token}`;
  const response = await fetch(path, { ...options, headers });
  const body = response.headers.get('content-type')?.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const details = body && body.details ? `: ${body.details.join('; ')}` : '';
    throw new ApiError(response.status, `${(body && body.error) || response.statusText}${details}`);
  }
  return body;
}

export const api = {
  facets: () => request('/api/facets'),
  events: (filter, page) => request(`/api/events?${filterParams(filter, { ...page, fields: TABLE_FIELDS.join(',') })}`),
  points: (filter) => request(`/api/points?${filterParams(filter)}`),
  stats: (filter) => request(`/api/stats?${filterParams(filter)}`),
  event: (id) => request(`/api/events/${encodeURIComponent(id)}`),
  review: (id, body) => request(`/api/events/${encodeURIComponent(id)}/review`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  }),
  exportUrl: (filter, format) => `/api/export?${filterParams(filter, { format })}`,
};
