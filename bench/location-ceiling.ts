// FOR MEASURING ONLY: the most any event-place choice could score on an ACLED export with a given
// gazetteer. For each row it takes every run of 1–4 words of the row's text (its --docs document, else
// its notes), folds it the way the gazetteer's alias index is keyed, and finds the nearest gazetteer
// place of that name to the row's gold point. A row is "reachable within K km" when some such place
// lies within K km. That is generous (any common word that names a place anywhere counts, and the
// chooser would still have to pick it), so it is an upper bound, not a target.
//   node --import tsx bench/location-ceiling.ts <export.csv> [--docs docs.jsonl] [--gazetteer G]
// Prints counts only; nothing of the export is written anywhere.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { csvRecords } from '../src/eval/acled.js';
import { foldName } from '../src/gazetteer/fold.js';
import { DEFAULT_GAZETTEER } from '../src/gazetteer/open.js';
import { haversineKm } from '../src/geo/resolve.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { docs: { type: 'string' }, gazetteer: { type: 'string' } },
});
const csv = positionals[0];
if (!csv) { console.error('usage: bench/location-ceiling.ts <export.csv> [--docs docs.jsonl] [--gazetteer G]'); process.exit(2); }
const docs = new Map<string, string>();
if (values.docs) for (const line of readFileSync(values.docs, 'utf8').split('\n')) if (line.trim()) { const d = JSON.parse(line); docs.set(String(d.id), d.text); }

const db = new Database(values.gazetteer ?? DEFAULT_GAZETTEER, { readonly: true });
const pointsOf = db.prepare(`SELECT p.latitude AS lat, p.longitude AS lon FROM names n JOIN places p ON p.geonameid = n.geonameid WHERE n.key = ?`);
const cache = new Map<string, { lat: number; lon: number }[]>();
const points = (key: string) => {
  let got = cache.get(key);
  if (!got) { got = pointsOf.all(key) as { lat: number; lon: number }[]; cache.set(key, got); }
  return got;
};

const records = csvRecords(readFileSync(csv, 'utf8'));
const header = records.next().value as string[];
const col = (n: string) => header.indexOf(n);
let rows = 0, within10 = 0, within50 = 0;
for (const r of records) {
  const lat = Number(r[col('latitude')]), lon = Number(r[col('longitude')]);
  if (r[col('latitude')] === '' || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
  rows++;
  const text = docs.get(r[col('event_id_cnty')]) ?? r[col('notes')] ?? '';
  const words = text.split(/[^\p{L}\p{N}'’.-]+/u).filter(Boolean);
  let best = Infinity;
  for (let n = 1; n <= 4; n++) {
    for (let i = 0; i + n <= words.length; i++) {
      for (const p of points(foldName(words.slice(i, i + n).join(' ')))) best = Math.min(best, haversineKm(lat, lon, p.lat, p.lon));
    }
  }
  if (best <= 50) within50++;
  if (best <= 10) within10++;
}
const pct = (k: number) => `${((100 * k) / Math.max(rows, 1)).toFixed(1)} %`;
console.log(`rows with a gold point  ${rows}`);
console.log(`reachable within 10 km ${pct(within10)}   within 50 km ${pct(within50)}   (upper bound for any place choice with this gazetteer)`);
