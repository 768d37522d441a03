// Small pure pieces of watch: the feeds file, durations, backoff and jitter.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backoffMs, jittered, parseDuration } from '../../src/watch/backoff.js';
import { parseFeedsFile } from '../../src/watch/feeds-file.js';

test('feeds file: lines with comments, or JSON', () => {
  assert.deepEqual(parseFeedsFile('# wires\nhttps://a.example/rss\n\n  https://b.example/feed#main  # site b\nhttps://a.example/rss\n'),
    ['https://a.example/rss', 'https://b.example/feed#main']);
  assert.deepEqual(parseFeedsFile('["https://a.example/rss", {"url": "https://c.example/atom"}]'), ['https://a.example/rss', 'https://c.example/atom']);
  assert.deepEqual(parseFeedsFile('{"feeds": ["https://a.example/rss"]}'), ['https://a.example/rss']);
  assert.throws(() => parseFeedsFile('ftp://x.example/feed'), /not http/);
});

test('durations', () => {
  assert.equal(parseDuration('15m'), 900_000);
  assert.equal(parseDuration('30s'), 30_000);
  assert.equal(parseDuration('250ms'), 250);
  assert.equal(parseDuration('2h'), 7_200_000);
  assert.equal(parseDuration('5'), 5000);
  assert.throws(() => parseDuration('soon'));
});

test('backoff doubles per failure, is capped, and jitter stays within its fraction', () => {
  const o = { intervalMs: 1000, jitter: 0, backoffBaseMs: 100, backoffMaxMs: 1000 };
  assert.deepEqual([1, 2, 3, 4, 5, 50].map((n) => backoffMs(n, o)), [100, 200, 400, 800, 1000, 1000]);
  assert.equal(jittered(1000, 0.1, () => 0), 900);
  assert.equal(jittered(1000, 0.1, () => 1), 1100);
  assert.equal(jittered(1000, 0.1, () => 0.5), 1000);
  assert.equal(backoffMs(10, { ...o, jitter: 0.5 }, () => 1), 1000, 'jitter never goes past the cap');
});
