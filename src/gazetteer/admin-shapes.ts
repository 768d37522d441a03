// Natural Earth admin-1 polygons (public domain, naturalearthdata.com), reduced at build time to a
// slim file of simplified rings, for point-in-polygon admin1 lookup of places that lack an admin1 code.
import { readFileSync } from 'node:fs';

/** One admin-1 area: its GeoNames code ("SY.12"), bounding box and simplified outer/inner rings. */
export interface AdminShape {
  code: string;
  cc: string;
  name: string;
  bbox: [number, number, number, number];
  /** Rings as flat [lon, lat, lon, lat, ...] arrays; even-odd rule. */
  rings: number[][];
}

type Ring = number[][];

/** Keep a point only when it is at least `tolerance` degrees from the last kept one (rings stay closed). */
export function simplifyRing(ring: Ring, tolerance: number): number[] {
  const out: number[] = [];
  let lx = Infinity, ly = Infinity;
  for (let i = 0; i < ring.length; i++) {
    const [x, y] = ring[i];
    const last = i === ring.length - 1;
    if (last || Math.abs(x - lx) >= tolerance || Math.abs(y - ly) >= tolerance) {
      out.push(Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000);
      lx = x; ly = y;
    }
  }
  return out.length >= 8 ? out : ring.flat().map((v) => Math.round(v * 1000) / 1000);
}

/** Reduce a GeoJSON Polygon/MultiPolygon geometry to simplified flat rings and a bbox. */
export function reduceGeometry(geometry: { type: string; coordinates: unknown }, tolerance = 0.01): { rings: number[][]; bbox: [number, number, number, number] } | null {
  const polys: Ring[][] = geometry.type === 'Polygon' ? [geometry.coordinates as Ring[]]
    : geometry.type === 'MultiPolygon' ? (geometry.coordinates as Ring[][]) : [];
  const rings: number[][] = [];
  const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of polys) for (const ring of poly) {
    const flat = simplifyRing(ring, tolerance);
    for (let i = 0; i < flat.length; i += 2) {
      bbox[0] = Math.min(bbox[0], flat[i]); bbox[1] = Math.min(bbox[1], flat[i + 1]);
      bbox[2] = Math.max(bbox[2], flat[i]); bbox[3] = Math.max(bbox[3], flat[i + 1]);
    }
    rings.push(flat);
  }
  return rings.length ? { rings, bbox } : null;
}

/** Even-odd point-in-polygon over flat rings. */
export function contains(shape: AdminShape, lon: number, lat: number): boolean {
  const [x0, y0, x1, y1] = shape.bbox;
  if (lon < x0 || lon > x1 || lat < y0 || lat > y1) return false;
  let inside = false;
  for (const r of shape.rings) {
    for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
      const xi = r[i], yi = r[i + 1], xj = r[j], yj = r[j + 1];
      if ((yi > lat) !== (yj > lat) && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

const loaded = new Map<string, AdminShape[]>();

/** The admin-1 area containing a point (limited to a country when given), or null. */
export function admin1At(shapesFile: string, lat: number, lon: number, cc?: string): AdminShape | null {
  let shapes = loaded.get(shapesFile);
  if (!shapes) {
    shapes = JSON.parse(readFileSync(shapesFile, 'utf8')) as AdminShape[];
    loaded.set(shapesFile, shapes);
  }
  for (const s of shapes) {
    if (cc && s.cc !== cc) continue;
    if (contains(s, lon, lat)) return s;
  }
  return null;
}
