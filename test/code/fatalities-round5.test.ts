// Fatalities, round 5: a toll told over several days (ACLED divides a summary total evenly per day,
// odd remainders to the first day; a toll told day by day gives the first day's own share), a body
// found as one death, a second source's toll counted like a conflicting report (its lowest), and more
// dead told in a later sentence: the attackers' own, the wounded who died later, "others ... as well".
// Hand-written sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, top } from './helpers.js';

const CASES: [string, string, number][] = [
  ['a toll over the course of days, even', 'Clashes between two clans left 12 dead in Kelvo on Monday. The fighting went on over the course of three days.', 4],
  ['a toll over days, remainder to the first day', 'Seven people were killed in clashes between two clans in Kelvo on Monday over a period of two days.', 4],
  ['a two-day battle', 'Six militants were killed during a two-day battle with troops in Kelvo on Monday.', 3],
  ['hours count as whole days', 'Nine people were killed in fighting between two clans in Kelvo over a 48 hour period on Monday.', 5],
  ['a battle of a few hours is one day', 'Eight raiders were killed in a five hour battle with police in Kelvo on Monday.', 8],
  ['a toll smaller than the days is not divided', 'Two fighters were killed in clashes between two clans in Kelvo on Monday. The clashes went on over four days.', 2],
  ['a toll told day by day', 'Militants killed four herders in Kelvo; one on Monday, three on Tuesday.', 1],
  ['a toll told as the first day and the second', 'Two clans clashed in Kelvo on Monday. Two deaths were reported the first day, three the second.', 2],
  ['a man\'s body found', 'A man\'s body was found dumped in a ditch in Kelvo on Monday.', 1],
  ['a body with the apostrophe dropped', 'A farmers body was discovered on a plantation in Kelvo on Monday.', 1],
  ['a second source\'s higher toll', 'At least two people were killed when gunmen attacked a bus in Kelvo on Monday. A local paper reports five dead.', 2],
  ['a reported toll marked "also" still adds', 'Two soldiers were killed when militants attacked a post in Kelvo on Monday. Officials reported that 3 militants were also killed.', 5],
  ['a reported toll alone is the toll', 'Gunmen attacked a village in Kelvo on Monday. Officials reported that 4 people were killed.', 4],
  ['the attackers\' dead add to the toll', 'Gunmen attacked a checkpoint in Kelvo on Monday, killing three soldiers. Two of the attackers died.', 5],
  ['the wounded who died later add to the toll', 'Militants attacked a police post in Kelvo on Monday, killing two officers. Three of the wounded died the next day.', 5],
  ['"others ... as well" adds to the toll', 'Raiders attacked a village in Kelvo on Monday, killing two herders. Three others died as well.', 5],
  ['the same group told again is not added', 'Militants attacked a police post in Kelvo on Monday, killing four officers. Four officers died.', 4],
  ['one victim killed along with another', 'A local chief was shot dead along with his bodyguard in Kelvo on Monday.', 2],
  ['one victim killed together with several named', 'A trader was killed by gunmen in Kelvo on Monday together with a farmer and his son.', 3],
  ['"along with" things is no more victims', 'A herder was shot dead by raiders in Kelvo on Monday along with his cattle.', 1],
  ['the attackers told again are not added', 'Troops killed three militants in Kelvo on Monday. Two of the militants died in the exchange of fire.', 3],
];

for (const [name, text, fatalities] of CASES) {
  test(`fatalities round 5: ${name}`, async () => {
    const e = top(await code(text));
    assert.ok(e, 'an event');
    assert.equal(e.fatalities, fatalities);
  });
}

test('fatalities round 5: an unknown perpetrator does not make a known toll unknown', async () => {
  const e = top(await code('A woman\'s body was found in a river in Kelvo on Monday. The attackers are not known.'));
  assert.equal(e.fatalities, 1);
  assert.equal(e.fatalities_unknown, false);
});
