// `npm run bench:api`: 100,000 synthetic events in a temporary database, the API server in a child
// process, and 50 concurrent clients for 20 s on GET /api/events with mixed filters.
// Prints p50/p95/p99 latency, throughput and errors, and writes bench/out/api.json.
//   options: --events N (100000)  --clients N (50)  --seconds N (20)  --db path (keep and reuse a database)
//            --profile (time every query once, one at a time, and list the slowest)
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { ROOT } from '../src/paths.js';
import { openDb } from '../src/store/sqlite/open.js';

const TYPES: [string, string, string, number][] = [
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
function rng(seed: number) {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
}

function syntheticCountries(rand: () => number) {
  return Array.from({ length: 40 }, (_, i) => ({ name: `Country ${String.fromCharCode(65 + (i % 26))}${i}`, lat: -35 + rand() * 80, lon: -100 + rand() * 220 }));
}
const syntheticNames = () => ({ countries: syntheticCountries(rng(42)).map((c) => c.name) });

function buildDatabase(path: string, count: number): { countries: string[] } {
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
  return { countries: countries.map((c) => c.name) };
}

/** The mixed queries the clients send: typical analyst filters, alone and combined. */
function queries(countries: string[]): string[] {
  const rand = rng(7);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const month = () => { const m = 1 + Math.floor(rand() * 24); const y = m > 12 ? 2024 : 2023; const mm = String(((m - 1) % 12) + 1).padStart(2, '0'); return [`${y}-${mm}-01`, `${y}-${mm}-28`]; };
  const out: string[] = [];
  for (let i = 0; i < 400; i++) {
    const p = new URLSearchParams();
    switch (i % 10) {
      case 0: break; // newest events, no filter
      case 1: { const [f, t] = month(); p.set('from', f); p.set('to', t); break; }
      case 2: p.set('country', pick(countries)); break;
      case 3: p.set('event_type', pick(TYPES)[0]); { const [f, t] = month(); p.set('from', f); p.set('to', t); } break;
      case 4: { const lat = -30 + rand() * 60, lon = -90 + rand() * 200; p.set('bbox', `${lon.toFixed(2)},${lat.toFixed(2)},${(lon + 15).toFixed(2)},${(lat + 10).toFixed(2)}`); break; }
      case 5: p.set('q', pick(VOCABULARY.slice(0, 300))); if (rand() < 0.5) p.set('country', pick(countries)); break;
      case 6: p.set('actor', pick(ACTOR_WORDS.slice(0, 8))); p.set('event_type', pick(TYPES)[0]); break;
      case 7: p.set('min_fatalities', String(5 + Math.floor(rand() * 20))); p.set('sort', '-fatalities'); break;
      case 8: p.set('country', pick(countries)); p.set('event_type', pick(TYPES)[0]); p.set('offset', String(Math.floor(rand() * 4) * 50)); break;
      case 9: p.set('sub_event_type', pick(TYPES)[1]); p.set('sort', 'event_date'); { const [f, t] = month(); p.set('from', f); p.set('to', t); } break;
    }
    p.set('limit', '50');
    out.push(`/api/events?${p}`);
  }
  return out;
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function runClients(base: string, urls: string[], clients: number, seconds: number) {
  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  const deadline = performance.now() + seconds * 1000;
  let next = 0;
  async function client() {
    while (performance.now() < deadline) {
      const url = urls[next++ % urls.length]!;
      const t0 = performance.now();
      try {
        const r = await fetch(base + url);
        await r.arrayBuffer();
        if (r.status !== 200) errors[`HTTP ${r.status}`] = (errors[`HTTP ${r.status}`] ?? 0) + 1;
        else latencies.push(performance.now() - t0);
      } catch (err) {
        const key = (err as Error).message;
        errors[key] = (errors[key] ?? 0) + 1;
      }
    }
  }
  await Promise.all(Array.from({ length: clients }, client));
  return { latencies: latencies.sort((a, b) => a - b), errors };
}

async function serveChild(dbPath: string) {
  const { listen } = await import('../src/server/listen.js');
  const { openStore } = await import('../src/store/index.js');
  const store = await openStore(dbPath);
  const server = await listen({ store, host: '127.0.0.1', port: 0 });
  process.send!({ url: server.url });
  // The parent asks for the CPU time used so far: a figure that does not depend on the machine's load.
  process.on('message', (m) => { if (m === 'cpu') process.send!({ cpu: process.cpuUsage() }); });
  process.on('disconnect', () => { void server.close().then(() => store.close()).then(() => process.exit(0)); });
}

async function main() {
  const { values } = parseArgs({ options: { events: { type: 'string' }, clients: { type: 'string' }, seconds: { type: 'string' }, serve: { type: 'string' }, db: { type: 'string' }, profile: { type: 'boolean' } } });
  if (values.serve) return serveChild(values.serve);
  const events = Number(values.events ?? 100_000), clients = Number(values.clients ?? 50), seconds = Number(values.seconds ?? 20);
  const dir = values.db ? null : mkdtempSync(join(tmpdir(), 'sitrep-bench-api-'));
  const dbPath = values.db ?? join(dir!, 'bench.db');
  let t = performance.now();
  const { countries } = values.db && existsSync(values.db) ? syntheticNames() : buildDatabase(dbPath, events);
  console.log(`built ${events.toLocaleString()} events in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const child = fork(fileURLToPath(import.meta.url), ['--serve', dbPath], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  try {
    const { url } = await new Promise<{ url: string }>((resolve, reject) => { child.once('message', (m) => resolve(m as { url: string })); child.once('error', reject); child.once('exit', (code) => reject(new Error(`server exited with ${code}`))); });
    const urls = queries(countries);
    await runClients(url, urls, 4, 2); // warm-up: statement cache, page cache
    if (values.profile) {
      const timed: [number, string][] = [];
      for (const u of urls) { const t0 = performance.now(); await (await fetch(url + u)).arrayBuffer(); timed.push([performance.now() - t0, u]); }
      timed.sort((a, b) => b[0] - a[0]);
      for (const [ms, u] of timed.slice(0, 15)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${decodeURIComponent(u)}`);
      return;
    }
    const serverCpu = () => new Promise<number>((resolve) => {
      child.once('message', (m) => { const { cpu } = m as { cpu: NodeJS.CpuUsage }; resolve((cpu.user + cpu.system) / 1000); });
      child.send('cpu');
    });
    const cpuBefore = await serverCpu();
    t = performance.now();
    const { latencies, errors } = await runClients(url, urls, clients, seconds);
    const elapsed = (performance.now() - t) / 1000;
    const cpuMs = (await serverCpu()) - cpuBefore;
    const errorCount = Object.values(errors).reduce((a, b) => a + b, 0);
    const result = {
      events, clients, seconds: Number(elapsed.toFixed(1)), requests: latencies.length + errorCount,
      rps: Math.round(latencies.length / elapsed),
      p50_ms: Number(percentile(latencies, 0.5).toFixed(2)), p95_ms: Number(percentile(latencies, 0.95).toFixed(2)),
      p99_ms: Number(percentile(latencies, 0.99).toFixed(2)), max_ms: Number((latencies.at(-1) ?? NaN).toFixed(2)),
      errors: errorCount, error_kinds: errors,
      server_cpu_ms_per_request: Number((cpuMs / Math.max(1, latencies.length + errorCount)).toFixed(3)),
      // the machine's load while measuring: client and server share its cores with everything else
      load_average_1m: Number(loadavg()[0]!.toFixed(2)),
    };
    console.log(`GET /api/events, mixed filters: ${result.requests} requests in ${result.seconds} s (${result.rps}/s) by ${clients} clients`);
    console.log(`latency p50 ${result.p50_ms} ms · p95 ${result.p95_ms} ms · p99 ${result.p99_ms} ms · max ${result.max_ms} ms · errors ${errorCount}`);
    console.log(`server CPU ${result.server_cpu_ms_per_request} ms per request · machine load average ${result.load_average_1m} on ${cpus().length} cores`);
    mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
    writeFileSync(join(ROOT, 'bench', 'out', 'api.json'), JSON.stringify(result, null, 2));
  } finally {
    child.disconnect?.();
    child.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => { console.error(err); process.exitCode = 1; });
