import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countFor, parseQuantities, quantitiesStage } from '../../src/annotate/quantities.js';
import { createDocument } from '../../src/document.js';
import { createContext } from '../../src/context.js';

function one(text: string) {
  const all = parseQuantities(text);
  assert.equal(all.length, 1, `one quantity in ${JSON.stringify(text)}: ${JSON.stringify(all)}`);
  const q = all[0];
  assert.equal(q.text, text.slice(q.start, q.end), 'span text matches offsets');
  return q;
}

const none = (text: string) => assert.deepEqual(parseQuantities(text), [], text);

test('"at least two jihadists were detained" → 2, noun jihadists, modifier at least', () => {
  const q = one('Both sides suffered casualties, and at least two jihadists were detained.');
  assert.deepEqual([q.text, q.value, q.noun, q.modifier, q.vague], ['at least two', 2, 'jihadists', 'at least', false]);
});

test('"more than 1,300 dead" → 1300', () => {
  const q = one('Past attacks left more than 1,300 dead.');
  assert.deepEqual([q.value, q.modifier], [1300, 'more than']);
});

test('digits and number words', () => {
  assert.equal(one('12 people were hurt').value, 12);
  assert.equal(one('twenty-five students marched').value, 25);
  assert.equal(one('two hundred and fifty villagers fled').value, 250);
  assert.equal(one('1.5 million people were displaced').value, 1_500_000);
  assert.deepEqual([one('a dozen gunmen').value, one('a dozen gunmen').noun], [12, 'gunmen']);
});

test('vague numbers follow ACLED: several/few 3, dozens 12, tens 10, hundreds 100, thousands 1000', () => {
  const cases: [string, number][] = [
    ['several soldiers were killed', 3],
    ['a few protesters were arrested', 3],
    ['dozens of protesters gathered', 12],
    ['tens of protesters gathered', 10],
    ['hundreds of residents fled', 100],
    ['thousands of people marched', 1000],
    ['scores of people were hurt', 20],
  ];
  for (const [text, value] of cases) {
    const q = one(text);
    assert.equal(q.value, value, text);
    assert.equal(q.vague, true, text);
  }
});

test('"many" is 3, or 10 in a large-scale context', () => {
  assert.equal(one('many people protested outside the office').value, 3);
  assert.equal(one('many civilians died in the massacre').value, 10);
});

test('ranges take the lowest figure', () => {
  assert.equal(one('10-15 rebels were seen').value, 10);
  assert.equal(one('between 10 and 15 soldiers died').value, 10);
  assert.equal(one('two or three houses burned').value, 2);
  assert.equal(one('1-2 policemen were killed').value, 1);
});

test('not counts of people: dates, years, times, money, percentages, ages, ordinals, codes, "one of the"', () => {
  none('On 27 April 2020, the office closed.');
  none('The group was founded in 2019.');
  none('The blast happened at 10:30 pm.');
  none('They demanded $5 million and 300 shillings.');
  none('Turnout fell by 20% this year.');
  none('A 25-year-old man was detained.');
  none('The victim, aged 30, was a trader.');
  none('The 3rd brigade moved north.');
  none('One of the attackers escaped.');
  none('Fighting in PD4 continued.');
  none('They began a 25-day strike.');
});

test('the counted noun is the head noun after the number', () => {
  assert.equal(one('12 people were killed').noun, 'people');
  assert.equal(one('dozens of protesters gathered').noun, 'protesters');
  assert.equal(one('three unidentified gunmen opened fire').noun, 'gunmen');
  assert.equal(one('1 demonstrator was killed').noun, 'demonstrator');
  assert.equal(one('at least 9 were injured').noun, null);
});

test('countFor ties figures to killed / injured / arrested', () => {
  const t1 = '4 militants were killed and 1 was wounded in the clash.';
  assert.equal(countFor(t1, { start: 0, end: t1.length }, 'killed')?.value, 4);
  assert.equal(countFor(t1, { start: 0, end: t1.length }, 'injured')?.value, 1);
  assert.equal(countFor(t1, { start: 0, end: t1.length }, 'arrested'), null);
  const t2 = 'an attack which led to the killing of 3 militants and 1-2 policemen';
  assert.equal(countFor(t2, { start: 0, end: t2.length }, 'killed')?.value, 4);
  const t3 = 'Casualties were reported, and at least two jihadists were detained.';
  assert.equal(countFor(t3, { start: 0, end: t3.length }, 'arrested')?.value, 2);
  assert.equal(countFor(t3, { start: 0, end: t3.length }, 'killed'), null);
  const t4 = 'Gunmen killed 8 people, including 3 children, and wounded 5 others.';
  const killed = countFor(t4, { start: 0, end: t4.length }, 'killed');
  assert.equal(killed?.value, 8);
  assert.equal(countFor(t4, { start: 0, end: t4.length }, 'injured')?.value, 5);
  // offsets of the evidence are relative to the whole text
  const prefix = 'Earlier. ';
  const t5 = prefix + 'Police killed 2 robbers.';
  const c = countFor(t5, { start: prefix.length, end: t5.length }, 'killed');
  assert.equal(c?.quantities[0].text, t5.slice(c!.quantities[0].start, c!.quantities[0].end));
});

test('the stage fills doc.quantities and survives empty text', () => {
  const doc = createDocument('q', '', { origin: 'test' });
  quantitiesStage.run(doc, createContext());
  assert.deepEqual(doc.quantities, []);
  doc.text = 'Police arrested 14 protesters.';
  quantitiesStage.run(doc, createContext());
  assert.deepEqual(doc.quantities.map((q) => [q.value, q.noun]), [[14, 'protesters']]);
});
