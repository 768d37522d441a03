// The queue path end to end, in one process: `sitrep ingest --queue` and `watch --queue` put raw
// inputs on the pg-boss queue; a worker takes them and stores them through the pipeline; enqueuing
// the same inputs again stores nothing twice (exactly-once results from at-least-once jobs).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { command as ingestCommand } from '../../src/cli/commands/ingest.js';
import { createContext } from '../../src/context.js';
import { DOCUMENTS_QUEUE, openQueue } from '../../src/queue/boss.js';
import { queueProcessor } from '../../src/queue/watch-processor.js';
import { startWorker } from '../../src/queue/worker.js';
import { openStore } from '../../src/store/index.js';
import type { PostgresStore } from '../../src/store/postgres/open.js';
import { freshSchema, SKIP_PG, tempDir, testDatabase } from '../store/helpers.js';
import { syntheticCorpus, toJsonl } from './corpus.js';

const until = async (check: () => Promise<boolean>, ms = 120_000) => {
  const start = Date.now();
  while (!(await check())) {
    assert.ok(Date.now() - start < ms, 'done in time');
    await new Promise((r) => setTimeout(r, 200));
  }
};

test('ingest --queue and watch --queue feed the workers; enqueuing again stores nothing twice', { skip: (await testDatabase()) ? false : SKIP_PG, timeout: 300_000 }, async () => {
  const { url, schema } = await freshSchema((await testDatabase())!, 'queue');
  process.env.SITREP_QUEUE_SCHEMA = `${schema}_boss`;
  const store = (await openStore(url)) as PostgresStore;
  const boss = await openQueue(url, { expireInSeconds: 30 });
  after(async () => {
    await boss.stop({ graceful: false, wait: true });
    await store.pool.query(`DROP SCHEMA IF EXISTS ${schema}_boss CASCADE`);
    await store.close();
  });

  const dir = tempDir();
  const docs = syntheticCorpus(30, { copyEvery: 6, seed: 21 });
  writeFileSync(join(dir, 'news.jsonl'), toJsonl(docs));
  writeFileSync(join(dir, 'broken.jsonl'), '{"id": 1}\n');
  const log = console.log;
  console.log = () => {};
  try {
    assert.equal(await ingestCommand.run([join(dir, 'news.jsonl'), join(dir, 'broken.jsonl'), '--queue', '--db', url]), 0);
  } finally {
    console.log = log;
  }
  assert.equal(await boss.getQueueSize(DOCUMENTS_QUEUE), docs.length, 'every readable input enqueued');
  assert.equal((await store.documents.deadLetters()).length, 1, 'the unreadable input is a dead letter at once');

  const worker = await startWorker({ store, boss, ctx: createContext(), concurrency: 2, batchSize: 8 });
  after(() => worker.stop());
  await until(async () => (await store.documents.counts()).documents === docs.length);
  const events = await store.events.count();
  assert.ok(events > 10 && events < docs.length);

  // The same inputs again (a re-run, or jobs redelivered): processed, nothing new stored.
  console.log = () => {};
  try {
    await ingestCommand.run([join(dir, 'news.jsonl'), '--queue', '--db', url]);
  } finally {
    console.log = log;
  }
  await until(async () => (await boss.getQueueSize(DOCUMENTS_QUEUE, { before: 'completed' })) === 0);
  await new Promise((r) => setTimeout(r, 500));
  assert.deepEqual((await store.documents.counts()).documents, docs.length);
  assert.equal(await store.events.count(), events);

  // watch --queue: a new feed item goes through the queue too.
  const processItem = queueProcessor(store, boss, { fetchPages: false });
  const outcome = await processItem({
    feedUrl: 'https://example.org/rss', key: 'item-1', contentHash: 'h', link: null, title: 'Clashes near Gao',
    content: 'Soldiers clashed with militants near Gao, Mali, on Monday, leaving four people dead, the army said.',
    contentType: 'text/plain', publishedAt: '2025-03-04', source: 'Example Feed',
  });
  assert.equal(outcome, 'queued');
  await until(async () => (await store.documents.counts()).documents === docs.length + 1);
  assert.ok((await store.search.list({ q: 'Gao' }, { limit: 10, offset: 0, sort: '-event_date' })).events.length > 0, 'the item was coded');
});
