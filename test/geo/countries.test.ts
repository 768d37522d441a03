import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countryByCode, findCountry } from '../../src/gazetteer/countries.js';

test('names, aliases and demonyms find the country, with ACLED names and ISO numbers', () => {
  assert.equal(findCountry('Syrian')?.name, 'Syria');
  assert.equal(findCountry('Syria')?.isoNumeric, 760);
  assert.equal(findCountry('DRC')?.name, 'Democratic Republic of Congo');
  assert.equal(findCountry('Ivory Coast')?.iso2, 'CI');
  assert.equal(findCountry("Côte d'Ivoire")?.name, 'Ivory Coast');
  assert.equal(findCountry('the Gambia')?.name, 'Gambia');
  assert.equal(findCountry('Kenyan')?.iso3, 'KEN');
  assert.equal(findCountry('Nowhereland'), null);
});

test('ACLED country names by code', () => {
  assert.equal(countryByCode('SZ')?.name, 'eSwatini');
  assert.equal(countryByCode('cd')?.name, 'Democratic Republic of Congo');
  assert.equal(countryByCode('TR')?.name, 'Turkey');
  assert.equal(countryByCode('CZ')?.name, 'Czech Republic');
  assert.equal(countryByCode('XX'), null);
});
