import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { importPlaces, ImportError } from '../../src/gazetteer/import.js';
import { DEFAULT_GAZETTEER, openGazetteer } from '../../src/gazetteer/open.js';
import { geoparse } from '../../src/geo/geoparse.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-gaz-'));
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

// A tiny GeoNames-format dump: two invented villages (ids far above real GeoNames ids).
const row = (id: number, name: string, ascii: string, alts: string, lat: number, lon: number, a1: string) =>
  [id, name, ascii, alts, lat, lon, 'P', 'PPL', 'SY', '', a1, '', '', '', 120, '', 300, 'Asia/Damascus', '2024-01-01'].join('\t');
const DUMP = [
  row(99000001, 'Tall Zaytūnat al-Ḩamrāʼ', 'Tall Zaytunat al-Hamra', 'Tel Zaytouna,Tall Zaytuna', 36.1, 36.6, '12'),
  row(99000002, 'Khirbat Sawsanah', 'Khirbat Sawsanah', 'Khirbet Sousaneh', 35.2, 36.7, '10'),
].join('\n') + '\n';

test('an imported GeoNames dump adds places to a new gazetteer; the embedded one stays untouched', async () => {
  const before = sha(DEFAULT_GAZETTEER);
  const dump = join(dir, 'SY.txt');
  writeFileSync(dump, DUMP);
  const target = join(dir, 'mine.db');
  const r = await importPlaces(target, dump);
  assert.equal(r.places, 2);
  assert.equal(r.created, true);
  assert.equal(sha(DEFAULT_GAZETTEER), before);
  const gaz = openGazetteer(target);
  assert.equal(gaz.lookup('Tel Zaytouna')[0]?.geonameid, 99000001);
  assert.equal(gaz.lookup('Tall Zaytunat Hamra')[0]?.geonameid, 99000001);
  const ts = geoparse('Shelling hit the village of Khirbet Sousaneh in Hama province.', gaz);
  const v = ts.find((t) => t.text === 'Khirbet Sousaneh');
  assert.equal(v?.geonameid, 99000002);
  assert.equal(v?.admin1, 'Hama');
  assert.equal(openGazetteer().lookup('Khirbet Sousaneh').length, 0, 'the embedded gazetteer does not have it');
  gaz.close();
});

test('a zipped dump is read too', async () => {
  const txt = join(dir, 'XX.txt');
  writeFileSync(txt, DUMP);
  const zip = join(dir, 'XX.zip');
  try { execFileSync('zip', ['-j', '-q', zip, txt]); } catch { return; } // no zip tool: nothing to test
  const r = await importPlaces(join(dir, 'zipped.db'), zip);
  assert.equal(r.places, 2);
});

test("an analysts' CSV adds places with admin names matched to codes", async () => {
  const csv = join(dir, 'places.csv');
  writeFileSync(csv, 'name,latitude,longitude,country,admin1,admin2,aliases,feature_code,population\n'
    + '"Kafr Zayta Farms",35.37,36.6,Syria,Hama,,Kafr Zeita Farms;Kfar Zita Farms,PPL,0\n');
  const target = join(dir, 'csv.db');
  const r = await importPlaces(target, csv);
  assert.equal(r.format, 'csv');
  const p = openGazetteer(target).lookup('Kfar Zita Farms')[0];
  assert.equal(p?.country_code, 'SY');
  assert.equal(p?.admin1_code, 'SY.10');
  openGazetteer(target).close();
});

test('bad import files give a clear error and leave the gazetteer unchanged', async () => {
  const target = join(dir, 'guarded.db');
  const good = join(dir, 'good.txt');
  writeFileSync(good, DUMP);
  await importPlaces(target, good);
  const before = sha(target);

  const badCsv = join(dir, 'bad.csv');
  writeFileSync(badCsv, 'name,latitude,longitude,country,admin1,admin2\nAlpha Farm,35.1,36.1,SY,,\nBeta Farm,north,36.2,SY,,\n');
  await assert.rejects(importPlaces(target, badCsv), (e: Error) => e instanceof ImportError && /bad\.csv:3: bad latitude "north"/.test(e.message));
  assert.equal(sha(target), before);
  assert.equal(openGazetteer(target).lookup('Alpha Farm').length, 0, 'the good row before the bad one was rolled back');
  openGazetteer(target).close();

  const noHeader = join(dir, 'noheader.csv');
  writeFileSync(noHeader, 'place,lat,lon\nX,1,2\n');
  await assert.rejects(importPlaces(target, noHeader), /lacks name, latitude, longitude, country, admin1, admin2/);

  const garbage = join(dir, 'garbage.txt');
  writeFileSync(garbage, 'this is not\ta geonames file\n');
  await assert.rejects(importPlaces(target, garbage), /garbage\.txt:1: not a GeoNames row/);

  const badCountry = join(dir, 'country.csv');
  writeFileSync(badCountry, 'name,latitude,longitude,country,admin1,admin2\nGamma,1,2,Atlantis,,\n');
  await assert.rejects(importPlaces(target, badCountry), /unknown country "Atlantis"/);

  await assert.rejects(importPlaces(target, join(dir, 'missing.txt')), /no such file/);
  await assert.rejects(importPlaces(DEFAULT_GAZETTEER, good), /will not import into the embedded gazetteer/);
  assert.equal(sha(target), before);
});
