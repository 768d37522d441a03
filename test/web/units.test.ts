// The page's pure helpers, run in node: grid clustering and evidence segmentation.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error plain JavaScript module of the web page, without type declarations
import { clusterSize, dominant, eventRadius, gridCluster } from '../../web/js/cluster.js';
// @ts-expect-error plain JavaScript module of the web page, without type declarations
import { segments } from '../../web/js/highlight.js';

describe('gridCluster', () => {
  it('groups points sharing a cell and keeps the others apart', () => {
    const clusters = gridCluster([{ x: 1, y: 1 }, { x: 9, y: 5 }, { x: 30, y: 30 }], 20);
    assert.equal(clusters.length, 2);
    const big = clusters.find((c: any) => c.members.length === 2);
    assert.deepEqual([big.x, big.y], [5, 3]);
  });
  it('names the dominant type and sizes markers monotonically', () => {
    assert.equal(dominant([{ t: 'a' }, { t: 'b' }, { t: 'b' }], 't'), 'b');
    assert.ok(eventRadius(100) > eventRadius(1) && eventRadius(1) > eventRadius(0));
    assert.ok(eventRadius(1e9) <= 19);
    assert.ok(clusterSize(1000) > clusterSize(2));
  });
});

describe('segments', () => {
  const text = 'Gunmen attacked the village overnight.';
  it('covers the whole text and marks each span with its fields', () => {
    const segs = segments(text, [{ field: 'actor1', start: 0, end: 6 }, { field: 'event_type', start: 7, end: 15 }]);
    assert.equal(segs.map((s: any) => s.text).join(''), text);
    assert.deepEqual(segs.filter((s: any) => s.fields.length).map((s: any) => [s.text, s.fields]), [['Gunmen', ['actor1']], ['attacked', ['event_type']]]);
  });
  it('splits overlapping spans and ignores spans outside the text', () => {
    const segs = segments(text, [{ field: 'a', start: 0, end: 15 }, { field: 'b', start: 7, end: 27 }, { field: 'c', start: 30, end: 999 }]);
    assert.deepEqual(segs.filter((s: any) => s.fields.length).map((s: any) => [s.text, s.fields]),
      [['Gunmen ', ['a']], ['attacked', ['a', 'b']], [' the village', ['b']]]);
  });
});
