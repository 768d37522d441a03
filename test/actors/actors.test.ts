import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { actorCountry, buildActorDictionary, findActors, genericActor, interaction, stateForceName } from '../../src/actors/index.js';
import { actorsStage } from '../../src/annotate/actors.js';
import { createDocument } from '../../src/document.js';
import { createContext } from '../../src/context.js';

const USER_FILE = fileURLToPath(new URL('./fixtures/user-actors.json', import.meta.url));

// Sentences in the style of the reference article (paraphrased, not copied from eval data).
const REFERENCE = 'Clashes erupted overnight as Syrian forces stormed a camp of foreign jihadists in the west of the province. ' +
  'The camp is led by a French national who commands a contingent of foreign fighters. ' +
  'The Syrian General Security Service said its operation aimed to restore stability.';

test('reference article: Syrian forces and the General Security Service are state forces of Syria after December 2024', () => {
  const found = findActors(REFERENCE, 0, { countryCode: 'SY', date: '2025-10-22' });
  const forces = found.find((m) => m.text === 'Syrian forces');
  assert.ok(forces);
  assert.equal(forces.actor, 'Military Forces of Syria (2024-)');
  assert.equal(forces.inter, 1);
  const gss = found.find((m) => m.text === 'Syrian General Security Service');
  assert.ok(gss);
  assert.equal(gss.inter, 1);
  assert.match(gss.actor, /Forces of Syria \(2024-\)$/);
  for (const m of found) assert.equal(REFERENCE.slice(m.start, m.end), m.text);
});

test('reference article: the foreign jihadists and foreign fighters are a non-state armed group (inter 2 or 3)', () => {
  const found = findActors(REFERENCE, 0, { countryCode: 'SY', date: '2025-10-22' });
  for (const text of ['foreign jihadists', 'foreign fighters']) {
    const m = found.find((x) => x.text === text);
    assert.ok(m, text);
    assert.ok(m.inter === 2 || m.inter === 3, `${text}: inter ${m.inter}`);
  }
});

test('before December 2024 the same words name the Assad-era forces', () => {
  const [m] = findActors('Syrian forces shelled the town.', 0, { countryCode: 'SY', date: '2020-05-01' });
  assert.equal(m.actor, 'Military Forces of Syria (2000-2024)');
});

test('periods: Kenyan police in 2019 and in 2023, Kibaki era, India under Modi', () => {
  assert.equal(findActors('Police dispersed the crowd.', 0, { countryCode: 'KE', date: '2019-06-01' })[0].actor, 'Police Forces of Kenya (2013-2022)');
  assert.equal(findActors('Police dispersed the crowd.', 0, { countryCode: 'KE', date: '2023-06-01' })[0].actor, 'Police Forces of Kenya (2022-)');
  assert.equal(genericActor('military', 'KE', '2008-01-01').actor, 'Military Forces of Kenya (2002-2013)');
  assert.equal(genericActor('police', 'IN', '2020-01-01').actor, 'Police Forces of India (2014-)');
  assert.equal(stateForceName('military', 'PH', '2019-01-01'), 'Military Forces of the Philippines (2016-2022)');
});

test('genericActor names every kind ACLED-style with its inter code', () => {
  assert.deepEqual(genericActor('protesters', 'KE'), { actor: 'Protesters (Kenya)', inter: 6 });
  assert.deepEqual(genericActor('rioters', 'KE'), { actor: 'Rioters (Kenya)', inter: 5 });
  assert.deepEqual(genericActor('civilians', 'KE'), { actor: 'Civilians (Kenya)', inter: 7 });
  assert.deepEqual(genericActor('unidentified', 'KE'), { actor: 'Unidentified Armed Group (Kenya)', inter: 3 });
  assert.deepEqual(genericActor('military', 'KE', '2020-01-01'), { actor: 'Military Forces of Kenya (2013-2022)', inter: 1 });
  assert.deepEqual(genericActor('police', 'KE', '2020-01-01'), { actor: 'Police Forces of Kenya (2013-2022)', inter: 1 });
  assert.deepEqual(genericActor('civilians', 'CD'), { actor: 'Civilians (Democratic Republic of Congo)', inter: 7 });
  assert.deepEqual(genericActor('protesters', ''), { actor: 'Protesters', inter: 6 });
});

test('generic actors take the context country; adjectives override it', () => {
  const ng = findActors('Gunmen abducted two farmers near the village.', 0, { countryCode: 'NG', date: '2020-05-01' });
  assert.deepEqual(ng.map((m) => [m.actor, m.inter]), [['Unidentified Armed Group (Nigeria)', 3], ['Civilians (Nigeria)', 7]]);
  assert.deepEqual(ng[1].assoc, ['Farmers (Nigeria)']);
  const so = findActors('Kenyan troops repulsed the attack.', 0, { countryCode: 'SO', date: '2020-05-01' });
  assert.equal(so[0].actor, 'Military Forces of Kenya (2013-2022)');
  assert.equal(so[0].inter, 8, 'state forces abroad are external forces');
  const fr = findActors('French jihadists attacked the camp.', 0, { countryCode: 'SY', date: '2025-10-22' });
  assert.equal(fr[0].actor, 'Unidentified Armed Group (Syria)', 'an armed group belongs to the country of the text, not to its members');
  assert.equal(findActors('French soldiers patrolled.', 0, { countryCode: 'ML', date: '2020-01-01' })[0].actor, 'Military Forces of France (2017-)');
});

test('protesters, rioters and identity militias', () => {
  const ctx = { countryCode: 'KE', date: '2018-03-01' };
  const p = findActors('Teachers protested over delayed salaries in the town.', 0, ctx);
  assert.equal(p[0].actor, 'Protesters (Kenya)');
  assert.deepEqual(p[0].assoc, ['Teachers (Kenya)']);
  const r = findActors('Irate youths torched a police post.', 0, ctx);
  assert.equal(r[0].inter, 5);
  const far = findActors('Workers of the sugar mill, located outside the town, protested over unpaid wages.', 0, ctx);
  assert.equal(far[0].actor, 'Protesters (Kenya)', 'the nearest civilian group before a protest verb protests');
  assert.deepEqual(findActors('Musicians demonstrated outside the city hall.', 0, ctx).map((m) => [m.text, m.actor]), [['demonstrated', 'Protesters (Kenya)']]);
  assert.equal(findActors('On 5 March 2024, two villagers were killed.', 0, ctx).some((m) => m.inter === 6), false, '"March" the month is no protest');
  assert.equal(findActors('One man hacked to death in the village.', 0, ctx)[0].inter, 7, 'a headline passive is no riot');
  const mob = findActors('A mob lynched a suspected thief.', 0, ctx);
  assert.equal(mob[0].actor, 'Rioters (Kenya)');
  const m = findActors('Pokot raiders attacked herders and stole cattle.', 0, ctx);
  assert.equal(m[0].actor, 'Pokot Ethnic Militia (Kenya)');
  assert.equal(m[0].inter, 4);
  const c = findActors('Turkana villagers fled.', 0, ctx);
  assert.equal(c[0].actor, 'Civilians (Kenya)');
  assert.deepEqual(c[0].assoc, ['Turkana Ethnic Group (Kenya)']);
});

test('named armed groups with aliases, affiliations and periods', () => {
  const ctx = { countryCode: 'SO', date: '2020-05-01' };
  assert.equal(findActors('al-Shabaab militants ambushed a convoy.', 0, ctx)[0].actor, 'Al Shabaab');
  assert.equal(findActors('ISWAP fighters raided the base.', 0, { countryCode: 'NG' })[0].actor, 'Islamic State West Africa Province');
  assert.equal(findActors('The Taliban attacked a checkpoint.', 0, { countryCode: 'AF', date: '2019-01-01' })[0].inter, 2);
  const t = findActors('The Taliban attacked a checkpoint.', 0, { countryCode: 'AF', date: '2023-01-01' })[0];
  assert.equal(t.actor, 'Military Forces of Afghanistan (2021-)');
  assert.equal(t.inter, 1);
  assert.equal(findActors('The RSF shelled the market.', 0, { countryCode: 'SD', date: '2024-01-01' })[0].actor, 'Rapid Support Forces');
  assert.equal(findActors('The RSF shelled the market.', 0, { countryCode: 'SD', date: '2020-01-01' })[0].actor, 'Military Forces of Sudan (2019-)');
  // An alias with punctuation matches with or without it.
  assert.equal(findActors('CPI (Maoist) cadres set fire to vehicles.', 0, { countryCode: 'IN' })[0].inter, 2);
  assert.equal(findActors('CPI-Maoist cadres set fire to vehicles.', 0, { countryCode: 'IN' })[0].inter, 2);
  // Acronyms match with their case only: "is" is no Islamic State.
  assert.equal(findActors('The situation is calm.', 0, { countryCode: 'IQ' }).length, 0);
  assert.equal(findActors('IS claimed the attack.', 0, { countryCode: 'IQ' })[0].actor, 'Islamic State (Iraq)');
  // A common-word alias needs its country: "settlers" are Israeli settlers only in Palestine/Israel.
  assert.equal(findActors('Settlers attacked a farm.', 0, { countryCode: 'PS' })[0].actor, 'Settlers (Israel)');
  assert.notEqual(findActors('Settlers attacked a farm.', 0, { countryCode: 'KE' })[0]?.actor, 'Settlers (Israel)');
});

test('a user dictionary file adds actors, aliases with punctuation included', () => {
  const dict = buildActorDictionary([USER_FILE]);
  const found = findActors('Fighters of the K.9 Brigade and the Kilo-9 Brigade clashed with police.', 0, { countryCode: 'KE', date: '2020-01-01' }, dict);
  const named = found.filter((m) => m.kind === 'named');
  assert.equal(named.length, 2);
  for (const m of named) assert.equal(m.actor, 'Kilo-9 Brigade: Northern Watch (Testland)');
  assert.throws(() => buildActorDictionary(['/nonexistent/actors.json']), /nonexistent/);
});

test('the actors stage uses the document country and date, honours ctx.actorFiles, and survives a bad file', async () => {
  const doc = createDocument('d1', '', { origin: 'test', publishedAt: '2020-05-02' });
  doc.text = 'Northern Watch gunmen attacked villagers. Police arrived later.';
  doc.toponyms = [{ start: 0, end: 1, text: 'N', name: 'X', geonameid: 1, latitude: 0, longitude: 0, country_code: 'KE', admin1: null, admin2: null, feature_code: null, confidence: 1 }];
  await actorsStage.run(doc, createContext({ actorFiles: [USER_FILE] }));
  assert.deepEqual(doc.actors.map((m) => m.actor), ['Kilo-9 Brigade: Northern Watch (Testland)', 'Civilians (Kenya)', 'Police Forces of Kenya (2013-2022)']);
  const bad = createDocument('d2', '', { origin: 'test', publishedAt: '2020-05-02' });
  bad.text = 'Police arrived.';
  await actorsStage.run(bad, createContext({ actorFiles: ['/nonexistent/actors.json'] }));
  assert.equal(bad.actors.length, 1);
  assert.ok(bad.messages.some((m) => m.level === 'warning' && m.stage === 'actors'));
});

test('interaction codes: the full table of the codebook notes', () => {
  const table = [10, 11, 12, 13, 14, 15, 16, 17, 18, 20, 22, 23, 24, 25, 26, 27, 28, 30, 33, 34, 35, 36, 37, 38, 40, 44, 45, 46, 47, 48, 50, 55, 56, 57, 58, 60, 66, 67, 68, 70, 77, 78, 80, 88];
  const produced = new Set<number>();
  for (let a = 1; a <= 8; a++) {
    produced.add(interaction(a, 0));
    for (let b = 1; b <= 8; b++) {
      assert.equal(interaction(a, b), interaction(b, a), 'order-independent');
      produced.add(interaction(a, b));
    }
  }
  assert.deepEqual([...produced].sort((x, y) => x - y), table);
  assert.equal(interaction(7, 8), 78);
  assert.equal(interaction(0, 3), 30);
  assert.equal(interaction(0, 0), 0);
});

test('actorCountry reads the country back from ACLED-style names', () => {
  assert.equal(actorCountry('Military Forces of the Democratic Republic of Congo (2019-)'), 'CD');
  assert.equal(actorCountry('Police Forces of Kenya (2013-2022)'), 'KE');
  assert.equal(actorCountry('Protesters (Kenya)'), 'KE');
  assert.equal(actorCountry('Military Forces of Libya (2014-) Haftar Faction'), 'LY');
  assert.equal(actorCountry('Al Shabaab'), null);
});
