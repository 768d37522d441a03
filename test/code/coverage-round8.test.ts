// Coverage, round 8 (hand-written sentences): forms of the codebook's events that found no trigger —
// a protest "march" or "demo", workers demanding wages, fire answered by fire, heavy and medium
// weapons, anti-tank guided missiles, bombs dropped, armed forces bombing enemy bases, human remains
// found, shots fired at a person, structures blown up, weapons recovered (told in the passive),
// security beefed up, police dispersing a crowd, and displacement by fighting (ACLED: Other).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, top } from './helpers.js';

const cases: [string, string, string][] = [
  ['a protest march (noun)', 'On 5 March 2024, a march against fuel prices was held in Kelvo.', 'Peaceful protest'],
  ['people march (present tense)', 'On 5 March 2024, hundreds of teachers march in Kelvo to demand better housing.', 'Peaceful protest'],
  ['a demo', 'On 5 March 2024, opposition supporters held a demo in Kelvo.', 'Peaceful protest'],
  ['workers demanding unpaid salaries', 'On 5 March 2024, workers of a cement plant in Kelvo demanded their unpaid salaries.', 'Peaceful protest'],
  ['fire answered by fire', 'On 5 March 2024, army troops responded to rebel fire near Kelvo.', 'Armed clash'],
  ['heavy and medium weapons fired at a town', 'On 5 March 2024, rebel forces fired heavy and medium weapons at residential areas of Kelvo.', 'Shelling/artillery/missile attack'],
  ['an anti-tank guided missile', 'On 5 March 2024, rebels hit an army truck near Kelvo with an ATGM.', 'Shelling/artillery/missile attack'],
  ['bombs dropped', 'On 5 March 2024, military aircraft dropped two bombs on a market near Kelvo.', 'Air/drone strike'],
  ['the army bombing rebel bases', 'On 5 March 2024, the army bombed rebel bases in the hills near Kelvo.', 'Air/drone strike'],
  ['human remains found', 'On 5 March 2024, human remains were found in a ditch outside Kelvo.', 'Attack'],
  ['shots fired at a man', 'On 5 March 2024, unknown men fired shots at a local councillor in Kelvo.', 'Attack'],
  ['a bridge blown up', 'On 5 March 2024, militants blew up a bridge near Kelvo.', 'Remote explosive/landmine/IED'],
  ['weapons recovered (passive)', 'On 5 March 2024, police raided a hideout in Kelvo, where rifles and ammunition were recovered.', 'Disrupted weapons use'],
  ['security beefed up', 'On 5 March 2024, security was beefed up along the border near Kelvo.', 'Change to group/activity'],
  ['police dispersing a crowd', 'On 5 March 2024, police used tear gas to disperse hundreds of traders in Kelvo.', 'Protest with intervention'],
  ['villagers fleeing fighting', 'On 5 March 2024, about 300 villagers fled their homes near Kelvo after fighting between two armed groups.', 'Other'],
];

for (const [name, text, sub] of cases) {
  test(`${name}: ${sub}`, async () => {
    const doc = await code(text);
    assert.equal(top(doc)?.sub_event_type, sub, text);
  });
}

test('the month March is not a protest march', async () => {
  const doc = await code('On 5 March 2024, the minister said the budget will be presented in March.');
  assert.equal(doc.events.length, 0);
});

test('displacement gives way to the violence told with it', async () => {
  const doc = await code('On 5 March 2024, gunmen killed four villagers in Kelvo and hundreds fled the village.');
  assert.equal(top(doc).sub_event_type, 'Attack');
});

test('a crowd dispersed after an armed attack stays the attack', async () => {
  const doc = await code('On 5 March 2024, militiamen attacked a police post in Kelvo; police later dispersed a crowd that gathered there.');
  assert.equal(top(doc).event_type, 'Battles');
});

test('a cue word inside a name (capitalised mid-sentence) does not reject the act', async () => {
  const doc = await code('On 5 March 2024, the director of Urban Planning was shot and killed by gunmen in Kelvo.');
  assert.equal(top(doc)?.sub_event_type, 'Attack');
});

test('the same word as a plain cue still rejects the act', async () => {
  const doc = await code('On 5 March 2024, police said gunmen were planning to attack the market in Kelvo.');
  assert.equal(doc.events.length, 0);
});

test('displacement with no violence named is no event (floods, refugees coming home)', async () => {
  for (const text of [
    'On 5 March 2024, about 300 villagers fled their homes near Kelvo after heavy floods.',
    'On 5 March 2024, 250 refugees returned to Kelvo from the neighbouring country.',
  ]) {
    const doc = await code(text);
    assert.equal(doc.events.length, 0, text);
  }
});
