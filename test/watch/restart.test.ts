// Restarts in the middle: the watcher runs in a child process that is stopped (SIGTERM) or killed
// (SIGKILL) mid-way and started again. Items are processed exactly once (SIGTERM), or stored exactly
// once with at most the item in hand done again (SIGKILL); alerts are accepted exactly once.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type http from 'node:http';
import { checkRuleInput } from '../../src/alerts/rule-input.js';
import { feedRoute, insertEvent, item, openAreas, startServer, tempDir, until } from './helpers.js';

const CHILD = new URL('./fixtures/watch-child.ts', import.meta.url).pathname;
const ITEMS = 8;

const children: ChildProcess[] = [];

function startChild(db: string, log: string): ChildProcess & { exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, db, log], { stdio: ['ignore', 'pipe', 'pipe'] }) as ChildProcess & { exited: Promise<number | null> };
  let err = '';
  child.stderr!.on('data', (d) => { err += d; });
  child.exited = new Promise((r) => child.on('exit', (code) => { if (err.trim()) process.stderr.write(`child stderr: ${err}\n`); r(code); }));
  children.push(child);
  return child;
}

const logLines = (log: string) => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []);

// The timeouts below only stop a broken run from hanging the suite; nothing asserts on time.
describe('restart in the middle', () => {
  const tmp = tempDir();
  let server: Awaited<ReturnType<typeof startServer>>;
  before(async () => {
    server = await startServer();
    const items = Array.from({ length: ITEMS }, (_, i) => item(i + 1, server.base));
    server.routes['/feed.xml'] = feedRoute(() => items);
    for (let i = 1; i <= ITEMS; i++) {
      server.routes[`/story/${i}`] = (_req, res) => setTimeout(() => { res.setHeader('content-type', 'text/html'); res.end(`<html><body><p>Story ${i}</p></body></html>`); }, 40);
    }
  });
  after(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL'); // only after a failed test
    await server.close();
    tmp.cleanup();
  });

  test('SIGTERM mid-feed, then start again: every item processed exactly once, every alert delivered exactly once', { timeout: 120_000 }, async () => {
    const db = `${tmp.dir}/term.db`;
    const log = `${tmp.dir}/term.log`;
    const areas = openAreas(db);
    const accepted: string[] = [];
    server.routes['/hook-term'] = (req, res) => { accepted.push(String(req.headers['x-sitrep-delivery'])); res.end('ok'); };
    const rule = checkRuleInput({ name: 'all', webhook: `${server.base}/hook-term` });
    assert.ok(rule.ok);
    await areas.alerts.addRule(rule.rule);
    await areas.feeds.add(`${server.base}/feed.xml`);
    const events = [insertEvent(areas.db), insertEvent(areas.db), insertEvent(areas.db)];
    const pagesBefore = (i: number) => server.hits(`/story/${i}`);
    const before = Array.from({ length: ITEMS }, (_, i) => pagesBefore(i + 1));

    const first = startChild(db, log);
    await until(() => logLines(log).length >= 3);
    first.kill('SIGTERM');
    assert.equal(await first.exited, 0);
    const processedBeforeRestart = logLines(log).length;
    assert.ok(processedBeforeRestart < ITEMS, `stopped in the middle (${processedBeforeRestart} of ${ITEMS})`);

    const second = startChild(db, log);
    await until(async () => (await areas.feeds.items(`${server.base}/feed.xml`)).filter((i) => i.status === 'done').length === ITEMS
      && (await areas.alerts.deliveries()).every((d) => d.status === 'delivered') && accepted.length >= events.length);
    second.kill('SIGTERM');
    assert.equal(await second.exited, 0);

    const lines = logLines(log);
    assert.deepEqual([...lines].sort(), Array.from({ length: ITEMS }, (_, i) => `item-${i + 1}`).sort(), 'each item processed exactly once');
    for (let i = 1; i <= ITEMS; i++) assert.equal(server.hits(`/story/${i}`) - before[i - 1]!, 1, `page ${i} fetched once`);
    assert.equal(accepted.length, events.length);
    assert.equal(new Set(accepted).size, events.length, 'each alert delivered exactly once');
    assert.equal((await areas.feeds.get(`${server.base}/feed.xml`))!.itemsSeen, ITEMS);
    areas.close();
  });

  test('SIGKILL mid-feed and mid-delivery, then start again: items stored once, alerts accepted once', { timeout: 120_000 }, async () => {
    const db = `${tmp.dir}/kill.db`;
    const log = `${tmp.dir}/kill.log`;
    const areas = openAreas(db);
    // The receiver accepts the first delivery, holds the second open (the child is killed while waiting
    // for the answer), and accepts everything after the restart.
    const accepted: string[] = [];
    let held: http.ServerResponse | null = null;
    let holding = true;
    server.routes['/hook-kill'] = (req, res) => {
      const key = String(req.headers['x-sitrep-delivery']);
      if (holding && accepted.length === 1) { held = res; return; }
      accepted.push(key);
      res.end('ok');
    };
    const rule = checkRuleInput({ name: 'all', webhook: `${server.base}/hook-kill` });
    assert.ok(rule.ok);
    await areas.alerts.addRule(rule.rule);
    const events = [insertEvent(areas.db), insertEvent(areas.db), insertEvent(areas.db)];

    // Alerts first (no feed yet): kill while the second delivery is in flight.
    const first = startChild(db, log);
    await until(() => held !== null);
    first.kill('SIGKILL');
    await first.exited;
    holding = false;
    (held as http.ServerResponse | null)?.destroy();

    // Then the feed: kill after a few items.
    await areas.feeds.add(`${server.base}/feed.xml`);
    const second = startChild(db, log);
    await until(() => logLines(log).length >= 3);
    second.kill('SIGKILL');
    await second.exited;
    assert.ok(logLines(log).length < ITEMS, 'killed in the middle of the feed');

    const third = startChild(db, log);
    await until(async () => (await areas.feeds.items(`${server.base}/feed.xml`)).filter((i) => i.status === 'done').length === ITEMS
      && accepted.length >= events.length);
    third.kill('SIGTERM');
    assert.equal(await third.exited, 0);

    const items = await areas.feeds.items(`${server.base}/feed.xml`);
    assert.equal(items.length, ITEMS, 'one seen-item row per item');
    assert.ok(items.every((i) => i.status === 'done'));
    const lines = logLines(log);
    assert.deepEqual([...new Set(lines)].sort(), Array.from({ length: ITEMS }, (_, i) => `item-${i + 1}`).sort(), 'no item missed');
    assert.ok(lines.length <= ITEMS + 1, `at most the item in hand at the kill is processed again (${lines.length} runs)`);
    assert.equal((await areas.feeds.get(`${server.base}/feed.xml`))!.itemsSeen, ITEMS);
    assert.deepEqual([...accepted].sort(), events.map((e) => `1:${e}`).sort(), 'each alert accepted exactly once');
    assert.ok((await areas.alerts.deliveries()).every((d) => d.status === 'delivered'));
    areas.close();
  });
});
