// FOR ANALYSIS ONLY: how the geoparser's event-place choice does on an ACLED export, without the coder.
// Runs the stages up to `toponyms` on each row's document (or note), asks chooseEventPlace for the
// whole text, and counts: no place, wrong country, right country but > 50 km, within 50 and 10 km.
//   node --import tsx bench/geo-acled-places.ts <export.csv> [--docs <docs.jsonl>] [--gazetteer G]
//        [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--show null|country|far] [--limit N]
// --show prints the misses of one kind to the terminal for analysis (never commit that output).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createContext } from '../src/context.js';
import { createDocument } from '../src/document.js';
import { runPipeline, stagesUntil } from '../src/pipeline.js';
import { chooseEventPlace } from '../src/geo/event-place.js';
import { haversineKm } from '../src/geo/resolve.js';
import { csvRecords } from '../src/eval/acled.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { docs: { type: 'string' }, gazetteer: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, show: { type: 'string' }, limit: { type: 'string' } },
});
const csv = positionals[0];
if (!csv) { console.error('usage: bench/geo-acled-places.ts <export.csv> [--docs docs.jsonl]'); process.exit(2); }
const docs = new Map<string, { text: string; published_at?: string }>();
if (values.docs) for (const line of readFileSync(values.docs, 'utf8').split('\n')) if (line.trim()) { const d = JSON.parse(line); docs.set(String(d.id), d); }

const records = csvRecords(readFileSync(csv, 'utf8'));
const header = records.next().value as string[];
const col = (n: string) => header.indexOf(n);
const ctx = createContext({ dedupeIndex: null, ...(values.gazetteer ? { gazetteerPath: values.gazetteer } : {}) });
const stages = stagesUntil('toponyms').filter((s) => s.name !== 'dedupe');
const n = { rows: 0, none: 0, country: 0, far: 0, in50: 0, in10: 0 };
const limit = values.limit ? Number(values.limit) : Infinity;
const t0 = Date.now();
for (const r of records) {
  const date = r[col('event_date')] ?? '';
  if (values.from && date < values.from) continue;
  if (values.to && date > values.to) continue;
  if (n.rows >= limit) break;
  const id = r[col('event_id_cnty')];
  const text = docs.get(id)?.text ?? r[col('notes')];
  const doc = createDocument(id, text, { origin: id, contentType: 'application/json', publishedAt: docs.get(id)?.published_at ?? null });
  await runPipeline(doc, ctx, stages);
  const p = chooseEventPlace(doc, { start: 0, end: text.length });
  n.rows++;
  const gold = { lat: Number(r[col('latitude')]), lon: Number(r[col('longitude')]), country: r[col('country')], location: r[col('location')], admin1: r[col('admin1')], admin2: r[col('admin2')] };
  let kind: string;
  if (!p) { n.none++; kind = 'null'; }
  else if (p.country.toLowerCase() !== gold.country.toLowerCase()) { n.country++; kind = 'country'; }
  else {
    const d = haversineKm(gold.lat, gold.lon, p.latitude, p.longitude);
    if (d > 50) { n.far++; kind = 'far'; } else { n.in50++; kind = 'ok'; if (d <= 10) n.in10++; }
  }
  if (values.show && kind === values.show) {
    console.log(`--- ${id} gold ${gold.location} / ${gold.admin2} / ${gold.admin1} / ${gold.country}  → ${p ? `${p.location} / ${p.admin2} / ${p.admin1} / ${p.country} p${p.geo_precision}` : 'null'}`);
    console.log('   ', text.slice(0, 400).replace(/\s+/g, ' '));
    console.log('    toponyms:', doc.toponyms.map((t) => `${t.text}→${t.name ?? '?'}(${t.country_code ?? ''} ${t.feature_code ?? ''})`).join('; '));
  }
}
const pct = (x: number) => `${((100 * x) / (n.rows || 1)).toFixed(1)} %`;
console.log(`rows ${n.rows} (${((Date.now() - t0) / 1000).toFixed(1)} s): null ${pct(n.none)}  wrong country ${pct(n.country)}  right country >50 km ${pct(n.far)}  ≤50 km ${pct(n.in50)}  ≤10 km ${pct(n.in10)}`);
