import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldName, isIndexableKey } from '../../src/gazetteer/fold.js';

test('diacritics and ʿ/‘/’ marks fold away', () => {
  assert.equal(foldName('Ḩārim'), foldName('Harim'));
  assert.equal(foldName('Dar‘a'), foldName("Dar'a"));
  assert.equal(foldName('Dar‘a'), foldName('Dara'));
  assert.equal(foldName('Maʿarrat an-Nuʿman'), foldName('Maarrat Numan'));
});

test('Arabic article prefixes and hyphens fold away', () => {
  assert.equal(foldName('Jisr ash-Shughur'), foldName('Jisr al-Shughur'));
  assert.equal(foldName('Jisr ash-Shughur'), foldName('Jisr Shughur'));
  assert.equal(foldName('Al-Bab'), foldName('al Bab'));
  assert.equal(foldName('Abu-Kamal'), foldName('Abu  Kamal'));
  // A name that is only an article is kept.
  assert.equal(foldName('Al'), 'al');
});

test('dots, abbreviations and case', () => {
  assert.equal(foldName('U.S.'), foldName('US'));
  assert.equal(foldName('St. Louis'), foldName('Saint Louis'));
  assert.notEqual(foldName('Harem'), foldName('Hama'));
});

test('only Latin-script keys are indexed', () => {
  assert.ok(isIndexableKey(foldName('Idlib')));
  assert.ok(!isIndexableKey(foldName('إدلب')));
  assert.ok(!isIndexableKey('a'));
});
