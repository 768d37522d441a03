// The trigger pattern lint (src/code/patterns.ts lintPattern): an alternative is one word, so a
// multi-word alternative is silently split by its space. The lint finds the usual slips.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lexiconLint } from '../../src/code/knowledge.js';
import { compileAll, lintPattern } from '../../src/code/patterns.js';

test('split multi-word alternatives are found', () => {
  // "road blockade|blockade" reads "road" then "blockade|blockade".
  assert.match(lintPattern('road blockade|blockade').join(), /"blockade" twice/);
  // "tear gas*|teargas*" reads "tear" then "gas*|teargas*".
  assert.match(lintPattern('tear gas*|teargas*|tear-gas*').join(), /repeats "tear"/);
  // "established|set up|built" reads "established|set" then "up|built".
  assert.match(lintPattern('established|set up|built|erected ... checkpoint*').join(), /"set up" was meant as one alternative/);
  assert.match(lintPattern('cut down|uprooted ... trees').join(), /"cut down"/);
});

test('other syntax slips are found', () => {
  assert.match(lintPattern('shot||killed').join(), /empty alternative/);
  assert.match(lintPattern('... killed').join(), /gap at the start/);
  assert.match(lintPattern('shot|...|killed').join(), /cannot be an alternative/);
  assert.match(lintPattern('ki*ll').join(), /only ends a prefix/);
});

test('clean patterns pass, including a particle shared by every verb', () => {
  for (const p of ['clash*', 'sealed|cordoned off', 'at|on|against soldiers|troops', 'held|staged ... rally|march', 'tear gas*', 'blew himself|herself up', 'broke|break up|down'])
    assert.deepEqual(lintPattern(p), [], p);
});

test('compileAll names the file, rule and pattern of each finding', () => {
  const warnings: string[] = [];
  const compiled = compileAll(['clash*', 'road blockade|blockade'], 'triggers.json rules[3] (Armed clash)', warnings);
  assert.equal(compiled.length, 2, 'the patterns still compile');
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /^triggers\.json rules\[3\] \(Armed clash\) pattern 1 "road blockade\|blockade": /);
});

test('the lexicons load; their findings are a list of named patterns', () => {
  for (const l of lexiconLint()) assert.match(l, /^\w+\.json \S.* pattern \d+ ".+": /);
});
