// Country and place, round 4: national figures and bodies give a note its country; a small homonym abroad
// yields to the note's own country evidence; "X South"-style districts and constituencies. Sentences written
// for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cueCountryVotes, figureSpans } from '../../src/geo/doc-country.js';
import { code, top } from '../code/helpers.js';

test('a national figure gives the note its country, also in the possessive with a lost apostrophe', () => {
  assert.deepEqual([...cueCountryVotes('Supporters of Museveni marched.')], [['UG', 1]]);
  assert.deepEqual([...cueCountryVotes("Youths burned tyres after Kibakis win; Kibaki's rivals objected.")], [['KE', 2]]);
  // Whole words only: a longer word is not the name.
  assert.deepEqual([...cueCountryVotes('The Rutoville market.')], []);
});

test('a national body gives the note its country', () => {
  assert.deepEqual([...cueCountryVotes('Officers of the General Service Unit dispersed the crowd.')], [['KE', 1]]);
});

test('a place name inside a figure\'s name is the person', () => {
  assert.deepEqual(figureSpans('Crowds cheered Kibaki in town.'), [{ start: 15, end: 21 }]);
});

test('no place named, a national figure: the event has the figure\'s country and no point', async () => {
  const e = top(await code('A crowd protested against the re-election of Kibaki on Monday. Police fired tear gas to disperse them.'));
  assert.equal(e?.country, 'Kenya');
  assert.equal(e?.latitude, null);
});

test('"Isiolo South", "Embu West district": the town\'s or area\'s district, at geo_precision 2', async () => {
  const e = top(await code('Herders protested over grazing land in Isiolo South on Tuesday.'));
  assert.equal(e?.country, 'Kenya');
  assert.equal(e?.admin1, 'Isiolo County');
  assert.equal(e?.geo_precision, 2);
  const f = top(await code('Police in Embu West district arrested two suspects after a mob burned a house.'));
  assert.equal(f?.country, 'Kenya');
  assert.equal(f?.geo_precision, 2);
});

test('an area named with a leading type word is indexed without it ("Province du Gourma" → "Gourma")', async () => {
  const { withoutTypePrefix } = await import('../../src/gazetteer/build.js');
  assert.equal(withoutTypePrefix('Province du Gourma'), 'Gourma');
  assert.equal(withoutTypePrefix('Province des Balé'), 'Balé');
  assert.equal(withoutTypePrefix("Province de l'Oudalan"), 'Oudalan');
  assert.equal(withoutTypePrefix('Municipio de Tecate'), 'Tecate');
  assert.equal(withoutTypePrefix('District of Columbia'), null);
  assert.equal(withoutTypePrefix('Provincial Road'), null);
});

test('"Red Cross" is the organisation, and "Vice" a title ("Vice-Chancellor"), not places', async () => {
  const { geoparse } = await import('../../src/geo/geoparse.js');
  const { openGazetteer } = await import('../../src/gazetteer/open.js');
  const gaz = openGazetteer(undefined as any);
  assert.deepEqual(geoparse('Gunmen shot at a Red Cross ambulance on the highway.', gaz), []);
  assert.deepEqual(geoparse('Students protested the removal of the acting Vice-Chancellor.', gaz), []);
});

test('a prefixed Nguni place name ("eThekwini") and an area with "LGA" after it ("Bassa LGA, Plateau") are recognised', async () => {
  const { geoparse } = await import('../../src/geo/geoparse.js');
  const { openGazetteer } = await import('../../src/gazetteer/open.js');
  const gaz = openGazetteer(undefined as any);
  const za = geoparse('Residents marched through eThekwini on Friday.', gaz);
  assert.equal(za[0]?.text, 'eThekwini');
  assert.equal(za[0]?.country_code, 'ZA');
  const ng = geoparse('Gunmen raided a farm (Bassa LGA, Plateau) at night.', gaz);
  assert.deepEqual(ng.map((t) => [t.text, t.country_code]), [['Bassa LGA', 'NG'], ['Plateau', 'NG']]);
});

test('a mission active in one country gives the note its country ("OSCE SMM" → Ukraine)', () => {
  assert.deepEqual([...cueCountryVotes('The OSCE SMM recorded shelling near a village.')], [['UA', 1]]);
});

test('a large area\'s name before a joiner and a capitalised word is part of a longer name ("Ain al Arab" is neither Ain, France, nor Al Ain)', async () => {
  const { geoparse } = await import('../../src/geo/geoparse.js');
  const { openGazetteer } = await import('../../src/gazetteer/open.js');
  const gaz = openGazetteer(undefined as any);
  assert.deepEqual(geoparse('A drone struck a post in Ain al Arab city.', gaz), []);
});
