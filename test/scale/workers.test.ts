// The worker pool on a real PostgreSQL: 4 `sitrep worker` processes take 800 synthetic documents
// from the queue while one of them is killed with SIGKILL midway. Its jobs are retried after their
// expiry; every document must be stored once and every event once. Skipped (with a message) when no
// PostgreSQL test database answers; in CI it runs.
// The load is what the property needs, not a measure: 32 batches of 25 for 4 workers, so that every
// worker holds batches, one is killed with a batch in hand after a third, and the others retry it.
// SITREP_SCALE_DOCUMENTS=5000 runs the same test on a larger load; throughput is measured by
// bench/scale.bench.ts (`npm run bench -- scale`).
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openQueue } from '../../src/queue/boss.js';
import { enqueueInputs } from '../../src/queue/enqueue.js';
import { openStore } from '../../src/store/index.js';
import { one } from '../../src/store/postgres/pool.js';
import type { PostgresStore } from '../../src/store/postgres/open.js';
import { freshSchema, SKIP_PG, tempDir, testDatabase } from '../store/helpers.js';
import { syntheticCorpus, toJsonl } from './corpus.js';

const DOCUMENTS = Number(process.env.SITREP_SCALE_DOCUMENTS ?? 800);
const WORKERS = 4;
/** A batch of 25 takes about a second on a loaded machine; a job held longer is taken again (and still stored once). */
const EXPIRE_SECONDS = 10;
/** Upper bound on the whole run (the machine may be loaded by other work). */
const DEADLINE_MS = 12 * 60_000;

const CLI = join(import.meta.dirname, '..', '..', 'src', 'cli', 'main.ts');

test(`${WORKERS} workers process ${DOCUMENTS} documents, one killed midway: every document and event stored once`, { skip: (await testDatabase()) ? false : SKIP_PG, timeout: DEADLINE_MS + 60_000 }, async () => {
  const { url, schema } = await freshSchema((await testDatabase())!, 'scale');
  const env = { ...process.env, SITREP_QUEUE_SCHEMA: `${schema}_boss` };
  process.env.SITREP_QUEUE_SCHEMA = env.SITREP_QUEUE_SCHEMA;
  const store = (await openStore(url)) as PostgresStore;
  const boss = await openQueue(url, { expireInSeconds: EXPIRE_SECONDS, maintenanceIntervalSeconds: 2 });
  after(async () => {
    await boss.stop({ graceful: false, wait: true });
    await store.pool.query(`DROP SCHEMA IF EXISTS ${schema}_boss CASCADE`);
    await store.close();
  });

  const corpus = syntheticCorpus(DOCUMENTS, { copyEvery: 10, seed: 7 });
  const file = join(tempDir(), 'corpus.jsonl');
  writeFileSync(file, toJsonl(corpus));
  const queued = await enqueueInputs([file], { store, boss });
  assert.equal(queued.enqueued, DOCUMENTS);

  const workers: ChildProcess[] = [];
  const batchesSeen = new Map<ChildProcess, number>();
  for (let i = 0; i < WORKERS; i++) {
    const w = spawn(process.execPath, ['--import', 'tsx', CLI, 'worker', '--db', url, '--concurrency', '1', '--batch-size', '25', '--maintenance', '2'],
      { env, stdio: ['ignore', 'pipe', 'inherit'] });
    batchesSeen.set(w, 0);
    w.stdout!.on('data', (chunk: Buffer) => { batchesSeen.set(w, batchesSeen.get(w)! + (chunk.toString().match(/"jobs"/g)?.length ?? 0)); });
    workers.push(w);
  }
  after(() => { for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL'); });

  const count = async (sql: string) => Number((await one<{ n: number }>(store.pool, sql))!.n);
  const jobs = `${schema}_boss.job`;
  const started = Date.now();
  const victim = workers[0]!;
  let killed = false;
  for (;;) {
    assert.ok(Date.now() - started < DEADLINE_MS, 'the workers finished in time');
    const done = await count(`SELECT count(*) AS n FROM ${jobs} WHERE state = 'completed'`);
    if (!killed && done >= DOCUMENTS / 3 && batchesSeen.get(victim)! > 0) {
      // Right after a batch the worker has fetched its next one: kill it with that batch in hand.
      const seen = batchesSeen.get(victim)!;
      while (batchesSeen.get(victim) === seen) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 100));
      victim.kill('SIGKILL');
      killed = true;
    }
    if (done >= DOCUMENTS) break;
    const failed = await count(`SELECT count(*) AS n FROM ${jobs} WHERE state = 'failed'`);
    assert.equal(failed, 0, 'no job failed for good');
    await new Promise((r) => setTimeout(r, 1000));
  }
  assert.ok(killed, 'one worker was killed midway');
  assert.ok(await count(`SELECT count(*) AS n FROM ${jobs} WHERE retry_count > 0`) > 0, "the killed worker's jobs were retried by the others");

  // Every document once, with one source per input.
  assert.equal(await count('SELECT count(*) AS n FROM documents'), DOCUMENTS);
  assert.equal(await count('SELECT count(DISTINCT content_hash) AS n FROM documents'), DOCUMENTS);
  assert.equal(await count('SELECT count(*) AS n FROM sources'), DOCUMENTS);
  assert.equal(await count('SELECT count(*) AS n FROM dead_letters'), 0);
  // Every event once: one event per merge key, no evidence or source written twice.
  const events = await count('SELECT count(*) AS n FROM events');
  assert.ok(events > DOCUMENTS * 0.7, `events coded: ${events}`);
  assert.equal(await count('SELECT count(DISTINCT merge_key) AS n FROM events'), events);
  assert.equal(await count(`SELECT count(*) AS n FROM (SELECT 1 FROM evidence GROUP BY event_id, document_id, field, start, "end" HAVING count(*) > 1) d`), 0);
  assert.equal(await count('SELECT count(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.event_id)'), 0);
  // Syndicated copies (every 10th note) are one event with two sources.
  assert.ok(await count('SELECT count(*) AS n FROM (SELECT event_id FROM event_sources GROUP BY event_id HAVING count(*) > 1) m') >= DOCUMENTS / 10 * 0.9);

  for (const w of workers.slice(1)) w.kill('SIGTERM');
  await Promise.all(workers.slice(1).map((w) => new Promise((r) => (w.exitCode !== null ? r(null) : w.once('exit', r)))));
});
