// The rules of the fourth pass, each on hand-written sentences (fictional places): multi-word
// alternatives in the lexicons written as separate patterns (the matcher splits on spaces), and the
// type and inter1 rules that follow.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, top } from './helpers.js';

test('"angry ... residents" is a mob (the pattern once required "residents of the public")', async () => {
  const e = top(await code('On 4 March 2024, angry residents cornered a suspected thief in Kelvo market.'));
  assert.equal(e.sub_event_type, 'Mob violence');
});

test('a grenade-launcher is shelling, not a hand grenade', async () => {
  const e = top(await code('On 4 March 2024, militants fired a grenade-launcher at a village near Kelvo.'));
  assert.equal(e.sub_event_type, 'Shelling/artillery/missile attack');
});

test('chlorine alone names a chemical weapon', async () => {
  const e = top(await code('On 4 March 2024, chlorine was used against residents of Kelvo, medics said.'));
  assert.equal(e.sub_event_type, 'Chemical weapon');
});

test('tribesmen are a communal militia (inter 4)', async () => {
  const e = top(await code('On 4 March 2024, tribesmen attacked a village near Kelvo, killing two.'));
  assert.equal(e.inter1, 4);
});

test('the unnamed armed side of ethnic or clan violence is an identity militia (inter 4)', async () => {
  const ethnic = top(await code('On 4 March 2024, gunmen killed three people in renewed ethnic violence near Kelvo.'));
  assert.equal(ethnic.inter1, 4);
  assert.match(ethnic.actor1, /^Unidentified Ethnic Militia/);
  const clan = top(await code('On 4 March 2024, two people were killed in clashes between rival clans near Kelvo.'));
  assert.equal(clan.inter1, 4);
  assert.match(clan.actor1, /^Unidentified Clan Militia/);
  const plain = top(await code('On 4 March 2024, gunmen killed three people near Kelvo.'));
  assert.equal(plain.inter1, 3);
});

test('cattle raiders are a livelihood (communal) militia, inter 4', async () => {
  const e = top(await code('On 4 March 2024, raiders attacked a village near Kelvo and drove away 300 goats, killing a herder.'));
  assert.equal(e.inter1, 4);
});

test('a shoot-out stays an armed clash even when the one hit is a suspect (fire from both sides)', async () => {
  const e = top(await code('On 4 March 2024, police carried out an operation in Kelvo. A shoot-out broke out and a suspect was shot and injured.'));
  assert.equal(e.sub_event_type, 'Armed clash');
});

test('officers who returned fire fought a battle', async () => {
  const e = top(await code('On 4 March 2024, in Kelvo, a police officer was shot at by a wanted man. The officer returned fire, killing him.'));
  assert.equal(e.event_type, 'Battles');
});

test('an unarmed group attacking state forces is mob violence with the forces as actor2', async () => {
  const stones = top(await code('On 4 March 2024, a group of taxi riders threw stones at two soldiers, injuring them in Kelvo.'));
  assert.equal(stones.sub_event_type, 'Mob violence');
  assert.equal(stones.inter1, 5);
  assert.equal(stones.inter2, 1);
  const attacked = top(await code('On 4 March 2024, at least five citizens attacked police officers in Kelvo during the lockdown.'));
  assert.equal(attacked.sub_event_type, 'Mob violence');
  // The police as the agent stay the perpetrator.
  const police = top(await code('On 4 March 2024, police officers attacked a group of traders in Kelvo.'));
  assert.equal(police.sub_event_type, 'Attack');
  assert.equal(police.inter1, 1);
});

test('a crowd pelting police in a story with no demonstration is mob violence; with one, a violent demonstration', async () => {
  const mob = top(await code('On 4 March 2024, a mob pelted stones at police officers in Kelvo when they tried to stop two men on a motorbike.'));
  assert.equal(mob.sub_event_type, 'Mob violence');
  const demo = top(await code('On 4 March 2024, traders protesting new market fees pelted stones at police officers in Kelvo.'));
  assert.equal(demo.sub_event_type, 'Violent demonstration');
});

test('violence named as the object of a demand is the grievance, not an act of the protest', async () => {
  const e = top(await code('On 4 March 2024, residents of Kelvo protested outside the town hall, demanding the return of looted funds.'));
  assert.equal(e.sub_event_type, 'Peaceful protest');
  const burnt = top(await code('On 4 March 2024, teachers staged a protest in Kelvo demanding the arrest of people who set fire to the school.'));
  assert.equal(burnt.sub_event_type, 'Peaceful protest');
});

test('strikers who barricaded themselves inside an office did not riot; barricading a road is violent', async () => {
  const inside = top(await code('On 4 March 2024, teachers went on strike and barricaded themselves into an office of the ministry in Kelvo to protest unpaid salaries.'));
  assert.equal(inside.event_type, 'Protests');
  const road = top(await code('On 4 March 2024, protesters barricaded the main road into Kelvo with burning tyres.'));
  assert.equal(road.sub_event_type, 'Violent demonstration');
});

test('heavy machine guns fired at positions are heavy-weapons fire (shelling); with small arms, a clash', async () => {
  const heavy = top(await code('On 4 March 2024, rebel forces fired 82mm mortars and heavy machine guns at army positions near Kelvo.'));
  assert.equal(heavy.sub_event_type, 'Shelling/artillery/missile attack');
  const small = top(await code('On 4 March 2024, rebel forces fired heavy machine guns and small arms at army positions near Kelvo.'));
  assert.equal(small.sub_event_type, 'Armed clash');
});

test('a thwarted attack or incursion was fought (armed clash); a foiled bomb plot is disrupted weapons use', async () => {
  const attack = top(await code('On 4 March 2024, government forces thwarted a rebel incursion near Kelvo, killing several of the attackers.'));
  assert.equal(attack.sub_event_type, 'Armed clash');
  const bomb = top(await code('On 4 March 2024, police in Kelvo foiled a bomb plot and defused two explosive devices.'));
  assert.equal(bomb.sub_event_type, 'Disrupted weapons use');
});

test('"kidnappers" and "abductors" name perpetrators, not an abduction: lynching suspected kidnappers is mob violence', async () => {
  const e = top(await code('On 4 March 2024, two suspected kidnappers were lynched at night in Kelvo.'));
  assert.equal(e.sub_event_type, 'Mob violence');
});

test('people attacked in a raid where homes were also burnt: the attack absorbs the property destruction', async () => {
  const e = top(await code('On 4 March 2024, armed raiders attacked villagers and burnt homes in Kelvo.'));
  assert.equal(e.sub_event_type, 'Attack');
  const property = top(await code('On 4 March 2024, unknown people burnt homes in Kelvo.'));
  assert.equal(property.sub_event_type, 'Looting/property destruction');
});

test('a named armed group is an organised actor for strategic developments (aid handed out by a cartel named by its name)', async () => {
  const e = top(await code('On 4 March 2024, members of Al Shabaab delivered food packages to families in Kelvo.'));
  assert.equal(e.sub_event_type, 'Change to group/activity');
});

test('protesters who destroy property are a violent demonstration even when police intervene', async () => {
  const e = top(await code('On 4 March 2024, students destroyed property at a farm in Kelvo, protesting the withdrawal of food. Police fired tear gas.'));
  assert.equal(e.sub_event_type, 'Violent demonstration');
});

test('clashes between rival ethnic groups are an armed clash of identity militias; between rival supporters, mob violence', async () => {
  const ethnic = top(await code('On 4 March 2024, four people were killed in clashes between rival ethnic groups in Kelvo.'));
  assert.equal(ethnic.sub_event_type, 'Armed clash');
  assert.equal(ethnic.inter1, 4);
  const supporters = top(await code('On 4 March 2024, six people were injured in clashes between rival party supporters in Kelvo.'));
  assert.equal(supporters.sub_event_type, 'Mob violence');
});
