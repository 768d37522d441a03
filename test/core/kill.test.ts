import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { tempDir } from './helpers.js';

const CHILD = join(import.meta.dirname, '..', 'fixtures', 'core', 'ingest-child.ts');
const N = 1500;

/** N distinct short documents (random words, so that none is a copy of another). */
function writeDocs(path: string): void {
  let seed = 42;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const vocab = Array.from({ length: 400 }, (_, i) => `w${i.toString(36)}x${(i * 7919) % 1000}`);
  const lines = [];
  for (let i = 0; i < N; i++) {
    const words = Array.from({ length: 60 }, () => vocab[Math.floor(rand() * vocab.length)]);
    lines.push(JSON.stringify({ id: `doc-${i}`, title: `Document ${i}`, text: `${words.join(' ')}.` }));
  }
  writeFileSync(path, lines.join('\n'));
}

function count(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try { return d.prepare('SELECT count(*) FROM documents').pluck().get() as number; } finally { d.close(); }
  } catch {
    return 0;
  }
}

function runChild(db: string, input: string, killAfterDocs: number | null): Promise<{ killed: boolean; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, db, input], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (d) => { stdout += d; });
    let timer: NodeJS.Timeout | null = null;
    if (killAfterDocs !== null) {
      timer = setInterval(() => {
        if (count(db) >= killAfterDocs) { child.kill('SIGKILL'); clearInterval(timer!); }
      }, 5);
    }
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (timer) clearInterval(timer);
      resolve({ killed: signal === 'SIGKILL', stdout });
    });
  });
}

test('kill -9 mid-batch, then rerun: every document stored exactly once', { timeout: 120_000 }, async () => {
  const dir = tempDir();
  const input = join(dir, 'docs.jsonl');
  const db = join(dir, 'sitrep.db');
  writeDocs(input);

  let kills = 0;
  for (const at of [100, 600]) {
    const r = await runChild(db, input, at);
    if (r.killed) kills++;
  }
  assert.ok(kills >= 1, 'the child was killed at least once mid-run');
  const mid = count(db);
  assert.ok(mid > 0 && mid < N, `killed mid-run (${mid} of ${N} stored)`);

  const final = await runChild(db, input, null);
  const summary = JSON.parse(final.stdout.trim().split('\n').pop()!);
  assert.equal(summary.ingested + summary.unchanged, N);

  const d = new Database(db, { readonly: true });
  try {
    assert.equal(d.prepare('SELECT count(*) FROM documents').pluck().get(), N);
    assert.equal(d.prepare('SELECT count(DISTINCT id) FROM documents').pluck().get(), N);
    assert.equal(d.prepare('SELECT count(*) FROM sources').pluck().get(), N);
    assert.equal(d.prepare('SELECT count(*) FROM stories').pluck().get(), N);
    assert.equal(d.prepare('SELECT count(*) FROM documents WHERE story_id NOT IN (SELECT id FROM stories)').pluck().get(), 0);
    assert.equal(d.prepare('SELECT count(*) FROM lsh_buckets WHERE document_id NOT IN (SELECT id FROM documents)').pluck().get(), 0);
    assert.equal(d.prepare('SELECT count(DISTINCT document_id) FROM lsh_buckets').pluck().get(), N);
  } finally {
    d.close();
  }
});
