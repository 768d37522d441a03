// `sitrep eval acled --gazetteer <db>`: the rows are geoparsed with the given gazetteer (an imported
// place table), not only with SITREP_GAZETTEER or the embedded one.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { run, scoreAcled } from '../../src/eval/acled.js';
import { importPlaces } from '../../src/gazetteer/import.js';
import { openGazetteer } from '../../src/gazetteer/open.js';

delete process.env.SITREP_GAZETTEER;
const dir = mkdtempSync(join(tmpdir(), 'sitrep-eval-gaz-'));

// An invented village (not in GeoNames) and one ACLED-style row whose note names it.
const LAT = 35.2345, LON = 36.4567;
const PLACES = 'name,latitude,longitude,country,admin1,admin2,aliases,feature_code,population\n'
  + `Khirbat Zorvanah,${LAT},${LON},Syria,Hama,,Khirbet Zorvanah,PPL,0\n`;
const HEADER = 'event_id_cnty,event_date,event_type,sub_event_type,actor1,inter1,inter2,country,latitude,longitude,notes,fatalities';
const NOTE = 'On 3 May 2020, unidentified gunmen shot dead two civilians in the village of Khirbet Zorvanah in Hama province.';
const CSV = `${HEADER}\nTST1,2020-05-03,Violence against civilians,Attack,Unidentified Armed Group (Syria),3,7,Syria,${LAT},${LON},"${NOTE}",2\n`;

test('eval acled --gazetteer geoparses the notes with the imported place table', async () => {
  const gazetteer = join(dir, 'villages.db');
  const places = join(dir, 'places.csv');
  writeFileSync(places, PLACES);
  await importPlaces(gazetteer, places);
  assert.equal(openGazetteer().lookup('Khirbet Zorvanah').length, 0, 'the embedded gazetteer does not know the village');
  const csv = join(dir, 'export.csv');
  writeFileSync(csv, CSV);

  const without = await scoreAcled(csv);
  assert.equal(without.coverage, 1, 'the note is coded');
  assert.equal(without.location_within_10km, 0, 'the embedded gazetteer cannot place the village');

  const withGaz = await scoreAcled(csv, { gazetteer });
  assert.equal(withGaz.coverage, 1);
  assert.equal(withGaz.location_within_10km, 1, 'the imported village is the event place');

  // The command line passes --gazetteer through.
  const lines: string[] = [];
  const log = console.log;
  console.log = (s: string) => { lines.push(s); };
  try {
    assert.equal(await run([csv, '--gazetteer', gazetteer, '--json']), 0);
  } finally {
    console.log = log;
  }
  assert.equal(JSON.parse(lines.join('\n')).location_within_10km, 1);
});

test('eval acled --gazetteer with a missing file is a clear error, not a run without places', async () => {
  const csv = join(dir, 'export2.csv');
  writeFileSync(csv, CSV);
  const errors: string[] = [];
  const error = console.error;
  console.error = (s: string) => { errors.push(s); };
  try {
    assert.equal(await run([csv, '--gazetteer', join(dir, 'no-such.db')]), 2);
  } finally {
    console.error = error;
  }
  assert.match(errors.join('\n'), /no-such\.db/);
});
