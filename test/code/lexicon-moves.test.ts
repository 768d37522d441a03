// Word lists moved out of the coder's regexes into data/lexicons (roles.json, numbers.json,
// modality.json, cues.json): each loads, is documented, and a word added to a list is honoured.
// Hand-written sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../../src/paths.js';
import { alternatives, knowledge } from '../../src/code/knowledge.js';
import { code, top } from './helpers.js';

// A word no list holds, added before the coder first builds its regexes (they are built once, from the loaded lists).
knowledge().roleWords.former_words.push('pensioned');

const lexicon = (file: string) => JSON.parse(readFileSync(join(DATA_DIR, 'lexicons', file), 'utf8')) as Record<string, unknown>;

const ROLE_KEYS = ['bare_force_nouns', 'agent_verbs', 'agent_modifiers', 'passive_death_words', 'irregular_participles', 'claim_verbs', 'claim_objects', 'former_words', 'aside_prepositions', 'ally_verbs', 'ally_prepositions', 'ally_support_nouns', 'repel_verbs', 'repelled_attack_nouns', 'repelled_by', 'response_verbs', 'answer_words', 'target_words', 'umbrella_verbs', 'umbrella_nouns', 'link_words', 'apposition_words', 'member_nouns', 'identity_fighter_nouns', 'identity_group_nouns', 'identity_attack_verbs', 'victim_before_words', 'unknown_words', 'headline_participles', 'report_words'];

test('every word list moved into roles.json loads, is non-empty and has its about_ entry', () => {
  const raw = lexicon('roles.json');
  for (const key of ROLE_KEYS) {
    assert.ok(knowledge().roleWords[key]?.length, key);
    assert.equal(typeof raw[`about_${key}`], 'string', `about_${key}`);
  }
});

test('alternatives: words escaped, "*" any ending, "a|b" alternative words in one place', () => {
  const re = new RegExp(`^(?:${alternatives(['ex-', 'repel*', 'killing|killed himself|herself', 'u.n.'])})$`);
  for (const s of ['ex-', 'repelled', 'repel', 'killed herself', 'killing himself', 'u.n.']) assert.match(s, re, s);
  for (const s of ['ex', 'killed', 'himself', 'uxnx', 'repel off']) assert.doesNotMatch(s, re, s);
  // An empty list matches nothing, not the empty string.
  assert.doesNotMatch('', new RegExp(`^(?:${alternatives([])})$`));
});

test('a word added to roles.json former_words is honoured: a pensioned officer shot dead is a civilian victim', async () => {
  const e = top(await code('Gunmen shot dead a pensioned police officer in Eldoret town on Monday.'));
  assert.equal(e.event_type, 'Violence against civilians');
  assert.match(e.actor2, /^Civilians/);
});

test('a listed former word still makes the officer a civilian', async () => {
  const e = top(await code('Gunmen shot dead a retired police officer in Eldoret town on Monday.'));
  assert.equal(e.event_type, 'Violence against civilians');
  assert.match(e.actor2, /^Civilians/);
});

test('the toll word lists moved into numbers.json load, are non-empty and documented', () => {
  const raw = lexicon('numbers.json');
  const g = knowledge().numbers.victimGrammar;
  for (const key of ['counted_things', 'side_nouns', 'listed_outcomes', 'or_outcomes']) assert.ok(g[key]?.size, key);
  assert.ok(knowledge().numbers.ownDeath.length, 'own_death');
  for (const key of ['counted_things', 'side_nouns', 'mixed_outcomes', 'own_death']) assert.equal(typeof raw[`about_${key}`], 'string', `about_${key}`);
});

test('numbers.json own_death: a man who kills his wife and then himself is two deaths', async () => {
  const e = top(await code('A man shot dead his wife in Kisumu on Sunday night before turning the gun on himself, police said.'));
  assert.equal(e.fatalities, 2);
});

test('the detect word sets moved into cues.json and the date words moved into modality.json load, are non-empty and documented', () => {
  const cues = lexicon('cues.json');
  for (const key of ['harmed_only', 'protester_nouns', 'irregular_past']) {
    assert.ok(knowledge().cues[key]?.length, key);
    assert.equal(typeof cues[`about_${key}`], 'string', `about_${key}`);
  }
  assert.ok(knowledge().modalityWords.date_words?.length, 'date_words');
  assert.equal(typeof lexicon('modality.json').about_date_words, 'string');
});

test('modality.json date_words: a sentence dated by a month name (no digit) long before publication is background', async () => {
  for (const text of ['Gunmen killed two traders in Garissa town last March, police said.', 'Gunmen killed two traders in Garissa town in January, police said.'])
    assert.equal((await code(text, '2024-09-06')).events.length, 0, text);
});
