// The watchApi hono sub-app: feeds and alert rules over HTTP (through app.request, no server needed).
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { runAlerts } from '../../src/alerts/index.js';
import { watchApi } from '../../src/watch/api.js';
import { insertEvent, openAreas, tempDir } from './helpers.js';

describe('watch API', () => {
  const tmp = tempDir();
  const areas = openAreas(`${tmp.dir}/api.db`);
  const app = watchApi(areas);
  after(() => { areas.close(); tmp.cleanup(); });
  const json = (method: string, body: unknown) => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  test('feeds: add, list with health, remove', async () => {
    let res = await app.request('/api/feeds', json('POST', { url: 'https://news.example.org/rss' }));
    assert.equal(res.status, 201);
    res = await app.request('/api/feeds', json('POST', { url: 'https://news.example.org/rss' }));
    assert.equal(res.status, 200, 'adding again changes nothing');
    assert.equal((await app.request('/api/feeds', json('POST', { url: 'file:///etc/passwd' }))).status, 400);
    assert.equal((await app.request('/api/feeds', json('POST', 'nope'))).status, 400);
    await areas.feeds.recordFailure('https://news.example.org/rss', { error: 'http-error: HTTP 500', status: 500, backoffMs: 60000, nextPollAt: '2030-01-01T00:00:00.000Z', at: '2026-01-01T00:00:00.000Z' });
    const list = await (await app.request('/api/feeds')).json() as { url: string; health: string; lastError: string; backoffMs: number }[];
    assert.equal(list.length, 1);
    assert.equal(list[0]!.health, 'backoff');
    assert.equal(list[0]!.lastError, 'http-error: HTTP 500');
    assert.equal(list[0]!.backoffMs, 60000);
    assert.equal((await app.request('/api/feeds?url=' + encodeURIComponent('https://news.example.org/rss'), { method: 'DELETE' })).status, 204);
    assert.equal((await app.request('/api/feeds?url=' + encodeURIComponent('https://news.example.org/rss'), { method: 'DELETE' })).status, 404);
  });

  test('alerts: create (secret shown once), list without secrets, deliveries with their log, remove', async () => {
    const out = `${tmp.dir}/alerts.jsonl`;
    let res = await app.request('/api/alerts', json('POST', { name: 'Testland battles', country: 'Testland', event_type: 'Battles', bbox: [0, 0, 30, 20], webhook: 'http://10.255.255.1/hook', output: out }));
    assert.equal(res.status, 201);
    const created = await res.json() as { id: number; secret: string; bbox: number[] };
    assert.match(created.secret, /^[0-9a-f]{48}$/);
    assert.deepEqual(created.bbox, [0, 0, 30, 20], "west,south,east,north as given");
    assert.equal((await app.request('/api/alerts', json('POST', { name: 'no channel' }))).status, 400);

    const list = await (await app.request('/api/alerts')).json() as Record<string, unknown>[];
    assert.equal(list.length, 1);
    assert.equal('secret' in list[0]!, false);
    assert.equal(list[0]!.hasSecret, true);
    const one = await (await app.request(`/api/alerts/${created.id}`)).json() as Record<string, unknown>;
    assert.equal(one.name, 'Testland battles');
    assert.equal((await app.request('/api/alerts/999')).status, 404);

    // A match: the file line is written; the webhook (a private address, refused by the guard) fails and is logged.
    insertEvent(areas.db);
    await runAlerts(areas.alerts, { attemptsPerRound: 1, retryBaseMs: 1, timeoutMs: 500 });
    const deliveries = await (await app.request(`/api/alerts/${created.id}/deliveries`)).json() as { status: string; log: { channel: string; ok: boolean }[] }[];
    assert.equal(deliveries.length, 1);
    assert.equal(deliveries[0]!.status, 'pending');
    assert.deepEqual(deliveries[0]!.log.map((l) => [l.channel, l.ok]), [['file', true], ['webhook', false]]);

    assert.equal((await app.request(`/api/alerts/${created.id}`, { method: 'DELETE' })).status, 204);
    assert.equal((await app.request(`/api/alerts/${created.id}`, { method: 'DELETE' })).status, 404);
    assert.equal((await areas.alerts.deliveries()).length, 0, 'deliveries go with their rule');
  });
});
