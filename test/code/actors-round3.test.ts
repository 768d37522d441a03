// Actors and inter codes, round 3 (hand-written sentences): allies named after "supported by" are not
// the agent; the side whose attack was repelled started the battle; "forces from X" are X's forces;
// members "operating under" a named umbrella act as it; Yemen's Security Belt is a state unit; a
// country's military column or convoy is its military.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findActors } from '../../src/actors/index.js';
import { code, top } from './helpers.js';

test('an ally after "supported by" is neither the agent nor the other side', async () => {
  const e = top(await code('On 12 June 2020, Taliban fighters, supported by foreign fighters, attacked Afghan soldiers near Ghazni city, Ghazni.', '2020-06-13'));
  assert.equal(e.actor1, 'Taliban');
  assert.match(e.actor2, /^Military Forces of Afghanistan/);
});

test('the side whose attack was repulsed is actor1', async () => {
  const e = top(await code('On 9 June 2020, eight Taliban militants died when Afghan police repelled their attack on a checkpoint in Ghazni city, Ghazni.', '2020-06-10'));
  assert.equal(e.event_type, 'Battles');
  assert.equal(e.actor1, 'Taliban');
  assert.equal(e.inter1, 2);
  assert.equal(e.inter2, 1);
});

test('"forces from" a named group are the group', async () => {
  const e = top(await code('On 2 June 2020, forces from the Southern Resistance attacked pro-Houthi forces in Qaatabah, Ad Dali.', '2020-06-03'));
  assert.equal(e.actor1, 'Southern Resistance');
  assert.equal(e.inter2, 1);
});

test('actors "operating under" a named operation act as that operation', async () => {
  const e = top(await code('On 3 June 2020, Turkish troops and allied rebel factions, operating under Operation Peace Spring, shelled the village of Ain Issa in Ar-Raqqa.', '2020-06-04'));
  assert.equal(e.actor1, 'Operation Peace Spring');
  assert.equal(e.inter1, 2);
});

test('Yemen: the Security Belt Forces are a unit of the state military; JWS is the Syrian National Army', () => {
  const [m] = findActors('Security Belt Forces deployed in Aden.', 0, { countryCode: 'YE', date: '2020-05-01' });
  assert.equal(m.inter, 1);
  assert.match(m.actor, /^Military Forces of Yemen \(.*\) Security Belt Forces$/);
  const [j] = findActors('JWS fighters shelled the village.', 0, { countryCode: 'SY', date: '2020-05-01' });
  assert.equal(j.actor, 'JWS: Syrian National Army');
  assert.equal(j.inter, 2);
});

test('a military column or convoy with a nationality is that country\'s military, foreign abroad', () => {
  const [m] = findActors('A Turkish convoy entered the town.', 0, { countryCode: 'SY', date: '2020-05-01' });
  assert.match(m.actor, /^Military Forces of Turkey/);
  assert.equal(m.inter, 8);
});

test('the attackers, not the forces that repulsed them, are actor1', async () => {
  const e = top(await code('On 6 May 2020, bandits attacked herders in Kapedo, Baringo, and were repulsed by police.', '2020-05-07'));
  assert.equal(e.event_type, 'Battles');
  assert.equal(e.inter1, 3);
  assert.equal(e.inter2, 1);
});

test('a country name ending a sentence does not join the actor that starts the next one', () => {
  const ms = findActors('A bus hit a mine in northern Kenya. Al Shabaab claimed responsibility.', 0, { countryCode: 'KE', date: '2020-05-01' });
  assert.ok(ms.some((m) => m.text === 'Al Shabaab' && m.actor === 'Al Shabaab'), JSON.stringify(ms));
});

test('bare "soldiers" after a foreign force are that force', async () => {
  const e = top(await code('On 2 May 2020, Israeli troops raided the town of Qalqiliya. Soldiers fired tear gas at residents there.', '2020-05-03'));
  assert.match(e.actor1, /^Military Forces of Israel/);
});

test('forces that responded to an attack named in the sentence before: the attackers are actor1', async () => {
  const e = top(await code('On 1 May 2020, Al Shabaab militants threw a hand grenade at a checkpoint in Afgoye, Lower Shabelle. Police responded with gunfire.', '2020-05-02'));
  assert.equal(e.actor1, 'Al Shabaab');
  assert.equal(e.inter2, 1);
});

test('air strikes after the force that carried them out are its weapon, not another side', async () => {
  const e = top(await code('On 5 May 2020, Turkish forces conducted airstrikes against PKK positions near Amadiya, Dahuk, Iraq.', '2020-05-06'));
  assert.match(e.actor1, /^Military Forces of Turkey/);
  assert.doesNotMatch(e.actor2, /^Military Forces of Iraq/);
});

test('forces named only as the target of a bomb are actor2, the bomber unidentified', async () => {
  const e = top(await code('On 6 May 2020, a roadside bomb targeted a police vehicle in Hodan district, Mogadishu.', '2020-05-07'));
  assert.equal(e.inter1, 3);
  assert.equal(e.inter2, 1);
});

test('"X and Y under Z": a bare "under" names the umbrella too; "forces from six brigades of X" are X', async () => {
  const e = top(await code('On 8 May 2020, Turkish soldiers and allied rebels under Operation Peace Spring shelled Ain Issa in Ar-Raqqa.', '2020-05-09'));
  assert.equal(e.actor1, 'Operation Peace Spring');
  const y = top(await code('On 2 June 2020, forces from six brigades of the Southern Resistance attacked pro-Houthi forces in Qaatabah, Ad Dali.', '2020-06-03'));
  assert.equal(y.actor1, 'Southern Resistance');
});

test('an attack "blamed on" a group keeps the group as actor1', async () => {
  const e = top(await code('On 6 May 2020, a grenade attack on a church in Garissa town was blamed on Al Shabaab.', '2020-05-07'));
  assert.equal(e.actor1, 'Al Shabaab');
});

test('attackers "linked to" a named group are that group; men a force killed stay its victims', async () => {
  const e = top(await code('On 6 May 2020, attackers suspected to be linked to Al Shabaab threw a grenade into a church compound in Garissa, injuring civilians.', '2020-05-07'));
  assert.equal(e.actor1, 'Al Shabaab');
  const p = top(await code('On 6 May 2020, police killed two men linked to Al Shabaab in Garissa.', '2020-05-07'));
  assert.match(p.actor1, /^Police Forces of Kenya/);
});

test('unattributed warplanes or drones are Unidentified Military Forces (inter 8)', () => {
  const [m] = findActors('Unidentified drones struck a base near the border.', 0, { countryCode: 'LY', date: '2020-05-01' });
  assert.equal(m.actor, 'Unidentified Military Forces');
  assert.equal(m.inter, 8);
});
