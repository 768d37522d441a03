// Event types, round 6 (hand-written sentences): crowds fighting each other are mob violence; people
// attacked after being mistaken for thieves are victims of mob justice; armed men ambushing herders or
// firing on passengers, with no fighting back told, attack civilians.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, top } from './helpers.js';

test('rival supporters clashing at a rally is mob violence', async () => {
  const doc = await code('On 5 March 2024, Red Party and Blue Party supporters clashed and hurled stones at each other during a rally in Kelvo.');
  assert.equal(top(doc).sub_event_type, 'Mob violence');
});

test('students of two rival schools rioting against each other is mob violence', async () => {
  const doc = await code('On 5 March 2024, students of two rival schools rioted against each other in Kelvo.');
  assert.equal(top(doc).sub_event_type, 'Mob violence');
});

test('protesters clashing with police stay a violent demonstration', async () => {
  const doc = await code('On 5 March 2024, protesters clashed with police in Kelvo.');
  assert.equal(top(doc).sub_event_type, 'Violent demonstration');
});

test('officers beaten after being mistaken for robbers are victims of mob violence', async () => {
  const doc = await code('On 5 March 2024, two traffic officers were beaten and burnt in Kelvo after they were mistaken to be robbers.');
  assert.equal(top(doc).sub_event_type, 'Mob violence');
});

test('a police officer shooting a boy mistaken for a thief attacks him', async () => {
  const doc = await code('On 5 March 2024, a police officer shot a boy who was mistaken for a thief in Kelvo.');
  assert.equal(top(doc).sub_event_type, 'Attack');
});

test('raiders ambushing herders attack civilians', async () => {
  const doc = await code('On 5 March 2024, raiders ambushed herders near Kelvo, killing four.');
  assert.equal(top(doc).event_type, 'Violence against civilians');
});

test('bandits ambushing a police patrol fight a battle', async () => {
  const doc = await code('On 5 March 2024, bandits ambushed a police patrol near Kelvo.');
  assert.equal(top(doc).event_type, 'Battles');
});

test('raiders attacking villagers and repelled by police fight a battle', async () => {
  const doc = await code('On 5 March 2024, armed raiders attacked villagers in Kelvo but were repelled by police reservists after a gunfight.');
  assert.equal(top(doc).event_type, 'Battles');
});

test('pupils who attack teachers in protest hold a violent demonstration', async () => {
  const doc = await code('On 5 March 2024, pupils in Kelvo attacked and injured two teachers in protest against being punished.');
  assert.equal(top(doc).sub_event_type, 'Violent demonstration');
});

test('a protest against an attack on a police post stays peaceful', async () => {
  const doc = await code('On 5 March 2024, students protested in Kelvo over an attack on a police post last week.');
  assert.equal(top(doc).event_type, 'Protests');
});

test('a councillor who attacks a demonstration does not make it violent', async () => {
  const doc = await code('On 5 March 2024, a councillor attacked the protest of residents in Kelvo who were demonstrating over relief food.');
  assert.notEqual(top(doc).sub_event_type, 'Violent demonstration');
});

test('a youth group hurling stones at police riots', async () => {
  const doc = await code('On 5 March 2024, police used tear gas to disperse a youth group who blocked roads and hurled stones at the police in Kelvo.');
  assert.equal(top(doc).event_type, 'Riots');
});
