// Scale-out throughput: documents/s through the whole pipeline for the same synthetic corpus
//   (a) in-process ingest into SQLite (one process),
//   (b) `sitrep worker` processes (1, then 2) taking the documents from the pg-boss queue into PostgreSQL,
// and the ratio of each worker run to (a). Workers are started (and have loaded their models) before
// the documents are enqueued; the clock runs from the first enqueue to the last job completed.
//   node --import tsx bench/scale.bench.ts [--docs 1500] [--workers 1,2] [--batch-size 20] [--pg postgres://…]
// Needs a PostgreSQL database (SITREP_TEST_PG or the local one .ci/run creates); each run uses a
// fresh schema, dropped afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createContext } from '../src/context.js';
import { ingest } from '../src/ingest/run.js';
import { openQueue } from '../src/queue/boss.js';
import { enqueueInputs } from '../src/queue/enqueue.js';
import { openStore } from '../src/store/index.js';
import type { PostgresStore } from '../src/store/postgres/open.js';
import { syntheticCorpus, toJsonl } from '../test/scale/corpus.js';

const { values } = parseArgs({ options: { docs: { type: 'string' }, workers: { type: 'string' }, 'batch-size': { type: 'string' }, pg: { type: 'string' } } });
const DOCS = Number(values.docs ?? 1500);
const WORKER_COUNTS = (values.workers ?? '1,2').split(',').map(Number);
const BATCH = values['batch-size'] ?? '20';
const DATABASE = values.pg ?? process.env.SITREP_TEST_PG ?? 'postgres://sitrep:sitrep@127.0.0.1:5432/sitrep_test';
const CLI = join(import.meta.dirname, '..', 'src', 'cli', 'main.ts');

const dir = mkdtempSync(join(tmpdir(), 'sitrep-scale-'));
const file = join(dir, 'corpus.jsonl');
writeFileSync(file, toJsonl(syntheticCorpus(DOCS, { copyEvery: 10, seed: 11 })));
console.log(`corpus: ${DOCS} synthetic notes; ${cpus().length} CPUs; load ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);

// (a) SQLite, in-process.
async function sqliteRun(): Promise<number> {
  const store = await openStore(join(dir, 'sitrep.db'));
  const ctx = createContext();
  // Warm up the models (gazetteer, actors, wink) outside the clock, as the workers do before timing.
  const warm = join(dir, 'warm.jsonl');
  writeFileSync(warm, toJsonl(syntheticCorpus(5, { seed: 99 })));
  await ingest([warm], { store, ctx: createContext() });
  const started = performance.now();
  const summary = await ingest([file], { store, ctx });
  const seconds = (performance.now() - started) / 1000;
  console.log(`sqlite in-process: ${summary.read} documents in ${seconds.toFixed(1)}s = ${(summary.read / seconds).toFixed(1)} documents/s; events ${await store.events.count()}`);
  await store.close();
  return summary.read / seconds;
}

// (b) N workers on PostgreSQL.
async function workersRun(n: number): Promise<number> {
  const schema = `bench_${process.pid}_${n}`;
  const admin = new pg.Client({ connectionString: DATABASE });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_boss CASCADE; CREATE SCHEMA ${schema}`);
  const u = new URL(DATABASE);
  u.searchParams.set('options', `-c search_path=${schema}`);
  const url = u.toString();
  const env = { ...process.env, SITREP_QUEUE_SCHEMA: `${schema}_boss` };
  process.env.SITREP_QUEUE_SCHEMA = env.SITREP_QUEUE_SCHEMA;
  const store = (await openStore(url)) as PostgresStore;
  const boss = await openQueue(url, { expireInSeconds: 300 });
  const workers: ChildProcess[] = [];
  try {
    await Promise.all(Array.from({ length: n }, () => new Promise<void>((resolve, reject) => {
      const w = spawn(process.execPath, ['--import', 'tsx', CLI, 'worker', '--db', url, '--concurrency', '1', '--batch-size', BATCH], { env, stdio: ['ignore', 'pipe', 'inherit'] });
      workers.push(w);
      w.once('exit', (code) => reject(new Error(`worker exited (${code})`)));
      w.stdout!.on('data', (d: Buffer) => { if (d.toString().includes('waiting for documents')) resolve(); });
    })));
    // Warm up every worker's models outside the clock.
    const warm = join(dir, `warm-${n}.jsonl`);
    writeFileSync(warm, toJsonl(syntheticCorpus(n * Number(BATCH), { seed: 98 + n })));
    await enqueueInputs([warm], { store, boss });
    const jobsTable = `${schema}_boss.job`;
    const completed = async () => Number((await store.pool.query(`SELECT count(*) AS n FROM ${jobsTable} WHERE state = 'completed'`)).rows[0].n);
    while ((await completed()) < n * Number(BATCH)) await new Promise((r) => setTimeout(r, 200));
    const before = await completed();
    const started = performance.now();
    await enqueueInputs([file], { store, boss });
    while ((await completed()) < before + DOCS) await new Promise((r) => setTimeout(r, 200));
    const seconds = (performance.now() - started) / 1000;
    console.log(`postgres, ${n} worker${n === 1 ? '' : 's'}: ${DOCS} documents in ${seconds.toFixed(1)}s = ${(DOCS / seconds).toFixed(1)} documents/s; events ${await store.events.count()}`);
    return DOCS / seconds;
  } finally {
    for (const w of workers) { w.removeAllListeners('exit'); w.kill('SIGTERM'); }
    await boss.stop({ graceful: false, wait: true });
    await store.close();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_boss CASCADE`);
    await admin.end();
  }
}

try {
  const base = await sqliteRun();
  for (const n of WORKER_COUNTS) {
    const rate = await workersRun(n);
    console.log(`  ratio to sqlite in-process: ${(rate / base).toFixed(2)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
