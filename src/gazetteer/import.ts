// `sitrep gazetteer import`: add places to a gazetteer database from
//   - GeoNames dumps (allCountries.txt, XX.txt, cities*.txt; plain or .zip), streamed row by row, or
//   - a CSV of places: header `name,latitude,longitude,country,admin1,admin2` plus optional
//     `aliases` (separated by ; or |), `feature_code`, `population` — analysts' own place tables.
//     A table is the analyst's statement of where its places are: a row naming a town that is already
//     there (same name, same country, within MERGE_KM) does not add a second, competing copy. A row
//     that repeats an earlier row of a table adds only its aliases; a row that names a GeoNames town
//     gives that town the analyst's name and point (it keeps its id, feature code, population and other names).
// Everything happens in one transaction: a bad file leaves the gazetteer as it was, with an error that
// names the line. Importing into a file that does not exist yet starts from a copy of the embedded
// gazetteer (which is never modified).
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findCountry, countryByCode } from './countries.js';
import { foldName, isIndexableKey } from './fold.js';
import { parseGeonamesRow, readLines } from './geonames.js';
import { DEFAULT_GAZETTEER, openGazetteer } from './open.js';
import { NameKind, SCHEMA, writers, type PlaceRow } from './schema.js';
import { admin1At } from './admin-shapes.js';
import { DEFAULT_SHAPES } from './open.js';
import { DATA_DIR } from '../paths.js';

export interface ImportResult {
  format: 'geonames' | 'csv';
  places: number;
  /** CSV rows that named a place already there (merged into it instead of added). */
  merged: number;
  created: boolean;
  seconds: number;
}

export class ImportError extends Error {}

const CSV_REQUIRED = ['name', 'latitude', 'longitude', 'country', 'admin1', 'admin2'];
/** Endings of a table's names that notes leave out ("Dadaab Refugee Camp" → "Dadaab"), folded, longest first. */
let settlementWords: string[] | null = null;
function settlementEndings(): string[] {
  settlementWords ??= (JSON.parse(readFileSync(resolve(DATA_DIR, 'geo/place-table.json'), 'utf8')).settlementWords as string[])
    .map((w) => foldName(w)).sort((a, b) => b.length - a.length);
  return settlementWords;
}

/** Two towns of the same name and country closer than this are one town (ACLED's own points vary by a few km). */
export const MERGE_KM = 10;

export async function importPlaces(target: string, file: string, options: { progress?: (n: number) => void } = {}): Promise<ImportResult> {
  const where = resolve(target);
  if (where === resolve(DEFAULT_GAZETTEER)) {
    throw new ImportError('will not import into the embedded gazetteer; name another file with --gazetteer <file> (it starts as a copy of the embedded one)');
  }
  if (!existsSync(file)) throw new ImportError(`no such file: ${file}`);
  const t0 = performance.now();
  let created = false;
  if (!existsSync(where)) {
    if (!existsSync(DEFAULT_GAZETTEER)) throw new ImportError(`the embedded gazetteer ${DEFAULT_GAZETTEER} has not been built; run \`npm run build\``);
    copyFileSync(DEFAULT_GAZETTEER, where);
    created = true;
  }
  // A process that already has this gazetteer open must not keep a stale handle.
  try { openGazetteer(where).close(); } catch { /* not open or unreadable: the import reports it */ }
  const db = new Database(where);
  db.exec(SCHEMA);
  const w = writers(db);
  let count = 0;
  let merged = 0;
  let format: ImportResult['format'] = 'geonames';
  db.exec('BEGIN');
  const { lines, done } = readLines(file);
  try {
    let lineNo = 0;
    let csv: CsvReader | null = null;
    for await (const line of lines) {
      lineNo++;
      if (lineNo === 1) {
        const header = line.replace(/^\uFEFF/, '');
        if (!header.includes('\t') && header.includes(',')) {
          format = 'csv';
          csv = new CsvReader(header, w, file);
          continue;
        }
      }
      if (!line.trim() || line.startsWith('#')) continue;
      if (csv) {
        csv.row(line, lineNo);
      } else {
        const r = parseGeonamesRow(line, `import:${file}`);
        if (typeof r === 'string') throw new ImportError(`${file}:${lineNo}: not a GeoNames row: ${r}`);
        w.place(r.place);
        for (const [k, kind] of r.keys) w.name(k, r.place.geonameid, kind);
      }
      count++;
      if (options.progress && count % 500_000 === 0) options.progress(count);
    }
    await done;
    merged = csv?.merged ?? 0;
    if (count === 0) throw new ImportError(`${file}: no places found`);
    w.meta(`import:${new Date().toISOString()}`, `${file} (${format}, ${count} places)`);
    db.exec('COMMIT');
  } catch (err) {
    db.exec('ROLLBACK');
    db.close();
    if (err instanceof ImportError) throw err;
    throw new ImportError(`${file}: ${(err as Error).message}`);
  }
  db.close();
  return { format, places: count, merged, created, seconds: (performance.now() - t0) / 1000 };
}

/** Rows of an analysts' CSV place table → places. */
class CsvReader {
  merged = 0;
  private readonly cols: Map<string, number>;
  private readonly adminCache = new Map<string, { code: string; key: string }[]>();
  constructor(header: string, private readonly w: ReturnType<typeof writers>, private readonly file: string) {
    const names = splitCsv(header).map((h) => h.trim().toLowerCase());
    this.cols = new Map(names.map((n, i) => [n, i]));
    const missing = CSV_REQUIRED.filter((c) => !this.cols.has(c));
    if (missing.length) throw new ImportError(`${file}:1: the CSV header lacks ${missing.join(', ')} (expected ${CSV_REQUIRED.join(',')}[,aliases,feature_code,population])`);
  }

  row(line: string, lineNo: number): void {
    const f = splitCsv(line);
    const get = (c: string) => (this.cols.has(c) ? (f[this.cols.get(c)!] ?? '').trim() : '');
    const where = `${this.file}:${lineNo}`;
    const name = get('name');
    const lat = Number(get('latitude'));
    const lon = Number(get('longitude'));
    if (!name) throw new ImportError(`${where}: empty name`);
    if (get('latitude') === '' || !Number.isFinite(lat) || Math.abs(lat) > 90) throw new ImportError(`${where}: bad latitude "${get('latitude')}"`);
    if (get('longitude') === '' || !Number.isFinite(lon) || Math.abs(lon) > 180) throw new ImportError(`${where}: bad longitude "${get('longitude')}"`);
    const countryText = get('country');
    const country = countryByCode(countryText.length === 2 ? countryText : '') ?? findCountry(countryText);
    if (!country) throw new ImportError(`${where}: unknown country "${countryText}"`);
    const cc = country.iso2;
    const admin1Code = this.match(this.w.admin1Of(cc), get('admin1')) || admin1At(DEFAULT_SHAPES, lat, lon, cc)?.code || '';
    const admin2Code = admin1Code ? this.match(this.w.admin2Of(admin1Code), get('admin2')) : '';
    const featureCode = get('feature_code') || 'PPL';
    const source = `import:${this.file}`;
    let place: PlaceRow = {
      geonameid: this.w.nextLocalId(), name, latitude: lat, longitude: lon,
      feature_class: /^(ADM|PCL)/.test(featureCode) ? 'A' : 'P', feature_code: featureCode,
      country_code: cc, admin1_code: admin1Code, admin2_code: admin2Code,
      population: Number(get('population')) || 0, source,
    };
    const same = place.feature_class === 'P' ? this.sameTown(place) : null;
    if (same) {
      this.merged++;
      // An earlier row of an imported table keeps its point; a GeoNames town takes the analyst's name and point.
      place = same.source.startsWith('import:') ? { ...same, population: Math.max(same.population, place.population) }
        : { ...same, name, latitude: lat, longitude: lon, source, population: Math.max(same.population, place.population),
          admin1_code: same.admin1_code || admin1Code, admin2_code: same.admin2_code || admin2Code };
    }
    this.w.place(place);
    const keys = new Map<string, NameKind>();
    for (const [n, kind] of [[name, NameKind.name], ...get('aliases').split(/[;|]/).map((a) => [a, NameKind.alternate])] as [string, NameKind][]) {
      const k = foldName(n);
      if (isIndexableKey(k) && !keys.has(k)) keys.set(k, kind);
    }
    // "Churo Village", "Dadaab Refugee Camp": also the name without its settlement word, as a short name.
    for (const k of [...keys.keys()]) {
      const end = settlementEndings().find((w) => k.endsWith(' ' + w));
      const bare = end ? k.slice(0, -end.length - 1) : '';
      if (bare && isIndexableKey(bare) && !keys.has(bare)) keys.set(bare, NameKind.short);
    }
    for (const [k, kind] of keys) this.w.name(k, place.geonameid, kind);
  }

  /** The nearest populated place of the same name (own or alternate) and country within MERGE_KM, if any. */
  private sameTown(p: PlaceRow): PlaceRow | null {
    const own = (q: PlaceRow) => (q.source.startsWith('import:') ? 0 : 1);
    const near = this.w.placesNamed(foldName(p.name))
      .filter((q) => q.country_code === p.country_code && q.feature_class === 'P' && q.kind <= NameKind.alternate)
      .map((q) => ({ q, km: distanceKm(p.latitude, p.longitude, q.latitude, q.longitude) }))
      .filter((x) => x.km <= MERGE_KM)
      // A town the table already placed first, then the nearest.
      .sort((a, b) => own(a.q) - own(b.q) || a.km - b.km);
    if (!near.length) return null;
    const { kind: _kind, ...row } = near[0].q;
    return row;
  }

  /** The code of the admin area whose name matches (folded, with or without its type word). */
  private match(areas: { code: string; name: string }[], text: string): string {
    if (!text) return '';
    const key = foldName(text);
    const cacheKey = areas[0]?.code.split('.').slice(0, -1).join('.') ?? '';
    let folded = this.adminCache.get(cacheKey);
    if (!folded) {
      folded = areas.map((a) => ({ code: a.code, key: foldName(a.name) }));
      this.adminCache.set(cacheKey, folded);
    }
    const hit = folded.find((a) => a.key === key) ?? folded.find((a) => a.key.startsWith(key + ' ') || key.startsWith(a.key + ' '));
    if (hit) return hit.code;
    // Spelled a little differently ("Elgeyo-Marakwet" / "Elegeyo-Marakwet", "Tharaka-Nithi" / "Tharaka - Nithi"):
    // the one area whose name, spaces left out, is at most one letter off.
    const compact = (k: string) => k.replace(/ /g, '');
    const close = key.length >= 6 ? folded.filter((a) => oneEditApart(compact(a.key), compact(key))) : [];
    return close.length === 1 ? close[0].code : '';
  }
}

/** Equal, or one letter inserted, deleted or changed. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Great-circle distance in km. */
function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** One CSV line → fields (double quotes, "" escapes). */
export function splitCsv(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cur += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { out.push(cur); cur = ''; }
    else cur += ch;
  }
  out.push(cur);
  return out;
}
