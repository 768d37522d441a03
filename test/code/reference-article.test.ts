// The reference article (examples/harem-operation.txt, published 2025-10-22) end to end through every
// stage: exactly one event — Battles / Armed clash, overnight before the report, Syrian state forces
// against the foreign fighters, fatalities 0 flagged unknown, 2 arrests absorbed into the battle — and
// no event for the 1,300 dead of past attacks or the threatened retaliation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext } from '../../src/context.js';
import { createDocument } from '../../src/document.js';
import { runPipeline, STAGES } from '../../src/pipeline.js';
import { EXAMPLES_DIR } from '../../src/paths.js';

test('reference article: exactly one event, coded as expected', async () => {
  const raw = readFileSync(join(EXAMPLES_DIR, 'harem-operation.txt'), 'utf8');
  const doc = createDocument('harem', raw, { origin: 'examples/harem-operation.txt', contentType: 'text/plain', publishedAt: '2025-10-22', source: 'MENAFN' });
  await runPipeline(doc, createContext({ dedupeIndex: null }));
  assert.equal(doc.events.length, 1, JSON.stringify(doc.events.map((e) => [e.sub_event_type, e.notes.slice(0, 60)])));
  const e = doc.events[0];
  assert.equal(e.event_type, 'Battles');
  assert.equal(e.sub_event_type, 'Armed clash');
  assert.ok(['2025-10-21', '2025-10-22'].includes(e.event_date), e.event_date);
  assert.equal(e.time_precision, 1);
  assert.equal(e.inter1, 1);
  assert.match(e.actor1, /Syria/);
  assert.ok([2, 3].includes(e.inter2), `inter2 ${e.inter2}`);
  assert.equal(e.country, 'Syria');
  assert.match(e.location.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''), /Harim|Harem/);
  assert.equal(e.geo_precision, 1);
  assert.ok(Math.abs((e.latitude ?? 0) - 36.21) < 0.1 && Math.abs((e.longitude ?? 0) - 36.52) < 0.1, `${e.latitude},${e.longitude}`);
  assert.equal(e.fatalities, 0);
  assert.equal(e.fatalities_unknown, true);
  assert.equal(e.arrests, 2);
  for (const field of ['sub_event_type', 'event_date', 'actor1', 'arrests']) assert.ok(e.evidence.some((x) => x.field === field), `evidence for ${field}`);
  for (const x of e.evidence) assert.equal(doc.text.slice(x.start, x.end), x.text);
  // The past attacks are kept as a rejected mention; nothing in the disclaimers or the threat is coded.
  assert.ok(doc.mentions.some((m) => m.rejected === 'background' && m.text.includes('1,300')));
  assert.ok(!doc.events.some((x) => x.fatalities >= 1300));
});
