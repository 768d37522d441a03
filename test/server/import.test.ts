// `sitrep import acled`: ACLED export rows → confirmed events with placeholder documents and evidence.
import { after, before, describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acledDate, importAcled, interCode } from '../../src/import/acled.js';
import { parseCsv } from '../../src/import/csv.js';
import type { Store } from '../../src/store/index.js';
import { openStore } from '../../src/store/index.js';
import { freshSchema, SKIP_PG, testDatabase, type StoreKind } from '../store/helpers.js';
import { ROOT } from '../../src/paths.js';

// Invented rows in the ACLED export layout (two date styles, numeric and text inter codes, a bad row).
const HEADER = 'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp';
const CSV = [
  HEADER,
  'TST1,2021-06-01,2021,1,,Protests,Peaceful protest,Protesters (Testland),,6,,,0,60,,999,Somewhere,Testland,North,,,Alpha,10.5,20.5,1,Paper,National,"On 1 June, people protested in Alpha, ""loudly"", over fees.",0,,1622505600',
  'TST2,02 June 2021,2021,1,,Battles,Armed clash,Military Forces of Testland,,State forces,Northern Rebels,,Rebel group,,,999,Somewhere,Testland,North,,,Beta,11,21,2,Paper,National,"Troops fought rebels near Beta.\nTwo soldiers died.",2,,1622505600',
  'TST3,not a date,2021,1,,Battles,Armed clash,A,,1,B,,2,12,,999,Somewhere,Testland,North,,,Beta,11,21,2,Paper,National,bad row,3,,1',
  '',
].join('\r\n');

let dir: string;
before(() => { dir = mkdtempSync(join(tmpdir(), 'sitrep-import-')); });
after(() => rmSync(dir, { recursive: true, force: true }));

describe('CSV and ACLED values', () => {
  it('parses quotes, doubled quotes, line breaks in fields and CRLF', () => {
    assert.deepEqual([...parseCsv('a,"b ""c""",d\r\n"x\ny",,z\n')], [['a', 'b "c"', 'd'], ['x\ny', '', 'z']]);
    assert.throws(() => [...parseCsv('a,"open')], /never closed/);
  });
  it('reads both date styles and both inter code styles', () => {
    assert.equal(acledDate('2020-05-02'), '2020-05-02');
    assert.equal(acledDate('02 May 2020'), '2020-05-02');
    assert.equal(acledDate('2-May-20'), '2020-05-02');
    assert.equal(acledDate('31 February 2020'), null);
    assert.equal(interCode('3'), 3);
    assert.equal(interCode('Rebel group'), 2);
    assert.equal(interCode('External/Other forces'), 8);
    assert.equal(interCode(''), 0);
    assert.equal(interCode('Aliens'), null);
  });
});

// The same import on both stores (PostgreSQL when a test database answers, as in test/store).
for (const kind of ['sqlite', 'postgres'] as StoreKind[]) describe(`importAcled (${kind})`, async () => {
  const available = kind === 'sqlite' || (await testDatabase()) !== null;
  let store: Store;
  // Opened here and closed by the suite's own after (freshStore closes after the hook that opens it).
  before(async () => {
    if (!available) return;
    store = await openStore(kind === 'sqlite' ? join(dir, `${kind}.sqlite`) : (await freshSchema((await testDatabase())!)).url);
  });
  after(async () => { await store?.close(); });
  const it = (name: string, fn: () => Promise<void>) => test(name, { skip: available ? false : SKIP_PG }, fn);

  it('loads rows as confirmed events with their note as evidence, and reports bad rows', async () => {
    const summary = await importAcled(store, CSV, 'test.csv');
    assert.equal(summary.rows, 3);
    assert.equal(summary.imported, 2);
    assert.deepEqual(summary.skipped, [{ row: 4, problem: 'event_date "not a date" is not a date' }]);
    const detail = await store.search.get('TST2');
    assert.ok(detail);
    assert.equal(detail.event.status, 'confirmed');
    assert.equal(detail.event.event_date, '2021-06-02');
    assert.equal(detail.event.inter1, 1);
    assert.equal(detail.event.inter2, 2);
    assert.equal(detail.event.interaction, 12, 'derived from the inter codes when the export has none');
    assert.equal(detail.event.disorder_type, 'Political violence', 'from the taxonomy when the export has none');
    assert.equal(detail.documents.length, 1);
    assert.equal(detail.documents[0]!.text, 'Troops fought rebels near Beta.\nTwo soldiers died.');
    const [span] = detail.evidence;
    assert.equal(span!.field, 'notes');
    assert.equal(detail.documents[0]!.text.slice(span!.start, span!.end), span!.text);
    assert.deepEqual(detail.reviews.map((r) => [r.action, r.reviewer]), [['import', 'acled-import']]);
  });

  it('importing again updates in place and keeps analysts\' edits', async () => {
    await store.reviews.record({ eventId: 'TST1', action: 'edit', reviewer: 'ana', changes: { fatalities: 1 } });
    const again = await importAcled(store, CSV.replace('over fees.",0,', 'over fees.",0,').replace('Alpha,10.5', 'Alpha Town,10.5'), 'test.csv');
    assert.equal(again.imported, 0);
    assert.equal(again.updated, 2);
    const e = (await store.search.get('TST1'))!.event;
    assert.equal(e.location, 'Alpha Town', 'the export\'s new value');
    assert.equal(e.fatalities, 1, 'the analyst\'s edit');
    assert.equal(e.status, 'edited');
    assert.equal(await store.events.count(), 2);
  });
});

describe('sitrep import / sitrep token (CLI)', () => {
  const sitrep = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
  it('imports a file and manages tokens', () => {
    const db = join(dir, 'cli.db');
    const csv = join(dir, 'export.csv');
    writeFileSync(csv, CSV);
    const imported = sitrep('import', 'acled', csv, '--db', db);
    assert.equal(imported.status, 0, imported.stderr);
    assert.match(imported.stdout, /3 rows: 2 events imported, 0 updated, 1 skipped/);
    assert.match(imported.stderr, /row 4 skipped/);

    const created = sitrep('token', 'create', 'ci-bot', '--db', db);
    assert.equal(created.status, 0, created.stderr);
    const token = created.stdout.trim();
    assert.match(token, /^sitrep_[0-9a-f]{8}_\S+$/);
    const id = token.split('_')[1]!;
    assert.match(sitrep('token', 'list', '--db', db).stdout, new RegExp(`${id}\\tci-bot\\t.*active`));
    assert.equal(sitrep('token', 'revoke', id, '--db', db).status, 0);
    assert.match(sitrep('token', 'list', '--db', db).stdout, /REVOKED/);
    assert.equal(sitrep('token', 'revoke', 'nope', '--db', db).status, 1);
    assert.equal(sitrep('import', 'acled', join(dir, 'missing.csv'), '--db', db).status, 1);
  });
});
