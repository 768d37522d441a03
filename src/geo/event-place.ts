// Where an event happened — one place, not every place named — with ACLED's geo_precision:
//   1 a town is named; 2 "near"/"outside" a town, or a small part of a region (a district);
//   3 a larger region (province, region, country) → its representative point.
// Order of preference: toponyms inside the event's span, then the neighbouring sentences, then the
// document's main place; a country only when nothing smaller is named.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Document, Toponym } from '../document.js';
import { countryByCode } from '../gazetteer/countries.js';
import { DATA_DIR } from '../paths.js';

export interface EventPlace {
  location: string;
  latitude: number;
  longitude: number;
  geo_precision: 1 | 2 | 3;
  /** ACLED-style common English country name ("Syria", "Democratic Republic of Congo"). */
  country: string;
  /** ISO 3166 numeric. */
  iso: number | null;
  country_code: string;
  admin1: string;
  admin2: string;
  admin3: string;
  evidence: { start: number; end: number; text: string };
}

type Resolved = Toponym & { latitude: number; longitude: number };

let cues: { approximateBefore: string[]; approximateAfter: string[] } | null = null;
function precisionCues() {
  cues ??= JSON.parse(readFileSync(resolve(DATA_DIR, 'geo/event-place.json'), 'utf8'));
  return cues!;
}

/** How specific a toponym is: 3 a town, 2 a district, 1 a province or region, 0 a country or continent. */
export function specificity(t: Toponym): number {
  const f = t.feature_code ?? '';
  if (f.startsWith('PPL') || f === 'STLMT') return 3;
  if (f === 'ADM2' || f === 'ADM3' || f === 'ADM4') return 2;
  if (f === 'ADM1' || f === 'RGN' || f === 'ADMD') return 1;
  return 0;
}

export function chooseEventPlace(doc: Document, near: { start: number; end: number }): EventPlace | null {
  const all = doc.toponyms.filter((t): t is Resolved => t.latitude != null && t.longitude != null && !!t.country_code);
  if (!all.length) return null;
  const inside = all.filter((t) => t.start >= near.start && t.end <= near.end);
  const pick = best(inside, doc.text) ?? best(neighbours(doc, near, all), doc.text) ?? mainPlace(all);
  const chosen = pick && specificity(pick) > 0 ? pick : best(inside, doc.text, true) ?? best(all, doc.text, true);
  return chosen ? describe(chosen, doc.text) : null;
}

/** The most specific toponym (first one on ties); countries only when `countries` is set. */
function best(ts: Resolved[], _text: string, countries = false): Resolved | null {
  let out: Resolved | null = null;
  for (const t of ts) {
    const s = specificity(t);
    if (s === 0 && !countries) continue;
    if (!out || s > specificity(out) || (s === specificity(out) && t.confidence > out.confidence + 0.3)) out = t;
  }
  return out;
}

/** Toponyms of the sentences just before and after the span. */
function neighbours(doc: Document, near: { start: number; end: number }, all: Resolved[]): Resolved[] {
  const sentences = doc.sentences.length ? doc.sentences : splitSentences(doc.text);
  const i = sentences.findIndex((s) => s.end > near.start);
  if (i < 0) return [];
  const lo = sentences[Math.max(0, i - 1)].start;
  const hi = sentences[Math.min(sentences.length - 1, i + 1)].end;
  const within = all.filter((t) => t.start >= lo && t.end <= hi && !(t.start >= near.start && t.end <= near.end));
  // The sentence before counts first (it usually sets the scene), then the one after.
  return within.sort((a, b) => Math.abs(a.start - near.start) - Math.abs(b.start - near.start));
}

/** The document's main place: the most often named non-country place (earliest on ties). */
function mainPlace(all: Resolved[]): Resolved | null {
  const counts = new Map<string, { t: Resolved; n: number }>();
  for (const t of all) {
    if (specificity(t) === 0) continue;
    const k = `${t.latitude},${t.longitude}`;
    const c = counts.get(k);
    if (c) c.n += 1 + specificity(t) / 10; else counts.set(k, { t, n: 1 + specificity(t) / 10 });
  }
  let out: { t: Resolved; n: number } | null = null;
  for (const c of counts.values()) if (!out || c.n > out.n) out = c;
  return out?.t ?? null;
}

function splitSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^.!?\n]+(?:[.!?]+["'”’)]*|\n|$)/g;
  for (const m of text.matchAll(re)) if (m[0].trim()) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}

function describe(t: Resolved, text: string): EventPlace {
  const c = countryByCode(t.country_code);
  const s = specificity(t);
  let precision: 1 | 2 | 3 = s === 3 ? 1 : s === 2 ? 2 : 3;
  if (precision === 1 && isApproximate(t, text)) precision = 2;
  const name = plain(t.name ?? t.text);
  return {
    location: name,
    latitude: t.latitude,
    longitude: t.longitude,
    geo_precision: precision,
    country: c?.name ?? t.country_code!,
    iso: c?.isoNumeric ?? null,
    country_code: t.country_code!,
    admin1: s === 1 && t.feature_code === 'ADM1' ? name : plain(t.admin1 ?? ''),
    admin2: s === 2 && t.feature_code === 'ADM2' ? name : plain(t.admin2 ?? ''),
    admin3: '',
    evidence: { start: t.start, end: t.end, text: t.text },
  };
}

function isApproximate(t: Toponym, text: string): boolean {
  const { approximateBefore, approximateAfter } = precisionCues();
  const before = text.slice(Math.max(0, t.start - 40), t.start).toLowerCase().replace(/\s+/g, ' ').trimEnd();
  const after = text.slice(t.end, t.end + 20).toLowerCase().trimStart();
  return approximateBefore.some((c) => before.endsWith(' ' + c) || before === c)
    || approximateAfter.some((c) => after.startsWith(c + ' ') || after.startsWith(c + '.') || after.startsWith(c + ',') || after === c);
}

/** ACLED writes place names without diacritics ("Harim", not "Ḩārim"). */
function plain(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[ʿʾ‘’]/g, "'");
}
