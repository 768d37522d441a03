// Qualifiers of a place name (", Donetsk", "(Kaduna)", "Kajuru LGA (Kaduna)") bound the event's place,
// and a match inside a longer unknown name is no place. Sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../src/context.js';
import { createDocument } from '../../src/document.js';
import { chooseEventPlace } from '../../src/geo/event-place.js';
import { STAGES, runPipeline } from '../../src/pipeline.js';
import { toponymsStage } from '../../src/geo/toponyms-stage.js';

async function placeOf(text: string) {
  const doc = createDocument('t', text, { origin: 'test' });
  doc.text = text;
  await toponymsStage.run(doc, createContext({}));
  return { doc, place: chooseEventPlace(doc, { start: 0, end: text.length }) };
}

test('"Abu" begins a name: "Abu Nasr (Tripoli)" is not a village called Nasr; the bracketed town stands for it', async () => {
  const { doc, place } = await placeOf('Shells landed on houses in Abu Nasr (Tripoli) overnight.');
  assert.ok(!doc.toponyms.some((t) => t.text === "Nasr"));
  assert.equal(place?.country, 'Libya');
  assert.equal(place?.location, 'Tripoli');
});

test('a shorter name inside a longer unknown one ("Santa Rosa de las Flores") is no place; the state named after it is', async () => {
  const { doc, place } = await placeOf('Gunmen killed a farmer in Santa Rosa de las Flores, Jalisco, on Monday.');
  assert.ok(!doc.toponyms.some((t) => t.text === 'Santa Rosa' || t.text === 'Flores'));
  assert.equal(place?.country, 'Mexico');
  assert.equal(place?.admin1, 'Jalisco');
  assert.equal(place?.geo_precision, 3);
});

test('a village named with its area in brackets never resolves to a homonym abroad: the area stands for it', async () => {
  const { place } = await placeOf('Gunmen raided Verona village in Kajuru LGA (Kaduna) at night.');
  assert.equal(place?.country, 'Nigeria');
  assert.equal(place?.admin1, 'Kaduna State');
});

test('a place outside the province named after it is dropped for the province', async () => {
  // The gazetteer's Novoselivka is in Donetsk; the sentence puts it in Luhansk.
  const { place } = await placeOf('A shell struck a school in Novoselivka, Luhansk.');
  assert.equal(place?.country, 'Ukraine');
  assert.equal(place?.admin1, 'Luhansk');
});

test('an item of a list of towns is no qualifier of the town before it', async () => {
  const { place } = await placeOf('Clashes between rival groups were reported in Nyeri, Karatina, Banana and Othaya.');
  assert.equal(place?.country, 'Kenya');
});

test('a country named only as a modifier ("US dollar") is never the place, not even as a last resort', async () => {
  const { place } = await placeOf('Protesters marched against the high US dollar exchange rate.');
  assert.equal(place, null);
});

// The country of a report that names no known place: its named actors and national names.

async function eventsOf(text: string) {
  const doc = createDocument('t', text, { origin: 'test', publishedAt: '2019-06-01' });
  await runPipeline(doc, createContext({ dedupeIndex: null }), STAGES.filter((s) => s.name !== 'dedupe'));
  return doc.events;
}

test('no place named: an identity militia of one country gives the event its country, but no point', async () => {
  const [e] = await eventsOf('Pokot raiders shot dead two herdsmen and drove away their goats.');
  assert.equal(e?.country, 'Kenya');
  assert.equal(e?.latitude, null);
  assert.equal(e?.location, '');
});

test('no place named: a national party gives the country', async () => {
  const [e] = await eventsOf('Supporters of ODM protested against the delayed nomination results.');
  assert.equal(e?.country, 'Kenya');
});

test('no place named: foreign victims ("two British nationals") say nothing about the country', async () => {
  const [e] = await eventsOf('Residents protested against the arrest of two British nationals.');
  assert.equal(e?.country ?? '', '');
});

test('Indian and Pakistani state short forms after a comma ("J&K", "TN", "KPK") name the state and bound the place', async () => {
  const { doc, place } = await placeOf('Troops exchanged fire near a border post (Kathua district, J&K) on Sunday.');
  assert.ok(doc.toponyms.some((t) => t.text === 'J&K' && t.country_code === 'IN'));
  assert.equal(place?.country, 'India');
  const tn = await placeOf('Weavers held a protest in Erode town (Erode, TN) over unpaid wages.');
  assert.equal(tn.place?.country, 'India');
  assert.equal(tn.place?.admin1, 'Tamil Nadu');
});

test('common words that are also small places need a place cue ("Grenade attack", "Ca. 200")', async () => {
  const g = await placeOf('Grenade blasts wounded two guards.');
  assert.ok(!g.doc.toponyms.some((t) => t.text === 'Grenade'));
  const c = await placeOf('Ca. 300 traders marched peacefully.');
  assert.ok(!c.doc.toponyms.some((t) => t.text === 'Ca.'));
});

test('a name inside an identity group of another country is the group, not a place abroad', async () => {
  const text = 'Elders said that Orma militia had attacked farmers at dawn.';
  const doc = createDocument('t', text, { origin: 'test', publishedAt: '2019-06-01' });
  await runPipeline(doc, createContext({ dedupeIndex: null }), STAGES.filter((s) => s.name !== 'dedupe'));
  assert.ok(doc.toponyms.some((t) => t.text === 'Orma' && t.country_code === 'GR'));
  assert.equal(chooseEventPlace(doc, { start: 0, end: text.length }), null);
});

test('the document country: a name after "in" counts more than a bare name ("in Eldoret" beats "Saba")', async () => {
  const { place } = await placeOf('Police in Eldoret dispersed traders who had travelled from Saba.');
  assert.equal(place?.country, 'Kenya');
});
