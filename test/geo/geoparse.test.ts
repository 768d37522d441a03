import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../src/context.js';
import { createDocument } from '../../src/document.js';
import { openGazetteer } from '../../src/gazetteer/open.js';
import { chooseEventPlace } from '../../src/geo/event-place.js';
import { geoparse } from '../../src/geo/geoparse.js';
import { haversineKm } from '../../src/geo/resolve.js';
import { toponymsStage } from '../../src/geo/toponyms-stage.js';

const gaz = () => openGazetteer();

async function docOf(text: string) {
  const doc = createDocument('t', text, { origin: 'test' });
  doc.text = text;
  await toponymsStage.run(doc, createContext({ gazetteerPath: null }));
  return doc;
}

test('"Harem, western Idlib" is Harim in Idlib governorate, Syria', async () => {
  const text = 'Clashes broke out overnight as government forces raided a camp in Harem, western Idlib. Two fighters were detained.';
  const doc = await docOf(text);
  const harem = doc.toponyms.find((t) => t.text === 'Harem');
  assert.ok(harem, 'Harem is recognised');
  assert.equal(harem.country_code, 'SY');
  assert.equal(harem.admin1, 'Idlib');
  assert.ok(haversineKm(harem.latitude!, harem.longitude!, 36.21, 36.52) < 5);
  const place = chooseEventPlace(doc, { start: 0, end: text.indexOf('.') + 1 });
  assert.ok(place);
  assert.equal(place.location, 'Harim');
  assert.equal(place.country, 'Syria');
  assert.equal(place.iso, 760);
  assert.equal(place.admin1, 'Idlib');
  assert.equal(place.geo_precision, 1);
  assert.equal(text.slice(place.evidence.start, place.evidence.end), 'Harem');
});

test('"near" a town gives geo_precision 2; a province alone gives 3', async () => {
  const near = await docOf('Gunmen attacked a checkpoint near Harem, in Idlib province.');
  assert.equal(chooseEventPlace(near, { start: 0, end: near.text.length })?.geo_precision, 2);
  const region = await docOf('Shelling was reported across Idlib province on Tuesday.');
  const p = chooseEventPlace(region, { start: 0, end: region.text.length });
  assert.equal(p?.geo_precision, 3);
  assert.equal(p?.admin1, 'Idlib');
});

test('common words are not places unless context says so', () => {
  const plain = geoparse('Mobile phones were seized. Victoria said the Harem scene was staged.', gaz());
  assert.deepEqual(plain.map((t) => t.text), []);
  const placed = geoparse('A storm hit Mobile, Alabama, on Sunday.', gaz());
  const mobile = placed.find((t) => t.text === 'Mobile');
  assert.ok(mobile, 'Mobile after "hit"? no — but "Mobile, Alabama" is a place');
  assert.equal(mobile.country_code, 'US');
});

test('person names are not places', () => {
  const ts = geoparse('Chiquita Raquel Henry, 19, was arrested. Detectives traced the fire to Henry’s lighter in Alexandria, La.', gaz());
  assert.ok(!ts.some((t) => t.text === 'Henry'), JSON.stringify(ts.map((t) => t.text)));
  const alex = ts.find((t) => t.text === 'Alexandria');
  assert.equal(alex?.country_code, 'US');
  assert.equal(alex?.admin1, 'Louisiana');
});

test('given spans are resolved, not recognised', () => {
  const text = 'Officials in Paris, Texas, said the Red River flooded.';
  const ts = geoparse(text, gaz(), { spans: [{ start: 13, end: 18 }] });
  assert.equal(ts.length, 1);
  assert.equal(ts[0].text, 'Paris');
  assert.equal(ts[0].country_code, 'US');
});

test('bad input does not throw', async () => {
  const empty = await docOf('');
  assert.deepEqual(empty.toponyms, []);
  assert.doesNotThrow(() => geoparse('\u0000\uFFFF ,,, ... ' + 'A'.repeat(10000), gaz()));
});
