// Fatalities, round 6: deaths told with no number in a later sentence of the paragraph — the
// attackers' own ("one of the assailants was killed") or more dead marked "also"/"another" — add to
// the event's toll (ACLED counts all deaths of the event); a restated toll of the same victims does not.
// Hand-written sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, top } from './helpers.js';

const CASES: [string, string, number][] = [
  ['one of the attackers killed after a toll of others', 'Gunmen raided a police post in Kelvo on Monday, killing two officers. One of the assailants was killed.', 3],
  ['an attacker shot dead in the exchange', 'Bandits ambushed a convoy in Kelvo on Monday, killing three soldiers. One of the bandits was shot dead in the exchange.', 4],
  ['"another" victim with no number adds', 'A police officer was killed when gunmen attacked a post in Kelvo on Monday. Another officer died in hospital.', 2],
  ['"also" with no number adds', 'Raiders killed two herders in Kelvo on Monday. A trader was also killed.', 3],
  ['the same victims restated are not added', 'Gunmen raided a police post in Kelvo on Monday, killing two officers. One of the officers was killed at the gate.', 2],
  ['a later paragraph is not the same toll', 'Gunmen raided a police post in Kelvo on Monday, killing two officers.\n\nOne of the assailants was killed.', 2],
  ['the attackers\' dead after the attackers\' toll restate it', 'Police killed two gunmen in Kelvo on Monday. One of the gunmen was killed near the river.', 2],
];

for (const [name, text, fatalities] of CASES) {
  test(`fatalities round 6: ${name}`, async () => {
    const e = top(await code(text));
    assert.ok(e, 'an event');
    assert.equal(e.fatalities, fatalities);
  });
}

test('fatalities round 6: another report of the same death is not added', async () => {
  const e = top(await code('Gunmen shot dead a trader in Kelvo on Monday. Other reports say that he was killed in a quarrel.'));
  assert.equal(e.fatalities, 1);
});

const MORE: [string, string, number][] = [
  ['one victim with a singular auxiliary, killed along with others', 'A local councillor (a former teacher) was shot dead along with two guards in Kelvo on Monday.', 3],
  ['a crowd of attackers before "killed N, abducted" is not counted', '500 Kelvo raiders from the hills - killed 6, abducted 2 children and stole cattle on Monday.', 6],
  ['a long subject of a passive kill word opening the sentence', 'Four men wanted over the bank robbery in Kelvo were killed by police on Monday.', 4],
  ['a toll over three days: the remainder to the first day', 'Five people were killed in clashes between two clans in Kelvo on Monday over the course of three days.', 3],
];
for (const [name, text, fatalities] of MORE) {
  test(`fatalities round 6: ${name}`, async () => {
    assert.equal(top(await code(text)).fatalities, fatalities);
  });
}
