// Reading GeoNames dump files (allCountries.txt, XX.txt, cities500.txt ..., plain or zipped) as a
// stream of rows, and turning a row into a place and its alias keys.
// GeoNames (https://www.geonames.org/) data are licensed CC BY 4.0.
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { foldName, isIndexableKey } from './fold.js';
import { NameKind, type PlaceRow } from './schema.js';

/** The columns of a GeoNames "geoname" table row, in file order. */
export const GEONAMES_COLUMNS = [
  'geonameid', 'name', 'asciiname', 'alternatenames', 'latitude', 'longitude', 'feature_class', 'feature_code',
  'country_code', 'cc2', 'admin1', 'admin2', 'admin3', 'admin4', 'population', 'elevation', 'dem', 'timezone', 'modification_date',
] as const;

export interface GeonamesPlace {
  place: PlaceRow;
  /** Folded keys with their kind, already deduplicated. */
  keys: [string, NameKind][];
}

/** Lines of a text file, or of the first .txt member of a zip file (through `unzip -p`). */
export function readLines(path: string): { lines: AsyncIterable<string>; done: Promise<void> } {
  let input: Readable;
  let done: Promise<void> = Promise.resolve();
  if (/\.zip$/i.test(path)) {
    const child = spawn('unzip', ['-p', path], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b) => { stderr += b; });
    done = new Promise((res, rej) => {
      child.on('error', (e) => rej(new Error(`cannot run unzip for ${path}: ${e.message}`)));
      child.on('close', (code) => (code === 0 ? res() : rej(new Error(`unzip failed on ${path}: ${stderr.trim() || 'exit ' + code}`))));
    });
    input = child.stdout;
  } else {
    input = createReadStream(path, { encoding: 'utf8' });
  }
  return { lines: createInterface({ input, crlfDelay: Infinity }), done };
}

/**
 * One row of a GeoNames dump → a place, or a string saying why the row is unusable.
 * Alternate names are indexed only when they look like Latin-script proper names (an upper-case
 * first letter), which drops transliteration noise ("adlb") and scripts English text never uses.
 */
export function parseGeonamesRow(line: string, source: string): GeonamesPlace | string {
  const f = line.split('\t');
  if (f.length < 15) return `expected 19 tab-separated GeoNames columns, found ${f.length}`;
  const geonameid = Number(f[0]);
  const latitude = Number(f[4]);
  const longitude = Number(f[5]);
  if (!Number.isInteger(geonameid) || geonameid <= 0) return `bad geonameid "${f[0]}"`;
  if (!Number.isFinite(latitude) || Math.abs(latitude) > 90 || !Number.isFinite(longitude) || Math.abs(longitude) > 180) {
    return `bad coordinates "${f[4]}", "${f[5]}"`;
  }
  if (!f[1]) return 'empty name';
  const cc = f[8] ?? '';
  const place: PlaceRow = {
    geonameid,
    name: f[1],
    latitude,
    longitude,
    feature_class: f[6] ?? '',
    feature_code: f[7] ?? '',
    country_code: cc,
    admin1_code: cc && f[10] ? `${cc}.${f[10]}` : '',
    admin2_code: cc && f[10] && f[11] ? `${cc}.${f[10]}.${f[11]}` : '',
    population: Number(f[14]) || 0,
    source,
  };
  const keys = new Map<string, NameKind>();
  const add = (n: string, kind: NameKind) => {
    const k = foldName(n);
    if (isIndexableKey(k) && (keys.get(k) ?? 9) > kind) keys.set(k, kind);
  };
  add(f[1], NameKind.name);
  add(f[2], NameKind.name);
  for (const alt of (f[3] ?? '').split(',')) {
    // Upper-case codes among the alternates ("INC", "KBR": airport and other codes) are not names.
    if (alt && /^[A-Z\u00C0-\u024F\u1E00-\u1EFF]/u.test(alt) && !/^[A-Z0-9]{2,5}$/.test(alt)) add(alt, NameKind.alternate);
  }
  return { place, keys: [...keys] };
}
