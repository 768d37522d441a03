// Battles, violence against civilians, explosions and strategic developments (ACLED codebook): who is
// hit decides between a battle and an attack, one armed side named twice is not two sides, and an
// attack that was repelled is fighting. Hand-written sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, top } from './helpers.js';

test('members of an armed force shot dead are a battle, even one-sided', async () => {
  const e = top(await code('On 4 March 2024, two policemen were shot dead at a market near Kelvo.'));
  assert.equal(e.event_type, 'Battles');
  // The policemen are the target (actor2); the unnamed attacker is actor1 (actors round 4).
  assert.equal(e.inter1, 3);
  assert.equal(e.inter2, 1);
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

test('an arson attack that caused only material damage is property destruction', async () => {
  const e = top(await code('On 4 March 2024, an armed group carried out an arson attack on a telecom office in Kelvo. The attack caused material damage.'));
  assert.equal(e.sub_event_type, 'Looting/property destruction');
});

test('an arson attack that killed people is an attack', async () => {
  const e = top(await code('On 4 March 2024, gunmen carried out an arson attack on a farm in Kelvo, killing two people.'));
  assert.equal(e.sub_event_type, 'Attack');
});

test('a man beaten while being arrested suffered an attack, not only an arrest', async () => {
  const e = top(await code('On 4 March 2024, police arrested and beat a trader in Kelvo market.'));
  assert.equal(e.sub_event_type, 'Attack');
});

test('a bomb found before it went off is disrupted weapons use', async () => {
  const e = top(await code('On 4 March 2024, a bomb was found under a bus in Kelvo and police removed it.'));
  assert.equal(e.sub_event_type, 'Disrupted weapons use');
});

test('gunmen who intercepted a car and shot the driver attacked him (not an interception of weapons)', async () => {
  const e = top(await code('On 4 March 2024, gunmen intercepted a car in Kelvo and shot the driver dead.'));
  assert.equal(e.sub_event_type, 'Attack');
});

test('militants seen crossing into an area are a change to group activity', async () => {
  const e = top(await code('On 4 March 2024, about fifty Al Shabaab militants were spotted crossing into Kelvo district.'));
  assert.equal(e.sub_event_type, 'Change to group/activity');
});

test('houses burnt during fighting between two armed sides are part of the battle', async () => {
  const e = top(await code('On 4 March 2024, soldiers clashed with Al Shabaab militants in Kelvo and twelve houses were burned down.'));
  assert.equal(e.sub_event_type, 'Armed clash');
});

test('police seizing drugs is a strategic development', async () => {
  const e = top(await code('On 4 March 2024, police seized 200 kilograms of cocaine at a checkpoint near Kelvo.'));
  assert.equal(e.event_type, 'Strategic developments');
});

test('people killed when two clans clashed are the fatalities of a battle', async () => {
  const e = top(await code('On 4 March 2024, militiamen from two rival clans clashed over grazing land near Kelvo, leaving three people dead.'));
  assert.equal(e.event_type, 'Battles');
});

test('clashes in which a militia attacked civilians stay an attack on civilians', async () => {
  const e = top(await code('On 4 March 2024, a militia attacked civilians near Kelvo during ethnic clashes, killing four.'));
  assert.equal(e.sub_event_type, 'Attack');
});

test('an arrest told after a seizure is part of the seizure, not a second event', async () => {
  const doc = await code('On 4 March 2024, police seized two tons of cannabis hidden in a truck near Kelvo. A man was arrested.');
  assert.equal(top(doc).sub_event_type, 'Looting/property destruction');
  assert.equal(doc.events.length, 1);
});

test('outcome sentences after an arrest sentence still belong to the first event', async () => {
  const doc = await code('On 4 March 2024, teachers protested over pay in Kelvo. Police fired tear gas. Several were arrested. Some were injured.');
  assert.equal(top(doc).sub_event_type, 'Protest with intervention');
  assert.equal(doc.events.length, 1);
});

test('state forces taking control of a place regain territory; a rebel group recapturing one overtakes it', async () => {
  const gov = top(await code('On 4 March 2024, Afghan security forces took control of Kelvo district from the Taliban after heavy fighting.'));
  assert.equal(gov.sub_event_type, 'Government regains territory');
  const rebels = top(await code('On 4 March 2024, Boko Haram fighters recaptured Kelvo town after heavy fighting.'));
  assert.equal(rebels.sub_event_type, 'Non-state actor overtakes territory');
});

test('shelling while reconnaissance drones fly over is shelling, not a drone strike', async () => {
  const e = top(await code('On 4 March 2024, government forces shelled the village of Kelvo while reconnaissance drones were seen flying over the area.'));
  assert.equal(e.sub_event_type, 'Shelling/artillery/missile attack');
});

test('a drone that struck a car is a drone strike', async () => {
  const e = top(await code('On 4 March 2024, a drone struck a car near Kelvo, killing two fighters.'));
  assert.equal(e.sub_event_type, 'Air/drone strike');
});
