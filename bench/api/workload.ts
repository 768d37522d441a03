// The workload of `npm run bench:api`: a synthetic database of events and the mix of GET /api/events
// queries the clients send. Deterministic (seeded), so every run measures the same data and queries.
import { openDb } from '../../src/store/sqlite/open.js';
// @ts-expect-error plain ES module of the page, without types
import { TABLE_FIELDS } from '../../web/js/table-fields.js';

export const TYPES: [string, string, string, number][] = [
  ['Battles', 'Armed clash', 'Political violence', 0.25],
  ['Explosions/Remote violence', 'Air/drone strike', 'Political violence', 0.12],
  ['Violence against civilians', 'Attack', 'Political violence', 0.15],
  ['Protests', 'Peaceful protest', 'Demonstrations', 0.3],
  ['Riots', 'Violent demonstration', 'Demonstrations', 0.1],
  ['Strategic developments', 'Arrests', 'Strategic developments', 0.08],
];
const ACTOR_WORDS = ['Army', 'Police', 'Front', 'Movement', 'Brigade', 'Militia', 'Protesters', 'Rioters', 'Civilians', 'Unidentified Armed Group'];
const NOTE_WORDS = ['clash', 'attack', 'market', 'village', 'checkpoint', 'convoy', 'protest', 'students', 'farmers', 'strike', 'border', 'road', 'camp', 'river', 'bridge'];
/** A vocabulary like news text: a few very common words, many rare ones (Zipf, 2,000 words). */
const VOCABULARY = Array.from({ length: 2000 }, (_, i) => (i < NOTE_WORDS.length ? NOTE_WORDS[i]! : `w${i.toString(36)}`));
const ZIPF = (() => { const w = VOCABULARY.map((_, i) => 1 / (i + 1)); const total = w.reduce((a, b) => a + b, 0); let c = 0; return w.map((x) => (c += x / total)); })();
function zipfWord(rand: () => number): string {
  const r = rand();
  let lo = 0, hi = ZIPF.length - 1;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ZIPF[mid]! < r) lo = mid + 1; else hi = mid; }
  return VOCABULARY[lo]!;
}

/** A deterministic pseudo-random generator, so every run benchmarks the same data. */
export function rng(seed: number) {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
}

function syntheticCountries(rand: () => number) {
  return Array.from({ length: 40 }, (_, i) => ({ name: `Country ${String.fromCharCode(65 + (i % 26))}${i}`, lat: -35 + rand() * 80, lon: -100 + rand() * 220 }));
}
/** The country names of the synthetic database (the same for every database built). */
export const syntheticCountryNames = (): string[] => syntheticCountries(rng(42)).map((c) => c.name);

/** Fill a new database at `path` with `count` synthetic events: 40 countries, 2 years, ACLED's types. */
export function buildDatabase(path: string, count: number): void {
  const db = openDb(path);
  const rand = rng(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const countries = syntheticCountries(rand);
  const start = Date.parse('2023-01-01T00:00:00Z');
  const insert = db.prepare(`INSERT INTO events (event_id, merge_key, event_date, time_precision, disorder_type, event_type, sub_event_type,
    actor1, inter1, actor2, inter2, interaction, country, admin1, location, latitude, longitude, geo_precision, fatalities, notes, source,
    confidence, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?, ?, ?, 1, ?, 2, 12, ?, ?, ?, ?, ?, 1, ?, ?, 'Bench Wire', 0.7, ?, ?)`);
  const now = new Date().toISOString();
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      let r = rand(), k = 0;
      while (k < TYPES.length - 1 && r > TYPES[k]![3]) { r -= TYPES[k]![3]; k++; }
      const [type, sub, disorder] = TYPES[k]!;
      const c = pick(countries);
      const day = new Date(start + Math.floor(rand() * 730) * 86_400_000).toISOString().slice(0, 10);
      const fatalities = rand() < 0.6 ? 0 : Math.floor(rand() ** 3 * 60);
      const actor1 = `${pick(ACTOR_WORDS)} of ${c.name}`;
      const actor2 = `${pick(ACTOR_WORDS)} ${pick(ACTOR_WORDS)}`;
      const notes = `On ${day}, ${Array.from({ length: 30 }, () => zipfWord(rand)).join(' ')} reported near ${c.name}.`;
      insert.run(`B-${i}`, `B-${i}`, day, disorder, type, sub, actor1, actor2, c.name, `Province ${Math.floor(rand() * 8)}`, `Town ${Math.floor(rand() * 500)}`,
        c.lat + (rand() - 0.5) * 6, c.lon + (rand() - 0.5) * 6, fatalities, notes, now, now);
    }
  })();
  db.exec('ANALYZE'); // what `sitrep serve` does on start (PRAGMA optimize) for a database of this size
  db.close();
}

/**
 * The query mix, documented: 400 distinct URLs sent in turn, one tenth of the requests each of
 *   0 no filter (newest first)                  5 full-text word (ranks 1–300 of a Zipf vocabulary), half with a country
 *   1 one month                                 6 actor word + event type
 *   2 one country                               7 minimum fatalities, worst first
 *   3 event type + one month                    8 country + event type, pages 1–4 (offset 0–150)
 *   4 15°×10° bounding box                      9 sub-event type + one month, oldest first
 * every one with limit=50 and, as the page asks, only the table's fields (web/js/table-fields.js)
 * unless `allFields`.
 */
export const MIX = [
  'no filter', 'one month', 'country', 'event type + month', 'bbox 15x10 deg', 'text word (+ country)',
  'actor word + event type', 'min fatalities, worst first', 'country + event type, pages 1-4', 'sub-event type + month, oldest first',
];

export function queries(countries: string[], allFields = false): { url: string; kind: string }[] {
  const rand = rng(7);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const month = () => { const m = 1 + Math.floor(rand() * 24); const y = m > 12 ? 2024 : 2023; const mm = String(((m - 1) % 12) + 1).padStart(2, '0'); return [`${y}-${mm}-01`, `${y}-${mm}-28`]; };
  const out: { url: string; kind: string }[] = [];
  for (let i = 0; i < 400; i++) {
    const p = new URLSearchParams();
    switch (i % 10) {
      case 0: break;
      case 1: { const [f, t] = month(); p.set('from', f!); p.set('to', t!); break; }
      case 2: p.set('country', pick(countries)); break;
      case 3: p.set('event_type', pick(TYPES)[0]); { const [f, t] = month(); p.set('from', f!); p.set('to', t!); } break;
      case 4: { const lat = -30 + rand() * 60, lon = -90 + rand() * 200; p.set('bbox', `${lon.toFixed(2)},${lat.toFixed(2)},${(lon + 15).toFixed(2)},${(lat + 10).toFixed(2)}`); break; }
      case 5: p.set('q', pick(VOCABULARY.slice(0, 300))); if (rand() < 0.5) p.set('country', pick(countries)); break;
      case 6: p.set('actor', pick(ACTOR_WORDS.slice(0, 8))); p.set('event_type', pick(TYPES)[0]); break;
      case 7: p.set('min_fatalities', String(5 + Math.floor(rand() * 20))); p.set('sort', '-fatalities'); break;
      case 8: p.set('country', pick(countries)); p.set('event_type', pick(TYPES)[0]); p.set('offset', String(Math.floor(rand() * 4) * 50)); break;
      case 9: p.set('sub_event_type', pick(TYPES)[1]); p.set('sort', 'event_date'); { const [f, t] = month(); p.set('from', f!); p.set('to', t!); } break;
    }
    p.set('limit', '50');
    if (!allFields) p.set('fields', (TABLE_FIELDS as string[]).join(','));
    out.push({ url: `/api/events?${p}`, kind: MIX[i % 10]! });
  }
  return out;
}
