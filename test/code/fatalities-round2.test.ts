// Fatalities, round 2: deaths reported as "feared dead" are reported deaths (ACLED counts them),
// killings "stoned/burnt/beaten to death" are events. Hand-written sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, top } from './helpers.js';

const CASES: [string, string, number][] = [
  ['feared dead after an attack', 'On 5 March 2024, two herders are feared dead after raiders attacked Kelvo.', 2],
  ['one feared dead', 'On 5 March 2024, a teacher is feared dead after gunmen attacked a school in Kelvo.', 1],
  ['burnt to death, passive', 'On 5 March 2024, three suspected cattle thieves were burnt to death in Kelvo.', 3],
  ['stoned to death by residents', 'On 5 March 2024, two alleged burglars were stoned to death by residents of Kelvo.', 2],
  ['stone ... to death, headline', 'Angry crowd stones two pickpockets to death in Kelvo', 2],
];

for (const [name, text, fatalities] of CASES) {
  test(`fatalities round 2: ${name}`, async () => {
    const e = top(await code(text));
    assert.ok(e, 'an event');
    assert.equal(e.fatalities, fatalities);
  });
}

test('fatalities round 2: fear of an attack is still no event', async () => {
  const doc = await code('On 5 March 2024, residents of Kelvo feared that bandits would attack the market.');
  assert.equal(doc.events.length, 0);
});

// Which event carries the deaths: a later sentence of the same place and day that tells the deaths
// of the event already told, naming no perpetrator or pointing back to it ("in the attack").
const OUTCOMES: [string, string, number, string][] = [
  ['no perpetrator named', 'On 5 March 2024, Samburu raiders attacked Kelvo and drove away cattle. At least 12 people, among them children, died.', 12, 'Attack'],
  ['"in the clash"', 'On 5 March 2024, two neighbouring clans clashed in Kelvo over grazing land. A passer-by was reportedly killed in the clash.', 1, 'Armed clash'],
  ['"during the raid"', 'On 5 March 2024, bandits raided Kelvo. During the raid, three of the bandits were killed.', 3, ''],
];

for (const [name, text, fatalities, sub] of OUTCOMES) {
  test(`fatalities round 2: outcome sentence, ${name}`, async () => {
    const e = top(await code(text));
    assert.ok(e, 'an event');
    assert.equal(e.fatalities, fatalities);
    if (sub) assert.equal(e.sub_event_type, sub);
  });
}

test('fatalities round 2: police shooting people at a riot is the riot, with its dead', async () => {
  const e = top(await code('On 5 March 2024, rioters burnt tyres and blocked roads in Kelvo. Police intervened, shooting two dead.'));
  assert.ok(e, 'an event');
  assert.equal(e.event_type, 'Riots');
  assert.equal(e.fatalities, 2);
  assert.match(e.actor2, /^Police/);
});

test('fatalities round 2: a part of a toll already counted is not added ("one of whom", "two on each side")', async () => {
  assert.equal(top(await code('On 5 March 2024, gunmen killed three traders in Kelvo, one of whom was a chief.'))!.fatalities, 3);
  assert.equal(top(await code('On 5 March 2024, two clans clashed in Kelvo over water. Six were killed, three on each side.'))!.fatalities, 6);
  assert.equal(top(await code('On 5 March 2024, bandits attacked Kelvo. One of them was killed.'))!.fatalities, 1);
});
