// Event types, round 3 (hand-written sentences): weapons recovered in a clash are part of the battle;
// a device named again after its defusal is the same device, not a new explosion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, top } from './helpers.js';

test('a clash in which weapons are recovered stays an armed clash', async () => {
  assert.equal(top(await code('On 5 March 2024, soldiers clashed with militants in Kelvo and recovered weapons.')).sub_event_type, 'Armed clash');
  assert.equal(top(await code('On 5 March 2024, troops fought rebels near Kelvo, killing four of them, and seized two rifles and ammunition.')).sub_event_type, 'Armed clash');
});

test('a bomb going off early while being planted is still disrupted weapons use', async () => {
  assert.equal(top(await code('On 5 March 2024, two militants were killed near Kelvo when the bomb they were planting exploded prematurely.')).sub_event_type, 'Disrupted weapons use');
});

test('a defused device named again later is the same device', async () => {
  const doc = await code('On 5 March 2024, police defused an explosive device in Kelvo. The explosive had been hidden near a school.');
  assert.deepEqual(doc.events.map((e) => e.sub_event_type), ['Disrupted weapons use']);
  const placed = await code('On 5 March 2024, bomb experts safely detonated an improvised explosive device found on a road in Kelvo. The explosive was placed there by unknown people.');
  assert.deepEqual(placed.events.map((e) => e.sub_event_type), ['Disrupted weapons use']);
});

test('an explosion told after a defusal is still an explosion', async () => {
  const doc = await code('On 5 March 2024, police defused a bomb in Kelvo. Later a second bomb exploded at the market, killing two people.');
  assert.ok(doc.events.some((e) => e.sub_event_type === 'Remote explosive/landmine/IED'));
});

test('a crowd stoning police, then the police beating someone there, is one riot', async () => {
  const doc = await code('On 5 March 2024, residents of Kelvo hurled stones at police officers to stop them from arresting a trader. A woman was injured when she was beaten by the officers.');
  assert.deepEqual(doc.events.map((e) => e.event_type), ['Riots']);
});

test('police shooting a civilian with no riot in the story stays an attack', async () => {
  assert.equal(top(await code('On 5 March 2024, police officers shot dead a trader in Kelvo market.')).sub_event_type, 'Attack');
});

test('a police officer beaten by a group of unarmed people is mob violence, not police violence', async () => {
  const doc = await code('On 5 March 2024, a policeman on duty was beaten up by three men in Kelvo.');
  assert.equal(top(doc).sub_event_type, 'Mob violence');
  assert.match(top(doc).actor1, /^Rioters/);
  assert.equal(top(await code('On 5 March 2024, a trader was beaten by police officers in Kelvo.')).sub_event_type, 'Attack');
});

test('fighters "were reportedly injured and killed" after a shelling tell its outcome, not a new event', async () => {
  const doc = await code('On 5 March 2024, government forces targeted rebel forces with heavy artillery fire in Kelvo. An unknown number of rebel fighters were reportedly injured and killed.');
  assert.deepEqual(doc.events.map((e) => e.sub_event_type), ['Shelling/artillery/missile attack']);
});

test('security forces seizing goods or property is looting/property destruction (ACLED: seizing goods or property outside other violence)', async () => {
  assert.equal(top(await code('On 5 March 2024, customs police seized more than two tons of cannabis in a truck near Kelvo.')).sub_event_type, 'Looting/property destruction');
  assert.equal(top(await code('On 5 March 2024, border police seized 40,000 packs of smuggled cigarettes near Kelvo.')).sub_event_type, 'Looting/property destruction');
  assert.equal(top(await code('On 5 March 2024, the rebel authorities confiscated a hotel in Kelvo from its owner.')).sub_event_type, 'Looting/property destruction');
});
