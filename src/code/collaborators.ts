// What the coder takes from the other stages' modules, in one place: event dates (annotate), event
// places (geo), countries (gazetteer) and generic actors (actors). Each is re-exported here in the
// shape the coder uses, so the coder's modules depend on one small interface.
import type { Evidence, Span } from '../document.js';
import { resolveEventDate as annotateResolveEventDate, publicationDay, type EventDate } from '../annotate/dates.js';
import { chooseEventPlace as geoChooseEventPlace, type EventPlace } from '../geo/event-place.js';
import { countryByCode as gazetteerCountryByCode } from '../gazetteer/countries.js';
import { genericActor } from '../actors/index.js';
import type { Document } from '../document.js';

export type { EventDate, EventPlace };
export { publicationDay, genericActor };

export interface CountryInfo {
  name: string;
  code: string;
  iso: number | null;
}

/** The date of the event reported in `span` (annotate stage's rules: past bias, overnight, precision). */
export function resolveEventDate(doc: Document, span: { start: number; end: number }): EventDate {
  return annotateResolveEventDate(doc, span);
}

/** The place of the event reported in `span` (the geoparser's choice), or null when none is named. */
export function chooseEventPlace(doc: Document, span: { start: number; end: number }): EventPlace | null {
  return geoChooseEventPlace(doc, span);
}

export function countryByCode(code: string): CountryInfo | null {
  const c = gazetteerCountryByCode(code);
  return c ? { name: c.name, code: c.iso2, iso: c.isoNumeric } : null;
}

/**
 * Evidence as a list of well-formed spans, whatever shape a collaborator returned: each item gets
 * `field` (the collaborator's own, else `field`, else `fallback`) and its text; items without
 * numeric offsets are dropped.
 */
export function evidenceList(e: (Span | Evidence)[] | Span | Evidence | null | undefined, field?: string, fallback = 'evidence'): Evidence[] {
  if (!e) return [];
  const list = Array.isArray(e) ? e : [e];
  const out: Evidence[] = [];
  for (const x of list) {
    if (!x || typeof x.start !== 'number' || typeof x.end !== 'number' || x.end < x.start) continue;
    const own = (x as Partial<Evidence>).field;
    out.push({ ...x, field: field ?? own ?? fallback });
  }
  return out;
}
