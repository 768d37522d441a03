// An analyst's place table (`sitrep gazetteer import` of a CSV): its rows are merged with the towns already
// there, its names are recognised and preferred. Hand-written table: made-up villages and two real towns.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { importPlaces } from '../../src/gazetteer/import.js';
import { openGazetteer, type Gazetteer } from '../../src/gazetteer/open.js';
import { geoparse } from '../../src/geo/geoparse.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-place-table-'));
const TABLE = [
  'name,latitude,longitude,country,admin1,admin2',
  // A real town, a little off GeoNames' point: the same town, at the analyst's point.
  'Malindi,-3.2200,40.1300,Kenya,Kilifi,',
  // The same, spelled the table's way.
  'Muranga,-0.7200,37.1500,Kenya,Murang\'a,',
  // Made-up villages: the same one twice (points 1 km apart) and a namesake 60 km away.
  'Kwa Zawadi,-1.5000,37.2000,Kenya,Machakos,',
  'Kwa Zawadi,-1.5090,37.2010,Kenya,Machakos,',
  'Kwa Zawadi,-1.0000,37.4000,Kenya,Kiambu,',
  'Ndovuni,-0.9000,36.9000,Kenya,Kiambu,',
  // A Kenyan village that shares its name with a Malawian town.
  'Salima,2.2000,37.9000,Kenya,Marsabit,',
  // Names with a settlement word that notes often leave out.
  'Mbogoni Refugee Camp,0.1000,40.3000,Kenya,Garissa,',
  'Kiptoroi Village,0.5000,35.6000,Kenya,Baringo,',
  // The table's spelling of a county, one letter off the gazetteer's; the row's point says nothing (it is elsewhere).
  'Kaptich,3.1000,35.6000,Kenya,Elgeyo-Marakwet,',
].join('\n') + '\n';

let gaz: Gazetteer;
let merged = 0;
before(async () => {
  const csv = join(dir, 'places.csv');
  writeFileSync(csv, TABLE);
  const r = await importPlaces(join(dir, 'table.db'), csv);
  merged = r.merged;
  gaz = openGazetteer(join(dir, 'table.db'));
});
after(() => gaz.close());

test('a row naming a GeoNames town nearby moves that town to the analyst\'s point; no second copy', () => {
  const towns = gaz.lookup('Malindi').filter((p) => p.feature_class === 'P' && p.country_code === 'KE');
  assert.equal(towns.length, 1);
  assert.equal(towns[0].geonameid, 187968, 'it keeps its GeoNames id');
  assert.equal(towns[0].latitude, -3.22);
  assert.equal(towns[0].longitude, 40.13);
  assert.ok(towns[0].source.startsWith('import:'));
  assert.equal(merged, 3, 'Malindi, Muranga and the repeated Kwa Zawadi');
  const [m] = gaz.lookup('Muranga').filter((p) => p.feature_class === 'P');
  assert.equal(m.geonameid, 185579);
  assert.equal(m.name, 'Muranga', "the analyst's spelling");
});

test('repeated rows of a table are one place; a namesake far away stays a second one', () => {
  const ps = gaz.lookup('Kwa Zawadi');
  assert.equal(ps.length, 2);
  assert.deepEqual(ps.map((p) => p.latitude).sort((a, b) => a - b), [-1.5, -1]);
});

test('a duplicate no longer splits the confidence: the imported town is resolved with confidence', () => {
  const [t] = geoparse('Traders protested in Malindi on Monday.', gaz);
  assert.equal(t.name, 'Malindi');
  assert.ok(t.confidence > 0.95, `confidence ${t.confidence}`);
});

test('a type word after a name of the table belongs to it: "Ndovuni Town", "Kwa Zawadi Village"', () => {
  const ts = geoparse('Police dispersed youths in Ndovuni Town. A man was lynched in Kwa Zawadi Village.', gaz);
  assert.deepEqual(ts.map((t) => t.text), ['Ndovuni Town', 'Kwa Zawadi Village']);
  assert.equal(ts[0].latitude, -0.9);
  assert.ok(!ts.some((t) => t.text === 'Town'), 'no separate "Town" (a place elsewhere)');
});

test('without the table, a capitalised "Town" after an unknown name is still not absorbed', () => {
  const ts = geoparse('Police dispersed youths in Ndovuni Town.', openGazetteer());
  assert.ok(!ts.some((t) => t.text === 'Ndovuni Town'));
});

test('a name of the table stays a place inside an organisation\'s name, not after a first name or title', () => {
  assert.deepEqual(geoparse('Supporters stormed the offices of the ODM Ndovuni branch.', gaz).map((t) => t.text), ['Ndovuni']);
  assert.deepEqual(geoparse('Nurses at the Kenyatta Medical College Ndovuni campus went on strike.', gaz).map((t) => t.text).filter((x) => x === 'Ndovuni'), ['Ndovuni']);
  assert.deepEqual(geoparse('Mary Ndovuni told reporters the march would go on.', gaz).map((t) => t.text), []);
  assert.deepEqual(geoparse('Supporters stormed the offices of the ODM Ndovuni branch.', openGazetteer()).map((t) => t.text), []);
});

test('a table name is found without its settlement word too: "Mbogoni" for Mbogoni Refugee Camp', () => {
  const ts = geoparse('Refugees in Mbogoni held a demonstration. Gunmen raided Kiptoroi on Sunday. Teachers were abducted from the Mbogoni refugee camp.', gaz);
  assert.deepEqual(ts.map((t) => [t.text, t.name]), [['Mbogoni', 'Mbogoni Refugee Camp'], ['Kiptoroi', 'Kiptoroi Village'], ['Mbogoni', 'Mbogoni Refugee Camp']]);
});

test('an admin-1 name spelled a little differently still finds its area', () => {
  const [p] = gaz.lookup('Kaptich');
  assert.match(gaz.adminName(p.admin1_code), /^Ele?geyo-Marakwet/);
});

test('a name of the table beats a homonym abroad', () => {
  const [t] = geoparse('Three herders were killed in Salima village.', gaz);
  assert.equal(t.country_code, 'KE');
  assert.equal(t.latitude, 2.2);
});

test('importing the same table again adds nothing', async () => {
  const csv = join(dir, 'places.csv');
  const r = await importPlaces(join(dir, 'table.db'), csv);
  assert.equal(r.merged, 10, "every row names a place already there");
  gaz.close();
  gaz = openGazetteer(join(dir, 'table.db'));
  assert.equal(gaz.lookup('Kwa Zawadi').length, 2);
  assert.equal(gaz.lookup('Ndovuni').length, 1);
});
