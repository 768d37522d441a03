import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDates, plainDay, resolveEventDate, publicationDay } from '../../src/annotate/dates.js';
import { sentencesStage } from '../../src/annotate/sentences.js';
import { datesStage } from '../../src/annotate/dates.js';
import { createDocument } from '../../src/document.js';
import { createContext } from '../../src/context.js';
import { referenceBody } from './reference.js';

// Publication day of every case: Wednesday 22 October 2025.
const PUB = { publishedAt: '2025-10-22' };

function only(text: string) {
  const all = parseDates(text, PUB);
  assert.equal(all.length, 1, `one date in ${JSON.stringify(text)}: ${JSON.stringify(all)}`);
  const m = all[0];
  assert.equal(m.text, text.slice(m.start, m.end), 'span text matches offsets');
  return m;
}

function docOf(text: string, publishedAt: string | null = '2025-10-22') {
  const doc = createDocument('t', text, { origin: 'test', publishedAt });
  doc.text = text;
  const ctx = createContext();
  sentencesStage.run(doc, ctx);
  datesStage.run(doc, ctx);
  return doc;
}

const whole = (text: string) => ({ start: 0, end: text.length });

test('overnight is the day before publication, precision 1', () => {
  const m = only('Clashes erupted overnight as forces stormed the camp.');
  assert.deepEqual([m.text, m.date, m.precision, m.kind, m.past], ['overnight', '2025-10-21', 1, 'overnight', false]);
  const text = 'Clashes erupted overnight as Syrian forces stormed a camp in Harem.';
  const d = resolveEventDate(docOf(text), whole(text));
  assert.deepEqual([d.date, d.precision, d.past, d.evidence?.text], ['2025-10-21', 1, false, 'overnight']);
});

test('overnight with a stated day is the night before that day', () => {
  const text = 'On Tuesday, residents said fighting went on overnight.';
  assert.equal(resolveEventDate(docOf(text), whole(text)).date, '2025-10-20');
});

test('weekday names have a past bias: the latest such day on or before publication', () => {
  assert.equal(only('Gunmen attacked the village on Tuesday.').date, '2025-10-21');
  assert.equal(only('Gunmen attacked the village on Thursday.').date, '2025-10-16');
  assert.equal(only('Protesters marched on Wednesday.').date, '2025-10-22');
  assert.equal(only('It happened last Wednesday.').date, '2025-10-15');
});

test('yesterday, last night, this morning', () => {
  assert.equal(only('Police fired tear gas yesterday.').date, '2025-10-21');
  assert.equal(only('A bomb exploded last night near the market.').date, '2025-10-21');
  const m = only('Shelling resumed this morning.');
  assert.deepEqual([m.date, m.precision], ['2025-10-22', 1]);
});

test('last week is precision 2, the middle of that week', () => {
  const m = only('Militants raided the base last week.');
  assert.deepEqual([m.date, m.precision, m.kind, m.until], ['2025-10-15', 2, 'week', '2025-10-19']);
  const e = only('Strikes intensified earlier this week.');
  assert.equal(e.precision, 2);
  assert.ok(e.date < '2025-10-22' && e.date >= '2025-10-20');
});

test('month only is precision 3: middle, or first/last day for beginning/end of month', () => {
  const jan = only('The clashes began in January.');
  assert.deepEqual([jan.date, jan.precision, jan.kind, jan.past], ['2025-01-15', 3, 'month', true]);
  const last = only('Dozens were arrested last month.');
  assert.deepEqual([last.date, last.precision], ['2025-09-15', 3]);
  assert.equal(only('Fighting resumed at the beginning of October.').date, '2025-10-01');
  assert.equal(only('Fighting resumed at the end of September.').date, '2025-09-30');
});

test('absolute days: "On 3 May 2020", "May 3", "3 May" and day-first slashes', () => {
  const a = only('On 3 May 2020, police dispersed protesters.');
  assert.deepEqual([a.text, a.date, a.precision, a.kind], ['3 May 2020', '2020-05-03', 1, 'absolute']);
  assert.equal(only('Police said the raid on October 3 was planned.').date, '2025-10-03');
  assert.equal(only('Police said the raid on 19 October was planned.').date, '2025-10-19');
  // a day and month after publication without a year is last year's
  assert.equal(only('They were freed on 29 November.').date, '2024-11-29');
  assert.equal(only('The attack on 3/5/2020 killed two.').date, '2020-05-03');
  assert.equal(only('The attack on 5/13/2020 killed two.').date, '2020-05-13');
});

test('a bare year is never an event date; "in 2019" and "since 2019" are background', () => {
  for (const t of ['They moved to Idlib after the collapse of the Islamic State in 2019.', 'The group has been active since 2019.']) {
    const m = only(t);
    assert.equal(m.kind, 'year');
    assert.equal(m.past, true);
    const d = resolveEventDate(docOf(t), whole(t));
    assert.equal(d.date, '2025-10-22', 'falls back to the publication day');
    assert.equal(d.evidence, null);
  }
  assert.equal(parseDates('the 2019 elections', PUB).length, 0);
});

test('"in November 2024" is a past month (background)', () => {
  const m = only('the interim government, which came to power in November 2024, is facing threats');
  assert.deepEqual([m.text, m.date, m.precision, m.past], ['November 2024', '2024-11-15', 3, true]);
});

test('dates more than ten days before publication are flagged past', () => {
  assert.equal(only('Gunmen attacked on 10 October.').past, true);
  assert.equal(only('Gunmen attacked on 15 October.').past, false);
});

test('ranges take the first day and keep the last in `until`', () => {
  const a = only('Fighting between 1 and 5 March left dozens dead.');
  assert.deepEqual([a.date, a.until, a.kind], ['2025-03-01', '2025-03-05', 'range']);
  const b = only('Fighting on 1-5 March 2020 left dozens dead.');
  assert.deepEqual([b.date, b.until], ['2020-03-01', '2020-03-05']);
});

test('lower-case "march" and "may" are not months; durations are not days', () => {
  assert.equal(parseDates('Thousands march on the capital and police may intervene.', PUB).length, 0);
  assert.equal(parseDates('They fought for an hour before police arrived two days later.', PUB).length, 0);
});

test('resolveEventDate: the first date of an ACLED-style note', () => {
  const text = 'On 27 April 2020, militants attacked a police post, killing 4 policemen. Police had raided the area on 2 April.';
  const doc = docOf(text, '2020-04-29');
  const d = resolveEventDate(doc, whole(text));
  assert.deepEqual([d.date, d.precision, d.past, d.evidence?.text], ['2020-04-27', 1, false, '27 April 2020']);
});

test('resolveEventDate: a day stated earlier in the paragraph carries to later sentences, not to the next paragraph', () => {
  const text = 'On Monday, gunmen attacked a village. Five people were killed.\nPolice arrested three suspects.';
  const doc = docOf(text);
  const second = text.indexOf('Five');
  assert.equal(resolveEventDate(doc, { start: second, end: second + 10 }).date, '2025-10-20');
  const third = text.indexOf('Police');
  assert.equal(resolveEventDate(doc, { start: third, end: text.length }).date, '2025-10-22');
});

test('resolveEventDate: future dates do not date an event', () => {
  const text = 'Opposition groups said they will protest next week.';
  assert.equal(resolveEventDate(docOf(text), whole(text)).date, '2025-10-22');
});

test('publication day: the document, else the run default, else today', () => {
  const doc = docOf('No dates here.', null);
  assert.equal(publicationDay(doc, { defaultPublishedAt: '2024-02-03' }), '2024-02-03');
  assert.match(publicationDay(doc, null), /^\d{4}-\d{2}-\d{2}$/);
  const timed = docOf('x', '2025-10-22T23:30:00-05:00');
  assert.equal(publicationDay(timed), '2025-10-22');
});

test('the reference article: overnight → 2025-10-21; November 2024 and 2019 are background', () => {
  const doc = docOf(referenceBody());
  const kinds = doc.dates.map((m) => `${m.text}:${m.kind}:${m.past}`);
  assert.deepEqual(kinds, ['overnight:overnight:false', 'November 2024:month:true', '2019:year:true']);
  const first = doc.sentences[0];
  assert.equal(resolveEventDate(doc, first).date, '2025-10-21');
});

test('a plain "On 3 May 2020," is read without chrono, the same as chrono reads it', () => {
  const text = 'On 3 May 2020, gunmen attacked a village, killing 2 people.';
  const plain = plainDay(text);
  assert.deepEqual(plain && [plain.text, plain.resolved.date, plain.resolved.precision, plain.resolved.kind], ['3 May 2020', '2020-05-03', 1, 'absolute']);
  const m = parseDates(text, { publishedAt: '2020-05-05' });
  assert.deepEqual(m.map((x) => [x.start, x.end, x.text, x.date, x.kind, x.past]), [[3, 13, '3 May 2020', '2020-05-03', 'absolute', false]]);
  assert.ok(plainDay('Gunmen attacked a village on 3 May 2020.'));
});

test('anything more than one plain day goes to chrono', () => {
  for (const text of [
    'Between 3 and 5 May 2020, clashes went on.',
    'Clashes on 3-5 May 2020 killed 4.',
    'On Sunday, 3 May 2020, gunmen attacked.',
    'On 3 May 2020 at 5 pm, gunmen attacked.',
    'From 1 May 2020 to 3 May 2020, protests went on.',
    'On 3 May 2020, a day after the attack of 2 May 2020, police came.',
    'On 3 May 2020 overnight, gunmen attacked.',
    'On 31 February 2020, nothing happened.',
    'On 3 Jan 2020, gunmen attacked.',
  ]) assert.equal(plainDay(text), null, text);
  const range = parseDates('Between 3 and 5 May 2020, clashes went on.', { publishedAt: '2020-05-06' });
  assert.equal(range[0]?.until, '2020-05-05', 'the range is chrono\'s (with sitrep\'s expression)');
});

test('"for a second day" and "the past six days" name no day', () => {
  assert.equal(parseDates('Police battled youths for a second day in the port city.', PUB).length, 0);
  assert.equal(parseDates('Twelve people were killed in the past six days.', PUB).length, 0);
});
