// Merging: within a story (a higher type absorbs a lower one) and across stories in the store (one
// event, several sources, the lowest fatality count).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext } from '../../src/context.js';
import { createDocument } from '../../src/document.js';
import { runPipeline, STAGES } from '../../src/pipeline.js';
import { openStore } from '../../src/store/index.js';
import { code } from './helpers.js';

test('merge: a battle absorbs the arrests of the same operation', async () => {
  const doc = await code('On 5 March 2024, soldiers clashed with rebels in Kelvo. Troops later arrested 3 fighters.');
  assert.equal(doc.events.length, 1);
  assert.equal(doc.events[0].sub_event_type, 'Armed clash');
  assert.equal(doc.events[0].arrests, 3);
});

test('merge: abducted then killed is an attack', async () => {
  const doc = await code('On 5 March 2024, gunmen abducted a trader in Kelvo and killed him.');
  assert.equal(doc.events.length, 1);
  assert.equal(doc.events[0].sub_event_type, 'Attack');
});

test('merge: a protest that turns violent is a riot', async () => {
  const doc = await code('On 5 March 2024, traders held a protest in Kelvo against new taxes. The protesters later burned tyres and pelted police with stones.');
  assert.equal(doc.events.length, 1);
  assert.equal(doc.events[0].event_type, 'Riots');
});

test('store: two stories of the same event become one event with both sources and the lowest count', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-merge-'));
  const store = await openStore(join(dir, 'db.sqlite'));
  try {
    const ctx = createContext({ dedupeIndex: store.documents.dedupeIndex() });
    const a = createDocument('a', 'On 5 March 2024, gunmen attacked Kelvo village, killing 7 villagers, local officials said. The attackers fled into the forest before the army arrived.', { origin: 'a.txt', contentType: 'application/json', publishedAt: '2024-03-06', source: 'Paper A' });
    const b = createDocument('b', 'Five villagers were killed on 5 March 2024 when gunmen attacked Kelvo village, according to a police statement released on Wednesday evening in the provincial capital.', { origin: 'b.txt', contentType: 'application/json', publishedAt: '2024-03-06', source: 'Paper B' });
    for (const d of [a, b]) await runPipeline(d, ctx, STAGES);
    assert.equal(a.events.length, 1);
    assert.equal(b.events.length, 1);
    await store.documents.saveBatch([a]);
    await store.documents.saveBatch([b]);
    assert.equal(await store.events.count(), 1);
    const [listed] = await store.events.list();
    const e = (await store.events.get(listed.event_id))!;
    assert.equal(e.fatalities, 5);
    assert.equal(e.sources.length, 2);
    assert.match(e.source, /Paper A; Paper B/);
    assert.ok(e.evidence.some((x) => x.field === 'fatalities' && x.document_id === 'a'));
    assert.ok(e.evidence.some((x) => x.field === 'fatalities' && x.document_id === 'b'));
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
