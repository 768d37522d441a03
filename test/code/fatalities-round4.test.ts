// Fatalities, round 4: a toll split across events (ACLED divides a summary total evenly per day or
// place), numbers that count groups or sides rather than people ("between two clans"), "both men"
// as two victims, "shooting dead", and a revenge attack for earlier deaths as background. Hand-written sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, top } from './helpers.js';

const CASES: [string, string, number][] = [
  ['a toll split evenly across events', 'Militants attacked Kelvo on Monday. Unclear fatalities coded as 10 and split between 3 locations.', 3],
  ['a split toll rounds to the nearest share', 'Gunmen killed 20 fighters in raids on Kelvo on Monday; fatalities split up between 3 events.', 7],
  ['a split with the share told in brackets', 'Militants attacked Kelvo on Monday, killing 12 people. Fatalities are split across 2 events (7).', 7],
  ['a split with "coded to each"', 'Raiders attacked Kelvo on Monday, killing 8. Fatalities coded as 8 and split between the two events with 4 coded to each.', 4],
  ['a split over days in words', 'Raiders attacked Kelvo on Monday, killing six; the deaths have been split over two days.', 3],
  ['"between two clans" counts sides', 'Clashes between two clans leave 5 dead in Kelvo on Monday.', 5],
  ['"between two factions" is no victim count', 'A farmer was hacked to death in a feud between two factions of a family in Kelvo on Monday.', 1],
  ['a thing noun before a people noun counts people', 'Police shot dead 9 cattle rustlers in Kelvo on Monday.', 9],
  ['"gang members" are people', 'Police killed five gang members in a shootout in Kelvo on Monday.', 5],
  ['"both men", passive', 'Two traders were attacked by a mob in Kelvo on Monday. Both men were killed.', 2],
  ['"both men", active', 'Gunmen stopped a car in Kelvo on Monday and killed both men inside.', 2],
  ['"shooting dead" with a number', 'Police intervened in Kelvo on Monday, shooting dead 3 and injuring four others.', 3],
  ['a revenge attack for earlier deaths', 'Raiders killed 1 herder in Kelvo on Monday in a revenge attack for 2 traders killed last month.', 1],
  ['"coded across N events" splits the toll', 'Clashes between two clans in Kelvo on Monday resulted in 4 deaths (coded across 4 events).', 1],
  ['a school year is no count', 'A form four student was shot dead by police during a protest in Kelvo on Monday.', 1],
  ['"grade 5" is no count', 'A grade 5 pupil was killed by a stray bullet in Kelvo on Monday.', 1],
  ['the attacker turning the gun on himself', 'A police officer shot dead his wife in Kelvo on Monday before turning the gun on himself.', 2],
  ['the attacker\'s suicide counts', 'A soldier shot dead his commander at a camp in Kelvo on Monday before committing suicide.', 2],
  ['a suicide before the event is no death of it', 'Students rioted in Kelvo on Monday after a classmate committed suicide in police custody.', 0],
  ['"total of N" without an article is the toll', 'Clashes between two clans leave total of 13 dead in Kelvo on Monday.', 13],
  ['a bracketed total restates the toll', 'Prisoners clashed with guards in Kelvo on Monday, killing one. 11 prisoners were also killed (total of 12 fatalities).', 12],
  ['"a total of N" as the object', 'Troops killed a total of 9 militants in Kelvo on Monday.', 9],
  ['killed, injured or captured is no death count', 'A total of 5 militants were killed, injured or captured in an operation in Kelvo on Monday.', 0],
  ['killed or wounded is no death count', 'Two soldiers were killed or wounded in an ambush in Kelvo on Monday.', 0],
  ['"also killed" in a later sentence adds to the toll', '2 soldiers were killed in an attack by militants in Kelvo on Monday. 7 militants were also killed.', 9],
  ['"other" victims in a later sentence add to the toll', 'Three guards were killed when gunmen raided a bank in Kelvo on Monday. Two other guards were killed as they arrived to help.', 5],
  ['a restated toll is not added', 'Gunmen killed four traders in Kelvo on Monday. The four traders were killed as they closed their shops.', 4],
  ['a bracketed total with "also" is not added', 'Prisoners clashed with guards in Kelvo on Monday, killing one. 11 prisoners were also killed (total of 12 fatalities).', 12],
  ['a number in a place name', 'Two armed men shot and killed a man in Sector 12 of Kelvo on Monday.', 1],
  ['a number in a weapon name', 'Militants shot and killed a police officer in Kelvo on Monday and seized an AK 47 he was carrying.', 1],
  ['"shots" are not people', 'A man was shot to death by gunmen in Kelvo on Monday, with two shots to the head.', 1],
  ['"between 2 families" counts sides', '2 civilians were killed in shooting during clashes between 2 families in Kelvo on Monday.', 2],
  ['the passive subject of a kill word is its victim', 'Two militants were killed in the attack in Kelvo on Monday, including a local commander.', 2],
  ['"shot to death" by a number of attackers', 'An adolescent was shot to death by six armed men in Kelvo on Monday.', 1],
];

for (const [name, text, fatalities] of CASES) {
  test(`fatalities round 4: ${name}`, async () => {
    const e = top(await code(text));
    assert.ok(e, 'an event');
    assert.equal(e.fatalities, fatalities);
  });
}
