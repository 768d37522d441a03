// Event types, round 4 (hand-written sentences): a group of youths or villagers is a crowd, not an
// armed group; people stoned to death by villagers are victims of mob violence; a device that "could
// have killed" after its defusal did not explode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, top } from './helpers.js';

test('a policeman beaten by a group of youths is mob violence, not an armed clash', async () => {
  const doc = await code('On 5 March 2024, a policeman was beaten by a group of youths in Kelvo.');
  assert.equal(top(doc).sub_event_type, 'Mob violence');
  assert.match(top(doc).actor1, /^Rioters/);
});

test('a group of villagers attacking a man is a crowd (rioters)', async () => {
  const doc = await code('On 5 March 2024, a group of villagers attacked a herdsman near Kelvo.');
  assert.equal(top(doc).sub_event_type, 'Mob violence');
  assert.match(top(doc).actor1, /^Rioters/);
});

test('a group of gunmen is still an armed group', async () => {
  const doc = await code('On 5 March 2024, a police officer was shot dead by a group of gunmen in Kelvo.');
  assert.equal(top(doc).event_type, 'Battles');
});

test('people stoned to death by villagers are victims of mob violence', async () => {
  const doc = await code('On 5 March 2024, two men accused of theft were stoned to death by villagers in Kelvo.');
  assert.equal(top(doc).sub_event_type, 'Mob violence');
  assert.match(top(doc).actor1, /^Rioters/);
});

test('a supporter group attacking a politician stays an attack', async () => {
  assert.equal(top(await code('On 5 March 2024, a former councillor was attacked by supporters of a rival candidate in Kelvo.')).sub_event_type, 'Attack');
});

test('a defused bomb that "could have killed many" did not explode', async () => {
  const doc = await code('On 5 March 2024, police defused a bomb at a bus stop in Kelvo. The explosive could have killed many people.');
  assert.deepEqual(doc.events.map((e) => e.sub_event_type), ['Disrupted weapons use']);
  const would = await code('On 5 March 2024, soldiers found and defused an explosive device in Kelvo. The device would have caused heavy damage.');
  assert.deepEqual(would.events.map((e) => e.sub_event_type), ['Disrupted weapons use']);
});

test('a soldier or officer attacked at home or off duty is a civilian victim', async () => {
  const home = await code('On 5 March 2024, gunmen shot dead a soldier who was resting in front of his house in Kelvo.');
  assert.equal(top(home).sub_event_type, 'Attack');
  const off = await code('On 5 March 2024, armed men ambushed a police commander who was off duty in Kelvo.');
  assert.equal(top(off).sub_event_type, 'Attack');
});

test('fighting with an officer at home is still a battle', async () => {
  assert.equal(top(await code('On 5 March 2024, militants clashed with soldiers guarding a commander at his home in Kelvo.')).event_type, 'Battles');
});

test('an attack on a cattle or displacement camp is an attack on civilians; on a military camp a battle', async () => {
  assert.equal(top(await code('On 5 March 2024, armed raiders attacked a cattle camp near Kelvo and drove away the herd.')).sub_event_type, 'Attack');
  assert.equal(top(await code('On 5 March 2024, gunmen attacked a refugee camp near Kelvo, wounding two people.')).sub_event_type, 'Attack');
  assert.equal(top(await code('On 5 March 2024, insurgents attacked an army camp near Kelvo.')).sub_event_type, 'Armed clash');
});

test('a grenade thrown and the guards firing back is one battle', async () => {
  const doc = await code('On 5 March 2024, Al Shabaab militants threw a grenade at the home of a local official in Kelvo. His guards reacted with gunfire.');
  assert.equal(doc.events.length, 1);
  assert.equal(doc.events[0].sub_event_type, 'Armed clash');
  assert.match(doc.events[0].actor1, /Al Shabaab/);
});

test('shelling with fire observed in both directions is an armed clash', async () => {
  const doc = await code('On 5 March 2024, rebel forces fired mortars at army positions near Kelvo. Monitors recorded twenty explosions in both directions near Kelvo.');
  assert.equal(top(doc).sub_event_type, 'Armed clash');
});

test('forces responding to shelling is an armed clash (mutual fire)', async () => {
  assert.equal(top(await code('On 5 March 2024, government troops responded to rebel shelling near Kelvo, killing two fighters.')).sub_event_type, 'Armed clash');
});

test('a roadside bomb followed by a claim stays an explosion', async () => {
  const doc = await code('On 5 March 2024, three soldiers were killed when their truck was blown up by a roadside bomb near Kelvo. Al-Shabaab claimed the attack.');
  assert.equal(top(doc).sub_event_type, 'Remote explosive/landmine/IED');
});

test('people "shot dead during a raid" are victims, not a crowd that shot', async () => {
  const doc = await code('On 5 March 2024, three people shot dead during a raid on Kelvo village.');
  assert.equal(top(doc).sub_event_type, 'Attack');
  assert.equal(top(await code('On 5 March 2024, angry villagers killed two suspected thieves in Kelvo.')).sub_event_type, 'Mob violence');
});

test('deaths "in the clashes" are the clash told before', async () => {
  const doc = await code('On 5 March 2024, two rival clan militias clashed in Kelvo. Four people were killed in the clashes, and police later used tear gas to separate the groups.');
  assert.deepEqual(doc.events.map((e) => e.sub_event_type), ['Armed clash']);
  assert.equal(doc.events[0].fatalities, 4);
});

test('violence a protest is about is not the protest\'s act', async () => {
  assert.equal(top(await code('On 5 March 2024, farmers protested outside the agency office in Kelvo after floods destroyed their crops.')).sub_event_type, 'Peaceful protest');
  assert.equal(top(await code('On 5 March 2024, residents demonstrated in Kelvo against the release of two men accused of looting shops.')).sub_event_type, 'Peaceful protest');
  assert.equal(top(await code('On 5 March 2024, villagers protested in Kelvo over a rise in cattle rustling.')).sub_event_type, 'Peaceful protest');
});

test('the protesters\' own violence after a topic is still a violent demonstration', async () => {
  assert.equal(top(await code('On 5 March 2024, traders protested against new levies in Kelvo and burned tyres.')).sub_event_type, 'Violent demonstration');
  assert.equal(top(await code('On 5 March 2024, students protested against fees in Kelvo, throwing stones at police.')).sub_event_type, 'Violent demonstration');
  assert.equal(top(await code('On 5 March 2024, youths protested against police brutality in Kelvo by setting fire to market stalls.')).sub_event_type, 'Violent demonstration');
  assert.equal(top(await code('On 5 March 2024, residents demonstrating against the curfew vandalised a police post in Kelvo.')).event_type, 'Riots');
  assert.equal(top(await code('On 5 March 2024, a protest against a mining firm in Kelvo turned violent.')).sub_event_type, 'Violent demonstration');
});
