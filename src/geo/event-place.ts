// Where an event happened — one place, not every place named — with ACLED's geo_precision:
//   1 a town is named; 2 "near"/"outside" a town, or a small part of a region (a district);
//   3 a larger region (province, region, country) → its representative point.
// Order of preference: toponyms inside the event's span, then the neighbouring sentences, then the
// document's main place; a country only when nothing smaller is named.
// The document's country focus (the country most of its names, demonyms and areas point to) rules out
// places in other countries: a small homonym abroad ("Kengen" → Köngen, Germany) never beats the focus.
// An area (province, county, district) stands for its seat — ACLED codes the representative town.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Document, Toponym } from '../document.js';
import { countryByCode } from '../gazetteer/countries.js';
import { foldName } from '../gazetteer/fold.js';
import type { Gazetteer } from '../gazetteer/open.js';
import { DATA_DIR } from '../paths.js';
import { actorCountryVotes, cueCountryVotes, figureSpans, leadingVote } from './doc-country.js';
import { toToponym } from './geoparse.js';
import { recognitionLexicon } from './lexicon.js';
import { gazetteerOf } from './toponyms-stage.js';

export interface EventPlace {
  location: string;
  latitude: number;
  longitude: number;
  geo_precision: 1 | 2 | 3;
  /** A country named only as a side of a border ("the Kenya-Somalia border", "near the border with Somalia"):
   *  the country holds, its capital is no point of the event. */
  border?: boolean;
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

let cues: { approximateBefore: string[]; approximateAfter: string[]; countryModifiersAfter: string[]; placeCuesBefore: string[]; routeCuesBefore: string[]; facilityWordsAfter: string[]; settlementWordsAfter: string[]; qualifiedTypeWords: string[]; focusWeights: Record<'town' | 'capital' | 'area' | 'country' | 'demonym' | 'actor', number> } | null = null;
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
  const resolved = doc.toponyms.filter((t): t is Resolved => t.latitude != null && t.longitude != null && !!t.country_code);
  if (!resolved.length) return null;
  // A country's name that only modifies a noun ("US dollar") is never the place, not even as a last resort;
  // nor a name inside a national figure's ("Kibaki" is no Kybaky in Ukraine).
  const figures = figureSpans(doc.text);
  const evidence = cueCountryVotes(doc.text, actorCountryVotes(doc, ['named', 'identity'], true));
  const unqualified = homeHomonyms(resolved.filter((t) => !isModifier(t, doc.text) && !inForeignActorName(t, doc)
    && !figures.some((f) => f.start <= t.start && f.end >= t.end)), evidence, gazetteerOf(doc));
  if (!unqualified.length) return null;
  // Areas named as qualifiers ("Novoselivka, Luhansk", "Abu Nasr (Tripoli)") bound the candidates: a place
  // outside them is a homonym, and when the qualified name itself is unknown the area stands for it.
  const frames = qualifierFrames(unqualified, doc.text, near);
  const named = frames.length ? unqualified.filter((t) => specificity(t) === 0 || frames.some((a) => withinArea(t, a))) : unqualified;
  const focus = focusCountry(named, doc.text, evidence);
  const all = focus ? named.filter((t) => t.country_code === focus) : named;
  const inside = all.filter((t) => t.start >= near.start && t.end <= near.end);
  const within = qualifiedPlaces(all, doc.text);
  const pick = best(inside, doc.text, false, within) ?? best(neighbours(doc, near, all), doc.text, false, within) ?? mainPlace(all);
  const chosen = pick && specificity(pick) > 0 ? pick : best(inside, doc.text, true, within) ?? best(all, doc.text, true, within);
  if (chosen && specificity(chosen) === 0 && isDemonym(chosen)) {
    // Only a demonym ("Turkish forces"): the country named outright, if any, is the better guess.
    const outright = all.find((t) => specificity(t) === 0 && !isDemonym(t));
    if (outright) return describe(outright, doc.text, gazetteerOf(doc));
  }
  return chosen ? describe(chosen, doc.text, gazetteerOf(doc)) : null;
}

/**
 * Small foreign homonyms: when the note's own evidence — actors known by their own name, national parties,
 * bodies and figures (data/geo/country-cues.json) — points to one country, a town or district of another
 * country that nothing else in the note supports (no country, area, demonym or other place of it named) is a place the
 * gazetteer knows there under the same name ("Bondo" in Kenya, not in Congo), else an unknown place of
 * that country, not a village abroad: it is taken there, or dropped (the note keeps its country).
 */
function homeHomonyms(ts: Resolved[], evidence: Map<string, number>, gaz: Gazetteer | null): Resolved[] {
  const { best: home, top, second } = leadingVote(evidence);
  if (!home || top < 1 || top === second) return ts;
  // A country is supported by its name, an area or demonym of it, or two different places of it.
  const supported = new Set(ts.filter((t) => specificity(t) < 2).map((t) => t.country_code));
  const named = new Map<string, Set<string>>();
  for (const t of ts) named.set(t.country_code!, (named.get(t.country_code!) ?? new Set()).add(t.name ?? t.text));
  for (const [cc, names] of named) if (names.size >= 2) supported.add(cc);
  const out: Resolved[] = [];
  for (const t of ts) {
    if (t.country_code === home || supported.has(t.country_code) || specificity(t) < 2 || t.feature_code === 'PPLC') { out.push(t); continue; }
    const there = gaz?.lookupKey(foldName(t.text)).find((p) => p.country_code === home);
    if (there && gaz) out.push(toToponym(t, there, t.confidence, gaz, true) as Resolved);
  }
  return out;
}

/** A name (or an area's type word) then ", " or " (", optionally a direction word: "Novoselivka, Luhansk", "(Kajuru LGA, Kaduna)". */
const QUALIFIER_BEFORE = /(?:\p{Lu}[\p{L}'’.&-]*|district|province|county|governorate|state|region|municipality|department|division|prefecture|oblast|raion|lga|area|city|town|village)(?:\s+\p{Lu}[\p{L}'’.&-]*)*\s*[,(]\s*(?:(\p{Ll}+)\s+)?$/u;

/**
 * The areas named as qualifiers of another name, in the event's span if any there, else in the whole
 * document: first-level and second-level areas, countries, and a town in brackets ("Abu Nasr (Tripoli)",
 * "(Madurai, Tamil Nadu)"). Not an item of a list ("Nyeri, Karatina, Banana and Othaya"), and not an area of a country
 * the rest of the document hardly points to (a homonym abroad).
 */
function qualifierFrames(ts: Resolved[], text: string, near: { start: number; end: number }): Resolved[] {
  const qualifiers = recognitionLexicon().qualifiers;
  let votes: Map<string, number> | null = null, top = 0;
  const frames = ts.filter((t) => {
    const s = specificity(t);
    if (s === 3 && text[t.start - 1] !== '(') return false;
    if (!/[,(]\s*(?:\p{Ll}+\s+)?$/u.test(text.slice(Math.max(0, t.start - 16), t.start))) return false;
    if (s === 0 && isDemonym(t)) return false;
    const from = Math.max(0, t.start - 60);
    const m = QUALIFIER_BEFORE.exec(text.slice(from, t.start));
    if (!m || (m[1] && !qualifiers.has(m[1]))) return false;
    if (/,\s*$/.test(text.slice(Math.max(0, from + m.index - 3), from + m.index))) return false;
    if (!votes) { votes = countryVotes(ts); top = Math.max(0, ...votes.values()); }
    return (votes.get(t.country_code!) ?? 0) >= 0.5 * top;
  });
  const local = frames.filter((t) => t.start >= near.start && t.end <= near.end);
  return local.length ? local : frames;
}

/** Is t inside the area a (same country; same first-level area unless a is a country)? */
function withinArea(t: Resolved, a: Resolved): boolean {
  if (t.country_code !== a.country_code) return false;
  if (specificity(a) === 0) return true;
  return !!a.admin1 && foldName(t.admin1 ?? '') === foldName(a.admin1);
}

/**
 * The country most of the document's resolved names point to, each name weighted by its confidence
 * (a country or area named outright weighs more than a town); null when two countries tie.
 */
export function focusCountry(ts: Resolved[], text?: string, actors?: Map<string, number>): string | null {
  const votes = countryVotes(ts, text);
  // The countries of the actors known by their own name ("Police Forces of Kenya", "Al Shabaab") count too,
  // a little: they settle a draw between a place and a small homonym abroad. (Not one named with a place or
  // demonym — "Ethiopian raiders" — counted already.)
  const aw = precisionCues().focusWeights.actor;
  for (const [cc, v] of actors ?? []) if (votes.has(cc)) votes.set(cc, votes.get(cc)! + v * aw);
  const { best, top, second } = leadingVote(votes);
  return top > second ? best : null;
}

/** Each country's vote: its names, weighted by confidence and kind (a country or area named outright weighs more than a town). */
function countryVotes(ts: Resolved[], text?: string): Map<string, number> {
  const fw = precisionCues().focusWeights;
  const cuesBefore = precisionCues().placeCuesBefore;
  const votes = new Map<string, number>();
  for (const t of ts) {
    const s = specificity(t);
    // A national capital is known by its name the world over: it says its country more than a village does.
    const kind = s === 3 ? (t.feature_code === 'PPLC' ? fw.capital : fw.town) : s > 0 ? fw.area : isDemonym(t) ? fw.demonym : fw.country;
    // A name after "in", "at", "near" is said to be where something happened: it counts more.
    const before = text ? text.slice(Math.max(0, t.start - 12), t.start).toLowerCase() : '';
    const cued = !!text && cuesBefore.some((c) => before.endsWith(` ${c} `) || before === `${c} `);
    const w = (0.3 + t.confidence) * kind * (cued ? 1.5 : 1);
    votes.set(t.country_code!, (votes.get(t.country_code!) ?? 0) + w);
  }
  return votes;
}

/**
 * The most specific toponym; on equal specificity one that follows "in"/"at"/"near" beats one used as a
 * modifier ("Mandera teachers protested in Nairobi", "blocked Mombasa Road in Makueni"), then the more
 * confident, then the first. Countries only when `countries` is set.
 */
function best(ts: Resolved[], text: string, countries = false, within = new Map<Resolved, Resolved>()): Resolved | null {
  let out: Resolved | null = null, outRank = -Infinity;
  for (const t of ts) {
    const s = specificity(t);
    if (s === 0 && !countries) continue;
    let r = rank(t, text);
    // The larger place a named place lies in ("Jaghuri district in Ghazni") ranks below that place.
    for (let q = within.get(t), n = 0; q && n < 5; q = within.get(q), n++) r = Math.min(r, rank(q, text) - 0.1 * (n + 1));
    if (!out || r > outRank + 1e-9 || (Math.abs(r - outRank) < 1e-9 && t.confidence > out.confidence + 0.3)) { out = t; outRank = r; }
  }
  return out;
}

/**
 * Specificity, plus half a level for a place cue before the name, minus most of one for a facility word
 * after it or a route word before it ("the highway to Nairobi": where the road leads, not the event).
 */
function rank(t: Resolved, text: string): number {
  const { placeCuesBefore, facilityWordsAfter, settlementWordsAfter } = precisionCues();
  const before = text.slice(Math.max(0, t.start - 25), t.start).toLowerCase().replace(/\s+/g, ' ').replace(/(?:the|a) $/, '');
  // The word after the name, past other names joined by hyphens ("Nairobi-Narok highway").
  const rest = text.slice(t.end, t.end + 60).replace(/^(?:-\p{Lu}[\p{L}']*(?: \p{Lu}[\p{L}']*)*)+/u, '');
  const after = /^[\s-]*([\p{L}]+)/u.exec(rest)?.[1]?.toLowerCase() ?? '';
  let r = specificity(t);
  if (routeCued(t, text)) r -= 0.8;
  if (placeCuesBefore.some((c) => before.endsWith(` ${c} `) || before === `${c} `) || settlementWordsAfter.includes(after)) r += 0.5;
  if (facilityWordsAfter.includes(after)) r -= 0.8;
  return r;
}

/** A name after a route word ("the highway to Nairobi", "fled from Gao"): where a journey starts or ends. */
function routeCued(t: Resolved, text: string): boolean {
  const before = text.slice(Math.max(0, t.start - 25), t.start).toLowerCase().replace(/\s+/g, ' ').replace(/(?:the|a) $/, '');
  return precisionCues().routeCuesBefore.some((c) => before.endsWith(` ${c} `) || before === `${c} `);
}

/**
 * Names that qualify the name just before them — the larger place it lies in: "Imam Sahib district, Kunduz",
 * "Jaghuri district in Ghazni", "Berunda (Mahagi, Ituri)", "Bidkin village of Paithan tehsil" — each mapped to
 * the name it qualifies (a town or district of the same country: a province is not qualified by a smaller place).
 */
let jointRe: RegExp | null = null;
function qualifiedPlaces(ts: Resolved[], text: string): Map<Resolved, Resolved> {
  const joint = jointRe ??= new RegExp(`^(?:[\\s-]+(?:${precisionCues().qualifiedTypeWords.join('|')}))?\\s*(?:,|\\(|\\bin\\b|\\bof\\b)\\s*$`, 'iu');
  const out = new Map<Resolved, Resolved>();
  const sorted = [...ts].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const u = sorted[i - 1], t = sorted[i];
    if (specificity(u) < 2 || u.country_code !== t.country_code || t.start - u.end > 40 || routeCued(u, text)) continue;
    if (joint.test(text.slice(u.end, t.start))) out.set(t, u);
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

function describe(t: Resolved, text: string, gaz: Gazetteer | null): EventPlace {
  const c = countryByCode(t.country_code);
  const s = specificity(t);
  let precision: 1 | 2 | 3 = s === 3 ? 1 : s === 2 ? 2 : 3;
  if (precision === 1 && isApproximate(t, text)) precision = 2;
  // "Isiolo South", "Turkana North": a district or constituency named after the town or area — a part of its region.
  if (isCompassPart(t)) precision = 2;
  const name = plain(t.name ?? t.text);
  // An area stands for its seat; a country for its capital (ACLED codes national events there).
  const seat = !gaz ? null : t.feature_code === 'ADM1' || t.feature_code === 'ADM2' ? seatOf(t, gaz) : s === 0 ? capitalOf(t.country_code!, gaz) : null;
  return {
    location: seat ? plain(seat.name) : name,
    latitude: seat?.latitude ?? t.latitude,
    longitude: seat?.longitude ?? t.longitude,
    geo_precision: precision,
    country: c?.name ?? t.country_code!,
    iso: c?.isoNumeric ?? null,
    country_code: t.country_code!,
    admin1: s === 1 && t.feature_code === 'ADM1' ? name : plain(t.admin1 ?? ''),
    admin2: s === 2 && t.feature_code === 'ADM2' ? name : plain(t.admin2 ?? ''),
    admin3: '',
    evidence: { start: t.start, end: t.end, text: t.text },
    ...(s === 0 && onBorder(t, text) ? { border: true } : {}),
  };
}

/** "Kenya-Somalia border", "Somali border", "Somalia-Kenya border", "border with Somalia", "border between Kenya and Ethiopia". */
const BORDER_AFTER = /^(?:\s*[-–\/]\s*\p{Lu}[\p{L}'’]*)?\s+(?:common\s+)?borders?\b/u;
const BORDER_BEFORE = /(?:\bborders?\s+(?:with|of|into)|\bborders?\s+between(?:\s+\p{Lu}[\p{L}'’]*\s+and)?|\p{L}\s*[-–\/])\s*$/u;
function onBorder(t: Resolved, text: string): boolean {
  const before = text.slice(Math.max(0, t.start - 40), t.start);
  if (BORDER_AFTER.test(text.slice(t.end, t.end + 40))) return true;
  return BORDER_BEFORE.test(before) && (!/[-–\/]\s*$/.test(before) || /^\s+(?:common\s+)?borders?\b/.test(text.slice(t.end, t.end + 20)));
}

/** "Syrian", "Somalis": a country named by its people's name. */
function isDemonym(t: Resolved): boolean {
  const c = countryByCode(t.country_code);
  if (!c) return false;
  const key = foldName(t.text).replace(/s$/, '');
  return c.demonyms.some((d) => foldName(d) === key) && foldName(c.name) !== foldName(t.text);
}

/**
 * "Orma militia" (Kenya) is no Orma in Greece: a name inside a named actor or identity group of another
 * country than the place's is the actor, not a place. ("Turkana raiders" keeps Turkana County, Kenya.)
 */
function inForeignActorName(t: Resolved, doc: Document): boolean {
  return doc.actors.some((a) => (a.kind === 'named' || a.kind === 'identity') && a.start <= t.start && a.end >= t.end
    && !!a.country && a.country !== t.country_code);
}

/** "US dollar", "Turkish embassy": a country's name that only modifies a noun. */
function isModifier(t: Resolved, text: string): boolean {
  if (specificity(t) !== 0) return false;
  const next = /^[\s-]+([\p{L}-]+)/u.exec(text.slice(t.end, t.end + 30));
  return !!next && precisionCues().countryModifiersAfter.includes(next[1].toLowerCase());
}

/** The seat (capital, else largest town) of an area toponym, found through the gazetteer place it resolved to. */
function seatOf(t: Resolved, gaz: Gazetteer): { name: string; latitude: number; longitude: number } | null {
  const area = gaz.lookupKey(foldName(t.name ?? t.text)).find((p) => p.feature_code === t.feature_code && p.country_code === t.country_code
    && Math.abs(p.latitude - t.latitude) < 1e-4 && Math.abs(p.longitude - t.longitude) < 1e-4);
  const code = t.feature_code === 'ADM1' ? area?.admin1_code : area?.admin2_code;
  return code ? gaz.seatOf(code) : null;
}

function capitalOf(cc: string, gaz: Gazetteer): { name: string; latitude: number; longitude: number } | null {
  return gaz.capitalOf(cc);
}

function isCompassPart(t: Resolved): boolean {
  const last = /\s(\p{L}+)$/u.exec(t.text)?.[1];
  return !!last && recognitionLexicon().compassAfter.has(last.toLowerCase()) && !foldName(t.name ?? '').endsWith(foldName(last));
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
