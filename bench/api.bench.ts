// `npm run bench:api`: the API under load. 100,000 synthetic events in a temporary database
// (bench/api/workload.ts, which also documents the query mix), the server in one child process
// (bench/api/server.ts, as `sitrep serve` runs it) and 50 closed-loop clients in another
// (bench/api/client.ts), on GET /api/events with mixed filters: a warm-up that is not recorded, then
// the measured seconds. Prints p50/p95/p99 overall and per kind of query, requests/s, errors, server
// and client CPU per request, whether any client loop was starved, and the machine's load average;
// writes bench/out/api.json (bench/out/api-nocache.json with --no-cache).
//   options: --events N (100000)  --clients N (50)  --seconds N (20)  --warmup N (3)  --db path (keep and reuse a database)
//            --no-cache (the server answers every read from the database: SITREP_API_CACHE=off)
//            --all-fields (every field of each event, instead of the table's fields the page asks for)
//            --profile (no HTTP: CPU time of every query in this process, by kind, and the slowest)
//            --cpu-prof (run the server under node --cpu-prof; the profile goes to bench/out/profiles/)
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { ROOT } from '../src/paths.js';
import type { ClientJob, ClientResult } from './api/client.js';
import { buildDatabase, MIX, queries, syntheticCountryNames } from './api/workload.js';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const OUT = join(ROOT, 'bench', 'out');

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
const ms = (x: number) => Number(x.toFixed(2));
const summary = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, p50_ms: ms(percentile(s, 0.5)), p95_ms: ms(percentile(s, 0.95)), p99_ms: ms(percentile(s, 0.99)), max_ms: ms(s.at(-1) ?? NaN) };
};

function once<T>(child: ChildProcess, test: (m: unknown) => boolean): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: unknown) => { if (test(m)) { child.off('message', onMessage); resolve(m as T); } };
    child.on('message', onMessage);
    child.once('exit', (code) => reject(new Error(`child exited with ${code}`)));
  });
}

/**
 * --profile: every query of the mix through the store in this process, no HTTP. CPU time per kind of
 * query (the sum over 5 rounds, so that the clock's granularity does not matter), and the slowest
 * queries by their best wall-clock time of the rounds (robust to the machine's other load).
 */
async function profile(dbPath: string, allFields: boolean) {
  const { openStore } = await import('../src/store/index.js');
  const { tuneStoreForServing } = await import('../src/server/tune-store.js');
  const { parseListing } = await import('../src/server/params.js');
  const store = await openStore(dbPath);
  tuneStoreForServing(store);
  const ROUNDS = 5;
  const parsed = queries(syntheticCountryNames(), allFields).map(({ url, kind }) => {
    const query: Record<string, string[]> = {};
    for (const [k, v] of new URL(url, 'http://x').searchParams) (query[k] ??= []).push(v);
    return { url, kind, ...parseListing(query), best: Infinity };
  });
  for (const q of parsed) JSON.stringify(await store.search.list(q.filter, q.page)); // warm the statement and page caches
  console.log(`CPU ms per query (store.search.list + JSON, no HTTP), mean of ${ROUNDS} rounds, by kind of query:`);
  let all = 0;
  for (const kind of MIX) {
    const mine = parsed.filter((q) => q.kind === kind);
    const c0 = process.cpuUsage();
    for (let round = 0; round < ROUNDS; round++) {
      for (const q of mine) {
        const t0 = performance.now();
        JSON.stringify(await store.search.list(q.filter, q.page));
        q.best = Math.min(q.best, performance.now() - t0);
      }
    }
    const c = process.cpuUsage(c0);
    const cpuMs = (c.user + c.system) / 1000;
    all += cpuMs;
    console.log(`  ${kind.padEnd(40)} ${(cpuMs / (ROUNDS * mine.length)).toFixed(3)}`);
  }
  console.log(`  ${'all'.padEnd(40)} ${(all / (ROUNDS * parsed.length)).toFixed(3)}`);
  console.log('slowest (best wall-clock ms of the rounds):');
  for (const q of [...parsed].sort((a, b) => b.best - a.best).slice(0, 10)) console.log(`${q.best.toFixed(2).padStart(8)} ms  ${decodeURIComponent(q.url).replace(/&fields=[^&]*/, '')}`);
  await store.close();
}

async function main() {
  const { values } = parseArgs({ options: {
    events: { type: 'string' }, clients: { type: 'string' }, seconds: { type: 'string' }, warmup: { type: 'string' },
    db: { type: 'string' }, profile: { type: 'boolean' }, 'no-cache': { type: 'boolean' }, 'cpu-prof': { type: 'boolean' }, 'all-fields': { type: 'boolean' },
  } });
  const events = Number(values.events ?? 100_000), clients = Number(values.clients ?? 50);
  const seconds = Number(values.seconds ?? 20), warmupSeconds = Number(values.warmup ?? 3);
  const cache = !values['no-cache'];
  const dir = values.db ? null : mkdtempSync(join(tmpdir(), 'sitrep-bench-api-'));
  const dbPath = values.db ?? join(dir!, 'bench.db');
  const children: ChildProcess[] = [];
  try {
    if (!(values.db && existsSync(values.db))) {
      const t = performance.now();
      buildDatabase(dbPath, events);
      console.log(`built ${events.toLocaleString()} events in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    const allFields = values['all-fields'] ?? false;
    if (values.profile) return await profile(dbPath, allFields);

    mkdirSync(OUT, { recursive: true });
    const execArgv = ['--import', 'tsx', ...(values['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', join(OUT, 'profiles')] : [])];
    const server = fork(here('./api/server.ts'), ['--db', dbPath, ...(cache ? [] : ['--no-cache'])], { execArgv, stdio: 'inherit' });
    children.push(server);
    const { url } = await once<{ url: string }>(server, (m) => typeof m === 'object' && m !== null && 'url' in m);
    const serverCpu = async () => {
      const reply = once<{ cpu: NodeJS.CpuUsage }>(server, (m) => typeof m === 'object' && m !== null && 'cpu' in m);
      server.send('cpu');
      const { cpu } = await reply;
      return (cpu.user + cpu.system) / 1000;
    };

    const client = fork(here('./api/client.ts'), [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
    children.push(client);
    const job: ClientJob = { base: url, urls: queries(syntheticCountryNames(), allFields), clients, warmupSeconds, seconds };
    const measuring = once(client, (m) => (m as { phase?: string }).phase === 'measuring');
    const finished = once<{ result: ClientResult }>(client, (m) => (m as { phase?: string }).phase === 'done');
    client.send(job);
    await measuring;
    const cpuBefore = await serverCpu();
    const loadBefore = loadavg()[0]!;
    const { result: r } = await finished;
    const serverCpuMs = (await serverCpu()) - cpuBefore;
    const loadAfter = loadavg()[0]!;

    const errorCount = Object.values(r.errors).reduce((a, b) => a + b, 0);
    const requests = r.latencies.length + errorCount;
    const result = {
      events, clients, seconds: Number(r.elapsedSeconds.toFixed(1)), warmup_seconds: warmupSeconds, response_cache: cache,
      fields: allFields ? 'all' : 'table (web/js/table-fields.js)',
      requests, rps: Math.round(r.latencies.length / r.elapsedSeconds),
      ...summary(r.latencies),
      errors: errorCount, error_kinds: r.errors,
      cache_hit_share: Number((r.cacheHits / Math.max(1, r.latencies.length)).toFixed(3)),
      server_cpu_ms_per_request: Number((serverCpuMs / Math.max(1, requests)).toFixed(3)),
      client_cpu_ms_per_request: Number((r.clientCpuMs / Math.max(1, requests)).toFixed(3)),
      requests_per_client: { min: Math.min(...r.perClient), max: Math.max(...r.perClient) },
      // the machine's load while measuring: client and server share its cores with everything else
      load_average_1m: { before: Number(loadBefore.toFixed(2)), after: Number(loadAfter.toFixed(2)) }, cores: cpus().length,
      by_kind: Object.fromEntries(MIX.map((k) => [k, summary(r.byKind[k] ?? [])])),
    };
    console.log(`GET /api/events, mixed filters, ${allFields ? 'all fields' : 'table fields'}, response cache ${cache ? 'on' : 'off'}: ${requests} requests in ${result.seconds} s (${result.rps}/s) by ${clients} clients after ${warmupSeconds} s of warm-up`);
    console.log(`latency p50 ${result.p50_ms} ms · p95 ${result.p95_ms} ms · p99 ${result.p99_ms} ms · max ${result.max_ms} ms · errors ${errorCount}${cache ? ` · cache hits ${(result.cache_hit_share * 100).toFixed(1)}%` : ''}`);
    console.log(`CPU per request: server ${result.server_cpu_ms_per_request} ms · client ${result.client_cpu_ms_per_request} ms · requests per client ${result.requests_per_client.min}–${result.requests_per_client.max}`);
    console.log(`machine load average ${result.load_average_1m.before} → ${result.load_average_1m.after} on ${result.cores} cores`);
    for (const k of MIX) { const s = result.by_kind[k]!; console.log(`  ${k.padEnd(40)} p50 ${String(s.p50_ms).padStart(7)}  p95 ${String(s.p95_ms).padStart(7)}  p99 ${String(s.p99_ms).padStart(7)} ms  (${s.n})`); }
    writeFileSync(join(OUT, `api${cache ? '' : '-nocache'}${allFields ? '-allfields' : ''}.json`), JSON.stringify(result, null, 2));
  } finally {
    for (const child of children) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((resolve) => { child.once('exit', resolve); setTimeout(resolve, 5000); });
      child.disconnect?.(); // the server closes and exits (and writes its --cpu-prof profile)
      await exited;
      child.kill();
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => { console.error(err); process.exitCode = 1; });
