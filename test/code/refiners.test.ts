// The general rules of the second pass, each on hand-written sentences: who the sides are changes the
// type (civilian victims only → Attack; an unarmed crowd as perpetrator → Mob violence), remote weapons
// against positions without direct fire are shelling, a protest that later turns violent is a riot,
// protesters blocking a road is no intervention, numbers of animals or displaced people are not deaths,
// and events of the same place and day between different actors stay apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, top } from './helpers.js';
import { sameEvent } from '../../src/merge/index.js';
import type { CodedEvent } from '../../src/document.js';

test('"clashes" whose only victims are civilians are an attack', async () => {
  const e = top(await code('On 4 March 2024, raiders killed four civilians in revenge attacks near Kelvo after days of clashes.'));
  assert.equal(e.sub_event_type, 'Attack');
  assert.equal(e.inter2, 7);
});

test('a clash between two armed sides stays a battle even when civilians died', async () => {
  const e = top(await code('On 4 March 2024, soldiers clashed with rebel fighters near Kelvo; two civilians were killed in the crossfire.'));
  assert.equal(e.event_type, 'Battles');
});

test('violence by an unarmed crowd is mob violence, its actor Rioters', async () => {
  const e = top(await code('On 4 March 2024, a mob attacked and injured two journalists in Kelvo market.'));
  assert.equal(e.sub_event_type, 'Mob violence');
  assert.equal(e.inter1, 5);
  assert.match(e.actor1, /^Rioters/);
});

test('rival supporters clashing is mob violence', async () => {
  const e = top(await code('On 4 March 2024, rival party supporters clashed at a polling station in Kelvo.'));
  assert.equal(e.event_type, 'Riots');
});

test('a protest whose violence is told in the next sentence is a violent demonstration', async () => {
  const doc = await code('On 4 March 2024, students protested in Kelvo over a lack of food. They pelted vehicles and offices with stones.');
  assert.equal(top(doc).sub_event_type, 'Violent demonstration');
});

test('a protest that turned violent is a violent demonstration', async () => {
  assert.equal(top(await code('On 4 March 2024, a protest against new taxes in Kelvo turned violent.')).sub_event_type, 'Violent demonstration');
});

test('protesters blocking a road is a peaceful protest, not an intervention', async () => {
  const e = top(await code('On 4 March 2024, protesters demonstrating against fuel prices blocked the main road in Kelvo in both directions.'));
  assert.equal(e.sub_event_type, 'Peaceful protest');
});

test('a protest against an arrest is not an intervention', async () => {
  const e = top(await code('On 4 March 2024, residents demonstrated in Kelvo against the arrest of a local trader.'));
  assert.equal(e.sub_event_type, 'Peaceful protest');
});

test('heavy weapons fired at positions without direct fire are shelling', async () => {
  const e = top(await code('On 4 March 2024, government forces fired grenade launchers at rebel positions near Kelvo.'));
  assert.equal(e.sub_event_type, 'Shelling/artillery/missile attack');
});

test('artillery during an exchange of small arms fire is a battle', async () => {
  const e = top(await code('On 4 March 2024, soldiers and rebels exchanged small arms fire near Kelvo while artillery shelled the hills.'));
  assert.equal(e.sub_event_type, 'Armed clash');
});

test('several unexplained explosions are shelling; one blast is an explosive device', async () => {
  assert.equal(top(await code('On 4 March 2024, monitors recorded 5 explosions near Kelvo.')).sub_event_type, 'Shelling/artillery/missile attack');
  assert.equal(top(await code('On 4 March 2024, a blast hit a bus station in Kelvo, wounding 3 people.')).sub_event_type, 'Remote explosive/landmine/IED');
});

test('police shooting a suspect dead is coded, with one fatality', async () => {
  const e = top(await code('On 4 March 2024, police shoot dead a robbery suspect in Kelvo.'));
  assert.ok(e, 'an event');
  assert.equal(e.fatalities, 1);
});

test('a named singular victim counts one fatality', async () => {
  assert.equal(top(await code('On 4 March 2024, a police detective shot dead in Kelvo.')).fatalities, 1);
});

test('animals stolen and people displaced are not deaths', async () => {
  const e = top(await code('On 4 March 2024, raiders killed 3 herders in Kelvo and stole 88 goats; 1,400 people displaced by the violence.'));
  assert.equal(e.fatalities, 3);
});

function ev(actor1: string, actor2: string, sub = 'Attack'): CodedEvent {
  return { location: 'Kelvo', country: 'Kenya', event_date: '2024-03-04', actor1, actor2, sub_event_type: sub } as CodedEvent;
}

test('merge: same place and day but different actors are two events; shared side, one event', () => {
  assert.equal(sameEvent(ev('Unidentified Armed Group (Kenya)', 'Civilians (Kenya)'), ev('Police Forces of Kenya (2013-2022)', 'Protesters (Kenya)')), false);
  assert.equal(sameEvent(ev('Protesters (Kenya)', ''), ev('Rioters (Kenya)', 'Police Forces of Kenya (2013-2022)')), true);
});
