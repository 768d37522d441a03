// Actors, round 4. Hand-written sentences (never eval rows).
// 1. A ceasefire monitors' report of fire on the Donbas line whose place tells no holder (unknown, a
//    homonym elsewhere) is fire between the two sides: the first side (the Ukrainian military) as
//    actor1 by convention (data/geo/areas-of-control.json observerWords), the separatists as actor2 of
//    a battle, and no actor2 for shelling with no target named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, top } from './helpers.js';

const UA = 'Military Forces of Ukraine (2019-)';
const NAF = 'NAF: United Armed Forces of Novorossiya';

test('monitors\' report of shots near an unknown village on the Donbas line: both sides, the military first', async () => {
  const e = top(await code('On 14 June 2020, the OSCE SMM recorded 20 shots involving small arms near Zzyxovka.', '2020-06-15'));
  assert.equal(e.country, 'Ukraine');
  assert.equal(e.actor1, UA);
  assert.equal(e.inter1, 1);
  assert.equal(e.event_type, 'Battles');
  assert.equal(e.actor2, NAF);
});

test('monitors\' report of explosions near an unknown village: the military as actor1, no target named stays blank', async () => {
  const e = top(await code('On 14 June 2020, the OSCE Special Monitoring Mission recorded 9 explosions of undetermined origin near Zzyxovka.', '2020-06-15'));
  assert.equal(e.actor1, UA);
  assert.equal(e.event_type, 'Explosions/Remote violence');
  assert.equal(e.actor2, '');
});

test('the same report without the monitors, or outside the period, changes nothing', async () => {
  assert.match(top(await code('On 14 June 2020, residents heard 9 explosions near Kharkiv.', '2020-06-15')).actor1, /^Unidentified Armed Group|^$/);
  const late = (await code('On 14 June 2023, the OSCE SMM recorded 9 explosions near Zzyxovka.', '2023-06-15')).events[0];
  if (late) assert.notEqual(late.actor1, UA);
});

test('a side named in the report itself still wins over the monitors\' convention', async () => {
  const e = top(await code('On 14 June 2020, the SMM saw DPR fighters fire mortars near Zzyxovka.', '2020-06-15'));
  assert.equal(e.actor1, NAF);
});

// 2. State forces that are only the passive subject of the attack ("an officer was shot dead") are its
//    target; the attacker, unnamed, is an unidentified armed group (src/code/participants.ts attacker()).
test('a police officer shot dead at home: the attacker is unidentified, not the police', async () => {
  const e = top(await code('On 3 March 2021, a police constable was shot dead outside his house in Eldoret, Kenya.', '2021-03-04'));
  assert.match(e.actor1, /^Unidentified Armed Group/);
  assert.notEqual(e.inter1, 1);
});

test('soldiers shot dead by no named group: the soldiers are actor2', async () => {
  const e = top(await code('On 3 March 2021, two soldiers were shot dead near Garissa, Kenya.', '2021-03-04'));
  assert.match(e.actor1, /^Unidentified Armed Group/);
  assert.match(e.actor2, /^Military Forces of Kenya/);
});

test('a named attacker still wins, and forces as the agent stay actor1', async () => {
  const e = top(await code('On 3 March 2021, two soldiers were killed by Al Shabaab militants near Garissa, Kenya.', '2021-03-04'));
  assert.equal(e.actor1, 'Al Shabaab');
  const f = top(await code('On 3 March 2021, police shot dead two robbery suspects in Eldoret, Kenya.', '2021-03-04'));
  assert.match(f.actor1, /^Police Forces of Kenya/);
});

test('a crowd named after "by" is left to the crowd rules (not an unidentified armed group)', async () => {
  const e = top(await code('On 3 March 2021, a police officer was beaten by a group of traders in Eldoret, Kenya.', '2021-03-04'));
  assert.doesNotMatch(e.actor1, /^Unidentified Armed Group/);
});
