// `sitrep watch`, `sitrep feeds` and `sitrep alerts` as a user runs them, end to end: a local feed whose
// item page is an article written for this test; the whole pipeline; alerts on the events it codes.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { feedRoute, openAreas, startServer, tempDir, until } from './helpers.js';

const MAIN = new URL('../../src/cli/main.ts', import.meta.url).pathname;
const ARTICLE = readFileSync(new URL('./fixtures/article.html', import.meta.url), 'utf8');

/** Run the CLI in a child process. Asynchronous: the test's own HTTP servers must keep answering meanwhile. */
function sitrep(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('sitrep watch / feeds / alerts (CLI)', () => {
  const tmp = tempDir();
  let server: Awaited<ReturnType<typeof startServer>>;
  before(async () => {
    server = await startServer();
    server.routes['/wire.xml'] = feedRoute(() => [{
      guid: 'konduga-1', title: 'Troops and militants clash near Konduga', link: `${server.base}/article`,
      description: 'Nigerian troops clashed with Boko Haram militants near Konduga.', pubDate: 'Wed, 07 Jan 2026 09:00:00 GMT',
    }]);
    server.routes['/article'] = (_req, res) => { res.setHeader('content-type', 'text/html; charset=utf-8'); res.end(ARTICLE); };
  });
  after(async () => { await server.close(); tmp.cleanup(); });

  test('alerts add/list/remove and feeds add/status/remove', async () => {
    const db = `${tmp.dir}/cli.db`;
    let r = await sitrep(['alerts', 'add', '--db', db, '--name', 'deadly battles', '--event-type', 'Battles', '--min-fatalities', '5', '--webhook', 'https://hooks.example.org/a']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /#1 deadly battles: event_type=Battles fatalities>=5 → webhook https:\/\/hooks.example.org\/a/);
    assert.match(r.stdout, /webhook secret .*: [0-9a-f]{48}/);
    r = await sitrep(['alerts', 'add', '--db', db, '--name', 'no channel']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /somewhere to deliver/);
    r = await sitrep(['alerts', 'list', '--db', db, '--json']);
    const rules = JSON.parse(r.stdout) as { id: number; secret?: string }[];
    assert.equal(rules.length, 1);
    assert.equal(rules[0]!.secret, undefined, 'list does not print secrets');
    assert.equal((await sitrep(['alerts', 'remove', '--db', db, '1'])).code, 0);
    assert.equal((await sitrep(['alerts', 'remove', '--db', db, '1'])).code, 1);

    assert.equal((await sitrep(['feeds', 'add', '--db', db, 'https://news.example.org/rss'])).code, 0);
    r = await sitrep(['feeds', 'status', '--db', db]);
    assert.match(r.stdout, /https:\/\/news.example.org\/rss\n  health: new/);
    assert.match(r.stdout, /items seen: 0/);
    assert.equal((await sitrep(['feeds', 'remove', '--db', db, 'https://news.example.org/rss'])).code, 0);
    assert.match((await sitrep(['feeds', 'status', '--db', db])).stdout, /no feeds followed/);
  });

  test('watch --once without --allow-private refuses the loopback feed and says so in feeds status', async () => {
    const db = `${tmp.dir}/guard.db`;
    const feeds = `${tmp.dir}/guard-feeds.txt`;
    writeFileSync(feeds, `${server.base}/wire.xml\n`);
    const r = await sitrep(['watch', '--db', db, '--feeds', feeds, '--once']);
    assert.equal(r.code, 0, r.stderr);
    const status = JSON.parse((await sitrep(['feeds', 'status', '--db', db, '--json'])).stdout) as { health: string; lastError: string }[];
    assert.equal(status[0]!.health, 'backoff');
    assert.match(status[0]!.lastError, /^private-address/);
  });

  test('watch --once: the item goes through the whole pipeline into the store; a second run adds nothing; events alert once', async (t) => {
    const db = `${tmp.dir}/e2e.db`;
    const feeds = `${tmp.dir}/feeds.txt`;
    const out = `${tmp.dir}/alerts.jsonl`;
    writeFileSync(feeds, `# the test's wire\n${server.base}/wire.xml\n`);
    assert.equal((await sitrep(['alerts', 'add', '--db', db, '--name', 'everything', '--output', out])).code, 0);
    let r = await sitrep(['watch', '--db', db, '--feeds', feeds, '--once', '--allow-private']);
    assert.equal(r.code, 0, r.stderr);
    r = await sitrep(['watch', '--db', db, '--feeds', feeds, '--once', '--allow-private']);
    assert.equal(r.code, 0, r.stderr);
    const areas = openAreas(db);
    try {
      const docs = areas.db.prepare('SELECT origin, title FROM documents').all() as { origin: string; title: string }[];
      const letters = areas.db.prepare("SELECT reason || ': ' || coalesce(detail, '') FROM dead_letters").pluck().all();
      const outcomes = (await areas.feeds.items()).map((i) => i.outcome);
      assert.equal(docs.length, 1, `one document stored, once (outcomes: ${JSON.stringify(outcomes)}; dead letters: ${JSON.stringify(letters)})`);
      assert.equal(docs[0]!.origin, `${server.base}/wire.xml#konduga-1`);
      assert.equal(server.hits('/article'), 1, 'the item page fetched once over two runs');
      const status = JSON.parse((await sitrep(['feeds', 'status', '--db', db, '--json'])).stdout) as { itemsSeen: number; health: string; lastStatus: number }[];
      assert.deepEqual([status[0]!.itemsSeen, status[0]!.health, status[0]!.lastStatus], [1, 'ok', 304]);

      const events = areas.db.prepare('SELECT event_id FROM events').pluck().all() as string[];
      if (events.length === 0) {
        t.skip('no event was coded from the fixture article (the event coder has not landed, or codes nothing from it): alert delivery end to end not checked');
        return;
      }
      const lines = existsSync(out) ? readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { event: { event_id: string } }) : [];
      assert.deepEqual(lines.map((l) => l.event.event_id).sort(), [...events].sort(), 'each coded event alerted exactly once');
    } finally {
      areas.close();
    }
  });

  test('SIGTERM stops a running `sitrep watch` cleanly after the round in hand', { timeout: 120_000 }, async () => {
    const db = `${tmp.dir}/signal.db`;
    const feeds = `${tmp.dir}/signal-feeds.txt`;
    writeFileSync(feeds, `${server.base}/wire.xml\n`);
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'watch', '--db', db, '--feeds', feeds, '--allow-private', '--interval', '1h'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    await until(() => /ok, 1 new items/.test(stderr));
    child.kill('SIGTERM');
    assert.equal(await exited, 0, stderr);
    assert.match(stderr, /SIGTERM: finishing the items in hand/);
    assert.match(stderr, /stopped: 1 rounds, 1 polls, 1 new items, 0 errors/);
    const areas = openAreas(db);
    try {
      const items = await areas.feeds.items();
      assert.deepEqual(items.map((i) => i.status), ['done']);
      assert.ok(Date.parse((await areas.feeds.get(`${server.base}/wire.xml`))!.nextPollAt!) > Date.now() + 30 * 60_000, 'next poll an interval away');
    } finally {
      areas.close();
    }
  });
});
