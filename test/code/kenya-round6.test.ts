// Kenya round 6 (hand-written sentences): people burnt or set on fire are attacked (not property
// destruction); an old date in the cause clause after the act ("for a killing two weeks ago") dates
// the cause, not the act; where attackers come from ("raiders from <group>") is not a second side.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, top } from './helpers.js';

test('gunmen who burn a man to death attack him', async () => {
  const doc = await code('On 5 March 2024, gunmen burnt a shopkeeper to death in Kelvo.');
  assert.equal(top(doc).sub_event_type, 'Attack');
});

test('setting a person ablaze is an attack, not property destruction', async () => {
  const doc = await code('On 5 March 2024, unknown assailants set ablaze a trader in Kelvo.');
  assert.equal(top(doc).sub_event_type, 'Attack');
  const doc2 = await code('On 5 March 2024, armed men set the driver alight near Kelvo.');
  assert.equal(top(doc2).sub_event_type, 'Attack');
});

test('setting a house ablaze stays property destruction', async () => {
  const doc = await code('On 5 March 2024, unknown assailants set ablaze the house of a trader in Kelvo.');
  assert.equal(top(doc).sub_event_type, 'Looting/property destruction');
});

test('a mob lynching over an older killing is a new event dated by its own clause', async () => {
  const doc = await code('A suspect was lynched by a crowd of motorcycle riders for the alleged killing of a rider three weeks ago.', '2024-03-06');
  assert.equal(doc.events.length, 1);
  assert.equal(top(doc).event_type, 'Riots');
  assert.equal(top(doc).event_date, '2024-03-06');
});

test('an old date in the act\'s own clause is still background', async () => {
  const doc = await code('Two men were shot dead by gunmen in Kelvo three weeks ago for refusing to pay.', '2024-03-06');
  assert.equal(doc.events.length, 0);
});

test('raiders from a named community are that community, not a second side', async () => {
  const doc = await code('On 5 March 2024, raiders from the Pokot community attacked villagers near Kelvo and killed two.');
  const e = top(doc);
  assert.equal(e.event_type, 'Violence against civilians');
  assert.equal(e.actor1, 'Pokot Ethnic Militia (Kenya)');
  assert.equal(e.inter2, 7);
});
