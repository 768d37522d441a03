// Crowd events on hand-written sentences: violence or destruction by the people of a demonstration is
// a violent demonstration (Rioters), burning symbols or a peaceful march is not, "mob" is not
// "mobility", and a sentence that only says who was hurt continues the event before it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, top } from './helpers.js';

async function sub(text: string): Promise<string> {
  return top(await code(text)).sub_event_type;
}

test('demonstrators who protest violently are a violent demonstration of rioters', async () => {
  const e = top(await code('On 4 March 2024, traders demonstrated violently in Kelvo against new market fees.'));
  assert.equal(e.sub_event_type, 'Violent demonstration');
  assert.equal(e.inter1, 5);
  assert.equal(await sub('On 4 March 2024, pupils violently protested the closure of their school in Kelvo.'), 'Violent demonstration');
});

test('protesters burning materials, a camp or vehicles are violent; burning an effigy is symbolic', async () => {
  assert.equal(await sub('On 4 March 2024, fishermen protested in Kelvo against a fuel tax and burned planks and old furniture in the square.'), 'Violent demonstration');
  assert.equal(await sub('On 4 March 2024, farmers protesting land sales burned the tents of a survey camp near Kelvo.'), 'Violent demonstration');
  assert.equal(await sub('On 4 March 2024, students marched through Kelvo and burned an effigy of the minister.'), 'Peaceful protest');
});

test('lighting bonfires and throwing chairs at a protest are violent', async () => {
  assert.equal(await sub('On 4 March 2024, residents protesting power cuts lit bonfires on the main street of Kelvo.'), 'Violent demonstration');
  assert.equal(await sub('On 4 March 2024, nurses demonstrated at the Kelvo district office and threw chairs at the clerks.'), 'Violent demonstration');
});

test('demonstrators as the subject of a violent verb, or its agent, make a violent demonstration', async () => {
  assert.equal(await sub('On 4 March 2024, demonstrators destroyed equipment at a building site in Kelvo to protest the project.'), 'Violent demonstration');
  assert.equal(await sub('On 4 March 2024, a district officer was attacked by demonstrators in Kelvo during a protest over land.'), 'Violent demonstration');
  assert.equal(await sub('On 4 March 2024, pupils protested in Kelvo over exam results. They attacked and injured two teachers.'), 'Violent demonstration');
});

test('protesters clashing with a rival group at their protest are a violent demonstration', async () => {
  assert.equal(await sub('On 4 March 2024, taxi drivers protesting a new levy clashed with a group of traders in Kelvo.'), 'Violent demonstration');
});

test('police beating peaceful protesters stays a protest, not a violent demonstration', async () => {
  const e = top(await code('On 4 March 2024, police beat and dispersed teachers who protested peacefully over unpaid salaries in Kelvo.'));
  assert.equal(e.event_type, 'Protests');
  assert.equal(e.inter1, 6);
});

test('a protest about mobility rules is not mob violence', async () => {
  assert.equal(await sub('On 4 March 2024, bus drivers gathered in Kelvo to protest against limits on mobility between towns.'), 'Peaceful protest');
});

test('demonstrators who vandalise, in a sentence that also tells of a death, are still a violent demonstration', async () => {
  assert.equal(await sub('On 4 March 2024, relatives of a patient who died in surgery demonstrated and vandalized the clinic in Kelvo.'), 'Violent demonstration');
});

test('officers injured in a riot told in the next sentence belong to the riot', async () => {
  const doc = await code('On 4 March 2024, youths demonstrated and clashed with police in Kelvo over food prices. Four police officers were injured.');
  assert.equal(doc.events.length, 1);
  assert.equal(doc.events[0].event_type, 'Riots');
});

test('residents beating a suspected thief to death is mob violence against a civilian', async () => {
  const e = top(await code('On 4 March 2024, a suspected goat thief was beaten to death by angry residents of Kelvo village.'));
  assert.equal(e.sub_event_type, 'Mob violence');
  assert.equal(e.inter1, 5);
  assert.equal(e.inter2, 7);
  assert.equal(await sub('On 4 March 2024, in Kelvo, they stoned the two suspected burglars and set them ablaze.'), 'Mob violence');
});

test('police beating a suspect is an attack, not mob violence', async () => {
  assert.equal(await sub('On 4 March 2024, police officers beat a suspected thief in their cells in Kelvo.'), 'Attack');
});

test('supporters of rival politicians clashing, with a long subject, is a riot', async () => {
  const e = top(await code('On 4 March 2024, supporters of the two aspirants for the Kelvo county seat clashed outside the tallying centre. Four people were injured.'));
  assert.equal(e.event_type, 'Riots');
  assert.equal(e.inter1, 5);
});

test('protesters setting fire to stalls, or vehicles burnt during a protest, are a violent demonstration', async () => {
  assert.equal(await sub('On 4 March 2024, youths in Kelvo protested against police brutality by setting fire to market stalls.'), 'Violent demonstration');
  assert.equal(await sub('On 4 March 2024, residents of Kelvo blocked the highway to protest a land sale. Two cars were burnt during the protest.'), 'Violent demonstration');
});

test('a vehicle running over protesters is not violence by the protesters', async () => {
  const e = top(await code('On 4 March 2024, during a protest in Kelvo, a soldier drove a truck over three protesters injuring them.'));
  assert.notEqual(e.sub_event_type, 'Violent demonstration');
});

test('a suspect beaten up by locals, or two groups that clashed, are mob violence', async () => {
  assert.equal(await sub('On 4 March 2024, a suspected pickpocket was beaten up by locals at the Kelvo bus station.'), 'Mob violence');
  assert.equal(await sub('On 4 March 2024, two groups clashed in Kelvo market over the use of a water point.'), 'Mob violence');
});

test('a short sentence telling only who was hurt continues the riot before it', async () => {
  const doc = await code('On 4 March 2024, a mob of about 40 people attacked and stoned the police post in Kelvo. Three policemen injured.');
  assert.equal(doc.events.length, 1);
  assert.equal(doc.events[0].sub_event_type, 'Mob violence');
});

test('a clash between shopkeepers and the police, or between two village groups, is mob violence; armed groups or herders are not', async () => {
  assert.equal(await sub('On 4 March 2024, a clash broke out between police and shopkeepers in Kelvo over the closing hours.'), 'Mob violence');
  assert.equal(await sub('On 4 March 2024, two village groups clashed over a land dispute near Kelvo, injuring six people.'), 'Mob violence');
  assert.notEqual(await sub('On 4 March 2024, two armed groups clashed near Kelvo, killing six fighters.'), 'Mob violence');
  assert.notEqual(await sub('On 4 March 2024, two groups of herders clashed over pasture near Kelvo, killing two.'), 'Mob violence');
});

test('voters beating an official are rioters, the official a civilian', async () => {
  const e = top(await code('On 4 March 2024, voters in Kelvo beat up a county official who was handing out money at the polling station.'));
  assert.equal(e.sub_event_type, 'Mob violence');
  assert.equal(e.inter1, 5);
});

test('communal militias clashing is a battle, not mob violence', async () => {
  const e = top(await code('On 4 March 2024, communal militiamen clashed with gunmen near Kelvo, killing five.'));
  assert.equal(e.event_type, 'Battles');
});
