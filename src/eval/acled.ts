// `sitrep eval acled <export.csv> [--docs docs.jsonl] [--json] [--limit N]`: score the coder against
// an ACLED export. Each row's note (or the --docs document of the same id, with its published_at) is
// coded with every stage but dedupe (rows are independent reports); without a publication date the
// event date + 1 day is assumed. The event with the highest confidence is the document's answer.
// Every score is over all rows: a row without an answer counts as wrong.
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createContext } from '../context.js';
import { createDocument, type CodedEvent } from '../document.js';
import { openGazetteer } from '../gazetteer/open.js';
import { runPipeline, STAGES } from '../pipeline.js';
import { parseCsv } from '../import/csv.js';

/** The rows of an export (blank lines skipped), read by the CSV reader of src/import/csv.ts. */
export function* csvRecords(text: string): Generator<string[]> {
  for (const row of parseCsv(text)) if (row.length > 1 || row[0] !== '') yield row;
}

function haversineKm(a: [number, number], b: [number, number]): number {
  const r = Math.PI / 180, dLat = (b[0] - a[0]) * r, dLon = (b[1] - a[1]) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * r) * Math.cos(b[0] * r) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

function tokens(s: string): string[] {
  return s.toLowerCase().replace(/\(\d{4}-\d{0,4}\)/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
function tokenF1(pred: string, gold: string): number {
  const p = tokens(pred), g = tokens(gold);
  if (!p.length && !g.length) return 1;
  if (!p.length || !g.length) return 0;
  const counts = new Map<string, number>();
  for (const t of g) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of p) { const n = counts.get(t) ?? 0; if (n > 0) { common++; counts.set(t, n - 1); } }
  if (!common) return 0;
  const prec = common / p.length, rec = common / g.length;
  return (2 * prec * rec) / (prec + rec);
}

/** Per-class F1 from (gold, predicted) pairs: macro mean and support-weighted mean. */
export function f1Scores(pairs: [string, string][]): { macro: number; weighted: number; perClass: Record<string, { f1: number; support: number }> } {
  const classes = new Set(pairs.map(([g]) => g));
  const perClass: Record<string, { f1: number; support: number }> = {};
  let macro = 0, weighted = 0;
  for (const c of classes) {
    let tp = 0, fp = 0, fn = 0;
    for (const [g, p] of pairs) { if (g === c && p === c) tp++; else if (p === c) fp++; else if (g === c) fn++; }
    const f1 = tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
    const support = tp + fn;
    perClass[c] = { f1, support };
    macro += f1;
    weighted += f1 * support;
  }
  return { macro: macro / classes.size, weighted: weighted / pairs.length, perClass };
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

export interface AcledScores {
  rows: number;
  coverage: number;
  event_type_accuracy: number;
  event_type_macro_f1: number;
  sub_event_type_weighted_f1: number;
  date_exact: number;
  location_within_10km: number;
  location_within_50km: number;
  country: number;
  fatalities_rows: number;
  fatalities_exact: number;
  fatalities_mae: number;
  inter1: number;
  inter2: number;
  actor1_token_f1: number;
  confusion: Record<string, Record<string, number>>;
  seconds: number;
}

export interface ScoreOptions {
  /** Documents of the rows (JSONL with id, text, published_at). */
  docs?: string;
  /** Score only the first N rows. */
  limit?: number;
  /** Gazetteer database to geoparse with (e.g. one with an imported place table); default SITREP_GAZETTEER or the embedded one. */
  gazetteer?: string;
  /** Called with each row's gold values and the answer, for error analysis (`--rows`). */
  onRow?: (row: ScoredRow) => void;
}

/** One scored row: the gold values of the fields scored and the coder's answer (null when none). */
export interface ScoredRow {
  id: string;
  text: string;
  gold: Record<string, string>;
  predicted: CodedEvent | null;
  distance_km: number | null;
}

const SCORED_FIELDS = ['event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'inter1', 'inter2', 'country', 'admin1', 'location', 'latitude', 'longitude', 'fatalities', 'fatalities_unknown'];

export async function scoreAcled(csvPath: string, options: ScoreOptions = {}): Promise<AcledScores> {
  const t0 = Date.now();
  const docs = new Map<string, { text: string; published_at?: string }>();
  if (options.docs) {
    for (const line of readFileSync(options.docs, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try { const d = JSON.parse(line); docs.set(String(d.id), d); } catch { /* a bad line: the row falls back to its note */ }
    }
  }
  const records = csvRecords(readFileSync(csvPath, 'utf8'));
  const header = records.next().value as string[];
  const col = (name: string) => header.indexOf(name);
  const C = Object.fromEntries(['event_id_cnty', 'notes', ...SCORED_FIELDS].map((n) => [n, col(n)]));
  if (C.notes < 0 || C.event_type < 0) throw new Error(`${csvPath}: not an ACLED export (no notes/event_type columns)`);
  const ctx = createContext({ dedupeIndex: null, ...(options.gazetteer ? { gazetteerPath: options.gazetteer } : {}) });
  const stages = STAGES.filter((s) => s.name !== 'dedupe');
  const s = { rows: 0, covered: 0, type: 0, date: 0, in10: 0, in50: 0, country: 0, fatRows: 0, fatExact: 0, fatErr: 0, inter1: 0, inter2: 0, actorF1: 0 };
  const typePairs: [string, string][] = [], subPairs: [string, string][] = [];
  const confusion: Record<string, Record<string, number>> = {};
  for (const r of records) {
    if (options.limit && s.rows >= options.limit) break;
    const get = (k: string) => (C[k] >= 0 ? r[C[k]] ?? '' : '');
    const id = get('event_id_cnty') || `row-${s.rows + 1}`;
    const given = docs.get(id);
    const text = given?.text ?? get('notes');
    const published = given?.published_at ?? (get('event_date') ? addDays(get('event_date'), 1) : null);
    s.rows++;
    let best: CodedEvent | null = null;
    try {
      const doc = createDocument(id, text, { origin: `${csvPath}#${id}`, contentType: 'application/json', publishedAt: published });
      await runPipeline(doc, ctx, stages);
      for (const e of doc.events) if (!best || e.confidence > best.confidence) best = e;
    } catch { /* counted as no answer */ }
    const goldType = get('event_type'), predType = best?.event_type ?? '(none)';
    typePairs.push([goldType, predType]);
    subPairs.push([get('sub_event_type'), best?.sub_event_type ?? '(none)']);
    (confusion[goldType] ??= {})[predType] = (confusion[goldType][predType] ?? 0) + 1;
    if (best) s.covered++;
    if (goldType === predType) s.type++;
    if (best && best.event_date === get('event_date')) s.date++;
    const glat = Number(get('latitude')), glon = Number(get('longitude'));
    let d: number | null = null;
    if (best && best.latitude !== null && best.longitude !== null && get('latitude') !== '') {
      d = haversineKm([glat, glon], [best.latitude, best.longitude]);
      if (d <= 10) s.in10++;
      if (d <= 50) s.in50++;
    }
    if (best && best.country.toLowerCase() === get('country').toLowerCase()) s.country++;
    if (get('fatalities_unknown') !== '1') {
      s.fatRows++;
      const gold = Number(get('fatalities')) || 0, pred = best?.fatalities ?? 0;
      if (gold === pred) s.fatExact++;
      s.fatErr += Math.abs(gold - pred);
    }
    if (best && String(best.inter1) === get('inter1')) s.inter1++;
    if (best && String(best.inter2) === (get('inter2') || '0')) s.inter2++;
    s.actorF1 += best ? tokenF1(best.actor1, get('actor1')) : 0;
    options.onRow?.({ id, text, gold: Object.fromEntries(SCORED_FIELDS.map((f) => [f, get(f)])), predicted: best, distance_km: d === null ? null : Math.round(d * 10) / 10 });
  }
  const n = s.rows || 1;
  const round = (x: number) => Math.round(x * 10000) / 10000;
  const typeF1 = f1Scores(typePairs), subF1 = f1Scores(subPairs);
  return {
    rows: s.rows,
    coverage: round(s.covered / n),
    event_type_accuracy: round(s.type / n),
    event_type_macro_f1: round(typeF1.macro),
    sub_event_type_weighted_f1: round(subF1.weighted),
    date_exact: round(s.date / n),
    location_within_10km: round(s.in10 / n),
    location_within_50km: round(s.in50 / n),
    country: round(s.country / n),
    fatalities_rows: s.fatRows,
    fatalities_exact: round(s.fatExact / (s.fatRows || 1)),
    fatalities_mae: round(s.fatErr / (s.fatRows || 1)),
    inter1: round(s.inter1 / n),
    inter2: round(s.inter2 / n),
    actor1_token_f1: round(s.actorF1 / n),
    confusion,
    seconds: round((Date.now() - t0) / 1000),
  };
}

function format(s: AcledScores): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const lines = [
    `rows                         ${s.rows}   (${s.seconds} s)`,
    `coverage (≥1 event)          ${pct(s.coverage)}`,
    `event_type accuracy          ${pct(s.event_type_accuracy)}   macro-F1 ${pct(s.event_type_macro_f1)}`,
    `sub_event_type weighted F1   ${pct(s.sub_event_type_weighted_f1)}`,
    `date exact                   ${pct(s.date_exact)}`,
    `location within 10 / 50 km   ${pct(s.location_within_10km)} / ${pct(s.location_within_50km)}`,
    `country                      ${pct(s.country)}`,
    `fatalities exact             ${pct(s.fatalities_exact)}   MAE ${s.fatalities_mae}   (${s.fatalities_rows} rows, fatalities_unknown left out)`,
    `inter1 / inter2              ${pct(s.inter1)} / ${pct(s.inter2)}`,
    `actor1 token-F1              ${pct(s.actor1_token_f1)}`,
    '',
    'confusion of event types (gold rows → predicted):',
  ];
  const preds = [...new Set(Object.values(s.confusion).flatMap((r) => Object.keys(r)))].sort();
  const short = (t: string) => t.replace('Explosions/Remote violence', 'Explosions').replace('Violence against civilians', 'VAC').replace('Strategic developments', 'Strategic').slice(0, 10);
  lines.push(`${''.padEnd(12)}${preds.map((p) => short(p).padStart(11)).join('')}`);
  for (const [g, row] of Object.entries(s.confusion).sort()) lines.push(`${short(g).padEnd(12)}${preds.map((p) => String(row[p] ?? 0).padStart(11)).join('')}`);
  return lines.join('\n');
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { docs: { type: 'string' }, json: { type: 'boolean' }, limit: { type: 'string' }, gazetteer: { type: 'string' }, rows: { type: 'string' } } });
  if (!positionals[0]) {
    console.error('usage: sitrep eval acled <export.csv> [--docs <docs.jsonl>] [--gazetteer <db>] [--json] [--limit N] [--rows <out.jsonl>]');
    return 2;
  }
  if (values.gazetteer) {
    try {
      openGazetteer(values.gazetteer); // fail early, with a clear message, rather than score every row without places
    } catch (err) {
      console.error(`sitrep eval acled: ${(err as Error).message}`);
      return 2;
    }
  }
  // --rows: one line per row with the gold values and the answer, for reading the errors.
  const rowsOut = values.rows ? openSync(values.rows, 'w') : null;
  const onRow = rowsOut === null ? undefined : (row: ScoredRow) => writeSync(rowsOut, `${JSON.stringify(row)}\n`);
  const scores = await scoreAcled(positionals[0], { docs: values.docs, limit: values.limit ? Number(values.limit) : undefined, gazetteer: values.gazetteer, onRow });
  if (rowsOut !== null) closeSync(rowsOut);
  console.log(values.json ? JSON.stringify(scores, null, 2) : format(scores));
  return 0;
}
