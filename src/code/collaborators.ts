// What the coder takes from the other stages' modules: event dates (annotate), event places and
// countries (geo, gazetteer) and generic actors (actors). Those modules are being written at the same
// time as this one, so each function is looked up at load time and, while it is missing, a
// TEMPORARY fallback under ./fallback/ is used instead. Remove the fallbacks once the real ones land.
import type { Document, Evidence, Span } from '../document.js';
import { fallbackResolveEventDate } from './fallback/dates.js';
import { fallbackChooseEventPlace, fallbackCountryByCode } from './fallback/place.js';

export interface EventDate {
  date: string;
  precision: 1 | 2 | 3;
  evidence: Evidence[] | Evidence | null;
  past: boolean;
}
export interface EventPlace {
  location: string;
  latitude: number | null;
  longitude: number | null;
  geo_precision: 1 | 2 | 3;
  country: string;
  iso: number | null;
  country_code: string | null;
  admin1: string;
  admin2: string;
  admin3: string;
  evidence: Evidence[] | Evidence | null;
}
export interface CountryInfo {
  name: string;
  code: string;
  iso: number | null;
}

type Fn = (...args: never[]) => unknown;

async function lookup<T extends Fn>(specifier: string, name: string): Promise<T | null> {
  try {
    const mod = (await import(specifier)) as Record<string, unknown>;
    return typeof mod[name] === 'function' ? (mod[name] as T) : null;
  } catch {
    return null;
  }
}

// Variables, so that TypeScript does not require the modules to exist yet.
const DATES = '../annotate/dates.js';
const PLACE = '../geo/event-place.js';
const COUNTRIES = '../gazetteer/countries.js';

const theirResolveEventDate = await lookup<(doc: Document, span: Span) => EventDate | null>(DATES, 'resolveEventDate');
const theirChooseEventPlace = await lookup<(doc: Document, span: Span) => EventPlace | null>(PLACE, 'chooseEventPlace');
const theirCountryByCode = await lookup<(code: string) => { name?: string; common?: string; code?: string; cca2?: string; iso?: number | string | null; ccn3?: string } | null>(COUNTRIES, 'countryByCode');

/** Which collaborators are real and which are still the temporary fallbacks (for messages and tests). */
export const usingFallback = {
  dates: !theirResolveEventDate,
  place: !theirChooseEventPlace,
  countries: !theirCountryByCode,
};

export function resolveEventDate(doc: Document, span: Span): EventDate | null {
  return (theirResolveEventDate ?? fallbackResolveEventDate)(doc, span);
}

export function chooseEventPlace(doc: Document, span: Span): EventPlace | null {
  return (theirChooseEventPlace ?? fallbackChooseEventPlace)(doc, span);
}

export function countryByCode(code: string): CountryInfo | null {
  if (theirCountryByCode) {
    const c = theirCountryByCode(code);
    if (c) {
      const iso = c.iso ?? c.ccn3 ?? null;
      return { name: c.name ?? c.common ?? code, code: c.code ?? c.cca2 ?? code, iso: iso === null ? null : Number(iso) };
    }
  }
  return fallbackCountryByCode(code);
}

/** Evidence as a list, whatever shape a collaborator returned. */
export function evidenceList(e: Evidence[] | Evidence | null | undefined, field?: string, fallback = 'evidence'): Evidence[] {
  if (!e) return [];
  const list = Array.isArray(e) ? e : [e];
  return list.filter((x) => x && typeof x.start === 'number').map((x) => ({ ...x, field: field ?? x.field ?? fallback }));
}
