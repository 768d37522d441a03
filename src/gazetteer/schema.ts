// The gazetteer database: its tables, and every SQL statement that reads or writes them (one place).
//   places  — one row per place (GeoNames id; negative ids for places we derive: admin areas without
//             a GeoNames id, countries); admin codes are full GeoNames codes ("SY.12", "SY.12.1234").
//   names   — the alias index: folded key → place, with the kind of name (see NameKind).
//   admin1 / admin2 — names of first- and second-level administrative areas by code.
//   meta    — build information (sources, versions, build time).
import type Database from 'better-sqlite3';

/**
 * How a key names a place: its own name, an alternate, an abbreviation ("Ga.", "GA"), a demonym, or an
 * area's name without its type word ("Turkana" for Turkana County).
 */
export const NameKind = { name: 0, alternate: 1, abbreviation: 2, demonym: 3, short: 4 } as const;
export type NameKind = (typeof NameKind)[keyof typeof NameKind];

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS places (
  geonameid     INTEGER PRIMARY KEY,
  name          TEXT NOT NULL,
  latitude      REAL NOT NULL,
  longitude     REAL NOT NULL,
  feature_class TEXT NOT NULL,
  feature_code  TEXT NOT NULL,
  country_code  TEXT NOT NULL,
  admin1_code   TEXT NOT NULL DEFAULT '',
  admin2_code   TEXT NOT NULL DEFAULT '',
  population    INTEGER NOT NULL DEFAULT 0,
  source        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS places_admin2 ON places (admin2_code) WHERE admin2_code <> '';
CREATE INDEX IF NOT EXISTS places_admin1_towns ON places (admin1_code, population) WHERE feature_class = 'P';
CREATE INDEX IF NOT EXISTS places_adm2_points ON places (country_code, latitude) WHERE feature_code = 'ADM2';
CREATE TABLE IF NOT EXISTS names (
  key       TEXT NOT NULL,
  geonameid INTEGER NOT NULL,
  kind      INTEGER NOT NULL,
  PRIMARY KEY (key, geonameid)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS admin1 (code TEXT PRIMARY KEY, name TEXT NOT NULL, geonameid INTEGER) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS admin2 (code TEXT PRIMARY KEY, name TEXT NOT NULL, geonameid INTEGER) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
`;

export interface PlaceRow {
  geonameid: number;
  name: string;
  latitude: number;
  longitude: number;
  feature_class: string;
  feature_code: string;
  country_code: string;
  admin1_code: string;
  admin2_code: string;
  population: number;
  source: string;
}

/** Prepared writers, for the build and for imports (run them inside a transaction). */
export function writers(db: Database.Database) {
  const place = db.prepare(`INSERT OR REPLACE INTO places
    (geonameid, name, latitude, longitude, feature_class, feature_code, country_code, admin1_code, admin2_code, population, source)
    VALUES (@geonameid, @name, @latitude, @longitude, @feature_class, @feature_code, @country_code, @admin1_code, @admin2_code, @population, @source)`);
  const name = db.prepare(`INSERT INTO names (key, geonameid, kind) VALUES (?, ?, ?)
    ON CONFLICT (key, geonameid) DO UPDATE SET kind = min(kind, excluded.kind)`);
  const dropNames = db.prepare('DELETE FROM names WHERE geonameid = ?');
  const admin1 = db.prepare('INSERT OR REPLACE INTO admin1 (code, name, geonameid) VALUES (?, ?, ?)');
  const admin2 = db.prepare('INSERT OR REPLACE INTO admin2 (code, name, geonameid) VALUES (?, ?, ?)');
  const meta = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
  const admin1Of = db.prepare("SELECT code, name FROM admin1 WHERE code LIKE ? || '.%'");
  const admin2Of = db.prepare("SELECT code, name FROM admin2 WHERE code LIKE ? || '.%'");
  const lowestId = db.prepare('SELECT min(geonameid) FROM places').pluck();
  const named = db.prepare('SELECT p.*, n.kind AS kind FROM names n JOIN places p ON p.geonameid = n.geonameid WHERE n.key = ?');
  return {
    /** Admin-1 areas of a country, and admin-2 areas of an admin-1 (for matching names in imports). */
    admin1Of: (cc: string) => admin1Of.all(cc) as { code: string; name: string }[],
    admin2Of: (admin1Code: string) => admin2Of.all(admin1Code) as { code: string; name: string }[],
    /** A new id for a place that has no GeoNames id (below every id in use and below -10,000,000). */
    nextLocalId: () => Math.min(-10_000_000, (lowestId.get() as number | null) ?? 0) - 1,
    place: (p: PlaceRow) => place.run(p),
    /** Places a folded key names (any kind), for merging an imported row with a place already there. */
    placesNamed: (key: string) => named.all(key) as (PlaceRow & { kind: NameKind })[],
    name: (key: string, geonameid: number, kind: NameKind) => name.run(key, geonameid, kind),
    dropNames: (geonameid: number) => dropNames.run(geonameid),
    admin1: (code: string, n: string, geonameid: number | null) => admin1.run(code, n, geonameid),
    admin2: (code: string, n: string, geonameid: number | null) => admin2.run(code, n, geonameid),
    meta: (key: string, value: string) => meta.run(key, value),
  };
}

/** Prepared readers for the run-time gazetteer. */
export function readers(db: Database.Database) {
  const byKey = db.prepare(`SELECT p.*, n.kind AS kind FROM names n JOIN places p ON p.geonameid = n.geonameid
    WHERE n.key = ? ORDER BY p.population DESC LIMIT 60`);
  const hasKey = db.prepare('SELECT 1 FROM names WHERE key = ? LIMIT 1').pluck();
  const hasPrefix = db.prepare('SELECT 1 FROM names WHERE key > ? AND key < ? LIMIT 1').pluck();
  const place = db.prepare('SELECT * FROM places WHERE geonameid = ?');
  const admin1 = db.prepare('SELECT name FROM admin1 WHERE code = ?').pluck();
  const admin2 = db.prepare('SELECT name FROM admin2 WHERE code = ?').pluck();
  const seatsIn = db.prepare(`SELECT * FROM places WHERE country_code = ? AND feature_code = 'ADM2'
    AND latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ? LIMIT 500`);
  const seat1 = db.prepare(`SELECT * FROM places WHERE admin1_code = ? AND feature_class = 'P'
    ORDER BY feature_code IN ('PPLC', 'PPLA') DESC, population DESC LIMIT 1`);
  const seat2 = db.prepare(`SELECT * FROM places WHERE admin2_code = ? AND feature_class = 'P'
    ORDER BY feature_code IN ('PPLC', 'PPLA', 'PPLA2') DESC, population DESC LIMIT 1`);
  const capital = db.prepare(`SELECT * FROM places WHERE country_code = ? AND feature_code = 'PPLC' ORDER BY population DESC LIMIT 1`);
  const meta = db.prepare('SELECT key, value FROM meta');
  const counts = db.prepare(`SELECT (SELECT count(*) FROM places) AS places, (SELECT count(*) FROM names) AS names,
    (SELECT count(*) FROM admin1) AS admin1, (SELECT count(*) FROM admin2) AS admin2`);
  return {
    byKey: (key: string) => byKey.all(key) as (PlaceRow & { kind: NameKind })[],
    hasKey: (key: string) => hasKey.get(key) !== undefined,
    /** True when some key starts with `prefix + " "` (a longer multi-word name may follow). */
    hasLongerKey: (prefix: string) => hasPrefix.get(prefix + ' ', prefix + '!') !== undefined,
    place: (id: number) => place.get(id) as PlaceRow | undefined,
    admin1Name: (code: string) => admin1.get(code) as string | undefined,
    admin2Name: (code: string) => admin2.get(code) as string | undefined,
    admin2AreasNear: (cc: string, lat: number, lon: number, d: number) => seatsIn.all(cc, lat - d, lat + d, lon - d, lon + d) as PlaceRow[],
    /** The seat of an admin-1 ("KE.51") or admin-2 code: its capital, else its most populous town. */
    seat: (code: string) => ((code.split('.').length === 2 ? seat1 : seat2).get(code) as PlaceRow | undefined),
    capital: (cc: string) => capital.get(cc) as PlaceRow | undefined,
    meta: () => Object.fromEntries((meta.all() as { key: string; value: string }[]).map((r) => [r.key, r.value])),
    counts: () => counts.get() as { places: number; names: number; admin1: number; admin2: number },
  };
}
