// Mentions that must not become events are kept on doc.mentions with the reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from './helpers.js';

const CASES: [string, string, string][] = [
  ['background (past attacks)', 'Past attacks by the group killed dozens of villagers along the coast.', 'background'],
  ['background (past perfect)', 'The militia had attacked the same village, residents said.', 'background'],
  ['background (last year)', 'Gunmen attacked the village last year, killing 4 people.', 'background'],
  ['background (bare earlier year)', 'In 2019 rebels attacked the town and killed 12 soldiers.', 'background'],
  ['hypothetical', 'Officials said fighters could attack the town if talks fail.', 'hypothetical'],
  ['negated', 'The army denied that soldiers attacked the village.', 'negated'],
  ['threatened', 'The group threatened to attack government positions.', 'threatened'],
  ['planned', 'The rebels are planning to attack the capital.', 'planned'],
  ['commemoration', 'Residents gathered to commemorate the victims of the massacre on its tenth anniversary.', 'commemoration'],
  ['trial', 'A court sentenced two men for the bombing of a bus station.', 'trial'],
];

for (const [name, text, reason] of CASES) {
  test(`modality: ${name}`, async () => {
    const doc = await code(text);
    assert.equal(doc.events.length, 0, `no event expected for: ${text}`);
    assert.ok(doc.mentions.some((m) => m.rejected === reason), `reason ${reason} expected, got ${JSON.stringify(doc.mentions.map((m) => m.rejected))}`);
  });
}

test('modality: a real event next to a background mention', async () => {
  const doc = await code('On 5 March 2024, gunmen attacked a bus near Kelvo. Past attacks on the road killed more than 40 people.');
  assert.equal(doc.events.length, 1);
  assert.equal(doc.events[0].fatalities, 0);
  assert.ok(doc.mentions.some((m) => m.rejected === 'background'));
});
