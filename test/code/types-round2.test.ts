// Event types, round 2 (hand-written sentences): a shared "Civilians" side alone does not merge an
// armed attack with a lynching of the same story; a violent verb joined by 'and' after a protest's
// grievance is an act of the protesters, not part of what they demand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, top } from './helpers.js';

test('merge: an attack by gunmen and a mob killing on the same day stay two events', async () => {
  const doc = await code('On 5 March 2024, gunmen shot dead a farmer in Kelvo village. On the same day, an angry mob in Kelvo village beat a suspected thief to death.');
  const subs = doc.events.map((e) => e.sub_event_type).sort();
  assert.deepEqual(subs, ['Attack', 'Mob violence']);
});

test('merge: two reports of the same attack on civilians are still one event', async () => {
  const doc = await code('On 5 March 2024, gunmen attacked Kelvo village and killed a farmer. The gunmen also shot dead a trader in Kelvo village.');
  assert.equal(doc.events.length, 1);
});

test('grievance: "against the arrest of X and destroyed ..." is a violent demonstration', async () => {
  assert.equal(top(await code('On 5 March 2024, residents of Kelvo protested against the arrest of their chief and destroyed property worth millions.')).sub_event_type, 'Violent demonstration');
});

test('grievance: violence that is the object of the demand stays the grievance', async () => {
  assert.equal(top(await code('On 5 March 2024, traders marched in Kelvo demanding compensation for looted and destroyed stalls.')).sub_event_type, 'Peaceful protest');
  assert.equal(top(await code('On 5 March 2024, villagers protested in Kelvo for the arrest of culprits who set fire to their crops.')).sub_event_type, 'Peaceful protest');
});

test('a date naming an election as a topic does not make the sentence background', async () => {
  const doc = await code('In Kelvo, opposition supporters lit bonfires as they demanded the removal of electoral officials accused of bungling the August 8 polls.');
  assert.equal(top(doc)?.sub_event_type, 'Violent demonstration');
  const old = await code('On 8 August 2023, opposition supporters lit bonfires in Kelvo.');
  assert.equal(old.events.length, 0);
});

test('an armed victim named as the object (guard, lieutenant, soldiers, police officer) makes an armed clash', async () => {
  assert.equal(top(await code('On 5 March 2024, armed men attacked a private security guard in Kelvo. The guard died.')).sub_event_type, 'Armed clash');
  assert.equal(top(await code('On 5 March 2024, unidentified gunmen shot dead an army lieutenant in Kelvo.')).sub_event_type, 'Armed clash');
  assert.equal(top(await code('On 5 March 2024, gunmen abducted two soldiers in Kelvo.')).sub_event_type, 'Armed clash');
  assert.equal(top(await code('On 5 March 2024, gunmen kidnapped a female police officer in Kelvo.')).sub_event_type, 'Armed clash');
});

test('an unarmed victim, or militants as the attackers ("attacked by"), stays violence against civilians', async () => {
  assert.equal(top(await code('On 5 March 2024, gunmen abducted a trader in Kelvo.')).sub_event_type, 'Abduction/forced disappearance');
  assert.equal(top(await code('On 5 March 2024, a truck was attacked by suspected militants in Kelvo. One person was injured.')).sub_event_type, 'Attack');
  assert.equal(top(await code('On 5 March 2024, police abducted an activist in Kelvo.')).sub_event_type, 'Abduction/forced disappearance');
});

test('an off-duty police officer shot by gunmen is a civilian victim (attack)', async () => {
  assert.equal(top(await code('On 5 March 2024, gunmen shot dead a police officer who was off duty at a bar in Kelvo.')).sub_event_type, 'Attack');
});

test('"former" marks a former member of a force only when it names one (not "their former homes")', async () => {
  assert.equal(top(await code('On 5 March 2024, gunmen shot dead a former soldier in Kelvo.')).sub_event_type, 'Attack');
  assert.equal(top(await code('On 5 March 2024, a forest ranger on patrol was shot with an arrow in Kelvo by settlers evicted from their former homes.')).event_type, 'Battles');
});

test('"planting"/"planted" a bomb is not a planned event (the "plan" cue is the word plan, not its prefix)', async () => {
  assert.equal(top(await code('On 5 March 2024, a bomb planted by militants on a road near Kelvo injured two soldiers.')).event_type, 'Explosions/Remote violence');
});

test('fighters killed when their own bomb exploded prematurely: disrupted weapons use, not a clash', async () => {
  assert.equal(top(await code('On 5 March 2024, two militants were killed in Kelvo when a bomb they were planting exploded prematurely.')).sub_event_type, 'Disrupted weapons use');
  assert.equal(top(await code('On 5 March 2024, three fighters died in Kelvo while assembling an explosive device.')).sub_event_type, 'Disrupted weapons use');
  assert.equal(top(await code('On 5 March 2024, a landmine exploded under a bus in Kelvo, killing four passengers.')).sub_event_type, 'Remote explosive/landmine/IED');
});
