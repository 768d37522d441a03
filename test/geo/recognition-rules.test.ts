// Recognition rules for US local news and org/person names, on sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openGazetteer } from '../../src/gazetteer/open.js';
import { geoparse } from '../../src/geo/geoparse.js';

const names = (text: string) => geoparse(text, openGazetteer()).map((t) => t.text);

test('a dateline names a place, with its state and (AP)', () => {
  const ts = geoparse('Bridge repairs begin. KNOXVILLE, Tenn. (AP) -- Crews closed two lanes on Monday.', openGazetteer());
  const k = ts.find((t) => t.text === 'KNOXVILLE');
  assert.equal(k?.country_code, 'US');
  assert.equal(k?.admin1, 'Tennessee');
  assert.ok(names('Levee holds. MOORHEAD - Volunteers stacked sandbags overnight.').includes('MOORHEAD'));
});

test("a legislator's party prefix is followed by a place", () => {
  assert.ok(names('Sen. Jane Doe, R-Knoxville, voted against the bill.').includes('Knoxville'));
});

test('hyphenated place pairs give both places, brand names none', () => {
  const ts = names('Flooding in Fargo-Moorhead closed schools near the Wal-Mart.');
  assert.ok(ts.includes('Fargo') && ts.includes('Moorhead'), JSON.stringify(ts));
  assert.ok(!ts.includes('Mart'));
});

test('persons, holidays and streets are not places', () => {
  assert.deepEqual(names('The lot closes at noon, according to Taylor. Chad Walker agreed.'), []);
  assert.deepEqual(names("Parade planned for St. Patrick's Day."), []);
  assert.ok(!names('A crash on Washington Drive injured two.').includes('Washington'));
  assert.ok(!names('Cleanup is free, Lee said.').includes('Lee'));
});

test('a county name without "County" needs context; with it, it is found', () => {
  assert.ok(!names('Travis Hentges won his match.').includes('Travis'));
  assert.ok(names('Deputies patrolled Travis County overnight.').includes('Travis County'));
});
