import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { createContext } from '../../src/context.js';
import { ingest } from '../../src/ingest/run.js';
import { ROOT } from '../../src/paths.js';
import { stagesUntil } from '../../src/pipeline.js';
import { openStore } from '../../src/store/index.js';
import { tempDir } from './helpers.js';

const sitrep = (args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

test('sitrep demo prints its stories, and a second run adds nothing and says so', { timeout: 120_000 }, () => {
  const db = join(tempDir(), 'demo.db');
  const first = sitrep(['demo', '--db', db]);
  assert.match(first, /stories:/);
  const second = sitrep(['demo', '--db', db]);
  assert.match(second, /nothing new/);
  const d = new Database(db, { readonly: true });
  try {
    const counts = d.prepare('SELECT (SELECT count(*) FROM documents) AS docs, (SELECT count(*) FROM dead_letters) AS dead').get() as { docs: number; dead: number };
    assert.ok(counts.docs + counts.dead >= 6, 'every example is stored or dead-lettered');
    if (counts.dead === 0) {
      // The reference article and its syndicated copy: one story, two sources.
      const story = d.prepare(`SELECT story_id, count(*) AS n FROM sources WHERE origin LIKE '%harem-operation%' GROUP BY story_id`).all() as { n: number }[];
      assert.equal(story.length, 1);
      assert.equal(story[0]!.n, 2);
    }
  } finally {
    d.close();
  }
});

test('sitrep export documents --format jsonl writes the cleaned documents', { timeout: 120_000 }, async () => {
  const dir = tempDir();
  const db = join(dir, 'x.db');
  // Stored with the core stages only, so that this test does not depend on the later stages.
  const store = await openStore(db);
  await ingest([join(ROOT, 'examples', 'harem-operation.txt')], { store, ctx: createContext({ defaultPublishedAt: '2025-10-22' }), stages: stagesUntil('dedupe') });
  await store.close();
  const out = sitrep(['export', 'documents', '--format', 'jsonl', '--db', db]);
  const lines = out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  assert.equal(lines.length, 1);
  assert.equal(lines[0].published_at, '2025-10-22');
  assert.equal(lines[0].title, 'Syrian authorities launch army operation targeting foreign jihadists');
  assert.ok(!lines[0].text.includes('Disclaimer'));
});
