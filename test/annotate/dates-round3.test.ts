// Round 3 date fixes: "Month D" without a year, "the evening of <day>", "the early hours of <day>",
// and days that name a scheduled event ("the August 8 poll"). Hand-written fixtures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDates, resolveEventDate, datesStage } from '../../src/annotate/dates.js';
import { sentencesStage } from '../../src/annotate/sentences.js';
import { createDocument } from '../../src/document.js';
import { createContext } from '../../src/context.js';

// Publication day: Wednesday 22 October 2025.
const PUB = { publishedAt: '2025-10-22' };
const read = (text: string) => parseDates(text, PUB).map((m) => [m.text, m.date, m.kind]);

function eventDate(text: string, publishedAt = '2025-10-22') {
  const doc = createDocument('t', text, { origin: 'test', publishedAt });
  doc.text = text;
  const ctx = createContext();
  sentencesStage.run(doc, ctx);
  datesStage.run(doc, ctx);
  return resolveEventDate(doc, { start: 0, end: text.length }, ctx).date;
}

test('"Month D" without a year is a day of the latest such month, not a two-digit year', () => {
  assert.deepEqual(read('On October 19, gunmen set fire to a market stall.'), [['October 19', '2025-10-19', 'absolute']]);
  assert.deepEqual(read('Youths blocked the road on Oct. 20 and again the next day.'), [['Oct. 20', '2025-10-20', 'absolute']]);
  assert.deepEqual(read('Herders clashed on Sept 30 near the river.'), [['Sept 30', '2025-09-30', 'absolute']]);
  // a month later than publication is last year's
  assert.deepEqual(read('The shop was looted on December 3.'), [['December 3', '2024-12-03', 'absolute']]);
  assert.equal(eventDate('On May 9, a crowd beat a suspected thief.', '2025-05-11'), '2025-05-09');
});

test('"Month D" with a year, a range or a count is left to chrono', () => {
  assert.deepEqual(read('Troops arrived on October 12, 2025 in the town.'), [['October 12, 2025', '2025-10-12', 'absolute']]);
  assert.deepEqual(read('Clashes on October 10-12 left two dead.'), [['October 10-12', '2025-10-10', 'range']]);
  assert.deepEqual(read('In May 15 people were arrested.').filter((m) => m[2] === 'absolute'), []);
});

test('"the evening of <day>" is that day', () => {
  assert.deepEqual(read('A trader was shot on the evening of 18 October 2025 by two men.'), [['evening of 18 October 2025', '2025-10-18', 'absolute']]);
  assert.deepEqual(read('A trader was shot on the evening of October 18 by two men.'), [['evening of October 18', '2025-10-18', 'absolute']]);
  assert.equal(eventDate('A trader was shot on the evening of 18 October by two men.'), '2025-10-18');
});

test('"in the early hours of <day>" is that day, not the night before publication', () => {
  assert.equal(eventDate('Gunmen stormed the camp in the early hours of 19 October, killing two.'), '2025-10-19');
  assert.equal(eventDate('Gunmen stormed the camp in the early hours of the morning, killing two.'), '2025-10-21');
});

test('a day that names a scheduled poll does not date the event', () => {
  assert.deepEqual(read('Supporters marched to reject the October 9 poll results.'), [['October 9', '2025-10-09', 'scheduled']]);
  assert.equal(eventDate('Supporters marched to reject the October 9 poll results.'), '2025-10-22');
  assert.equal(eventDate('Students protested ahead of the 2 October repeat presidential election.'), '2025-10-22');
  assert.equal(eventDate('On 20 October, students protested over the 2 October election.'), '2025-10-20');
});

test('a day after the name of a poll, or a possessive before it, is the poll\'s', () => {
  assert.equal(eventDate('Youths rioted over the decision to hold the elections on Saturday in two counties.'), '2025-10-22');
  assert.equal(eventDate('Police deployed ahead of the referendum scheduled for Monday.'), '2025-10-22');
  assert.equal(eventDate('Crowds protested against this month\'s presidential election.'), '2025-10-22');
  // a day on the event itself still counts
  assert.equal(eventDate('Youths rioted on Saturday over the elections.'), '2025-10-18');
});

test('a number after "<day> <month>," is a count, not a two-digit year', () => {
  assert.deepEqual(read('On 19 October, 15 people were injured in clashes.'), [['19 October', '2025-10-19', 'absolute']]);
  assert.deepEqual(read('On October 19, 20 houses were torched.'), [['October 19', '2025-10-19', 'absolute']]);
  assert.deepEqual(read('In September, 12 men were abducted.').map((m) => m[1]), ['2025-09-15']);
});

// A day stated only after the event's sentence, in the same paragraph.
function dateOfFirstSentence(text: string, publishedAt = '2025-10-22') {
  const doc = createDocument('t', text, { origin: 'test', publishedAt });
  doc.text = text;
  const ctx = createContext();
  sentencesStage.run(doc, ctx);
  datesStage.run(doc, ctx);
  const first = doc.sentences[0];
  return resolveEventDate(doc, { start: first.start, end: first.end }, ctx).date;
}

test('an undated first sentence takes a day stated later in the paragraph, not the publication day', () => {
  assert.equal(dateOfFirstSentence('Questions remain over the death of a shopkeeper in the market. He was found dead on the morning of 19 October.'), '2025-10-19');
  assert.equal(dateOfFirstSentence('Traders protested against new market fees. The protest took place on Monday.'), '2025-10-20');
  // a day long before publication is background, not the event's day
  assert.equal(dateOfFirstSentence('Traders protested in the town. They recalled a fire of 3 March 2019.'), '2025-10-22');
  // a later paragraph does not date the first
  assert.equal(dateOfFirstSentence('Traders protested in the town.\nSeparately, on Monday, a fire broke out.'), '2025-10-22');
});
