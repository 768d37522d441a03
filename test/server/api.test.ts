// The HTTP API over a seeded database: filters, pagination, bad parameters, tokens, reviews.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/server/app.js';
import { seededStore, type Seeded } from './seed.js';

let seeded: Seeded;
let app: ReturnType<typeof createApp>;
let token: string;

before(async () => {
  seeded = seededStore();
  app = createApp({ store: seeded.store, readAccess: 'open' });
  token = (await seeded.store.tokens.create('tester')).token;
});
after(() => seeded.cleanup());

async function get(url: string): Promise<{ status: number; body: any }> {
  const r = await app.request(url);
  return { status: r.status, body: await r.json() };
}
const ids = (body: { events: { event_id: string }[] }) => body.events.map((e) => e.event_id).sort();

describe('GET /api/events filters', () => {
  it('lists every event but rejected ones, newest first', async () => {
    const { status, body } = await get('/api/events');
    assert.equal(status, 200);
    assert.equal(body.total, 6);
    assert.deepEqual(body.events.map((e: any) => e.event_date), ['2024-03-14', '2024-03-12', '2024-03-10', '2024-03-05', '2024-03-02', '2024-02-20']);
  });
  it('filters by date range, country, admin1, type, sub-event type and fatalities', async () => {
    assert.deepEqual(ids((await get('/api/events?from=2024-03-05&to=2024-03-12')).body), ['COL-0001', 'KEN-0002', 'SYR-0001']);
    assert.deepEqual(ids((await get('/api/events?country=Kenya&country=Syria')).body), ['KEN-0001', 'KEN-0002', 'SYR-0001']);
    assert.deepEqual(ids((await get('/api/events?admin1=Mombasa')).body), ['KEN-0002']);
    assert.deepEqual(ids((await get('/api/events?event_type=Battles')).body), ['KEN-0001', 'NGA-0002']);
    assert.deepEqual(ids((await get('/api/events?sub_event_type=Attack')).body), ['NGA-0001']);
    assert.deepEqual(ids((await get('/api/events?min_fatalities=4')).body), ['NGA-0002', 'SYR-0001']);
  });
  it('filters by actor words, full text and bounding box', async () => {
    assert.deepEqual(ids((await get('/api/events?actor=police')).body), ['KEN-0002']);
    assert.deepEqual(ids((await get('/api/events?actor=northern%20front')).body), ['KEN-0001']);
    assert.deepEqual(ids((await get('/api/events?q=market')).body), ['SYR-0001']);
    assert.deepEqual(ids((await get('/api/events?q=%22%29%28*')).body), [], 'punctuation-only queries match nothing and do not break FTS');
    assert.deepEqual(ids((await get('/api/events?bbox=30,-5,40,5')).body), ['KEN-0001', 'KEN-0002']);
    // west > east crosses the antimeridian: 170E..-60W covers Colombia only among the fixtures
    assert.deepEqual(ids((await get('/api/events?bbox=170,-10,-60,10')).body), ['COL-0001']);
  });
  it('combines filters', async () => {
    assert.deepEqual(ids((await get('/api/events?country=Nigeria&event_type=Battles&from=2024-01-01')).body), ['NGA-0002']);
  });
});

describe('pagination and sort', () => {
  it('pages through results; a page says whether more follow, the last page gives the exact total', async () => {
    const first = (await get('/api/events?limit=2&sort=event_date')).body;
    const second = (await get('/api/events?limit=2&offset=2&sort=event_date')).body;
    const last = (await get('/api/events?limit=2&offset=4&sort=event_date')).body;
    assert.equal(first.totalExact, false, 'not counted: there are more than this page');
    assert.equal(first.total, 3, 'a lower bound: this page and at least one more');
    assert.deepEqual(first.events.map((e: any) => e.event_id), ['NGA-0002', 'KEN-0001']);
    assert.deepEqual(second.events.map((e: any) => e.event_id), ['SYR-0001', 'COL-0001']);
    assert.equal(last.events.length, 2);
    assert.equal(last.total, 6);
    assert.equal(last.totalExact, true);
    const whole = (await get('/api/events?limit=6')).body;
    assert.equal(whole.total, 6);
    assert.equal(whole.totalExact, true);
  });
  it('a page past the end says where the end is', async () => {
    const body = (await get('/api/events?limit=2&offset=10')).body;
    assert.deepEqual(body.events, []);
    assert.equal(body.total, 6);
    assert.equal(body.totalExact, true);
  });
  it('returns only the fields asked for (event_id always)', async () => {
    const body = (await get('/api/events?fields=event_date,fatalities_unknown&fields=country&limit=1')).body;
    assert.deepEqual(Object.keys(body.events[0]).sort(), ['country', 'event_date', 'event_id', 'fatalities_unknown']);
    assert.equal(body.events[0].fatalities_unknown, false);
    const bad = await get('/api/events?fields=event_date,password');
    assert.equal(bad.status, 400);
    assert.match(bad.body.error, /fields must be among/);
  });
  it('sorts by fatalities', async () => {
    const body = (await get('/api/events?sort=-fatalities&limit=1')).body;
    assert.equal(body.events[0].event_id, 'SYR-0001');
  });
});

describe('bad parameters get a clear 400', () => {
  for (const [url, words] of [
    ['/api/events?from=2024-13-01', /from must be a date/],
    ['/api/events?from=2024-03-10&to=2024-03-01', /after to/],
    ['/api/events?limit=5000', /limit must be/],
    ['/api/events?offset=-1', /offset must be/],
    ['/api/events?offset=10001', /offset must be a whole number from 0 to 10000/],
    ['/api/events?sort=notes', /sort must be one of/],
    ['/api/events?bbox=1,2,3', /bbox must be/],
    ['/api/events?bbox=0,50,10,40', /bbox must be/],
    ['/api/events?min_fatalities=many', /min_fatalities must be/],
    ['/api/events?status=deleted', /status must be one of/],
    ['/api/events?contry=Kenya', /unknown parameter "contry"/],
    ['/api/stats?limit=3', /unknown parameter "limit"/],
    ['/api/export?format=xlsx', /format must be one of/],
  ] as const) {
    it(url, async () => {
      const { status, body } = await get(url);
      assert.equal(status, 400);
      assert.match([body.error, ...(body.details ?? [])].join(' | '), words);
    });
  }
  it('a SQL-looking value is only a value', async () => {
    const { status, body } = await get(`/api/events?country=${encodeURIComponent("Kenya' OR 1=1 --")}`);
    assert.equal(status, 200);
    assert.equal(body.events.length, 0);
  });
});

describe('GET /api/events/:id', () => {
  it('returns evidence spans, cleaned texts, sources and reviews', async () => {
    const { status, body } = await get('/api/events/KEN-0001');
    assert.equal(status, 200);
    assert.equal(body.event.event_type, 'Battles');
    const doc = body.documents[0];
    assert.equal(doc.id, 'doc-lake');
    for (const span of body.evidence) assert.equal(doc.text.slice(span.start, span.end), span.text);
    assert.ok(body.evidence.some((s: any) => s.field === 'actor2'));
    assert.equal(body.sources.length, 2);
    assert.deepEqual(body.reviews, []);
  });
  it('404s for an unknown event', async () => {
    assert.equal((await get('/api/events/NOPE-1')).status, 404);
  });
});

describe('GET /api/stats', () => {
  it('counts by day, type and country for the current filter', async () => {
    const { body } = await get('/api/stats?country=Nigeria');
    assert.equal(body.total, 2);
    assert.equal(body.fatalities, 6);
    assert.deepEqual(body.byDay.map((d: any) => d.day), ['2024-02-20', '2024-03-14']);
    assert.deepEqual(body.byType.map((t: any) => t.eventType).sort(), ['Battles', 'Violence against civilians']);
    assert.deepEqual(body.byCountry, [{ country: 'Nigeria', count: 2, fatalities: 6 }]);
  });
});

describe('writes need a bearer token', () => {
  const review = (auth?: string, body: unknown = { action: 'confirm', reviewer: 'ana' }) => app.request('/api/events/COL-0001/review', {
    method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) }, body: JSON.stringify(body),
  });
  it('rejects a write without a token', async () => {
    const r = await review();
    assert.equal(r.status, 401);
    assert.match((await r.json()).error, /bearer token/);
  });
  it('rejects an unknown or revoked token', async () => {
    assert.equal((await review('Bearer sitrep_bad_token')).status, 401);
    const { token: revoked, info } = await seeded.store.tokens.create('temp');
    assert.equal(await seeded.store.tokens.revoke(info.id), true);
    assert.equal((await review(`Bearer ${revoked}`)).status, 401);
  });
  it('stores tokens hashed', async () => {
    const rows = seeded.db.prepare('SELECT token_hash FROM api_tokens').pluck().all() as string[];
    assert.ok(rows.length > 0);
    for (const h of rows) { assert.match(h, /^[0-9a-f]{64}$/); assert.notEqual(h, token); }
  });
  it('closes reads with private reads', async () => {
    const closed = createApp({ store: seeded.store, readAccess: 'token' });
    assert.equal((await closed.request('/api/events')).status, 401);
    assert.equal((await closed.request('/api/events', { headers: { authorization: `Bearer ${token}` } })).status, 200);
  });
  it('needs a token for reads from other machines by default', async () => {
    // app.request has no socket, which the loopback rule treats as a remote client
    const defaults = createApp({ store: seeded.store });
    assert.equal((await defaults.request('/api/events')).status, 401);
  });
});

describe('POST /api/events/:id/review', () => {
  const post = (id: string, body: unknown) => app.request(`/api/events/${id}/review`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  it('confirms, edits and keeps the history', async () => {
    let r = await post('SYR-0001', { action: 'confirm', reviewer: 'ana', comment: 'checked against two sources' });
    assert.equal(r.status, 201);
    assert.equal((await r.json()).event.status, 'confirmed');
    r = await post('SYR-0001', { action: 'edit', reviewer: 'ben', comment: 'medics updated the toll', changes: { fatalities: 6, location: 'Riverside market' } });
    assert.equal(r.status, 201);
    const detail = (await get('/api/events/SYR-0001')).body;
    assert.equal(detail.event.fatalities, 6);
    assert.equal(detail.event.location, 'Riverside market');
    assert.equal(detail.event.status, 'edited');
    assert.deepEqual(detail.reviews.map((x: any) => [x.action, x.reviewer]), [['confirm', 'ana'], ['edit', 'ben']]);
    assert.deepEqual(detail.reviews[1].changes.fatalities, { from: 5, to: 6 });
  });
  it('keeps edits when the coder rewrites the event', async () => {
    // what a re-coding does: the coder overwrites fields and resets the status
    seeded.db.prepare("UPDATE events SET fatalities = 5, location = 'Riverside', status = 'coded', notes = 'recoded' WHERE event_id = 'SYR-0001'").run();
    let e = (await get('/api/events/SYR-0001')).body.event;
    assert.equal(e.fatalities, 6);
    assert.equal(e.location, 'Riverside market');
    assert.equal(e.status, 'edited');
    assert.equal(e.notes, 'recoded', 'fields nobody edited follow the coder');
    // ... or deletes and re-inserts it
    for (const table of ['evidence', 'event_sources', 'events']) seeded.db.prepare(`DELETE FROM ${table} WHERE event_id = 'SYR-0001'`).run();
    seeded.db.prepare(`INSERT INTO events (event_id, merge_key, event_date, time_precision, disorder_type, event_type, sub_event_type, actor1, inter1,
      interaction, geo_precision, fatalities, location, latitude, longitude, country, created_at, updated_at)
      VALUES ('SYR-0001', 'k', '2024-03-05', 1, 'Political violence', 'Explosions/Remote violence', 'Shelling/artillery/missile attack', 'X', 3, 37, 1, 1, 'Riverside', 35.9, 36.6, 'Syria', 'now', 'now')`).run();
    seeded.db.prepare("INSERT INTO event_sources (event_id, document_id) VALUES ('SYR-0001', 'doc-market')").run();
    e = (await get('/api/events/SYR-0001')).body.event;
    assert.equal(e.fatalities, 6);
    assert.equal(e.location, 'Riverside market');
    assert.equal(e.status, 'edited');
    assert.deepEqual(ids((await get('/api/events?q=riverside%20market')).body), ['SYR-0001'], 'the text index follows the edit');
  });
  it('rejects an event: it leaves the default listing but stays reachable', async () => {
    assert.equal((await post('NGA-0002', { action: 'reject', reviewer: 'ana', comment: 'duplicate' })).status, 201);
    assert.ok(!ids((await get('/api/events')).body).includes('NGA-0002'));
    assert.deepEqual(ids((await get('/api/events?status=rejected')).body), ['NGA-0002']);
  });
  it('validates the body', async () => {
    for (const [body, words] of [
      ['not json', /must be JSON/],
      [{ action: 'approve', reviewer: 'a' }, /action must be one of/],
      [{ action: 'edit', reviewer: 'a' }, /needs changes/],
      [{ action: 'edit', reviewer: 'a', changes: { event_id: 'X' } }, /cannot be edited/],
      [{ action: 'edit', reviewer: 'a', changes: { fatalities: -1 } }, /fatalities must be/],
      [{ action: 'edit', reviewer: 'a', changes: { event_date: '2024-02-30' } }, /event_date must be a date/],
      [{ action: 'confirm', reviewer: 'a', changes: { fatalities: 1 } }, /only allowed with action "edit"/],
      [{ action: 'confirm', reviewer: '' }, /reviewer must be/],
    ] as const) {
      const r = await post('KEN-0001', body);
      assert.equal(r.status, 400, JSON.stringify(body));
      const b = await r.json();
      assert.match([b.error, ...(b.details ?? [])].join(' | '), words);
    }
  });
  it('404s for an unknown event', async () => {
    assert.equal((await post('NOPE-1', { action: 'confirm', reviewer: 'a' })).status, 404);
  });
  it('refuses oversized bodies', async () => {
    const r = await post('KEN-0001', { action: 'confirm', reviewer: 'a', comment: 'x'.repeat(100_000) });
    assert.equal(r.status, 413);
  });
});

describe('headers and the page', () => {
  it('sends a strict CSP', async () => {
    const r = await app.request('/');
    assert.equal(r.status, 200);
    const csp = r.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  });
  it('serves Leaflet and the basemap locally, and nothing outside its folders', async () => {
    assert.equal((await app.request('/vendor/leaflet/leaflet-src.esm.js')).status, 200);
    const basemap = await (await app.request('/basemap/countries.geojson')).json();
    assert.equal(basemap.type, 'FeatureCollection');
    assert.ok(basemap.features.length > 200);
    assert.equal((await app.request('/app/..%2f..%2fpackage.json')).status, 404);
    assert.equal((await app.request('/vendor/leaflet/../../../package.json')).status, 404);
  });
});

describe('GET /api/export', () => {
  it('writes the current selection as ACLED CSV', async () => {
    const r = await app.request('/api/export?format=acled-csv&country=Kenya');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /text\/csv/);
    assert.match(r.headers.get('content-disposition') ?? '', /attachment; filename="sitrep-events-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = (await r.text()).trim().split('\n');
    assert.match(lines[0]!, /^event_id_cnty,event_date,/);
    assert.equal(lines.length, 3, 'header and the two Kenyan events');
  });
  it('writes GeoJSON points', async () => {
    const body = await (await app.request('/api/export?format=geojson&event_type=Protests')).json();
    assert.equal(body.type, 'FeatureCollection');
    assert.deepEqual(body.features.map((f: any) => f.properties.event_id).sort(), ['COL-0001', 'KEN-0002']);
    assert.deepEqual(body.features.find((f: any) => f.properties.event_id === 'COL-0001').geometry.coordinates, [-74.1, 4.6]);
  });
});
