// Rules of the event-place choice, on sentences written for these tests.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createContext } from '../../src/context.js';
import { createDocument } from '../../src/document.js';
import { importPlaces } from '../../src/gazetteer/import.js';
import { openGazetteer } from '../../src/gazetteer/open.js';
import { chooseEventPlace } from '../../src/geo/event-place.js';
import { haversineKm } from '../../src/geo/resolve.js';
import { toponymsStage } from '../../src/geo/toponyms-stage.js';

async function placeOf(text: string, gazetteerPath: string | null = null) {
  const doc = createDocument('t', text, { origin: 'test' });
  doc.text = text;
  await toponymsStage.run(doc, createContext({ gazetteerPath }));
  return { doc, place: chooseEventPlace(doc, { start: 0, end: text.length }) };
}

test('an area named with another type word ("Turkana District") is found, and stands for its seat', async () => {
  const { doc, place } = await placeOf('Raiders stole cattle from herders in Turkana District on Sunday.');
  const t = doc.toponyms.find((x) => x.text === 'Turkana District');
  assert.equal(t?.feature_code, 'ADM1');
  assert.equal(t?.country_code, 'KE');
  assert.equal(place?.country, 'Kenya');
  assert.equal(place?.geo_precision, 3);
  assert.equal(place?.location, 'Lodwar');
});

test('a small homonym abroad does not beat the country the rest of the text points to', async () => {
  const { place } = await placeOf('Elders from Trans joined the march in Eldoret town, Uasin Gishu County.');
  assert.equal(place?.country, 'Kenya');
  assert.equal(place?.location, 'Eldoret');
});

test('a country used as a modifier ("US dollar") is not where the event happened', async () => {
  const { place } = await placeOf('Protesters angry about the US dollar rate blocked roads in Halba.');
  assert.equal(place?.country, 'Lebanon');
  assert.equal(place?.location, 'Halba');
});

test('a name used as a modifier loses to the place after "in"', async () => {
  const { place } = await placeOf('Striking Garissa teachers marched in Nyeri.');
  assert.equal(place?.location, 'Nyeri');
});

test('"Town (Province)" gives the area the town is in', async () => {
  const { place } = await placeOf('Workers occupied a factory in San Miguel (Buenos Aires) on Tuesday.');
  assert.equal(place?.country, 'Argentina');
});

test('a country alone stands for its capital, at geo_precision 3', async () => {
  const { place } = await placeOf('Opposition lawmakers staged a walkout in Kenya.');
  assert.equal(place?.country, 'Kenya');
  assert.equal(place?.location, 'Nairobi');
  assert.equal(place?.geo_precision, 3);
});

test("the analyst's place table: its places are recognised and beat embedded homonyms", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-evplace-'));
  const csv = join(dir, 'places.csv');
  // Invented villages: "Bristol" in Kenya (a homonym of the English city) and "Ngolokwe".
  writeFileSync(csv, 'name,latitude,longitude,country,admin1,admin2\nBristol,-0.41,36.95,Kenya,Nyeri,\nNgolokwe,-0.52,37.45,KE,Embu,\n');
  const db = join(dir, 'gaz.db');
  await importPlaces(db, csv);
  const a = await placeOf('Herders clashed in Bristol village, Nyeri County, on Monday.', db);
  assert.equal(a.place?.country, 'Kenya');
  assert.ok(haversineKm(a.place!.latitude, a.place!.longitude, -0.41, 36.95) < 1);
  const b = await placeOf('Ngolokwe residents blocked the road on Monday.', db);
  assert.ok(b.place && haversineKm(b.place.latitude, b.place.longitude, -0.52, 37.45) < 1, 'Ngolokwe found at a sentence start');
  const c = await placeOf('Ngolokwe residents blocked the road on Monday.');
  assert.equal(c.place, null, 'unknown without the table');
  openGazetteer(db).close();
});

test('the end of a route ("the highway to Kisumu") is not where the event happened', async () => {
  const { place } = await placeOf('Traders in Kakamega blocked the highway to Kisumu with burning tyres on Monday.');
  assert.equal(place?.location, 'Kakamega');
});
