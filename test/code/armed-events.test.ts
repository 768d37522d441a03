// Battles, violence against civilians, explosions and strategic developments (ACLED codebook): who is
// hit decides between a battle and an attack, one armed side named twice is not two sides, and an
// attack that was repelled is fighting. Hand-written sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, top } from './helpers.js';

test('members of an armed force shot dead are a battle, even one-sided', async () => {
  const e = top(await code('On 4 March 2024, two policemen were shot dead at a market near Kelvo.'));
  assert.equal(e.event_type, 'Battles');
  assert.equal(e.inter1, 1);
});

test('an off-duty or retired officer killed is a civilian victim', async () => {
  const e = top(await code('On 4 March 2024, a retired police officer was shot dead by gunmen at his home in Kelvo.'));
  assert.equal(e.sub_event_type, 'Attack');
  assert.equal(e.inter2, 7);
});

test('one armed side named twice ("X or Y militants") killing civilians is an attack', async () => {
  const e = top(await code('On 4 March 2024, suspected Al Shabaab or ISIS militants shot dead two civilians in Kelvo.'));
  assert.equal(e.sub_event_type, 'Attack');
  assert.equal(e.inter2, 7);
});

test('two armed sides that clashed stay a battle when civilians died', async () => {
  const e = top(await code('On 4 March 2024, soldiers and Al Shabaab militants clashed in Kelvo; two civilians were killed.'));
  assert.equal(e.event_type, 'Battles');
});

test('a thwarted attack is fighting, not an attack on civilians', async () => {
  const e = top(await code('On 4 March 2024, government forces thwarted an Al Shabaab attack in Kelvo, damaging two vehicles.'));
  assert.equal(e.sub_event_type, 'Armed clash');
});

test('soldiers wounded by a roadside bomb: the wounding is part of the explosion', async () => {
  const doc = await code('On 4 March 2024, a roadside bomb hit an army truck near Kelvo. Three soldiers were wounded.');
  assert.equal(top(doc).sub_event_type, 'Remote explosive/landmine/IED');
  assert.equal(doc.events.length, 1);
});

test('forces killed by a roadside bomb, no exchange of fire: the explosion', async () => {
  const e = top(await code('On 4 March 2024, four soldiers were killed when a roadside bomb exploded under their truck near Kelvo.'));
  assert.equal(e.sub_event_type, 'Remote explosive/landmine/IED');
});

test('a grenade thrown at police who fired back is an armed clash', async () => {
  const e = top(await code('On 4 March 2024, militants threw a grenade at a police checkpoint in Kelvo and the officers responded with gunfire.'));
  assert.equal(e.sub_event_type, 'Armed clash');
});

test('forces that exchanged artillery fight a battle', async () => {
  const e = top(await code('On 4 March 2024, government forces exchanged artillery with rebel fighters near Kelvo, incurring fatalities.'));
  assert.equal(e.sub_event_type, 'Armed clash');
});
