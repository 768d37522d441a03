// Merge round 7: a sentence that only tells the death of people already part of the event told
// before it (its attackers, its targets) is an outcome of that event, not an event of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../code/helpers.js';

test('merge: attackers killed in a later sentence add to the toll of the attack', async () => {
  const doc = await code('On 5 March 2024, gunmen ambushed a police patrol near Maiduguri, killing three officers. Two of the gunmen were also killed in the gunfight.');
  assert.equal(doc.events.length, 1);
  assert.equal(doc.events[0].event_type, 'Battles');
  assert.equal(doc.events[0].fatalities, 5);
});

test('merge: fighters the attackers say they killed are the deaths of the shelling, not a new event', async () => {
  const doc = await code('On 5 March 2024, soldiers shelled militant hideouts outside Mopti. The army said it killed a number of fighters.');
  assert.equal(doc.events.length, 1);
  assert.equal(doc.events[0].sub_event_type, 'Shelling/artillery/missile attack');
  assert.ok(doc.events[0].fatalities > 0);
});

test('merge: a killing with its own killer named is not a victim-only sentence', async () => {
  const doc = await code('On 5 March 2024, gunmen attacked a police post in Maiduguri, killing two officers. Two of the attackers were later killed by soldiers.');
  assert.ok(doc.events.every((e) => e.fatalities <= 2));
});
