// Query parameters of the event endpoints → a validated EventFilter and page. Every problem is
// collected and answered at once with a 400 (see errors.ts); unknown parameters are problems too,
// so that a typo ("contry=") does not silently return everything.
import { LIST_FIELDS, SORTS, type EventFilter, type EventSort, type ListField, type PageRequest } from '../store/search.js';
import { badRequest } from './errors.js';

export const STATUSES = ['coded', 'confirmed', 'edited', 'rejected'] as const;
const FILTER_PARAMS = ['from', 'to', 'country', 'admin1', 'event_type', 'sub_event_type', 'actor', 'bbox', 'q', 'min_fatalities', 'status'];
const PAGE_PARAMS = ['limit', 'offset', 'sort', 'fields'];
const MAX_VALUES = 50;
/** Deepest page start: skipping rows costs as much as reading them, so paging is bounded (narrow the
 * filter, or export, to see further). */
export const MAX_OFFSET = 10_000;
const MAX_TEXT = 300;

/** All values of each query parameter of a URL. */
export type Query = Record<string, string[]>;

export function isIsoDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

class Reader {
  problems: string[] = [];
  constructor(private query: Query) {}

  one(name: string): string | undefined {
    const values = this.query[name];
    if (!values || values.length === 0) return undefined;
    if (values.length > 1) this.problems.push(`${name} may be given once`);
    const v = values[0]!.trim();
    return v === '' ? undefined : v;
  }
  many(name: string): string[] | undefined {
    const values = (this.query[name] ?? []).map((v) => v.trim()).filter((v) => v !== '');
    if (values.length === 0) return undefined;
    if (values.length > MAX_VALUES) this.problems.push(`${name} may be given at most ${MAX_VALUES} times`);
    if (values.some((v) => v.length > MAX_TEXT)) this.problems.push(`${name} values must be at most ${MAX_TEXT} characters`);
    return values;
  }
  text(name: string, max = MAX_TEXT): string | undefined {
    const v = this.one(name);
    if (v !== undefined && v.length > max) this.problems.push(`${name} must be at most ${max} characters`);
    return v;
  }
  day(name: string): string | undefined {
    const v = this.one(name);
    if (v !== undefined && !isIsoDay(v)) this.problems.push(`${name} must be a date YYYY-MM-DD, got "${v.slice(0, 40)}"`);
    return v;
  }
  int(name: string, min: number, max: number): number | undefined {
    const v = this.one(name);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!/^-?\d+$/.test(v) || n < min || n > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max}, got "${v.slice(0, 40)}"`);
      return undefined;
    }
    return n;
  }
  bbox(name: string): [number, number, number, number] | undefined {
    const v = this.one(name);
    if (v === undefined) return undefined;
    const parts = v.split(',').map((p) => Number(p.trim()));
    const bad = () => { this.problems.push(`${name} must be west,south,east,north in degrees (longitudes -180..180, latitudes -90..90, south <= north), got "${v.slice(0, 80)}"`); };
    if (parts.length !== 4 || parts.some((p) => !Number.isFinite(p))) { bad(); return undefined; }
    const [w, s, e, n] = parts as [number, number, number, number];
    if (Math.abs(w) > 180 || Math.abs(e) > 180 || Math.abs(s) > 90 || Math.abs(n) > 90 || s > n) { bad(); return undefined; }
    return [w, s, e, n];
  }
}

function unknownParams(query: Query, known: string[]): string[] {
  return Object.keys(query).filter((k) => !known.includes(k))
    .map((k) => `unknown parameter "${k.slice(0, 40)}"; known parameters are ${known.join(', ')}`);
}

function readFilter(r: Reader): EventFilter {
  const filter: EventFilter = {
    from: r.day('from'),
    to: r.day('to'),
    country: r.many('country'),
    admin1: r.many('admin1'),
    eventType: r.many('event_type'),
    subEventType: r.many('sub_event_type'),
    actor: r.text('actor'),
    bbox: r.bbox('bbox'),
    q: r.text('q', 500),
    minFatalities: r.int('min_fatalities', 0, 1_000_000),
    status: r.many('status'),
  };
  if (filter.from && filter.to && filter.from > filter.to) r.problems.push(`from (${filter.from}) is after to (${filter.to})`);
  const badStatus = (filter.status ?? []).filter((s) => !(STATUSES as readonly string[]).includes(s));
  if (badStatus.length) r.problems.push(`status must be one of ${STATUSES.join(', ')}, got "${badStatus[0]!.slice(0, 40)}"`);
  for (const key of Object.keys(filter) as (keyof EventFilter)[]) if (filter[key] === undefined) delete filter[key];
  return filter;
}

/** The filter of a request to an endpoint taking only filters (plus `extra` parameters it reads itself). */
export function parseFilter(query: Query, extra: string[] = []): EventFilter {
  const r = new Reader(query);
  r.problems.push(...unknownParams(query, [...FILTER_PARAMS, ...extra]));
  const filter = readFilter(r);
  if (r.problems.length) throw badRequest(r.problems);
  return filter;
}

/** The filter and page of a listing request. */
export function parseListing(query: Query): { filter: EventFilter; page: PageRequest } {
  const r = new Reader(query);
  r.problems.push(...unknownParams(query, [...FILTER_PARAMS, ...PAGE_PARAMS]));
  const filter = readFilter(r);
  const sort = r.one('sort') ?? '-event_date';
  if (!(SORTS as readonly string[]).includes(sort)) r.problems.push(`sort must be one of ${SORTS.join(', ')}, got "${sort.slice(0, 40)}"`);
  const page: PageRequest = {
    limit: r.int('limit', 1, 1000) ?? 100,
    offset: r.int('offset', 0, MAX_OFFSET) ?? 0,
    sort: sort as EventSort,
  };
  // fields=event_date,event_type,... (or repeated): only those fields of each event
  const fields = r.many('fields')?.flatMap((v) => v.split(',')).map((f) => f.trim()).filter((f) => f !== '');
  if (fields && fields.length) {
    const unknown = fields.filter((f) => !(LIST_FIELDS as readonly string[]).includes(f));
    if (unknown.length) r.problems.push(`fields must be among ${LIST_FIELDS.join(', ')}, got "${unknown[0]!.slice(0, 40)}"`);
    else page.fields = fields as ListField[];
  }
  if (r.problems.length) throw badRequest(r.problems);
  return { filter, page };
}
