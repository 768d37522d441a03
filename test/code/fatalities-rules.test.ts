// Fatalities without a number (one victim or several, from the grammar of the kill words), deaths
// that are the background of the event and not part of it, and numbers that are victims, not
// perpetrators. Hand-written sentences (numbers.json victim_grammar, background_death).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, top } from './helpers.js';

const CASES: [string, string, number, boolean][] = [
  // one victim, no number
  ['passive singular', 'On 5 March 2024, a shopkeeper was killed by gunmen in Kelvo.', 1, false],
  ['headline passive', 'Shopkeeper killed by gunmen in Kelvo on 5 March 2024', 1, false],
  ['active object', 'On 5 March 2024, gunmen killed a shopkeeper in Kelvo.', 1, false],
  ['present tense headline', 'Bandits kill herder in Kelvo', 1, false],
  ['object noun with a modifier', 'Gunmen kill suspected informer in Kelvo', 1, false],
  ['pronoun object', 'On 5 March 2024, a gang attacked a farmer in Kelvo and killed him.', 1, false],
  ['lynching', 'On 5 March 2024, a mob lynched a suspected thief in Kelvo.', 1, false],
  ['lynches', 'Crowd lynches suspected thief in Kelvo', 1, false],
  ['stoned to death, passive', 'On 5 March 2024, a suspected thief was stoned to death by a mob in Kelvo.', 1, false],
  ['passive chain', 'On 5 March 2024, a trader was abducted by three men and beaten to death in Kelvo.', 1, false],
  ['"is dead"', 'On 5 March 2024, a herder is dead after raiders attacked Kelvo.', 1, false],
  ['one of the men', 'On 5 March 2024, soldiers clashed with rebels in Kelvo. One of the wounded rebels died later in hospital.', 1, false],
  // several victims, no number: ACLED's plural fatalities, like "several"
  ['plural object', 'On 5 March 2024, gunmen attacked Kelvo and killed villagers.', 3, false],
  ['plural passive', 'On 5 March 2024, raiders attacked Kelvo; herders were killed.', 3, false],
  // not a death told
  ['nearly killed', 'On 5 March 2024, a mob attacked and nearly killed a suspected thief in Kelvo.', 0, false],
  ['whether anyone', 'On 5 March 2024, gunmen attacked Kelvo; it is unclear whether anyone was killed.', 0, true],
  ['animals', 'On 5 March 2024, raiders attacked Kelvo, where houses were burnt and goats killed.', 0, true],
  ['an adjective', 'On 5 March 2024, supporters of the slain preacher rioted in Kelvo, burning tyres.', 0, false],
  // deaths behind the event
  ['protest the killing of', 'On 5 March 2024, traders protested in Kelvo against the killing of a colleague by police.', 0, false],
  ['riot over a death', 'On 5 March 2024, students rioted in Kelvo over the death of a classmate.', 0, false],
  ['after an accident', 'On 5 March 2024, residents blocked the highway in Kelvo after a lorry hit and killed a cyclist.', 0, false],
  ['suspect in an earlier attack', 'On 5 March 2024, a suspect in an attack that killed four was beaten to death by a mob in Kelvo.', 1, false],
  ['a death from illness', 'On 5 March 2024, residents protested in Kelvo after a patient died of cholera at the clinic.', 0, false],
  ['fronted clause ends at its comma', 'On 5 March 2024, after heavy fighting, rebels in Kelvo said they killed two soldiers.', 2, false],
  // a number right after the kill word is the victims, not the perpetrators
  ['victims, not perpetrators', 'On 5 March 2024, police killed two bandits after they attacked Kelvo.', 2, false],
];

for (const [name, text, fatalities, unknown] of CASES) {
  test(`fatalities: ${name}`, async () => {
    const e = top(await code(text));
    assert.ok(e, 'an event');
    assert.equal(e.fatalities, fatalities);
    assert.equal(e.fatalities_unknown, unknown);
  });
}

const MORE: [string, string, number][] = [
  ['perpetrators after "by"', 'On 5 March 2024, a shopkeeper was gunned down by two gunmen in Kelvo.', 1],
  ['subject of an active kill verb with its own object', 'On 5 March 2024, three gunmen shot and killed a shopkeeper in Kelvo.', 1],
  ['"a group of" counts perpetrators', 'On 5 March 2024, a group of armed men killed 4 villagers in Kelvo.', 4],
  ['victims with no object after the verb', 'On 5 March 2024, three gunmen were killed in Kelvo.', 3],
  ['a single victim joined by "and a"', 'On 5 March 2024, rebels attacked Kelvo, killing 3 soldiers and a civilian.', 4],
  ['not joined when wounded', 'On 5 March 2024, rebels attacked Kelvo, killing 3 soldiers and wounding a civilian.', 3],
  ['a toll restated in the next sentence', 'On 5 March 2024, rebels shelled Kelvo and killed five civilians. Five deaths were reported by the hospital.', 5],
  ['things, not people', 'On 5 March 2024, 50 raiders stole hundreds of goats in Kelvo, and 4 herders were killed.', 4],
  ['captured, not killed', 'On 5 March 2024, soldiers clashed with rebels in Kelvo: 12 captured and 1 killed.', 1],
];

for (const [name, text, fatalities] of MORE) {
  test(`fatalities: ${name}`, async () => {
    const e = top(await code(text));
    assert.ok(e, 'an event');
    assert.equal(e.fatalities, fatalities);
  });
}

test('fatalities: an attempt or a narrow escape is not a death', async () => {
  for (const text of ['On 5 March 2024, a mob tried to kill a suspected thief in Kelvo.', 'On 5 March 2024, a pair of thieves were beaten and nearly lynched by a mob in Kelvo.', 'On 5 March 2024, a chief escaped death when gunmen attacked his car in Kelvo.']) {
    const e = top(await code(text));
    assert.ok(e, text);
    assert.equal(e.fatalities, 0, text);
  }
});

test('fatalities: present-tense lynch, gun down, assassinated; a lynch mob is no victim', async () => {
  assert.equal(top(await code('Villagers lynch suspected thief in Kelvo'))!.fatalities, 1);
  assert.equal(top(await code('On 5 March 2024, a councillor was assassinated outside Kelvo.'))!.fatalities, 1);
  const mob = top(await code('On 5 March 2024, police rescued a man from a lynch mob in Kelvo.'));
  if (mob) assert.equal(mob.fatalities, 0);
});

const TOLLS: [string, string, number][] = [
  ['an age is not a count', 'On 5 March 2024, police shot and killed a 23 year-old student in Kelvo.', 1],
  ['"father of four" is not a count', 'On 5 March 2024, a father of four was killed by gunmen in Kelvo.', 1],
  ['agents after "by" right after the kill word', 'On 5 March 2024, a farmer was killed by 30 raiders in Kelvo.', 1],
  ['a conflicting report: the plain toll', 'On 5 March 2024, four civilians were killed when gunmen attacked a bus in Kelvo. Conflicting reports have nine deaths.', 4],
  ['a claim alone: its figure', 'On 5 March 2024, rebels attacked an army post in Kelvo and claimed to have killed 12 soldiers.', 12],
];

for (const [name, text, fatalities] of TOLLS) {
  test(`fatalities: ${name}`, async () => {
    const e = top(await code(text));
    assert.ok(e, 'an event');
    assert.equal(e.fatalities, fatalities);
  });
}

test('fatalities: a report that no one died gives 0, not unknown', async () => {
  for (const text of ['On 5 March 2024, a mob attacked a suspect in Kelvo; nobody was killed.', 'On 5 March 2024, a man was lynched by a mob in Kelvo. No fatalities were reported.']) {
    const e = top(await code(text));
    assert.ok(e, text);
    assert.equal(e.fatalities, 0, text);
    assert.equal(e.fatalities_unknown, false, text);
  }
});

test('fatalities: a death avenged is background, a revenge attack is not', async () => {
  assert.equal(top(await code('On 5 March 2024, soldiers beat residents of Kelvo to avenge the killing of a colleague.'))!.fatalities, 0);
  assert.equal(top(await code('On 5 March 2024, a revenge attack by raiders in Kelvo left one dead.'))!.fatalities, 1);
});
