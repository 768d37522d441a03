// Event types, round 5 (hand-written sentences): armed men who "strike" a village attack it; the
// word is not a labour strike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, top } from './helpers.js';

test('bandits who strike a village attack it (not a strike)', async () => {
  const doc = await code('On 5 March 2024, bandits struck a village near Kelvo and drove away goats.');
  assert.equal(top(doc).event_type, 'Violence against civilians');
  assert.equal(top(doc).sub_event_type, 'Attack');
});

test('raiders who strike a settlement are not protesters', async () => {
  const doc = await code('On 5 March 2024, raiders strike a settlement near Kelvo.');
  assert.notEqual(top(doc).event_type, 'Protests');
});

test('workers on strike still protest', async () => {
  const doc = await code('On 5 March 2024, nurses went on strike in Kelvo over unpaid wages.');
  assert.equal(top(doc).sub_event_type, 'Peaceful protest');
});

test('a crowd smashing windows is mob violence', async () => {
  const doc = await code('On 5 March 2024, pupils shattered the windows of their dormitory in Kelvo after a row over food.');
  assert.equal(top(doc).event_type, 'Riots');
});

test('windows broken by a storm are no event', async () => {
  const doc = await code('On 5 March 2024, a storm broke windows in Kelvo.');
  assert.equal(doc.events.length, 0);
});

test('marchers who set a fire at a gate hold a violent demonstration', async () => {
  const doc = await code('On 5 March 2024, villagers marched to the district office in Kelvo and set a fire at its gate.');
  assert.equal(top(doc).sub_event_type, 'Violent demonstration');
});

test('police battling protesters is a violent demonstration', async () => {
  const doc = await code('On 5 March 2024, police battled protesters in central Kelvo.');
  assert.equal(top(doc).sub_event_type, 'Violent demonstration');
});

test('a protest demanding the arrest of arsonists stays peaceful', async () => {
  const doc = await code('On 5 March 2024, farmers staged a protest in Kelvo, demanding the arrest of men who set fire to their crops.');
  assert.equal(top(doc).sub_event_type, 'Peaceful protest');
});

test('suspected thieves burnt to death are victims of mob violence', async () => {
  const doc = await code('On 5 March 2024, two suspected cattle thieves were burnt to death in Kelvo.');
  assert.equal(top(doc).sub_event_type, 'Mob violence');
});

test('a suspected robber shot by police is not mob violence', async () => {
  const doc = await code('On 5 March 2024, a suspected robber was shot dead by police in Kelvo.');
  assert.notEqual(top(doc).sub_event_type, 'Mob violence');
});

test('unarmed herders killed by a militia are civilians attacked, not a clash', async () => {
  const doc = await code('On 5 March 2024, three unarmed herders were killed by an armed militia near Kelvo.');
  assert.equal(top(doc).sub_event_type, 'Attack');
});

test('a march "devoid of running battles" is no violent demonstration', async () => {
  const doc = await code('On 5 March 2024, opposition supporters marched through Kelvo to celebrate the verdict. The march was devoid of running battles with police.');
  assert.ok(doc.events.every((e) => e.event_type !== 'Riots'));
});
