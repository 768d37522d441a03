// TEMPORARY fallback for the geoparser's chooseEventPlace (src/geo/event-place.ts) and the gazetteer's
// country lookup (src/gazetteer/countries.ts): remove when they land. Country level only: the country
// named (or whose demonym appears) in the text, placed at its centroid with geo_precision 3.
import countries from 'world-countries';
import type { Document, Span } from '../../document.js';
import type { CountryInfo, EventPlace } from '../collaborators.js';

interface Entry { info: CountryInfo; lat: number; lon: number }
const byCode = new Map<string, Entry>();
const names: { re: RegExp; code: string }[] = [];
for (const c of countries as unknown as { name: { common: string; official: string }; cca2: string; ccn3: string; latlng: number[]; altSpellings: string[]; demonyms?: { eng?: { m: string; f: string } } }[]) {
  byCode.set(c.cca2, { info: { name: c.name.common, code: c.cca2, iso: c.ccn3 ? Number(c.ccn3) : null }, lat: c.latlng[0], lon: c.latlng[1] });
  const words = new Set([c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3), c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((s): s is string => !!s && s.length > 3));
  for (const w of words) names.push({ re: new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`), code: c.cca2 });
}

export function fallbackCountryByCode(code: string): CountryInfo | null {
  return byCode.get(code.toUpperCase())?.info ?? null;
}

/** The country most named in the text (first mention breaks ties). */
export function fallbackCountryFocus(text: string): { code: string; start: number; end: number } | null {
  const counts = new Map<string, { n: number; first: number; end: number }>();
  for (const { re, code } of names) {
    const m = re.exec(text);
    if (!m) continue;
    const c = counts.get(code) ?? { n: 0, first: m.index, end: m.index + m[0].length };
    c.n++;
    if (m.index < c.first) { c.first = m.index; c.end = m.index + m[0].length; }
    counts.set(code, c);
  }
  let best: { code: string; start: number; end: number; n: number } | null = null;
  for (const [code, c] of counts) if (!best || c.n > best.n || (c.n === best.n && c.first < best.start)) best = { code, start: c.first, end: c.end, n: c.n };
  return best;
}

const focusCache = new WeakMap<Document, ReturnType<typeof fallbackCountryFocus>>();

export function fallbackChooseEventPlace(doc: Document, _span: Span): EventPlace | null {
  if (!focusCache.has(doc)) focusCache.set(doc, fallbackCountryFocus(doc.text));
  const focus = focusCache.get(doc);
  if (!focus) return null;
  const e = byCode.get(focus.code)!;
  return {
    location: e.info.name, latitude: e.lat, longitude: e.lon, geo_precision: 3,
    country: e.info.name, iso: e.info.iso, country_code: e.info.code, admin1: '', admin2: '', admin3: '',
    evidence: [{ field: 'country', start: focus.start, end: focus.end, text: doc.text.slice(focus.start, focus.end) }],
  };
}
