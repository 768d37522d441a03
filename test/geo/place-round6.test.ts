// Event place, round 6: Spanish and Portuguese names with lower-case particles inside ("de la", "de los",
// "a"), and a number word opening a sentence before a town. Sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../src/context.js';
import { createDocument } from '../../src/document.js';
import { chooseEventPlace } from '../../src/geo/event-place.js';
import { toponymsStage } from '../../src/geo/toponyms-stage.js';
import { openGazetteer } from '../../src/gazetteer/open.js';
import { recognize } from '../../src/geo/recognize.js';

async function placeOf(text: string) {
  const doc = createDocument('t', text, { origin: 'test' });
  doc.text = text;
  await toponymsStage.run(doc, createContext({}));
  return chooseEventPlace(doc, { start: 0, end: text.length });
}

function names(text: string): string[] {
  const ctx = createContext({});
  return recognize(text, openGazetteer(ctx.gazetteerPath)).map((m) => m.text);
}

test('"de la" inside a name: two particles in a row keep the name whole', async () => {
  assert.deepEqual(names('Hundreds of teachers marched in Santa Cruz de la Sierra on Friday.'), ['Santa Cruz de la Sierra']);
  const place = await placeOf('Hundreds of teachers marched in Santa Cruz de la Sierra on Friday.');
  assert.equal(place?.country, 'Bolivia');
});

test('"de los" inside a name: not the Nigerian Lagos at its end', async () => {
  const place = await placeOf('Gunmen shot dead a shopkeeper in San Juan de los Lagos, Jalisco, late on Saturday.');
  assert.equal(place?.country, 'Mexico');
  assert.equal(place?.location, 'San Juan de los Lagos');
});

test('"a" inside a name: Gracias a Dios is one department, not the town of Gracias', async () => {
  assert.deepEqual(names('Navy patrols seized a boat in Gracias a Dios, Honduras.'), ['Gracias a Dios', 'Honduras']);
});

test('the article "a" joins no names that the gazetteer does not know as one', () => {
  assert.deepEqual(names('In Syria a US drone struck a car near Idlib.'), ['Syria', 'US', 'Idlib']);
});

test('a number word opening a sentence is no part of the town after it', () => {
  assert.deepEqual(names('Five Kisumu traders were robbed on the highway.'), ['Kisumu']);
});

test('a lower-case particle inside a run of words starts no name: "Pupils of an Embu school"', () => {
  assert.deepEqual(names('Pupils of an Embu school walked out of class.'), ['Embu']);
});

test('an organisation\'s acronym right before a town keeps the town: "the KNUT Embu branch"', () => {
  assert.deepEqual(names('Teachers of the KNUT Embu branch threatened a strike.'), ['Embu']);
  assert.deepEqual(names('An FBI Houston field office spokesman declined to comment.'), ['Houston']);
});

test('a title after an acronym still names a person, not a place', () => {
  assert.deepEqual(names('NATO Secretary General Jens Stoltenberg spoke to reporters.'), []);
});

test('"Lake Naivasha", a lake the gazetteer does not know: the place on its shore it is named after', () => {
  const ctx = createContext({});
  const ms = recognize('Fishermen were attacked on Lake Naivasha at dawn.', openGazetteer(ctx.gazetteerPath));
  assert.equal(ms.length, 1);
  assert.equal(ms[0].text, 'Lake Naivasha');
  assert.ok(ms[0].places.some((p) => p.country_code === 'KE' && p.feature_class === 'P'));
});

test('a lake named after a country is not the country: "Lake Chad" gives no place', () => {
  assert.deepEqual(names('Insurgents attacked an island in Lake Chad.'), []);
});
