// Event place, round 5: a town named after its province, modifiers and organisation words that name no
// place, a capital's weight for the country, names before a weekday or "Town". Sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../src/context.js';
import { createDocument } from '../../src/document.js';
import { chooseEventPlace, focusCountry } from '../../src/geo/event-place.js';
import { toponymsStage } from '../../src/geo/toponyms-stage.js';

async function placeOf(text: string) {
  const doc = createDocument('t', text, { origin: 'test' });
  doc.text = text;
  await toponymsStage.run(doc, createContext({}));
  return { doc, place: chooseEventPlace(doc, { start: 0, end: text.length }) };
}

test('"Veracruz, Veracruz": the town named after its state, not the state\'s capital', async () => {
  const { place } = await placeOf('In Veracruz, Veracruz, taxi drivers blocked a main avenue on Monday.');
  assert.equal(place?.country, 'Mexico');
  assert.equal(place?.location, 'Veracruz');
  assert.equal(place?.geo_precision, 1);
});

test('"Mendoza (Mendoza)": the bracketed same name is the province, the first the town', async () => {
  const { place } = await placeOf('In Mendoza (Mendoza), shop owners held a protest against the closures.');
  assert.equal(place?.country, 'Argentina');
  assert.equal(place?.location, 'Mendoza');
  assert.equal(place?.geo_precision, 1);
});

test('"the US dollar" supports no homonym in the US', async () => {
  const { place } = await placeOf('Angry traders protesting the rise of the US dollar blocked the main road in Sidon.');
  assert.equal(place?.country, 'Lebanon');
});

test('an organisation word alone ("the Central Bank") is no place', async () => {
  const { doc } = await placeOf('Protesters threw stones at the Central Bank in Sidon.');
  assert.ok(!doc.toponyms.some((t) => t.text === 'Bank'));
});

test('a national capital outweighs a village of the same vote abroad', () => {
  const t = (text: string, start: number, cc: string, fc: string, confidence: number) =>
    ({ text, start, end: start + text.length, name: text, feature_code: fc, country_code: cc, admin1: '', latitude: 1, longitude: 1, confidence }) as any;
  assert.equal(focusCountry([t('Capital', 0, 'LB', 'PPLC', 0.5), t('Village', 30, 'US', 'PPL', 1)]), 'LB');
});

test('a town before "Town" or a weekday is still a place ("Migori Town", "in Moyale Monday")', async () => {
  const a = await placeOf('A taxi driver was shot dead in Migori Town at a petrol station.');
  assert.equal(a.place?.location, 'Migori');
  const b = await placeOf('Renewed clashes in Moyale Monday injured five people.');
  assert.equal(b.place?.country, 'Kenya');
});

test('a type word after a name is no place of its own ("Embu Town" is not Town abroad)', async () => {
  const { doc, place } = await placeOf('Residents of Embu Town beat a suspected thief on Friday night.');
  assert.ok(!doc.toponyms.some((t) => t.text === 'Town'));
  assert.equal(place?.country, 'Kenya');
});

test('a sentence\'s first participle is no part of the name after it ("Striking Mombasa workers")', async () => {
  const { place } = await placeOf('Striking Mombasa county workers marched to demand their salaries.');
  assert.equal(place?.country, 'Kenya');
});

test('a university named after its town places the protest there ("Kisii University")', async () => {
  const { place } = await placeOf('Students of Kisii University protested against higher fees.');
  assert.equal(place?.country, 'Kenya');
  assert.match(place?.location ?? '', /Kisii/);
});

test('a capital and its same-named area pool their probability: the name is confidently resolved', async () => {
  const { doc, place } = await placeOf('Protesters gathered outside the Ministry of Energy in Beirut.');
  const beirut = doc.toponyms.find((t) => t.text === 'Beirut');
  assert.ok((beirut?.confidence ?? 0) > 0.9);
  assert.equal(place?.country, 'Lebanon');
});

test('a town before "Governor" is the county named ("Embu Governor")', async () => {
  const { place } = await placeOf('Supporters of the Embu Governor clashed with a rival group.');
  assert.equal(place?.country, 'Kenya');
});
