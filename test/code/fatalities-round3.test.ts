// Fatalities, round 3: victims named one by one and joined by "and" ("a farmer and his son"), a
// pronoun object shared by two verbs ("killing and robbing him"), people before or "along with" a
// number, one per side, and agent nouns ("kidnappers") that are not outcomes. Hand-written sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, top } from './helpers.js';

const CASES: [string, string, number][] = [
  ['two singular objects', 'Bandits killed a herder and his teenage daughter near Kelvo on Monday.', 2],
  ['two singular subjects, passive', 'A shopkeeper and her 9-year-old nephew were shot dead by gunmen in Kelvo on Monday.', 2],
  ['two singular subjects, intransitive', 'A soldier and a passer-by died in a gunfight between rebels and troops near Kelvo on Monday.', 2],
  ['three in a list with an Oxford comma', 'A 6 year old girl, an elderly farmer, and a nurse were killed by raiders in Kelvo on Monday.', 3],
  ['apposition is one person', 'Gunmen shot and killed the village chairman, a retired teacher, in Kelvo on Monday.', 1],
  ['a singular before a number', 'A guard and three customers were killed when gunmen stormed a bank in Kelvo on Monday.', 4],
  ['"along with" a number', 'A local councillor was gunned down along with two aides and a driver in Kelvo on Monday.', 4],
  ['shared pronoun object', 'Robbers broke into the house of a pastor in Kelvo on Monday, killing and robbing him.', 1],
  ['one from each side', 'Rebels and soldiers exchanged fire in Kelvo on Monday. One fighter from each side was killed.', 2],
  ['agent noun after the number', 'Police shot dead four suspected kidnappers in a raid on a hideout in Kelvo on Monday.', 4],
  ['"and" joining a clause is no list', 'A fierce gunfight broke out in Kelvo on Monday and a bystander was killed.', 1],
  ['a number after "killed and" is not a second group', 'A student is killed and one shot in the leg by police in Kelvo on Monday.', 1],
  ['fronted "In retaliation for ..." ends at its comma', 'In retaliation for the murder of a herder the week before, raiders killed 3 villagers in Kelvo on Monday.', 3],
  ['present-tense "execute"', 'Militants round up and execute 6 labourers in Kelvo on Monday.', 6],
  ['"who" clause after the number tells what happened before', 'The bodies of two men who had been kidnapped by gunmen were found in Kelvo on Monday.', 2],
  ['a breakdown that adds up to the head', 'Nine people including five pupils and four teachers were killed when a bomb hit a bus in Kelvo on Monday.', 9],
  ['a breakdown that does not add up: the rest are more dead', 'At least 14 rebels including 3 commanders and 2 soldiers were killed in fighting in Kelvo on Monday.', 16],
  ['a breakdown of the wounded in brackets', 'At least 3 people (including a reporter) and 2 guards were killed and 12 (7 guards and 5 traders) were wounded in Kelvo on Monday.', 5],
  ['a conflicting figure in brackets: the lowest', 'Four soldiers (or five, according to a local radio) were killed when their truck hit a mine in Kelvo on Monday.', 4],
  ['a later revision in brackets', 'A mine exploded in Kelvo on Monday, killing three (later confirmed to be four) soldiers.', 4],
  ['brackets after the victims do not unbind the number', 'Gunmen killed two Rapid Response Unit (RRU) officers in Kelvo on Monday.', 2],
  ['a later revised toll replaces the first', 'Gunmen opened fire on a minibus in Kelvo on Monday, killing three. Two days later the death toll rose to five.', 5],
  ['"raised from X to Y"', 'Raiders attacked Kelvo on Monday. Two deaths were reported at first; the death total was later raised from 2 to 3.', 3],
  ['a running total is no revision', 'Bandits killed two herders in Kelvo on Monday, bringing the toll to 40 since January.', 2],
  ['"and" joining a clause before a number', 'A firefight broke out in Kelvo on Monday and two robbers were killed.', 2],
];

for (const [name, text, fatalities] of CASES) {
  test(`fatalities round 3: ${name}`, async () => {
    const e = top(await code(text));
    assert.ok(e, 'an event');
    assert.equal(e.fatalities, fatalities);
  });
}

test('fatalities round 3: killing and injuring an unknown number stays unknown', async () => {
  const e = top(await code('Militants said they ambushed an army truck near Kelvo on Monday, killing and injuring an unspecified number of soldiers.'));
  assert.ok(e, 'an event');
  assert.equal(e.fatalities, 0);
});

test('fatalities round 3: brackets after a number that counts no victims', async () => {
  const doc = await code('About 300 residents of Kelvo (Marsabit county) blocked police from removing the body of a herder on Monday.');
  for (const e of doc.events) assert.notEqual(e.fatalities, 300);
});
