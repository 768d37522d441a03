import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createContext } from '../../src/context.js';
import { toParagraphs } from '../../src/clean/unwrap.js';
import { normalizeUnicode } from '../../src/clean/unicode.js';
import { splitTitle } from '../../src/extract/text.js';
import { EXAMPLES_DIR } from '../../src/paths.js';
import { prepare } from './helpers.js';

const reference = readFileSync(join(EXAMPLES_DIR, 'harem-operation.txt'), 'utf8');

test('the reference article: title apart, five paragraphs, both disclaimers gone', async () => {
  const doc = await prepare(reference);
  assert.equal(doc.title, 'Syrian authorities launch army operation targeting foreign jihadists');
  assert.ok(doc.text.startsWith('Clashes erupted overnight as Syrian forces stormed'));
  assert.equal(doc.text.split('\n\n').length, 5);
  assert.ok(doc.text.endsWith('view the interim president as an “infidel.”'));
  for (const word of ['Disclaimer', 'liability', 'complaints', 'MENAFN', 'EIN Presswire', 'warranty']) {
    assert.ok(!doc.text.includes(word), `"${word}" left in the text`);
  }
  assert.match(doc.contentHash, /^[0-9a-f]{64}$/);
  assert.equal(doc.messages.filter((m) => m.level === 'error').length, 0);
});

test('hard-wrapped lines are joined; one-paragraph-per-line copy keeps its paragraphs', () => {
  const wrapped = 'MENAFN provides the\ninformation "as is" without warranty of any kind. We do not accept\nany responsibility or liability for the accuracy, content, images,\nvideos, licenses.';
  assert.deepEqual(toParagraphs(wrapped), ['MENAFN provides the information "as is" without warranty of any kind. We do not accept any responsibility or liability for the accuracy, content, images, videos, licenses.']);
  const block = [
    'Police in the capital fired tear gas at hundreds of demonstrators who had',
    'gathered outside parliament on Friday. Witnesses said at least ten people',
    'were detained and several were hurt.',
    'Organisers said they would return.',
    '',
    'A second paragraph starts here.',
  ].join('\n');
  const paragraphs = toParagraphs(block);
  assert.equal(paragraphs.length, 3);
  assert.match(paragraphs[0]!, /who had gathered outside parliament on Friday\. Witnesses said at least ten people were detained/);
  assert.equal(paragraphs[1], 'Organisers said they would return.');
  assert.deepEqual(toParagraphs('First paragraph ends here.\nSecond one starts here.'), ['First paragraph ends here.', 'Second one starts here.']);
});

test('unicode: NFC, zero-width and control characters dropped', () => {
  assert.equal(normalizeUnicode('Cafe\u0301\u200B rally\u0007\r\nnext\u00A0line'), 'Café rally\nnext line');
});

test('a text file whose first line continues a paragraph has no title', () => {
  assert.equal(splitTitle('Police said the protest in the capital\nturned violent when officers arrived.').title, null);
  assert.equal(splitTitle('Protesters clash with police\nPolice said the protest turned violent.').title, 'Protesters clash with police');
  assert.equal(splitTitle('Police said it ended. Nobody was hurt\nin the event.').title, null);
});

test('boilerplate by pattern: share, subscribe, byline, "this story is from" lines', async () => {
  const raw = 'Rally held in port city\n\nBy Jane Example\n\nThousands rallied in the port on Saturday against a new tax law.\n\nShare this article: Facebook | X | Email\n\nSubscribe to our daily newsletter for more updates\n\nThis story is from the Example Desk.';
  const doc = await prepare(raw);
  assert.equal(doc.text, 'Thousands rallied in the port on Saturday against a new tax law.');
});

test('a paragraph recurring verbatim across documents of one source is removed from then on', async () => {
  const ctx = createContext();
  const trailer = 'Example Daily is an independent newspaper funded by its readers. Support us by subscribing today.';
  const docs = [];
  for (const [i, town] of ['Alpha', 'Bravo', 'Charlie', 'Delta'].entries()) {
    const body = `Residents of ${town} protested on day ${i + 1} over water cuts that have lasted for weeks in the district.\n\n${trailer}`;
    docs.push(await prepare(`Protest in ${town}\n\n${body}`, { source: 'Example Daily', ctx }));
  }
  assert.ok(docs[0]!.text.includes(trailer));
  assert.ok(!docs[3]!.text.includes(trailer), 'the fourth document still has the trailer');
  assert.ok(docs[3]!.text.includes('Residents of Delta protested'));
  // Another source is not affected.
  const other = await prepare(`Protest in Echo\n\nResidents of Echo protested over water cuts.\n\n${trailer}`, { source: 'Other Paper', ctx });
  assert.ok(other.text.includes(trailer));
});

test('datelines are publisher wrapping, not event text', async () => {
  for (const [raw, expected] of [
    ['DAMASCUS (Levant Wire) -- Clashes erupted overnight in the north.', 'Clashes erupted overnight in the north.'],
    ['KABUL, Oct 22 (Example) - Gunmen attacked a checkpoint.', 'Gunmen attacked a checkpoint.'],
    ['LAGOS — Police dispersed a rally on Monday.', 'Police dispersed a rally on Monday.'],
    ['NEW DELHI, 3 May 2025 (Wire): Farmers marched on parliament.', 'Farmers marched on parliament.'],
    ['UN officials said the talks would resume.', 'UN officials said the talks would resume.'],
    ['Police in Lagos - the largest city - dispersed a rally.', 'Police in Lagos - the largest city - dispersed a rally.'],
  ]) {
    const doc = await prepare(`Headline for the test\n\n${raw}`);
    assert.equal(doc.text, expected);
  }
});
