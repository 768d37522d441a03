import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateText, sentencesStage, splitSentences } from '../../src/annotate/sentences.js';
import { createDocument } from '../../src/document.js';
import { createContext } from '../../src/context.js';
import { referenceBody } from './reference.js';

test('sentence spans are exact offsets into the text', () => {
  const text = 'Gunmen attacked a village. Five people were killed!\nPolice arrived later?';
  const sentences = splitSentences(text);
  assert.deepEqual(sentences.map((s) => s.text), ['Gunmen attacked a village.', 'Five people were killed!', 'Police arrived later?']);
  for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
});

test('a line break ends a sentence (headlines, paragraphs without final punctuation)', () => {
  const text = 'Militants storm army base in the north\nThe attack began at dawn. It lasted hours';
  assert.deepEqual(splitSentences(text).map((s) => s.text), ['Militants storm army base in the north', 'The attack began at dawn.', 'It lasted hours']);
});

test('abbreviations do not end sentences', () => {
  const text = 'Gen. Smith of the U.S. Army met Lt. Col. Ahmed in Kabul. He left on Monday.';
  assert.deepEqual(splitSentences(text).map((s) => s.text), ['Gen. Smith of the U.S. Army met Lt. Col. Ahmed in Kabul.', 'He left on Monday.']);
});

test('tokens carry exact offsets, and a part of speech when asked', () => {
  const text = 'Syrian forces stormed a so-called “French camp”.';
  const untagged = annotateText(text).tokens;
  assert.ok(untagged.every((t) => t.pos === undefined), 'the default (the pipeline stage) does not tag');
  const { tokens } = annotateText(text, { pos: true });
  assert.deepEqual(tokens.map((t) => [t.start, t.end]), untagged.map((t) => [t.start, t.end]), 'the same tokens either way');
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  const stormed = tokens.find((t) => t.text === 'stormed');
  assert.equal(stormed?.pos, 'VERB');
  assert.ok(tokens.every((t) => t.text.trim().length > 0), 'no whitespace tokens');
});

test('the reference article splits into its nine sentences', () => {
  const text = referenceBody();
  const doc = createDocument('ref', text, { origin: 'test' });
  doc.text = text;
  sentencesStage.run(doc, createContext());
  assert.equal(doc.sentences.length, 9);
  assert.ok(doc.sentences[0].text.startsWith('Clashes erupted overnight'));
  assert.ok(doc.sentences[1].text.endsWith('at least two jihadists were detained.'));
  assert.ok(doc.sentences[8].text.startsWith('These moves reportedly'));
  for (const s of doc.sentences) assert.equal(text.slice(s.start, s.end), s.text);
  assert.ok(doc.tokens.length > 150);
});

test('empty and whitespace-only text gives no sentences', () => {
  assert.deepEqual(splitSentences(''), []);
  assert.deepEqual(splitSentences(' \n\n  '), []);
});
