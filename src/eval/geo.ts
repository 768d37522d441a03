// `sitrep eval geo <file.jsonl> [--json] [--limit N] [--gazetteer G] [--no-demonyms]`: scores the geoparser on
// toponym-annotated articles ({"id","text","toponyms":[{start,end,text,latitude,longitude,...}]}):
//   recognition — precision/recall/F1 of predicted spans, exact and overlapping;
//   resolution  — Acc@161 km, median error and AUC (Gritta et al. 2019) with the gold spans given,
//                 and end to end (gold toponyms whose span was found, scored by the predicted point).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { openGazetteer } from '../gazetteer/open.js';
import { geoparse } from '../geo/geoparse.js';
import { haversineKm } from '../geo/resolve.js';

interface GoldToponym { start: number; end: number; text: string; latitude: number | null; longitude: number | null }
interface Article { id: string; text: string; toponyms: GoldToponym[] }

const EARTH_HALF_CIRCUMFERENCE_KM = 20038;

export interface GeoScores {
  articles: number;
  gold: number;
  recognition: { exact: PRF; overlap: PRF };
  goldSpans: ResolutionScores;
  endToEnd: ResolutionScores & { foundOfGold: number };
  seconds: number;
}
interface PRF { precision: number; recall: number; f1: number; tp: number; predicted: number; gold: number }
interface ResolutionScores { scored: number; acc161: number; medianKm: number; auc: number; unresolved: number }

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true,
    options: { json: { type: 'boolean' }, limit: { type: 'string' }, gazetteer: { type: 'string' }, 'no-demonyms': { type: 'boolean' } },
  });
  const file = positionals[0];
  if (!file) { console.error('usage: sitrep eval geo <toponyms.jsonl> [--json] [--limit N] [--gazetteer G] [--no-demonyms]'); return 2; }
  const limit = values.limit ? Number(values.limit) : Infinity;
  const articles: Article[] = [];
  let bad = 0;
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    if (articles.length >= limit) break;
    try {
      const a = JSON.parse(line) as Article;
      if (typeof a.text !== 'string' || !Array.isArray(a.toponyms)) throw new Error('no text or toponyms');
      articles.push(a);
    } catch { bad++; }
  }
  if (bad) console.error(`eval geo: skipped ${bad} unreadable line(s)`);
  const scores = evaluate(articles, { gazetteer: values.gazetteer ?? null, demonyms: !values['no-demonyms'] });
  if (values.json) console.log(JSON.stringify(scores, null, 2));
  else console.log(formatScores(file, scores));
  return 0;
}

export function evaluate(articles: Article[], opts: { gazetteer?: string | null; demonyms?: boolean } = {}): GeoScores {
  const gaz = openGazetteer(opts.gazetteer);
  const t0 = performance.now();
  let tpExact = 0, tpOverlapPred = 0, tpOverlapGold = 0, predicted = 0, gold = 0;
  const errGold: number[] = [];
  const errE2E: number[] = [];
  let unresolvedGold = 0, unresolvedE2E = 0, withCoords = 0;
  for (const a of articles) {
    gold += a.toponyms.length;
    // End to end.
    const pred = geoparse(a.text, gaz, { demonyms: opts.demonyms, admin2: false });
    predicted += pred.length;
    const exact = new Map(pred.map((p) => [`${p.start}:${p.end}`, p]));
    for (const g of a.toponyms) if (exact.has(`${g.start}:${g.end}`)) tpExact++;
    for (const p of pred) if (a.toponyms.some((g) => g.start < p.end && p.start < g.end)) tpOverlapPred++;
    for (const g of a.toponyms) {
      const hit = pred.find((p) => g.start < p.end && p.start < g.end);
      if (hit) tpOverlapGold++;
      if (g.latitude == null || g.longitude == null || !hit) continue;
      if (hit.latitude == null || hit.longitude == null) { unresolvedE2E++; errE2E.push(EARTH_HALF_CIRCUMFERENCE_KM); continue; }
      errE2E.push(haversineKm(g.latitude, g.longitude, hit.latitude, hit.longitude));
    }
    // Gold spans given.
    const spans = a.toponyms.filter((g) => g.latitude != null && g.longitude != null);
    withCoords += spans.length;
    const res = geoparse(a.text, gaz, { spans, admin2: false });
    res.forEach((r, i) => {
      const g = spans[i];
      if (r.latitude == null || r.longitude == null) { unresolvedGold++; errGold.push(EARTH_HALF_CIRCUMFERENCE_KM); return; }
      errGold.push(haversineKm(g.latitude!, g.longitude!, r.latitude, r.longitude!));
    });
  }
  const prf = (tpP: number, tpG: number): PRF => {
    const precision = predicted ? tpP / predicted : 0;
    const recall = gold ? tpG / gold : 0;
    return { precision: r4(precision), recall: r4(recall), f1: r4(precision + recall ? (2 * precision * recall) / (precision + recall) : 0), tp: tpG, predicted, gold };
  };
  return {
    articles: articles.length,
    gold,
    recognition: { exact: prf(tpExact, tpExact), overlap: prf(tpOverlapPred, tpOverlapGold) },
    goldSpans: resolutionScores(errGold, unresolvedGold),
    endToEnd: { ...resolutionScores(errE2E, unresolvedE2E), foundOfGold: withCoords },
    seconds: r4((performance.now() - t0) / 1000),
  };
}

function resolutionScores(errors: number[], unresolved: number): ResolutionScores {
  const sorted = [...errors].sort((a, b) => a - b);
  const median = sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
  const auc = errors.length ? errors.reduce((s, e) => s + Math.log(1 + e) / Math.log(1 + EARTH_HALF_CIRCUMFERENCE_KM), 0) / errors.length : 0;
  return { scored: errors.length, acc161: r4(errors.length ? errors.filter((e) => e <= 161).length / errors.length : 0), medianKm: Math.round(median * 10) / 10, auc: r4(auc), unresolved };
}

function r4(x: number): number { return Math.round(x * 10000) / 10000; }

function pct(x: number): string { return (x * 100).toFixed(1) + ' %'; }

export function formatScores(file: string, s: GeoScores): string {
  const e = s.recognition.exact, o = s.recognition.overlap;
  return [
    `${file}: ${s.articles} articles, ${s.gold} gold toponyms (${s.seconds} s)`,
    `recognition, exact spans:   P ${pct(e.precision)}  R ${pct(e.recall)}  F1 ${pct(e.f1)}  (${e.tp}/${e.gold} gold found, ${e.predicted} predicted)`,
    `recognition, overlap:       P ${pct(o.precision)}  R ${pct(o.recall)}  F1 ${pct(o.f1)}`,
    `resolution, gold spans:     Acc@161 ${pct(s.goldSpans.acc161)}  median ${s.goldSpans.medianKm} km  AUC ${s.goldSpans.auc}  (${s.goldSpans.scored} toponyms, ${s.goldSpans.unresolved} not in gazetteer)`,
    `resolution, end to end:     Acc@161 ${pct(s.endToEnd.acc161)}  median ${s.endToEnd.medianKm} km  AUC ${s.endToEnd.auc}  (${s.endToEnd.scored} found of ${s.endToEnd.foundOfGold} with coordinates)`,
  ].join('\n');
}
