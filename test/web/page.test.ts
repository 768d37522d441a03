// The analyst page in a real browser (Debian's Chromium through playwright-core), over a seeded
// database: markers, the type filter, evidence highlighting, a review, hostile article text, and
// no request leaving 127.0.0.1. Saves test-output/web.png.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listen, type RunningServer } from '../../src/server/listen.js';
import { ROOT } from '../../src/paths.js';
import { seededStore, type Seeded } from '../server/seed.js';

const CHROMIUM = '/usr/bin/chromium';
const skip = existsSync(CHROMIUM) ? false : `no browser at ${CHROMIUM} (apt-get install chromium)`;
if (skip) console.log(`# skipping browser tests: ${skip}`);

type Page = import('playwright-core').Page;
type Context = import('playwright-core').BrowserContext;

describe('analyst page', { skip }, () => {
  let seeded: Seeded;
  let server: RunningServer;
  let context: Context;
  let page: Page;
  let profile: string;
  let token: string;
  const requests: string[] = [];
  const problems: string[] = [];

  before(async () => {
    seeded = seededStore();
    token = (await seeded.store.tokens.create('browser test')).token;
    server = await listen({ store: seeded.store, host: '127.0.0.1', port: 0 });
    const { chromium } = await import('playwright-core');
    profile = mkdtempSync(join(tmpdir(), 'sitrep-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic'],
      viewport: { width: 1440, height: 900 },
    });
    page = context.pages()[0] ?? await context.newPage();
    context.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
  });

  after(async () => {
    await context?.close();
    await server?.close();
    seeded?.cleanup();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  /** Events the map represents: single markers plus the counts written on clusters. */
  const eventsOnMap = () => page.evaluate(() => {
    const singles = document.querySelectorAll('.event-marker').length;
    const clustered = [...document.querySelectorAll('.cluster-dot')].reduce((n, d) => n + Number(d.textContent), 0);
    return singles + clustered;
  });

  it('shows the events as markers on an offline basemap', async () => {
    await page.waitForFunction(() => document.querySelectorAll('.event-marker, .cluster-marker').length > 0);
    assert.equal(await eventsOnMap(), 6);
    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-output', 'web-overview.png') });
    assert.ok(await page.locator('.leaflet-basemap-pane path, .leaflet-pane path').count() > 100, 'country shapes are drawn');
  });

  it('a type filter changes the markers and the table', async () => {
    await page.getByLabel('Battles', { exact: true }).uncheck();
    await page.waitForFunction(() => document.querySelectorAll('#events tbody tr').length === 4);
    assert.equal(await eventsOnMap(), 4);
    await page.getByLabel('Battles', { exact: true }).check();
    await page.waitForFunction(() => document.querySelectorAll('#events tbody tr').length === 6);
    assert.equal(await eventsOnMap(), 6);
  });

  it('opening an event shows its evidence highlighted in the article', async () => {
    await page.locator('#events tbody tr[data-id="KEN-0001"]').click();
    await page.waitForSelector('#panel mark.evidence');
    const marks = await page.locator('#panel mark.evidence').allTextContents();
    assert.ok(marks.includes('fighters of the Northern Front'), `marks: ${marks.join(' | ')}`);
    await page.locator('#panel .field[data-field="actor2"]').hover();
    assert.deepEqual(await page.locator('#panel mark.evidence.active').allTextContents(), ['fighters of the Northern Front']);
    await page.locator('#panel .field[data-field="location"]').first().hover();
    assert.deepEqual(await page.locator('#panel mark.evidence.active').allTextContents(), ['Lake Town']);
  });

  it('confirming an event records a review', async () => {
    await page.click('#token-button');
    await page.fill('#reviewer', 'Test Analyst');
    await page.fill('#token', token);
    await page.click('#token-save');
    await page.fill('#panel .comment', 'matches the wire report');
    await page.click('#confirm-event');
    await page.waitForSelector('#panel .review-message.ok');
    const history = await seeded.store.reviews.history('KEN-0001');
    assert.deepEqual(history.map((r) => [r.action, r.reviewer, r.comment]), [['confirm', 'Test Analyst', 'matches the wire report']]);
    await page.waitForSelector('#events tbody tr[data-id="KEN-0001"] .status-confirmed');
  });

  it('hostile article text is shown as text and runs nothing', async () => {
    await page.locator('#events tbody tr[data-id="KEN-0002"]').click();
    await page.waitForFunction(() => document.querySelector('#panel .article-text')?.textContent?.includes('Mombasa'));
    const text = await page.locator('#panel .article-text').textContent();
    assert.ok(text!.includes('<script>window.__pwned = true</script>'), 'the script tag is visible as characters');
    assert.ok(text!.includes('onerror="window.__pwned = true"'));
    assert.ok(text!.includes('javascript:window.__pwned=true'));
    assert.ok((await page.locator('#panel h4').textContent())!.includes('<script>'), 'the title is text too');
    assert.equal(await page.locator('#panel script, #panel img, #panel a[href^="javascript"]').count(), 0);
    await page.locator('#panel mark.evidence').first().hover();
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
  });

  it('looks like an analyst tool (screenshot in test-output/web.png)', async () => {
    await page.locator('#events tbody tr[data-id="KEN-0001"]').click();
    await page.waitForSelector('#panel mark.evidence');
    await page.locator('#panel .field[data-field="actor2"]').hover();
    await page.waitForTimeout(300); // let the map finish drawing the basemap around the event
    await page.screenshot({ path: join(ROOT, 'test-output', 'web.png') });
  });

  it('made no request outside 127.0.0.1 and hit no CSP or script errors', () => {
    assert.ok(requests.length > 5);
    const outside = requests.filter((u) => !u.startsWith('data:') && new URL(u).hostname !== '127.0.0.1');
    assert.deepEqual(outside, []);
    assert.deepEqual(problems, []);
  });
});
