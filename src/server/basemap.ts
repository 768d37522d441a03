// The offline basemap: world-atlas country polygons (TopoJSON, shipped in node_modules) decoded to
// GeoJSON once per process, and the admin-1 outlines the gazetteer build leaves under build/ when
// present. No tile server, no network.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { BUILD_DIR } from '../paths.js';

type Position = [number, number];
interface TopoGeometry { type: string; id?: string; arcs?: unknown; properties?: Record<string, unknown> }
interface Topology {
  type: 'Topology';
  transform?: { scale: [number, number]; translate: [number, number] };
  arcs: Position[][];
  objects: Record<string, { type: string; geometries: TopoGeometry[] }>;
}

/** Decode TopoJSON arcs (delta-encoded and quantized when there is a transform) to coordinates. */
function decodeArcs(topology: Topology): Position[][] {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([a, b]) => {
      if (!t) return [a, b] as Position;
      x += a; y += b;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] as Position;
    });
  });
}

/**
 * A ring from arc indexes; a negative index ~i means arc i reversed. Shared endpoints are kept once.
 * A ring crossing the antimeridian (Fiji, Chukotka) is moved east of it, so the map does not draw it
 * as a band around the world.
 */
function ring(indexes: number[], arcs: Position[][]): Position[] {
  const out: Position[] = [];
  for (const index of indexes) {
    const arc = index >= 0 ? arcs[index]! : arcs[~index]!.slice().reverse();
    out.push(...(out.length ? arc.slice(1) : arc));
  }
  let west = Infinity, east = -Infinity;
  for (const [lon] of out) { west = Math.min(west, lon); east = Math.max(east, lon); }
  return east - west > 180 ? out.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat] as Position) : out;
}

/** One TopoJSON object (a GeometryCollection of polygons) as a GeoJSON FeatureCollection. */
export function topoToGeoJson(topology: Topology, objectName: string): { type: 'FeatureCollection'; features: unknown[] } {
  const arcs = decodeArcs(topology);
  const object = topology.objects[objectName];
  if (!object) throw new Error(`the topology has no object "${objectName}"`);
  const features = object.geometries.flatMap((g) => {
    let geometry;
    if (g.type === 'Polygon') geometry = { type: 'Polygon', coordinates: (g.arcs as number[][]).map((r) => ring(r, arcs)) };
    else if (g.type === 'MultiPolygon') geometry = { type: 'MultiPolygon', coordinates: (g.arcs as number[][][]).map((p) => p.map((r) => ring(r, arcs))) };
    else return [];
    return [{ type: 'Feature', id: g.id, properties: { name: g.properties?.name ?? null }, geometry }];
  });
  return { type: 'FeatureCollection', features };
}

let countries: string | null = null;

/** World countries at 1:50m as GeoJSON text (decoded on first use, then kept). */
export function countriesGeoJson(): string {
  if (countries === null) {
    const require = createRequire(import.meta.url);
    const file = join(dirname(require.resolve('world-atlas/package.json')), 'countries-50m.json');
    const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology;
    countries = JSON.stringify(topoToGeoJson(topology, 'countries'));
  }
  return countries;
}

/** The admin-1 shapes file written by the gazetteer build, if it has run (build/admin1*.json). */
export function admin1ShapesFile(dir = BUILD_DIR): string | null {
  if (!existsSync(dir)) return null;
  const name = readdirSync(dir).find((f) => /^admin-?1.*\.json$/i.test(f));
  return name ? join(dir, name) : null;
}

let admin1: string | null | undefined;

/** Admin-1 outlines as GeoJSON lines (from the gazetteer's flat rings), or null before the build. */
export function admin1GeoJson(): string | null {
  if (admin1 === undefined) {
    const file = admin1ShapesFile();
    admin1 = null;
    if (file) {
      const shapes = JSON.parse(readFileSync(file, 'utf8')) as { name: string; cc: string; rings: number[][] }[];
      const features = shapes.map((s) => ({
        type: 'Feature',
        properties: { name: s.name, cc: s.cc },
        geometry: { type: 'MultiLineString', coordinates: s.rings.map((r) => {
          const line: Position[] = [];
          for (let i = 0; i + 1 < r.length; i += 2) line.push([r[i]!, r[i + 1]!]);
          return line;
        }) },
      }));
      admin1 = JSON.stringify({ type: 'FeatureCollection', features });
    }
  }
  return admin1;
}
