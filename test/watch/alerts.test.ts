// Alert rules over events inserted straight into the events table: matching, exactly-once delivery,
// webhook retries with a delivery log and a verifiable HMAC signature, file and stdout lines.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { runAlerts } from '../../src/alerts/index.js';
import { matchesRule } from '../../src/alerts/match.js';
import { checkRuleInput } from '../../src/alerts/rule-input.js';
import { verify } from '../../src/alerts/signature.js';
import type { AlertEvent, AlertRule } from '../../src/store/alerts.js';
import { insertEvent, openAreas, startServer, tempDir } from './helpers.js';

const FAST = { allowPrivate: true, retryBaseMs: 1, retryMaxMs: 5, timeoutMs: 2000 };

function rule(overrides: Partial<AlertRule> = {}): AlertRule {
  return {
    id: 1, name: 'r', country: null, admin1: null, bbox: null, eventType: null, subEventType: null, actorText: null,
    minFatalities: null, webhookUrl: null, secret: null, output: '-', createdAt: '2026-01-01T00:00:00.000Z', ...overrides,
  };
}
function event(overrides: Partial<AlertEvent> = {}): AlertEvent {
  return {
    rowid: 1, event_id: 'E1', event_date: '2026-01-05', disorder_type: 'Political violence', event_type: 'Battles',
    sub_event_type: 'Armed clash', actor1: 'Military Forces of Testland (2020-)', assoc_actor_1: '', actor2: 'Testland Liberation Front',
    assoc_actor_2: '', iso: null, country: 'Testland', admin1: 'North Province', admin2: '', location: 'Alpha Town', latitude: 10.5,
    longitude: 20.5, fatalities: 3, notes: '', source: '', confidence: 0.9, status: 'coded',
    created_at: '2026-01-06T00:00:00.000Z', updated_at: '2026-01-06T00:00:00.000Z', ...overrides,
  };
}

describe('alert rule matching', () => {
  const cases: [string, Partial<AlertRule>, boolean][] = [
    ['no filters', {}, true],
    ['country, any case', { country: 'testland' }, true],
    ['other country', { country: 'Otherland' }, false],
    ['admin1', { admin1: 'North Province' }, true],
    ['other admin1', { admin1: 'South Province' }, false],
    ['inside bbox (west,south,east,north)', { bbox: [20, 10, 21, 11] }, true],
    ['the same numbers read as south,west,north,east do not hold it', { bbox: [10, 20, 11, 21] }, false],
    ['outside bbox', { bbox: [-5, -5, 5, 5] }, false],
    ['event type', { eventType: 'Battles' }, true],
    ['other event type', { eventType: 'Protests' }, false],
    ['sub-event type', { subEventType: 'armed clash' }, true],
    ['other sub-event type', { subEventType: 'Peaceful protest' }, false],
    ['actor text in actor2', { actorText: 'liberation' }, true],
    ['actor text nowhere', { actorText: 'Police' }, false],
    ['fatalities at the minimum', { minFatalities: 3 }, true],
    ['fatalities below the minimum', { minFatalities: 4 }, false],
    ['all filters together', { country: 'Testland', eventType: 'Battles', actorText: 'Military', minFatalities: 1, bbox: [0, 0, 30, 20] }, true],
  ];
  for (const [name, r, expected] of cases) test(name, () => assert.equal(matchesRule(rule(r), event()), expected));

  test('an event without coordinates never matches a bbox rule', () => {
    assert.equal(matchesRule(rule({ bbox: [-180, -90, 180, 90] }), event({ latitude: null, longitude: null })), false);
  });
  test('rejected events and events older than the rule do not match', () => {
    assert.equal(matchesRule(rule(), event({ status: 'rejected' })), false);
    assert.equal(matchesRule(rule({ createdAt: '2026-02-01T00:00:00.000Z' }), event()), false);
  });
  test('rule input is checked', () => {
    assert.equal(checkRuleInput({ name: 'x' }).ok, false, 'no channel');
    assert.equal(checkRuleInput({ name: 'x', output: '-', bbox: '1,2,3' }).ok, false);
    assert.equal(checkRuleInput({ name: 'x', output: '-', bbox: '10,0,5,1' }).ok, false, 'west east of east');
    assert.equal(checkRuleInput({ name: 'x', output: '-', bbox: '0,95,1,96' }).ok, false, 'latitude beyond 90');
    assert.equal(checkRuleInput({ name: 'x', output: '-', min_fatalities: '-1' }).ok, false);
    assert.equal(checkRuleInput({ name: 'x', webhook: 'ftp://x' }).ok, false);
    const ok = checkRuleInput({ name: 'x', webhook: 'https://hooks.example.org/a', bbox: '1,2,3,4', min_fatalities: '2' });
    assert.ok(ok.ok);
    assert.deepEqual(ok.rule.bbox, [1, 2, 3, 4]);
    assert.match(ok.rule.secret!, /^[0-9a-f]{48}$/, 'a secret is generated for webhooks');
  });
});

describe('alert delivery', () => {
  const tmp = tempDir();
  let hook: Awaited<ReturnType<typeof startServer>>;
  before(async () => { hook = await startServer(); });
  after(async () => { await hook.close(); tmp.cleanup(); });

  test('a webhook that fails twice then succeeds: delivered exactly once, retries logged, HMAC verifiable', async () => {
    const areas = openAreas(`${tmp.dir}/hook.db`);
    let calls = 0;
    const accepted: string[] = [];
    hook.routes['/flaky'] = (req, res) => {
      calls++;
      if (calls <= 2) { res.statusCode = 500; res.end('try later'); return; }
      accepted.push(hook.requests.at(-1)!.body);
      res.end('ok');
    };
    const r = await areas.alerts.addRule({ ...checkOk({ name: 'battles in Testland', country: 'Testland', event_type: 'Battles', webhook: `${hook.base}/flaky`, secret: 's3cret' }) });
    const matching = insertEvent(areas.db, { fatalities: 5 });
    insertEvent(areas.db, { country: 'Otherland' });

    const first = await runAlerts(areas.alerts, FAST);
    assert.equal(first.matched, 1);
    assert.equal(first.delivered, 1);
    assert.equal(accepted.length, 1);
    const sent = hook.requests.filter((q) => q.path === '/flaky');
    assert.equal(sent.length, 3);
    const last = sent.at(-1)!;
    assert.ok(verify('s3cret', last.body, last.headers['x-sitrep-signature'] as string), 'signature verifies with the rule secret');
    assert.equal(verify('wrong', last.body, last.headers['x-sitrep-signature'] as string), false);
    assert.equal(last.headers['x-sitrep-delivery'], `${r.id}:${matching}`);
    const payload = JSON.parse(last.body);
    assert.equal(payload.event.event_id, matching);
    assert.equal(payload.event.fatalities, 5);
    assert.equal(payload.rule.name, 'battles in Testland');

    const [delivery] = await areas.alerts.deliveries(r.id);
    assert.equal(delivery!.status, 'delivered');
    assert.equal(delivery!.attempts, 3);
    const log = await areas.alerts.attempts(delivery!.id);
    assert.deepEqual(log.map((a) => [a.attempt, a.ok, a.httpStatus]), [[1, false, 500], [2, false, 500], [3, true, 200]]);

    // Running again, and after the event is merged (updated), delivers nothing more.
    assert.deepEqual(await runAlerts(areas.alerts, FAST), { matched: 0, delivered: 0, pending: 0, failed: 0 });
    areas.db.prepare('UPDATE events SET fatalities = 9, updated_at = ? WHERE event_id = ?').run(new Date(Date.now() + 1000).toISOString(), matching);
    assert.equal((await runAlerts(areas.alerts, FAST)).matched, 0);
    assert.equal(accepted.length, 1);
    areas.close();
  });

  test('an event that comes to match after a merge is delivered then, once', async () => {
    const areas = openAreas(`${tmp.dir}/merge.db`);
    const out = `${tmp.dir}/merge.jsonl`;
    await areas.alerts.addRule(checkOk({ name: 'deadly', min_fatalities: 10, output: out }));
    const id = insertEvent(areas.db, { fatalities: 2 });
    assert.equal((await runAlerts(areas.alerts, FAST)).matched, 0);
    areas.db.prepare('UPDATE events SET fatalities = 12, updated_at = ? WHERE event_id = ?').run(new Date(Date.now() + 5).toISOString(), id);
    const r = await runAlerts(areas.alerts, FAST);
    assert.deepEqual([r.matched, r.delivered], [1, 1]);
    await runAlerts(areas.alerts, FAST);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => [l.event.event_id, l.event.fatalities]), [[id, 12]]);
    areas.close();
  });

  test('a webhook that never succeeds is retried in later rounds, then marked failed; stdout lines once', async () => {
    const areas = openAreas(`${tmp.dir}/down.db`);
    hook.routes['/down'] = (_req, res) => { res.statusCode = 503; res.end(); };
    const r = await areas.alerts.addRule(checkOk({ name: 'all', webhook: `${hook.base}/down`, output: '-' }));
    insertEvent(areas.db);
    const lines: string[] = [];
    const o = { ...FAST, attemptsPerRound: 2, maxAttempts: 4, retryMaxMs: 0, stdout: (l: string) => lines.push(l) };
    const first = await runAlerts(areas.alerts, o);
    assert.deepEqual([first.delivered, first.pending, first.failed], [0, 1, 0]);
    const second = await runAlerts(areas.alerts, o);
    assert.deepEqual([second.delivered, second.pending, second.failed], [0, 0, 1]);
    const [d] = await areas.alerts.deliveries(r.id);
    assert.equal(d!.status, 'failed');
    assert.equal(d!.attempts, 4);
    assert.match(d!.lastError!, /503/);
    assert.equal(lines.length, 1, 'the stdout line is written once, not once per retry');
    const log = await areas.alerts.attempts(d!.id);
    assert.equal(log.filter((a) => a.channel === 'webhook').length, 4);
    assert.equal(log.filter((a) => a.channel === 'stdout').length, 1);
    areas.close();
  });

  test('the webhook target is guarded too unless private addresses are allowed', async () => {
    const areas = openAreas(`${tmp.dir}/hook-guard.db`);
    let hits = 0;
    hook.routes['/guarded'] = (_req, res) => { hits++; res.end(); };
    await areas.alerts.addRule(checkOk({ name: 'x', webhook: `${hook.base}/guarded` }));
    insertEvent(areas.db);
    const r = await runAlerts(areas.alerts, { ...FAST, allowPrivate: false, attemptsPerRound: 1 });
    assert.equal(r.delivered, 0);
    assert.equal(hits, 0);
    const [d] = await areas.alerts.deliveries();
    assert.match(d!.lastError!, /private address/);
    areas.close();
  });
});

function checkOk(input: Parameters<typeof checkRuleInput>[0]) {
  const c = checkRuleInput(input);
  if (!c.ok) throw new Error(c.error);
  return c.rule;
}
