// The general rules of the third pass, each on hand-written sentences (fictional places): ACLED's
// definitions of attacks, battles, riots and protests from who the sides are; continuation sentences;
// protest interventions told after the protest; trigger families for protests and strategic
// developments; the sides named in the sentence before a mention.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, top } from './helpers.js';

test('members of an identity group who are attacked are civilians: an attack, not a clash', async () => {
  const e = top(await code('On 4 March 2024, armed raiders killed three herdsmen near Kelvo.'));
  assert.equal(e.sub_event_type, 'Attack');
  assert.equal(e.inter2, 7);
});

test('"clashes between X and Y" keeps both sides', async () => {
  const e = top(await code('On 4 March 2024, clashes between herders and farmers near Kelvo left two dead.'));
  assert.equal(e.event_type, 'Battles');
});

test('a generic armed noun followed by the actor naming it is one side', async () => {
  const e = top(await code('On 4 March 2024, a gang of about 50 Mungiki members attacked traders in Kelvo.'));
  assert.equal(e.sub_event_type, 'Attack');
  assert.equal(e.actor1, 'Mungiki Militia');
});

test('killing police officers is a battle (armed victims), not violence against civilians', async () => {
  const e = top(await code('On 4 March 2024, two police officers were shot dead by gunmen in Kelvo.'));
  assert.equal(e.sub_event_type, 'Armed clash');
});

test('"vigilante" is not a vigil: a vigilante mob lynching is mob violence', async () => {
  const e = top(await code('On 4 March 2024, a vigilante mob lynched a suspected thief in Kelvo.'));
  assert.equal(e.sub_event_type, 'Mob violence');
  assert.equal(e.inter2, 7);
});

test('residents beating a suspect are a mob (civilian crowd as the perpetrator)', async () => {
  const e = top(await code('On 4 March 2024, residents of Kelvo beat to death a suspected robber.'));
  assert.equal(e.sub_event_type, 'Mob violence');
  assert.equal(e.inter1, 5);
});

test('a crowd destroying property with no demonstration is mob violence; with one, a violent demonstration', async () => {
  assert.equal(top(await code('On 4 March 2024, youths destroyed property in Kelvo market after a football match.')).sub_event_type, 'Mob violence');
  assert.equal(top(await code('On 4 March 2024, students protesting fees destroyed property in Kelvo.')).sub_event_type, 'Violent demonstration');
});

test('an outcome-only sentence continues the previous event instead of becoming one', async () => {
  const doc = await code('On 4 March 2024, rival supporters attacked voters at a polling station in Kelvo. Five people were injured.');
  assert.equal(top(doc).event_type, 'Riots');
  assert.ok(doc.mentions.some((m) => m.rejected === 'continuation'));
});

test('rioters named in a protest make it a violent demonstration', async () => {
  const e = top(await code('On 4 March 2024, rioters blocked roads in Kelvo to protest land grabbing.'));
  assert.equal(e.sub_event_type, 'Violent demonstration');
});

test('a protest whose dispersal is told in the next sentence is a protest with intervention', async () => {
  const e = top(await code('On 4 March 2024, about 100 traders protested in Kelvo against new taxes. Police dispersed the crowd.'));
  assert.equal(e.sub_event_type, 'Protest with intervention');
});

test('an unrelated arrest told after a protest is no intervention', async () => {
  const e = top(await code('On 4 March 2024, journalists protested in Kelvo against the arrest of an editor. He was arrested in a corruption case.'));
  assert.equal(e.sub_event_type, 'Peaceful protest');
});

test('force against demonstrators who are violent is a violent demonstration', async () => {
  const e = top(await code('On 4 March 2024, a protest by farmers in Kelvo turned violent and one protester was killed.'));
  assert.equal(e.sub_event_type, 'Violent demonstration');
});

test('the sides named in the sentence before a mention', async () => {
  const e = top(await code('On 4 March 2024, police raided a hideout in Kelvo. An intense shoot-out broke out.'));
  assert.equal(e.sub_event_type, 'Armed clash');
  assert.equal(e.inter1, 1);
});

test('a march held to commemorate a day is a demonstration', async () => {
  const e = top(await code('On 1 May 2024, workers marched in Kelvo to commemorate Labour Day and demanded higher wages.'));
  assert.equal(e.sub_event_type, 'Peaceful protest');
});

test('a gathering with a stated purpose is a protest', async () => {
  const e = top(await code('On 4 March 2024, more than 100 parents gathered in front of the district office in Kelvo, the capital of the province, to demand lower school fees.'));
  assert.equal(e.sub_event_type, 'Peaceful protest');
});

test('strategic developments: an armed group handing out food, a convoy entering, fortifications', async () => {
  for (const text of [
    'On 4 March 2024, members of a drug cartel delivered food packages to families in Kelvo.',
    'On 4 March 2024, a military convoy entered Kelvo via the border crossing.',
    'On 4 March 2024, rebel forces established fortifications east of Kelvo.',
  ]) assert.equal(top(await code(text))?.sub_event_type, 'Change to group/activity', text);
});

test('property destruction: cutting down trees', async () => {
  const e = top(await code('On 4 March 2024, settlers cut down 30 olive trees in Kelvo.'));
  assert.equal(e.sub_event_type, 'Looting/property destruction');
});

test('numbers that count the perpetrators are not deaths', async () => {
  assert.equal(top(await code('On 4 March 2024, a gang of 100 armed men killed 5 people in Kelvo.')).fatalities, 5);
  assert.equal(top(await code('On 4 March 2024, 100 raiders attacked a village near Kelvo, killing 2 herders.')).fatalities, 2);
  assert.equal(top(await code('On 4 March 2024, 11 raiders were killed by police near Kelvo.')).fatalities, 11);
});

test('fire in both directions is an armed clash even with heavy weapons', async () => {
  const e = top(await code('On 4 March 2024, monitors recorded 20 explosions involving mortars in both directions of the front line near Kelvo.'));
  assert.equal(e.sub_event_type, 'Armed clash');
});

test('former or off-duty personnel are civilians; an armed actor named after "for"/"to" is not a side', async () => {
  const a = top(await code('On 4 March 2024, gunmen shot dead a former army officer in Kelvo.'));
  assert.equal(a.sub_event_type, 'Attack');
  assert.equal(a.inter2, 7);
  const b = top(await code('On 4 March 2024, militants killed three civilians accused of spying for government forces in Kelvo.'));
  assert.equal(b.sub_event_type, 'Attack');
});

test('killing in a raid where livestock was stolen is an attack', async () => {
  const e = top(await code('On 4 March 2024, raiders killed two villagers near Kelvo and stole 300 goats.'));
  assert.equal(e.sub_event_type, 'Attack');
});
