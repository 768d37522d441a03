import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createContext } from '../../src/context.js';
import { substitutions } from '../../src/dedupe/differences.js';
import { jaccard, minhash, shingles, similarity } from '../../src/dedupe/minhash.js';
import { EXAMPLES_DIR } from '../../src/paths.js';
import { prepare } from './helpers.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'core');
const reference = readFileSync(join(EXAMPLES_DIR, 'harem-operation.txt'), 'utf8');
const syndicated = readFileSync(join(EXAMPLES_DIR, 'harem-operation-levant-wire.txt'), 'utf8');

test('the syndicated copy (other disclaimer, wrapping, headline case, dateline) joins the story', async () => {
  const ctx = createContext();
  const a = await prepare(reference, { ctx, origin: 'a' });
  const b = await prepare(syndicated, { ctx, origin: 'b' });
  assert.notEqual(a.contentHash, b.contentHash, 'the copy is not byte-identical after cleaning');
  assert.equal(b.duplicateOf, null);
  assert.equal(b.storyId, a.storyId);
  assert.ok(!b.text.includes('DISCLAIMER') && !b.text.includes('Share this'));
});

test('an exact copy (same text, other wrapping and headline case) is a duplicate', async () => {
  const ctx = createContext();
  const a = await prepare(reference, { ctx });
  const rewrapped = reference.replace('Syrian authorities launch', 'SYRIAN AUTHORITIES LAUNCH').replace(/, though exact/, ',\nthough exact');
  const b = await prepare(rewrapped, { ctx });
  assert.equal(b.duplicateOf, a.id);
  assert.equal(b.storyId, a.storyId);
});

test('two articles from one template, differing in place and date, are not merged', async () => {
  const ctx = createContext();
  const a = await prepare(readFileSync(join(fixtures, 'template-a.txt'), 'utf8'), { ctx });
  const b = await prepare(readFileSync(join(fixtures, 'template-b.txt'), 'utf8'), { ctx });
  assert.ok(similarity(a.minhash!, b.minhash!) >= 0.5, 'the pair is similar enough to be a candidate');
  assert.notEqual(b.storyId, a.storyId);
  assert.ok(b.messages.some((m) => /not merged/.test(m.reason)));
});

test('substitutions: one-sided additions are not differences; swaps in the same context are', () => {
  assert.deepEqual(substitutions('Police fired tear gas in Kano on Monday.', 'KANO (Wire) - Police fired tear gas in Kano on Monday.'), []);
  const found = substitutions('Police fired tear gas in Kano on Monday.', 'Police fired tear gas in Kaduna on Monday.');
  assert.deepEqual(found.map((f) => [f.a, f.b]), [['Kano', 'Kaduna']]);
  assert.equal(substitutions('Two were killed on 3 May.', 'Two were killed on 4 May.').length, 1);
});

test('MinHash estimates Jaccard similarity', () => {
  const a = shingles('one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen');
  const b = shingles('one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen seventeen');
  const exact = jaccard(a, b);
  assert.ok(Math.abs(similarity(minhash(a), minhash(b)) - exact) < 0.15);
  assert.equal(similarity(minhash(a), minhash(a)), 1);
});
