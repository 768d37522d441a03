// The run-time gazetteer: opened once per process (read-only), with cached lookups.
// Which file: the path given (--gazetteer), else SITREP_GAZETTEER, else the embedded build/gazetteer.db.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUILD_DIR } from '../paths.js';
import { admin1At } from './admin-shapes.js';
import { foldName } from './fold.js';
import { readers, type NameKind, type PlaceRow } from './schema.js';

export const DEFAULT_GAZETTEER = resolve(BUILD_DIR, 'gazetteer.db');
export const DEFAULT_SHAPES = resolve(BUILD_DIR, 'admin1-shapes.json');

/** A gazetteer place as lookups return it. */
export interface Place extends PlaceRow {
  /** How the looked-up key names this place (0 name, 1 alternate, 2 abbreviation, 3 demonym). */
  kind: NameKind;
}

export class Gazetteer {
  readonly path: string;
  private readonly db: Database.Database;
  private readonly q: ReturnType<typeof readers>;
  private readonly cache = new Map<string, Place[]>();
  private readonly longer = new Map<string, boolean>();
  private readonly adminNames = new Map<string, string>();
  private readonly seats = new Map<string, PlaceRow | null>();
  private readonly nearest = new Map<string, string>();

  constructor(path: string) {
    this.path = path;
    this.db = new Database(path, { readonly: true, fileMustExist: true });
    // Lookups touch pages all over the name index: map the file and keep a larger page cache.
    this.db.pragma('mmap_size = 268435456');
    this.db.pragma('cache_size = -65536');
    this.q = readers(this.db);
  }

  /** Places whose name, alternate, abbreviation or demonym folds to `key` (already folded), most populous first. */
  lookupKey(key: string): Place[] {
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.q.byKey(key) as Place[];
      if (this.cache.size > 200_000) this.cache.clear();
      this.cache.set(key, hit);
    }
    return hit;
  }

  /** Places a name may refer to (the name is folded first). */
  lookup(name: string): Place[] {
    return this.lookupKey(foldName(name));
  }

  /** True when some indexed name is longer than `key` and starts with it as whole words. */
  hasLongerKey(key: string): boolean {
    let v = this.longer.get(key);
    if (v === undefined) {
      v = this.q.hasLongerKey(key);
      if (this.longer.size > 200_000) this.longer.clear();
      this.longer.set(key, v);
    }
    return v;
  }

  place(geonameid: number): PlaceRow | null {
    return this.q.place(geonameid) ?? null;
  }

  /** Name of an admin-1 ("SY.12") or admin-2 ("SY.12.1234") code, or "". */
  adminName(code: string): string {
    if (!code) return '';
    let n = this.adminNames.get(code);
    if (n === undefined) {
      n = (code.split('.').length === 2 ? this.q.admin1Name(code) : this.q.admin2Name(code)) ?? '';
      this.adminNames.set(code, n);
    }
    return n;
  }

  /** The seat of an admin-1 or admin-2 area (its capital, else its largest town), or null. */
  seatOf(code: string): PlaceRow | null {
    if (!code) return null;
    let s = this.seats.get(code);
    if (s === undefined) {
      s = this.q.seat(code) ?? null;
      this.seats.set(code, s);
    }
    return s;
  }

  /** A country's capital (GeoNames PPLC), or null. */
  capitalOf(cc: string): PlaceRow | null {
    const key = 'capital:' + cc;
    let s = this.seats.get(key);
    if (s === undefined) {
      s = this.q.capital(cc) ?? null;
      this.seats.set(key, s);
    }
    return s;
  }

  /** The admin-1 code of a point from the Natural Earth shapes, when the place has none. */
  admin1CodeAt(lat: number, lon: number, cc?: string): string {
    const shapes = resolve(this.path, '..', 'admin1-shapes.json');
    const file = existsSync(shapes) ? shapes : DEFAULT_SHAPES;
    if (!existsSync(file)) return '';
    return admin1At(file, lat, lon, cc)?.code ?? '';
  }

  /** The admin-2 code of the nearest second-level area's seat (or centroid), within the admin-1 when given, or "". */
  nearestAdmin2(lat: number, lon: number, cc: string, admin1Code = ''): string {
    const key = `${cc}|${admin1Code}|${lat}|${lon}`;
    let v = this.nearest.get(key);
    if (v === undefined) {
      v = this.findNearestAdmin2(lat, lon, cc, admin1Code);
      if (this.nearest.size > 100_000) this.nearest.clear();
      this.nearest.set(key, v);
    }
    return v;
  }

  private findNearestAdmin2(lat: number, lon: number, cc: string, admin1Code: string): string {
    for (const d of [0.3, 1]) {
      const near = this.q.admin2AreasNear(cc, lat, lon, d).filter((p) => !admin1Code || p.admin1_code === admin1Code);
      if (near.length) {
        let best = near[0], bd = Infinity;
        for (const p of near) {
          const dd = (p.latitude - lat) ** 2 + ((p.longitude - lon) * Math.cos((lat * Math.PI) / 180)) ** 2;
          if (dd < bd) { bd = dd; best = p; }
        }
        return best.admin2_code;
      }
    }
    return '';
  }

  info() {
    return { path: this.path, ...this.q.counts(), meta: this.q.meta() };
  }

  close(): void {
    this.db.close();
    opened.delete(this.path);
  }
}

const opened = new Map<string, Gazetteer>();

/** Where the gazetteer is: the given path, else SITREP_GAZETTEER, else the embedded default. */
export function gazetteerLocation(path?: string | null): string {
  return resolve(path || process.env.SITREP_GAZETTEER || DEFAULT_GAZETTEER);
}

/** The process's gazetteer for a path (opened once; later calls share it). */
export function openGazetteer(path?: string | null): Gazetteer {
  const where = gazetteerLocation(path);
  let g = opened.get(where);
  if (!g) {
    if (!existsSync(where)) {
      throw new Error(where === DEFAULT_GAZETTEER
        ? `the embedded gazetteer ${where} has not been built; run \`npm run build\``
        : `gazetteer ${where} does not exist (create it with \`sitrep gazetteer import <file> --gazetteer ${where}\`)`);
    }
    g = new Gazetteer(where);
    opened.set(where, g);
  }
  return g;
}
