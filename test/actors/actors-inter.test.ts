// Actor recognition and inter codes: hand-written sentences (our own wording) for each rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findActors } from '../../src/actors/index.js';
import { code, top } from '../code/helpers.js';

test('"forces of <Country>": state nouns followed by "of" and a country are that country\'s forces', () => {
  const found = findActors('Army units of Georgia shelled the outposts held by the police of Moldova.', 0, { date: '2020-05-01' });
  const georgia = found.find((m) => m.text.startsWith('Army units of Georgia'));
  assert.ok(georgia, JSON.stringify(found));
  assert.match(georgia.actor, /^Military Forces of Georgia/);
  assert.equal(georgia.inter, 1);
  const moldova = found.find((m) => m.text.endsWith('Moldova'));
  assert.ok(moldova);
  assert.match(moldova.actor, /^Police Forces of Moldova/);
});

test('an alias shared by two groups goes to the group whose own name it is when no country decides', () => {
  const [m] = findActors('Al Shabaab claimed the ambush on a convoy.', 0, { date: '2020-05-01' });
  assert.equal(m.actor, 'Al Shabaab');
});

test('"anti-<group>" names the other side, not the group', () => {
  const found = findActors('Anti-Houthi fighters repelled an assault on the ridge.', 0, { countryCode: 'YE', date: '2020-05-01' });
  assert.ok(!found.some((m) => /Houthi|Supreme Political Council/.test(m.actor)), JSON.stringify(found));
});

test('coalitions: the Saudi-led one in Yemen, the US-led one in Syria (inter 8)', () => {
  const [ye] = findActors('Saudi-led coalition jets bombed a bridge.', 0, { countryCode: 'YE', date: '2020-05-01' });
  assert.equal(ye.actor, 'Operation Restoring Hope');
  assert.equal(ye.inter, 8);
  const [sy] = findActors('The US-led coalition struck a depot.', 0, { countryCode: 'SY', date: '2020-05-01' });
  assert.equal(sy.actor, 'Global Coalition Against Daesh');
  assert.equal(sy.inter, 8);
});

test('two identity groups as the sides of a clash are both identity militias', () => {
  const found = findActors('Fighting broke out between the Ogiek and Kipsigis over a forest boundary.', 0, { countryCode: 'KE', date: '2020-05-01' });
  const names = found.filter((m) => m.inter === 4).map((m) => m.actor);
  assert.deepEqual(names, ['Ogiek Ethnic Militia (Kenya)', 'Kipsigis Ethnic Militia (Kenya)']);
  const vs = findActors('Tension rose again, Dinka vs. Nuer, near the river.', 0, { countryCode: 'SS', date: '2020-05-01' });
  assert.equal(vs.filter((m) => m.inter === 4).length, 2);
});

test('"<group> militants" is the group\'s militia', () => {
  const [m] = findActors('Nyangatom militants drove off a herd at dawn.', 0, { countryCode: 'ET', date: '2020-05-01' });
  assert.equal(m.actor, 'Nyangatom Ethnic Militia (Ethiopia)');
  assert.equal(m.inter, 4);
});

test('"a <group> raid on" a village: the group is the attacker, the villagers civilians', async () => {
  const e = top(await code('Two villagers were killed in a Turkana raid on a village near Lodwar on Monday.', '2020-05-06'));
  assert.equal(e.actor1, 'Turkana Ethnic Militia (Kenya)');
  assert.equal(e.inter1, 4);
  assert.equal(e.inter2, 7);
});

test('cattle theft and land disputes by unnamed attackers: a communal militia (inter 4)', async () => {
  const e = top(await code('Unknown gunmen killed a herder and stole forty cows near Maralal on Sunday.', '2020-05-06'));
  assert.equal(e.inter1, 4, e.actor1);
  assert.match(e.actor1, /Communal Militia \(Kenya\)/);
});

test('forces of another country in the event\'s country are External/Other forces (inter 8)', async () => {
  const e = top(await code('On 3 May 2020, Turkish forces shelled positions near Tell Abiad.', '2020-05-04'));
  assert.match(e.actor1, /^Military Forces of Turkey/);
  assert.equal(e.inter1, 8);
});

test('a force is not taken as foreign when the text names a place of its own country', async () => {
  const e = top(await code('On 3 May 2020, Turkish soldiers clashed with smugglers near Hakkari and Tell Abiad.', '2020-05-04'));
  assert.match(e.actor1, /^Military Forces of Turkey/);
  assert.equal(e.inter1, 1);
});

test('generic actors take the event country: unnamed police in a Kenyan town', async () => {
  const e = top(await code('Police shot dead two robbers in Kisumu on Tuesday.', '2020-05-06'));
  assert.match(e.actor1, /^Police Forces of Kenya/);
  assert.equal(e.inter1, 1);
});

test('actor1 is the agent: "X were killed by suspected Y", "Y claimed the attack"', async () => {
  const a = top(await code('On 2 May 2020, three policemen were killed in an attack by suspected Taliban militants on a checkpoint in Tarinkot.', '2020-05-03'));
  assert.equal(a.actor1, 'Taliban');
  const b = top(await code('On 2 May 2020, a roadside bomb hit an army convoy near Afgooye and Al Shabaab militants claimed to have killed two soldiers.', '2020-05-03'));
  assert.equal(b.actor1, 'Al Shabaab');
});

test('the acronym of an "ACRONYM: Full Name" actor names it in its country', () => {
  const [m] = findActors('AA fighters seized a police outpost overnight.', 0, { countryCode: 'MM', date: '2020-05-01' });
  assert.equal(m.actor, 'AA: Arakan Army');
  assert.ok(!findActors('AA fighters seized a police outpost overnight.', 0, { countryCode: 'KE', date: '2020-05-01' }).some((x) => x.actor === 'AA: Arakan Army'));
});

test('"an attack attributed to X": X is the perpetrator', async () => {
  const e = top(await code('On 7 May 2020, two farmers were killed in an attack attributed to ADF fighters near Oicha, Beni territory.', '2020-05-08'));
  assert.equal(e.actor1, 'ADF: Allied Democratic Forces');
  assert.equal(e.inter1, 2);
});

test('identity groups: plurals, "between members of X and Y", "X of <Country> attack"', () => {
  const pl = findActors('Clashes between the Luos and Kalenjins left two dead.', 0, { countryCode: 'KE', date: '2020-05-01' });
  assert.equal(pl.filter((m) => m.inter === 4).length, 2, JSON.stringify(pl));
  const mem = findActors('Fresh fighting between members of Borana and Gabra communities was reported.', 0, { countryCode: 'KE', date: '2020-05-01' });
  assert.deepEqual(mem.filter((m) => m.inter === 4).map((m) => m.actor), ['Borana Ethnic Militia (Kenya)', 'Gabra Ethnic Militia (Kenya)']);
  const [of] = findActors('Nyangatom of Ethiopia attack fishermen on the lake shore.', 0, { countryCode: 'KE', date: '2020-05-01' });
  assert.equal(of.actor, 'Nyangatom Ethnic Militia (Ethiopia)');
});

test('a nationality that is an ethnic group of the event country names that group\'s militia', async () => {
  const e = top(await code('On 21 January 2020, suspected Somali militia shot dead a farmer in Mwingi, Kitui county, Kenya.', '2020-01-22'));
  assert.equal(e.actor1, 'Somali Ethnic Militia (Kenya)');
  assert.equal(e.inter1, 4);
});

test('a side named among the dead is not the attacker', async () => {
  const e = top(await code('On 16 February 2020, two people including a police officer died in clashes between Pokot and Turkana communities in Kainuk, Turkana county.', '2020-02-17'));
  assert.equal(e.inter1, 4, e.actor1);
});

test('strategic developments: a named actor before a bare role noun', async () => {
  const e = top(await code('Troop movements and forces: on 4 May 2020, Turkish forces brought reinforcements to their positions near Tell Abiad.', '2020-05-05'));
  assert.match(e.actor1, /^Military Forces of Turkey/);
});

test('police nouns: a cop, a reservist, a ranger are state forces', () => {
  for (const text of ['Gunmen shot a cop on duty.', 'Raiders killed a police reservist.', 'Poachers wounded a ranger.']) {
    assert.ok(findActors(text, 0, { countryCode: 'KE', date: '2020-05-01' }).some((m) => m.inter === 1 && /^Police Forces of Kenya/.test(m.actor)), text);
  }
});

test('numbered formations are state military units, unless a group is named after them', () => {
  const [m] = findActors('The 41st Mechanized Brigade shelled the hills.', 0, { countryCode: 'YE', date: '2020-05-01' });
  assert.equal(m.text, '41st Mechanized Brigade');
  assert.match(m.actor, /^Military Forces of Yemen/);
  const other = findActors('The 3rd Brigade of the Syrian National Army withdrew.', 0, { countryCode: 'SY', date: '2020-05-01' });
  assert.ok(!other.some((x) => x.inter === 1), JSON.stringify(other));
});

test('the Popular Mobilization Forces are Iraqi state forces after their incorporation (late 2016)', () => {
  const [m] = findActors('PMF fighters repelled an attack.', 0, { countryCode: 'IQ', date: '2020-05-01' });
  assert.equal(m.inter, 1);
  assert.match(m.actor, /^Military Forces of Iraq \(\d{4}-\d{0,4}\) Popular Mobilization Forces$/);
  const [old] = findActors('PMF fighters repelled an attack.', 0, { countryCode: 'IQ', date: '2015-05-01' });
  assert.equal(old.inter, 3);
});
