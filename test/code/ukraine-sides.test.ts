// The sides of the Donbas war (2014-2022): the names of the Ukrainian forces and of the separatist
// forces map to the dictionary's actors, and fire reported with no side named takes its sides from who
// held the place (data/geo/areas-of-control.json). Hand-written sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, top } from './helpers.js';
import { holderAt } from '../../src/code/frontline.js';

const UA = 'Military Forces of Ukraine (2019-)';
const NAF = 'NAF: United Armed Forces of Novorossiya';

test('the people\'s militias of Donetsk and Luhansk are the separatist forces (NAF, inter 2)', async () => {
  const e = top(await code('On 12 June 2020, Ukrainian troops shelled the positions of the Luhansk People\'s Militia near Pervomaisk.', '2020-06-13'));
  assert.equal(e.actor1, UA);
  assert.equal(e.actor2, NAF);
  assert.equal(e.inter2, 2);
});

test('"armed formations" and "government positions" name the two sides in Ukraine', async () => {
  const e = top(await code('On 12 June 2020, the armed formations fired mortars at government positions near Avdiivka, Donetsk region.', '2020-06-13'));
  assert.equal(e.actor1, NAF);
  assert.equal(e.actor2, UA);
});

test('JFO is the Ukrainian military', async () => {
  const e = top(await code('On 12 June 2020, DPR fighters attacked JFO troops near Marinka, and the JFO returned fire.', '2020-06-13'));
  assert.ok([e.actor1, e.actor2].includes(UA));
  assert.ok([e.actor1, e.actor2].includes(NAF));
});

test('who held a point: government-held and separatist-held towns, and nowhere else', () => {
  assert.equal(holderAt('UA', 37.74, 48.14, '2020-06-12')?.holder, 0); // Avdiivka
  assert.equal(holderAt('UA', 38.05, 48.34, '2020-06-12')?.holder, 1); // Horlivka
  assert.equal(holderAt('UA', 37.54, 47.10, '2020-06-12')?.holder, 0); // Mariupol
  assert.equal(holderAt('UA', 38.40, 48.34, '2014-12-01')?.holder, 0); // Debaltseve before its fall
  assert.equal(holderAt('UA', 38.40, 48.34, '2016-12-01')?.holder, 1);
  assert.equal(holderAt('UA', 30.52, 50.45, '2020-06-12'), null); // Kyiv: no frontline
  assert.equal(holderAt('UA', 37.74, 48.14, '2023-06-12'), null); // after the period
});

test('explosions near a separatist-held town with no side named: fire by the government side against the holder', async () => {
  const e = top(await code('On 12 June 2020, monitors recorded 14 explosions near Horlivka.', '2020-06-13'));
  assert.equal(e.actor1, UA);
  assert.equal(e.actor2, NAF);
});

test('shelling of a government-held town with no side named: fire by the separatists; civilians stay the victims', async () => {
  const e = top(await code('On 12 June 2020, shelling hit Avdiivka, wounding a woman.', '2020-06-13'));
  assert.equal(e.actor1, NAF);
});

test('the same report outside the frontline or its period changes nothing', async () => {
  assert.match(top(await code('On 12 June 2020, monitors recorded 14 explosions near Kharkiv.', '2020-06-13')).actor1, /^Unidentified Armed Group/);
  assert.match(top(await code('On 12 June 2023, monitors recorded 14 explosions near Horlivka.', '2023-06-13')).actor1, /^Unidentified Armed Group|^$/);
});

test('a report of fire after a sentence naming one side: that side fires, the other is the target', async () => {
  const doc = await code('On 12 June 2020, the Ukrainian army shelled separatist positions near Horlivka. Monitors recorded 20 explosions near Horlivka. Two soldiers were wounded.', '2020-06-13');
  for (const e of doc.events) assert.ok([UA, NAF].includes(e.actor1), e.actor1);
});

test('fire "across the frontline" at a place that tells no holder still names both sides', async () => {
  const e = top(await code('On 12 June 2020, monitors recorded 30 shots in both directions of the frontline near Kharkiv.', '2020-06-13'));
  assert.deepEqual([e.actor1, e.actor2], [UA, NAF]);
});

test('the OSCE Special Monitoring Mission places a report in Ukraine when no known place is named', async () => {
  const e = top(await code('On 12 June 2020, the SMM recorded 30 shots in both directions of the frontline near a village.', '2020-06-13'));
  assert.equal(e.country, 'Ukraine');
  assert.deepEqual([e.actor1, e.actor2], [UA, NAF]);
});
