// ACLED's number conventions for fatalities and arrests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, top } from './helpers.js';

const CASES: [string, string, number, boolean, number][] = [
  ['digits', 'On 5 March 2024, gunmen killed 7 villagers in Kelvo.', 7, false, 0],
  ['words and "at least"', 'On 5 March 2024, at least five civilians were killed when gunmen attacked Kelvo.', 5, false, 0],
  ['injured never counted', 'On 5 March 2024, gunmen attacked Kelvo, killing 2 people and injuring 9 others.', 2, false, 0],
  ['only injured', 'On 5 March 2024, gunmen attacked a bus in Kelvo, wounding 6 passengers.', 0, false, 0],
  ['range → lowest', 'On 5 March 2024, soldiers clashed with rebels in Kelvo; 3-5 rebels were killed.', 3, false, 0],
  ['groups add up', 'On 5 March 2024, soldiers clashed with rebels in Kelvo, killing 3 rebels and 2 soldiers.', 5, false, 0],
  ['dozens → 12', 'On 5 March 2024, dozens of people were killed when rebels attacked Kelvo.', 12, false, 0],
  ['singular victim → 1', 'On 5 March 2024, a man was killed by gunmen in Kelvo.', 1, false, 0],
  ['bare casualties → 0 unknown', 'On 5 March 2024, soldiers clashed with rebels in Kelvo; both sides suffered casualties.', 0, true, 0],
  ['"including" not counted twice', 'On 5 March 2024, gunmen killed 6 people, including 2 children, in Kelvo.', 6, false, 0],
  ['arrests apart', 'On 5 March 2024, soldiers clashed with rebels in Kelvo and arrested 4 fighters.', 0, false, 4],
];

for (const [name, text, fatalities, unknown, arrests] of CASES) {
  test(`numbers: ${name}`, async () => {
    const e = top(await code(text));
    assert.ok(e, 'an event');
    assert.equal(e.fatalities, fatalities);
    assert.equal(e.fatalities_unknown, unknown);
    assert.equal(e.arrests, arrests);
    if (fatalities) assert.ok(e.evidence.some((x) => x.field === 'fatalities'), 'fatality evidence');
  });
}
