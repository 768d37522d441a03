// Quantities round 7: a number after a day-and-month date ("03 Nov. 5 herders ...") that counts the
// people noun after it is a count, not a second day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuantities } from '../../src/annotate/quantities.js';
import { code } from '../code/helpers.js';

test('"03 Nov. 5 herders were shot dead": the 5 counts herders, the date keeps its day', () => {
  const qs = parseQuantities('03 Nov. 5 herders were shot dead near the river.');
  assert.deepEqual(qs.map((q) => [q.value, q.noun]), [[5, 'herders']]);
});

test('"Nov. 5 was quiet": with no day before the month the number stays a day', () => {
  assert.deepEqual(parseQuantities('On Nov. 5 soldiers patrolled the river.'), []);
});

test('"12 March 2024 gunmen ...": a year after a day and month is never a count', () => {
  assert.deepEqual(parseQuantities('On 12 March 2024 gunmen raided the market.').map((q) => q.value), []);
});

test('a story opening with a day-month date and a toll keeps both', async () => {
  const doc = await code('03 Feb. 6 villagers killed when raiders attacked a hamlet near Marsabit.', '2024-02-04');
  assert.equal(doc.events.length, 1);
  assert.equal(doc.events[0].fatalities, 6);
  assert.equal(doc.events[0].event_date, '2024-02-03');
});
