// The response cache: keys, bounds, and above all invalidation — a write (through the API, on the
// server's own connection, or by another process on the same file) makes the next read fresh.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { createApp } from '../../src/server/app.js';
import { cacheKey, ResponseCache } from '../../src/server/cache.js';
import { seededStore, type Seeded } from './seed.js';

describe('cache keys and bounds', () => {
  it('keys ignore the order of parameters but keep the order of repeated values', () => {
    assert.equal(cacheKey('/api/events?country=Kenya&limit=5'), cacheKey('/api/events?limit=5&country=Kenya'));
    assert.notEqual(cacheKey('/api/events?country=A&country=B'), cacheKey('/api/events?country=A'));
    assert.notEqual(cacheKey('/api/events?limit=5'), cacheKey('/api/stats?limit=5'));
  });
  it('drops the least recently used entries beyond its size and byte limits', () => {
    const cache = new ResponseCache(2, 1000);
    cache.sync('v1');
    cache.set('a', 'v1', 'A', 'application/json');
    cache.set('b', 'v1', 'B', 'application/json');
    assert.ok(cache.get('a'), 'a is used, so b is now the oldest');
    cache.set('c', 'v1', 'C', 'application/json');
    assert.equal(cache.size, 2);
    assert.equal(cache.get('b'), undefined);
    assert.ok(cache.get('a') && cache.get('c'));
    cache.set('big', 'v1', 'x'.repeat(1000), 'application/json'); // 1,000 bytes: the others go
    assert.equal(cache.size, 1);
    assert.ok(cache.get('big'));
  });
  it('forgets everything when the stamp changes and ignores answers made under an old stamp', () => {
    const cache = new ResponseCache();
    cache.sync('v1');
    cache.set('a', 'v1', 'A', 'application/json');
    cache.sync('v2');
    assert.equal(cache.get('a'), undefined);
    cache.set('a', 'v1', 'stale', 'application/json');
    assert.equal(cache.get('a'), undefined, 'an answer read before the change is not kept');
  });
});

describe('GET answers are cached until the database changes', () => {
  let seeded: Seeded;
  let app: ReturnType<typeof createApp>;
  let token: string;
  before(async () => {
    seeded = seededStore();
    app = createApp({ store: seeded.store, readAccess: 'open' });
    token = (await seeded.store.tokens.create('cache-tester')).token;
  });
  after(() => seeded.cleanup());

  const get = async (url: string) => {
    const r = await app.request(url);
    return { cache: r.headers.get('x-cache'), status: r.status, body: await r.json() as any };
  };
  const fatalitiesOf = async (id: string) => (await get(`/api/events/${id}`)).body.event.fatalities as number;

  it('answers a repeated read from memory, whatever the order of its parameters', async () => {
    const first = await get('/api/events?country=Kenya&limit=5');
    const second = await get('/api/events?limit=5&country=Kenya');
    assert.equal(first.cache, 'miss');
    assert.equal(second.cache, 'hit');
    assert.deepEqual(second.body, first.body);
    assert.ok(second.body.events.length > 0);
  });

  it('a review through the API makes the next read fresh', async () => {
    const before = await get('/api/events/KEN-0001');
    assert.equal((await get('/api/events/KEN-0001')).cache, 'hit');
    assert.equal(before.body.event.status, 'coded');
    const r = await app.request('/api/events/KEN-0001/review', {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ action: 'edit', reviewer: 'ana', changes: { fatalities: 7 } }),
    });
    assert.equal(r.status, 201);
    const after = await get('/api/events/KEN-0001');
    assert.equal(after.cache, 'miss');
    assert.equal(after.body.event.fatalities, 7);
    assert.equal(after.body.event.status, 'edited');
    assert.equal(after.body.reviews.length, 1);
  });

  it('a write on the server\'s own connection (another part of this process) makes the next read fresh', async () => {
    const stats = async () => (await get('/api/stats?country=Nigeria')).body.fatalities as number;
    const was = await stats();
    assert.equal((await get('/api/stats?country=Nigeria')).cache, 'hit');
    seeded.db.prepare("UPDATE events SET fatalities = fatalities + 10 WHERE event_id = 'NGA-0001'").run();
    const now = await get('/api/stats?country=Nigeria');
    assert.equal(now.cache, 'miss');
    assert.equal(now.body.fatalities, was + 10);
  });

  it('a write by another connection (another process on the same file) makes the next read fresh', async () => {
    const was = await fatalitiesOf('SYR-0001');
    assert.equal((await get('/api/events/SYR-0001')).cache, 'hit');
    const other = new Database(seeded.path);
    try {
      other.prepare("UPDATE events SET fatalities = 42 WHERE event_id = 'SYR-0001'").run();
    } finally { other.close(); }
    assert.notEqual(was, 42);
    assert.equal(await fatalitiesOf('SYR-0001'), 42);
  });

  it('does not keep errors or exports', async () => {
    assert.equal((await get('/api/events?from=nope')).status, 400);
    const again = await app.request('/api/events?from=nope');
    assert.equal(again.status, 400);
    assert.notEqual(again.headers.get('x-cache'), 'hit');
    await app.request('/api/export?format=geojson');
    const exported = await app.request('/api/export?format=geojson');
    assert.equal(exported.headers.get('x-cache'), null);
  });

  it('can be turned off', async () => {
    const plain = createApp({ store: seeded.store, readAccess: 'open', cache: false });
    await plain.request('/api/events');
    const r = await plain.request('/api/events');
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('x-cache'), null);
  });
});
