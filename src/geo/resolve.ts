// Resolution: which gazetteer place each mention means. A candidate's score adds
//   priors     — population, feature code (country > first-level area > capital > town ...), kind of name;
//   context    — an explicit admin area after a comma ("Harem, western Idlib"), a type word ("X province");
//   document   — the countries and first-level areas the document is about, and proximity to the other
//                places it names (iterated, since each choice informs the others);
// and every mention of the same name in a document gets the same place (one sense per discourse).
// The confidence is the chosen candidate's share of exp(score) over the candidates.
import { simplify } from '../gazetteer/fold.js';
import type { Place } from '../gazetteer/open.js';
import { resolutionPriors } from './lexicon.js';
import type { Mention } from './recognize.js';

export interface Resolution {
  place: Place | null;
  confidence: number;
}

const MAX_CANDIDATES = 25;
const PASSES = 3;

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Resolve every mention of a document together. */
export function resolveMentions(ms: Mention[]): Resolution[] {
  const pr = resolutionPriors();
  const w = pr.weights;
  // Candidates with their prior scores, best first, capped.
  const cands = ms.map((m) => {
    let places = m.places;
    if (m.typeAfter) {
      const fit = places.filter((p) => p.feature_class === m.typeAfter);
      if (fit.length) places = fit;
    }
    const surface = simplify(m.text);
    const scored = places.map((p) => ({ p, prior: prior(p, surface, m, pr) }));
    scored.sort((a, b) => b.prior - a.prior);
    return scored.slice(0, MAX_CANDIDATES);
  });
  // Mentions grouped by key: one sense per discourse.
  const groups = new Map<string, number[]>();
  ms.forEach((m, i) => (groups.get(m.key) ?? groups.set(m.key, []).get(m.key)!).push(i));

  let choice: (Place | null)[] = cands.map((c) => c[0]?.p ?? null);
  let conf: number[] = cands.map(() => 0);
  for (let pass = 0; pass < PASSES; pass++) {
    // Document focus from the current choices (each group counted once, weighted by confidence).
    const countries = new Map<string, number>();
    const admin1s = new Map<string, number>();
    let total = 0;
    const points: { key: string; lat: number; lon: number; wt: number }[] = [];
    for (const [key, idx] of groups) {
      const p = choice[idx[0]];
      if (!p) continue;
      const wt = pass === 0 ? 1 : 0.5 + conf[idx[0]];
      total += wt;
      if (p.country_code) countries.set(p.country_code, (countries.get(p.country_code) ?? 0) + wt);
      if (p.admin1_code) admin1s.set(p.admin1_code, (admin1s.get(p.admin1_code) ?? 0) + wt);
      if (p.feature_class === 'P' || p.feature_code === 'ADM2') points.push({ key, lat: p.latitude, lon: p.longitude, wt });
    }
    const next: (Place | null)[] = new Array(ms.length).fill(null);
    const nextConf: number[] = new Array(ms.length).fill(0);
    for (const [key, idx] of groups) {
      const totals = new Map<number, { p: Place; s: number }>();
      for (const i of idx) {
        const ctx = ms[i].adminContext >= 0 ? choice[ms[i].adminContext] : null;
        const own = choice[i];
        for (const { p, prior: s0 } of cands[i]) {
          let s = s0;
          if (ctx) s += w.adminContext * (within(p, ctx) ? 1 : -0.5);
          if (total > 0) {
            // Focus without this group's own vote.
            const selfW = own && own.country_code === p.country_code ? (pass === 0 ? 1 : 0.5 + conf[i]) : 0;
            const others = total - (own ? (pass === 0 ? 1 : 0.5 + conf[i]) : 0);
            if (others > 0) {
              s += w.countryFocus * Math.max(0, (countries.get(p.country_code) ?? 0) - selfW) / others;
              if (p.admin1_code && p.feature_code !== 'ADM1') {
                const selfA = own && own.admin1_code === p.admin1_code ? (pass === 0 ? 1 : 0.5 + conf[i]) : 0;
                s += w.admin1Focus * Math.max(0, (admin1s.get(p.admin1_code) ?? 0) - selfA) / others;
              }
            }
          }
          if (pass > 0 && (p.feature_class === 'P' || p.feature_code === 'ADM2')) {
            let best = 0;
            for (const q of points) {
              if (q.key === key) continue;
              const d = haversineKm(p.latitude, p.longitude, q.lat, q.lon);
              best = Math.max(best, Math.exp(-d / w.proximityKm));
            }
            s += w.proximity * best;
          }
          const t = totals.get(p.geonameid);
          if (t) t.s += s; else totals.set(p.geonameid, { p, s });
        }
      }
      let best: { p: Place; s: number } | null = null;
      let z = 0;
      const n = idx.length;
      for (const t of totals.values()) if (!best || t.s > best.s) best = t;
      if (best) for (const t of totals.values()) z += Math.exp((t.s - best.s) / n);
      for (const i of idx) { next[i] = best?.p ?? null; nextConf[i] = best ? 1 / z : 0; }
    }
    choice = next;
    conf = nextConf;
  }
  return ms.map((_, i) => ({ place: choice[i], confidence: Math.round(conf[i] * 1000) / 1000 }));
}

function prior(p: Place, surface: string, m: Mention, pr: ReturnType<typeof resolutionPriors>): number {
  const w = pr.weights;
  let s = w.population * Math.log10(p.population + 1);
  s += pr.featurePrior[p.feature_code] ?? pr.featureClassPrior[p.feature_class] ?? -0.5;
  s += pr.kindPrior[String(p.kind)] ?? 0;
  if (simplify(p.name) === surface) s += w.exactName;
  if (m.typeAfter && p.feature_class === m.typeAfter) s += w.typeMatch;
  return s;
}

/** Is place p inside the area a (a country, first- or second-level area)? */
function within(p: Place, a: Place): boolean {
  if (a.feature_code === 'PCLI') return p.country_code === a.country_code;
  if (a.feature_code === 'ADM1') return p.admin1_code === a.admin1_code;
  if (a.feature_code === 'ADM2') return p.admin2_code === a.admin2_code;
  return haversineKm(p.latitude, p.longitude, a.latitude, a.longitude) < 300;
}
