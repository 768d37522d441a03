// Leftovers of the review (tidy round): the frontline sides read the event's place and day as
// buildEvent worked them out; the cause-clause words are data. Hand-written sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from './helpers.js';
import { causeClauseStart } from '../../src/code/modality.js';
import { knowledge } from '../../src/code/knowledge.js';
import { tokenize } from '../../src/code/tokens.js';

const UA = 'Military Forces of Ukraine (2019-)';
const NAF = 'NAF: United Armed Forces of Novorossiya';

test('a report of shelling that names only a region takes the town carried forward from the mention before: its holder decides the sides', async () => {
  const doc = await code('On 12 June 2020, police arrested a looter in Avdiivka. Later that day, shelling hit a village in Donetsk region.', '2020-06-15');
  const e = doc.events.find((x) => x.event_type === 'Explosions/Remote violence');
  assert.ok(e, 'an explosions event');
  assert.equal(e.location, 'Avdiivka');
  // Avdiivka was government-held: the separatists fired on it.
  assert.equal(e.actor1, NAF);
  assert.equal(e.actor2, UA);
});

test('the same story at a separatist-held town: the government side fires', async () => {
  const doc = await code('On 12 June 2020, police arrested a looter in Horlivka. Later that day, a shell exploded in Donetsk oblast.', '2020-06-15');
  const e = doc.events.find((x) => x.event_type === 'Explosions/Remote violence');
  assert.ok(e, 'an explosions event');
  assert.equal(e.location, 'Horlivka');
  assert.equal(e.actor1, UA);
  assert.equal(e.actor2, NAF);
});

test('the cause-clause words come from data/lexicons/modality.json (cause_words)', () => {
  const words = knowledge().causeWords;
  for (const w of ['for', 'over', 'because', 'revenge']) assert.ok(words.has(w), w);
  assert.ok(!words.has('after'), '"after" as often tells the same act');
  const text = 'A crowd beat a man to death over a theft reported last month.';
  const toks = tokenize(text);
  const at = causeClauseStart(toks, toks.findIndex((t) => t.norm === 'beat') + 1);
  assert.equal(at, text.indexOf('over'));
  const none = tokenize('Gunmen shot a trader after an argument last week.');
  assert.equal(causeClauseStart(none, 3), null);
});
