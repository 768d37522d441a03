// Which of the places a note names is the event's: the choice among resolved names. Sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../src/context.js';
import { createDocument } from '../../src/document.js';
import { actorCountryVotes } from '../../src/geo/doc-country.js';
import { chooseEventPlace, focusCountry } from '../../src/geo/event-place.js';
import { toponymsStage } from '../../src/geo/toponyms-stage.js';

async function placeOf(text: string) {
  const doc = createDocument('t', text, { origin: 'test' });
  doc.text = text;
  await toponymsStage.run(doc, createContext({}));
  return { doc, place: chooseEventPlace(doc, { start: 0, end: text.length }) };
}

test('a district qualified by its province\'s town ("Khanabad district, Kunduz") is the place, not the town', async () => {
  const { place } = await placeOf('Gunmen attacked a checkpoint in Khanabad district, Kunduz, on Sunday.');
  assert.equal(place?.country, 'Afghanistan');
  assert.equal(place?.evidence.text, 'Khanabad');
});

test('"X district in Y": the district, not the city it is in', async () => {
  const { place } = await placeOf('Police broke up a protest in Paghman district in Kabul.');
  assert.equal(place?.evidence.text, 'Paghman');
});

test('a journey\'s start is not qualified by the next name ("fled from Garissa in Wajir")', async () => {
  const { place } = await placeOf('Soldiers who fled from Garissa in Wajir were attacked.');
  assert.equal(place?.evidence.text, 'Wajir');
});

// A draw between two countries' places: the country of an actor known by its own name settles it.
const town = (text: string, start: number, cc: string) =>
  ({ text, start, end: start + text.length, name: text, feature_code: 'PPL', country_code: cc, admin1: '', latitude: 1, longitude: 1, confidence: 0.5 }) as any;

test('an actor named for its country breaks a draw between a town and a homonym abroad', () => {
  const ts = [town('Alpha', 0, 'KE'), town('Beta', 20, 'TR')];
  assert.equal(focusCountry(ts), null);
  assert.equal(focusCountry(ts, undefined, new Map([['KE', 1]])), 'KE');
  // An actor's country that no place points to adds no candidate country.
  assert.equal(focusCountry(ts, undefined, new Map([['SO', 3]])), null);
});

test('actors named with a place or demonym, and "Unidentified ... (X)", do not vote again', () => {
  const doc = {
    text: 'Ethiopian raiders and Police Forces of Kenya; Unidentified Armed Group (Uganda).',
    toponyms: [{ text: 'Ethiopian', start: 0, end: 9 }],
    actors: [
      { actor: 'Unidentified Communal Militia (Ethiopia)', kind: 'identity', start: 0, end: 17 },
      { actor: 'Police Forces of Kenya (2013-2022)', kind: 'named', start: 22, end: 44 },
      { actor: 'Unidentified Armed Group (Uganda)', kind: 'named', start: 46, end: 79 },
    ],
  } as any;
  assert.deepEqual([...actorCountryVotes(doc, ['named', 'identity'], true)], [['KE', 1]]);
});
