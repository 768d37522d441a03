import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../src/context.js';
import { createDocument } from '../../src/document.js';
import { chooseEventPlace } from '../../src/geo/event-place.js';
import { toponymsStage } from '../../src/geo/toponyms-stage.js';

async function docOf(text: string) {
  const doc = createDocument('t', text, { origin: 'test' });
  doc.text = text;
  await toponymsStage.run(doc, createContext({ gazetteerPath: null }));
  return doc;
}

test('a small name whose only homonyms lie abroad of the area after the comma stays unresolved', async () => {
  const text = 'Traders marched through Savar, Dhaka, on Tuesday to demand lower market rents.';
  const doc = await docOf(text);
  const savar = doc.toponyms.find((t) => t.text === 'Savar');
  assert.ok(!savar || savar.country_code == null || savar.country_code === 'BD', `Savar resolved to ${savar?.country_code}`);
  const place = chooseEventPlace(doc, { start: 0, end: text.length });
  assert.equal(place?.country, 'Bangladesh');
});

test('a known town of the area\'s country keeps its place, and a name that is its own context stays', async () => {
  const doc = await docOf('Protesters gathered in Harem, Idlib, and in Paris, Texas.');
  assert.equal(doc.toponyms.find((t) => t.text === 'Harem')?.country_code, 'SY');
  assert.equal(doc.toponyms.find((t) => t.text === 'Paris')?.country_code, 'US');
});

test('a country named only as a side of a border gives the country, flagged as no point of the event', async () => {
  for (const text of [
    'Herders were attacked overnight near the Kenya-Somalia border, officials said.',
    'Troops were sent along the border with Somalia after the raid.',
    'Artillery fire was reported along the Yemeni-Saudi border on Sunday.',
  ]) {
    const doc = await docOf(text);
    const place = chooseEventPlace(doc, { start: 0, end: text.length });
    assert.ok(place, text);
    assert.equal(place.border, true, text);
  }
  const doc = await docOf('Police dispersed a crowd in Kenya on Monday.');
  assert.ok(!chooseEventPlace(doc, { start: 0, end: doc.text.length })?.border);
});

test('a middle initial stays inside a place name ("Gustavo A. Madero"), and an initial before a surname is a person', async () => {
  const doc = await docOf('Gunmen fired on a bus in Gustavo A. Madero, Mexico City, late on Friday.');
  const gam = doc.toponyms.find((t) => t.text === 'Gustavo A. Madero');
  assert.ok(gam, 'the borough is recognised whole');
  assert.equal(gam.country_code, 'MX');
  assert.ok(!doc.toponyms.some((t) => t.text === 'Madero'));
  const person = await docOf('The report was signed by J. Henry on Monday.');
  assert.ok(!person.toponyms.some((t) => t.text === 'Henry'));
});
