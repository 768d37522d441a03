// Resolution: which gazetteer place each mention means. A candidate's score adds
//   priors    — population, feature code (country > first-level area > capital > town ...), kind of name
//               (an alternate name loses to a place that has the name as its own);
//   context   — an explicit area after a comma ("Harem, western Idlib", "Alexandria, La."), a type word;
//   document  — support from the other names of the document: how much of their probability lies in
//               the same country and first-level area, and how close their candidates are (soft, so
//               that "Paris" and "Henry County" pull each other to Tennessee even when each alone
//               would go elsewhere); iterated a few times.
// Every mention of the same name gets the same place (one sense per discourse). The confidence is the
// chosen candidate's probability (softmax of the scores).
import { simplifyCached as simplify } from '../gazetteer/fold.js';
import type { Place } from '../gazetteer/open.js';
import { NameKind } from '../gazetteer/schema.js';
import { resolutionPriors } from './lexicon.js';
import type { Mention } from './recognize.js';

export interface Resolution {
  place: Place | null;
  confidence: number;
}

const MAX_CANDIDATES = 25;
const AREA_CODES = new Set(['ADM1', 'ADM2', 'PCLI', 'RGN']);
const SUPPORT_CANDIDATES = 8;
const MAJOR_CODES = new Set(['PCLI', 'ADM1', 'ADM2', 'PPLC', 'PPLA']);
const SMALL_TOWN = 100_000;
const PASSES = 3;
const SAME_PLACE_KM = 25;

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** A fast distance, good enough to say "near" (equirectangular). */
function roughKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const x = (lon2 - lon1) * Math.cos(((lat1 + lat2) * Math.PI) / 360);
  return 111.2 * Math.sqrt(x * x + (lat2 - lat1) ** 2);
}

interface Group {
  key: string;
  mentions: number[];
  cands: { p: Place; prior: number }[];
  prob: number[];
  /** How much the name supports the others: the share of its mentions that are no modifier ("the US dollar" supports no place of the US). */
  weight: number;
}

/** Resolve every mention of a document together. */
export function resolveMentions(ms: Mention[]): Resolution[] {
  const pr = resolutionPriors();
  const w = pr.weights;
  const groups = new Map<string, Group>();
  ms.forEach((m, i) => {
    let g = groups.get(m.key);
    if (!g) {
      g = { key: m.key, mentions: [], cands: candidates(m, pr), prob: [], weight: 1 };
      groups.set(m.key, g);
    }
    g.mentions.push(i);
  });
  const list = [...groups.values()];
  for (const g of list) g.weight = g.mentions.filter((i) => !ms[i].modifier).length / g.mentions.length;
  for (const g of list) g.prob = softmax(g.cands.map((c) => c.prior));
  const groupOf = (i: number) => groups.get(ms[i].key)!;

  for (let pass = 0; pass < PASSES; pass++) {
    // What the other names of the document say, from the last pass's probabilities.
    const countryMass = new Map<string, number>();
    const admin1Mass = new Map<string, number>();
    for (const g of list) {
      g.cands.forEach((c, k) => {
        if (c.p.country_code) countryMass.set(c.p.country_code, (countryMass.get(c.p.country_code) ?? 0) + g.prob[k] * g.weight);
        if (c.p.admin1_code) admin1Mass.set(c.p.admin1_code, (admin1Mass.get(c.p.admin1_code) ?? 0) + g.prob[k] * g.weight);
      });
    }
    const others = list.length - 1;
    const scores = list.map((g) => g.cands.map((c, k) => {
      let s = c.prior;
      for (const i of g.mentions) {
        const a = ms[i].adminContext;
        if (a < 0) continue;
        const ctx = groupOf(a);
        const best = ctx.cands[argmax(ctx.prob)]?.p;
        if (best) s += w.adminContext * (within(c.p, best) ? 1 : -0.5);
      }
      if (others > 0 && pass > 0) {
        const own = g.prob[k];
        s += w.countryFocus * ((countryMass.get(c.p.country_code) ?? 0) - sameCountryMass(g, c.p.country_code)) / others;
        if (c.p.admin1_code) s += w.admin1Focus * ((admin1Mass.get(c.p.admin1_code) ?? 0) - sameAdmin1Mass(g, c.p.admin1_code)) / others;
        if (c.p.feature_class === 'P' || c.p.feature_code === 'ADM2') s += w.proximity * Math.min(w.proximityCap ?? 1.5, support(c.p, g, list, w.proximityKm));
        void own;
      }
      return s;
    }));
    list.forEach((g, gi) => { g.prob = softmax(scores[gi]); });
  }
  // "Savar (Savar, Dhaka)": when the area named after the comma is in another country than all of a
  // name's candidates, and these are small places no other name of the document points to, the name is
  // a place the gazetteer does not know inside that area — not a homonym abroad. (A known town of the
  // area's country stays: "Nawabshah, Punjab" even when the note names the wrong province.)
  const mass = new Map<string, number>();
  for (const g of list) g.cands.forEach((c, k) => mass.set(c.p.country_code, (mass.get(c.p.country_code) ?? 0) + g.prob[k] * g.weight));
  const unknownInArea = new Set(list.filter((g) => g.cands.length > 0 && g.mentions.some((i) => {
    const a = ms[i].adminContext;
    if (a < 0) return false;
    const ctx = groupOf(a);
    if (ctx === g) return false;
    const k = argmax(ctx.prob);
    const area = ctx.cands[k]?.p;
    if (!area || !['ADM1', 'ADM2', 'PCLI'].includes(area.feature_code) || ctx.prob[k] < 0.5) return false;
    return g.cands.every((c) => c.p.country_code !== area.country_code && !MAJOR_CODES.has(c.p.feature_code)
      && c.p.population < SMALL_TOWN && (mass.get(c.p.country_code) ?? 0) - sameCountryMass(g, c.p.country_code) < 0.1);
  })));
  return ms.map((_, i) => {
    const g = groupOf(i);
    if (!g.cands.length || unknownInArea.has(g)) return { place: null, confidence: 0 };
    const k = argmax(g.prob);
    // Candidates that are the same place under another feature ("Beirut" the capital and the governorate) pool their probability.
    const c = g.cands[k].p;
    let conf = 0;
    g.cands.forEach((o, j) => { if (j === k || roughKm(c.latitude, c.longitude, o.p.latitude, o.p.longitude) < SAME_PLACE_KM) conf += g.prob[j]; });
    return { place: c, confidence: Math.round(Math.min(1, conf) * 1000) / 1000 };
  });
}

function candidates(m: Mention, pr: ReturnType<typeof resolutionPriors>): { p: Place; prior: number }[] {
  let places = m.places;
  if (m.typeAfter) {
    const fit = places.filter((p) => p.feature_class === m.typeAfter);
    if (fit.length) places = fit;
  }
  const surface = simplify(m.text);
  const hasOwnName = places.some((p) => p.kind === NameKind.name);
  const scored = places.map((p) => ({ p, prior: prior(p, surface, m, hasOwnName, pr) }));
  scored.sort((a, b) => b.prior - a.prior);
  return scored.slice(0, MAX_CANDIDATES);
}

function prior(p: Place, surface: string, m: Mention, hasOwnName: boolean, pr: ReturnType<typeof resolutionPriors>): number {
  const w = pr.weights;
  // GeoNames gives many towns no population: assume a typical one for the feature ("Harim": PPLA2, 0).
  const population = p.population || (pr.typicalPopulation[p.feature_code] ?? 0);
  let s = w.population * Math.log10(population + 1);
  s += pr.featurePrior[p.feature_code] ?? pr.featureClassPrior[p.feature_class] ?? -0.5;
  s += pr.kindPrior[String(p.kind)] ?? 0;
  if (hasOwnName && (p.kind === NameKind.alternate || p.kind === NameKind.short)) s += w.alternateWhenNamed;
  if (simplify(p.name) === surface) {
    s += w.exactName;
    // The analyst's own place table (`sitrep gazetteer import` of a CSV) beats homonyms of the embedded data.
    if (p.source.startsWith('import:')) s += w.importedExactName ?? 0;
  }
  if (m.typeAfter && p.feature_class === m.typeAfter) s += w.typeMatch;
  // "Harem, western Idlib": the name after the comma, or after a direction word, is an area.
  if ((m.contextOf >= 0 || m.qualified) && AREA_CODES.has(p.feature_code)) s += w.areaContext;
  return s;
}

/** Probability mass of a group's own candidates in a country (so a name does not support itself). */
function sameCountryMass(g: Group, cc: string): number {
  let s = 0;
  g.cands.forEach((c, k) => { if (c.p.country_code === cc) s += g.prob[k]; });
  return s * g.weight;
}

function sameAdmin1Mass(g: Group, a1: string): number {
  let s = 0;
  g.cands.forEach((c, k) => { if (c.p.admin1_code === a1) s += g.prob[k]; });
  return s * g.weight;
}

/** How near the other names' likely candidates are: Σ over other names of max closeness × probability. */
function support(p: Place, self: Group, list: Group[], km: number): number {
  let total = 0;
  for (const g of list) {
    if (g === self) continue;
    let best = 0;
    const n = Math.min(SUPPORT_CANDIDATES, g.cands.length);
    for (let k = 0; k < n; k++) {
      const q = g.cands[k].p;
      if (q.feature_class !== 'P' && q.feature_code !== 'ADM2') continue;
      const d = roughKm(p.latitude, p.longitude, q.latitude, q.longitude);
      if (d > 4 * km) continue;
      const v = Math.exp(-d / km) * (0.3 + 0.7 * g.prob[k]);
      if (v > best) best = v;
    }
    total += best;
  }
  return total;
}

function softmax(xs: number[]): number[] {
  if (!xs.length) return [];
  const m = Math.max(...xs);
  const e = xs.map((x) => Math.exp(x - m));
  const z = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / z);
}

function argmax(xs: number[]): number {
  let k = 0;
  for (let i = 1; i < xs.length; i++) if (xs[i] > xs[k]) k = i;
  return k;
}

/** Is place p inside the area a (a country, first- or second-level area)? */
function within(p: Place, a: Place): boolean {
  if (a.feature_code === 'PCLI') return p.country_code === a.country_code;
  if (a.feature_code === 'ADM1') return p.admin1_code === a.admin1_code;
  if (a.feature_code === 'ADM2') return p.admin2_code === a.admin2_code;
  return haversineKm(p.latitude, p.longitude, a.latitude, a.longitude) < 300;
}
