// Who held the ground on a frontline (data/geo/areas-of-control.json), and the sides of fire reported
// there with no shooter named. A frontline is a line of contact between two sides over a period: the
// polygon closed by the line and `closure` was held by the second side, ground of the country within
// `zoneKm` of the line and outside the polygon by the first.
//   holderAt(code, lon, lat, date)   which side held a point on a date (null: no frontline there)
//   frontlineSides(doc, ...)         actor1/actor2 of a report of fire with no named shooter, or null
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../paths.js';
import type { Document } from '../document.js';
import { codeOfName, stateForceName } from '../actors/index.js';

type Point = [number, number];
type SideSpec = { state: 'military' | 'police' } | { name: string; inter: number };

export interface Frontline {
  name: string;
  country: string;
  from: string;
  to: string;
  sides: [SideSpec, SideSpec];
  zoneKm: number;
  line: Point[];
  closure: Point[];
}

export interface Side { name: string; inter: number }
/** The event's place and day as buildEvent worked them out (place: null when none; no point for a country-level place). */
export interface EventAt {
  place: { country_code: string | null; latitude: number | null; longitude: number | null; geo_precision: number } | null;
  date: string;
}

type Data = { frontlines: Frontline[]; lineWords: RegExp; observerWords: RegExp };
let cache: Data | null = null;
function data(): Data {
  if (!cache) {
    const raw = JSON.parse(readFileSync(join(DATA_DIR, 'geo', 'areas-of-control.json'), 'utf8')) as { frontlines: Frontline[]; lineWords: string; observerWords: string };
    cache = { frontlines: raw.frontlines, lineWords: new RegExp(raw.lineWords, 'i'), observerWords: new RegExp(raw.observerWords, 'i') };
  }
  return cache;
}
const frontlines = () => data().frontlines;

/** Ray casting: is the point inside the polygon? */
function inside([x, y]: Point, poly: Point[]): boolean {
  let odd = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i], [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
  }
  return odd;
}

/** Distance in km from a point to a polyline (equirectangular, fine at this scale). */
function distanceKm([x, y]: Point, line: Point[]): number {
  const kx = 111.32 * Math.cos((y * Math.PI) / 180), ky = 110.57;
  let best = Infinity;
  for (let i = 0; i + 1 < line.length; i++) {
    const ax = (line[i][0] - x) * kx, ay = (line[i][1] - y) * ky;
    const bx = (line[i + 1][0] - x) * kx, by = (line[i + 1][1] - y) * ky;
    const dx = bx - ax, dy = by - ay;
    const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return best;
}

/** The frontline of a country at a date and the index (0/1) of the side that held the point, or null. */
export function holderAt(code: string, lon: number, lat: number, date: string): { front: Frontline; holder: 0 | 1 } | null {
  for (const front of frontlines()) {
    if (front.country !== code || date < front.from || date >= front.to) continue;
    if (inside([lon, lat], [...front.line, ...front.closure])) return { front, holder: 1 };
    if (distanceKm([lon, lat], front.line) <= front.zoneKm) return { front, holder: 0 };
  }
  return null;
}

function sideName(spec: SideSpec, code: string, date: string): Side {
  return 'state' in spec ? { name: stateForceName(spec.state, code, date), inter: 1 } : { name: spec.name, inter: spec.inter };
}

const FIRE_TYPES = new Set(['Battles', 'Explosions/Remote violence']);
/** Actor kinds that are a shooter named by the text (generic "gunmen", "unknown" are not). */
const UNNAMED = new Set(['unidentified', 'civilians', 'protesters', 'rioters']);

/**
 * The sides of a report of fire on a frontline that names no shooter: the side named in the sentences
 * just before it as actor1 and the other as actor2, else the side opposing the holder of the place as
 * actor1 and the holder as actor2 (civilians named as victims stay actor2). Fire across the line, or
 * reported by the ceasefire monitors, at a place that tells no holder: the first side as actor1 (a
 * convention), the second as actor2 (of Battles; shelling keeps its target). Null when the report names
 * an armed actor of its own, is not fire, or its place and date (`at`, build's own) lie on no frontline.
 */
export function frontlineSides(doc: Document, eventType: string, parts: { start: number; end: number }[], context: { start: number; end: number }[], country: string, actor2: Side, at: EventAt): { actor1: Side; actor2: Side } | null {
  if (!FIRE_TYPES.has(eventType) || !country) return null;
  const code = codeOfName(country);
  if (!code || !frontlines().some((f) => f.country === code)) return null;
  const within = (a: { start: number; end: number }, spans: { start: number; end: number }[]) => spans.some((s) => a.start >= s.start && a.end <= s.end);
  const named = (spans: { start: number; end: number }[]) => doc.actors.filter((a) => within(a, spans) && a.inter !== 7 && !UNNAMED.has(a.kind ?? ''));
  // The report's own sentence names the shooter or not; the sentences after it tell casualties ("a soldier was wounded").
  if (named(parts.slice(0, 1)).length) return null;
  const { place, date } = at;
  if (place?.country_code && place.country_code !== code) return null;
  const held = place && place.latitude !== null && place.longitude !== null ? holderAt(code, place.longitude, place.latitude, date) : null;
  const front = held?.front ?? frontlines().find((f) => f.country === code && date >= f.from && date < f.to);
  if (!front) return null;
  const sides = front.sides.map((s) => sideName(s, code, date));
  // A side named in the sentences just before fires; the other is its target.
  const before = held ? named(context).map((a) => sides.findIndex((s) => s.name === a.actor)).find((i) => i >= 0) : undefined;
  if (before !== undefined) return { actor1: sides[before], actor2: sides[1 - before] };
  // A town or village (not a region or city named in its stead) tells who held the place.
  if (held && place!.geo_precision <= 2) return { actor1: sides[1 - held.holder], actor2: actor2.inter === 7 ? actor2 : sides[held.holder] };
  // Fire across the line at a place that tells no holder (none known, a homonym elsewhere, a region): both sides.
  const sentence = doc.text.slice(parts[0].start, parts[0].end);
  if (data().lineWords.test(sentence)) return { actor1: sides[0], actor2: sides[1] };
  // The ceasefire monitors' report of fire there: fire between the two sides, the first as actor1 by convention;
  // shelling with no target named keeps its actor2 (blank, or the civilians hit).
  if (!data().observerWords.test(sentence)) return null;
  return { actor1: sides[0], actor2: eventType === 'Battles' ? sides[1] : actor2 };
}
