// Which of the places a note names is the event's: the choice among resolved names. Sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../src/context.js';
import { createDocument } from '../../src/document.js';
import { chooseEventPlace } from '../../src/geo/event-place.js';
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
