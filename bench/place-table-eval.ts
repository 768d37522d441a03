// FOR MEASURING ONLY: how event locations improve once an analyst's own place table is imported.
// From an ACLED export (default: the Kenya dev file) it builds, in a temp dir that is deleted after,
//   - a place table (name,latitude,longitude,country,admin1,admin2) of the events dated in --train
//     (default 2004–2014), one row per distinct place;
//   - a gazetteer: `sitrep gazetteer import <table> --gazetteer <tmp.db>` (a copy of the embedded one);
//   - the rows dated in --test (default 2015–2019), with their documents;
// then scores the coder on the test rows twice: with the embedded gazetteer and with <tmp.db>
// (`sitrep eval acled ... --gazetteer <tmp.db>`, and SITREP_GAZETTEER for good measure).
//   node --import tsx bench/place-table-eval.ts [export.csv] [--docs docs.jsonl] [--train 2004-2014] [--test 2015-2019] [--keep]
//     [--rows /tmp/x.jsonl]   (one line per test row of the run with the table, for reading the errors; write it under /tmp)
// Nothing of the eval files is written into the repository.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { csvRecords } from '../src/eval/acled.js';
import { foldName } from '../src/gazetteer/fold.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { docs: { type: 'string' }, train: { type: 'string', default: '2004-2014' }, test: { type: 'string', default: '2015-2019' }, keep: { type: 'boolean' }, only: { type: 'string' }, rows: { type: 'string' } },
});
const csvPath = positionals[0] ?? '/work/shared/eval/acled/acled-kenya.csv';
const docsPath = values.docs ?? csvPath.replace(/\.csv$/, '.docs.jsonl');
const years = (s: string) => { const [a, b] = s.split('-').map(Number); return (y: number) => y >= a && y <= (b ?? a); };
const inTrain = years(values.train!), inTest = years(values.test!);

const records = csvRecords(readFileSync(csvPath, 'utf8'));
const header = records.next().value as string[];
const col = (n: string) => header.indexOf(n);
const quote = (x: string) => (/[",\n\r]/.test(x) ? `"${x.replace(/"/g, '""')}"` : x);

const places = new Map<string, string[]>();
const testRows: string[][] = [];
for (const r of records) {
  const year = Number((r[col('event_date')] ?? '').slice(0, 4));
  if (inTrain(year)) {
    const name = r[col('location')], lat = r[col('latitude')], lon = r[col('longitude')];
    if (!name || lat === '' || lon === '') continue;
    // One row per place: same folded name and the same point to about a kilometre.
    const key = `${foldName(name)}|${Number(lat).toFixed(2)}|${Number(lon).toFixed(2)}`;
    if (!places.has(key)) places.set(key, [name, lat, lon, r[col('country')], r[col('admin1')], r[col('admin2')]]);
  } else if (inTest(year)) testRows.push(r);
}

const dir = mkdtempSync(join(tmpdir(), 'sitrep-place-table-'));
const table = join(dir, 'places.csv'), db = join(dir, 'gazetteer.db');
writeFileSync(table, ['name,latitude,longitude,country,admin1,admin2', ...[...places.values()].map((p) => p.map(quote).join(','))].join('\n') + '\n');
const testCsv = join(dir, 'test.csv'), testDocs = join(dir, 'test.docs.jsonl');
writeFileSync(testCsv, [header, ...testRows].map((r) => r.map(quote).join(',')).join('\n') + '\n');
const ids = new Set(testRows.map((r) => r[col('event_id_cnty')]));
writeFileSync(testDocs, readFileSync(docsPath, 'utf8').split('\n').filter((l) => { try { return l.trim() && ids.has(String(JSON.parse(l).id)); } catch { return false; } }).join('\n') + '\n');
console.log(`place table: ${places.size} places from ${values.train}; test rows: ${testRows.length} from ${values.test}`);

const cli = resolve('src/cli/main.ts');
const sitrep = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 26 });

const imp = sitrep(['gazetteer', 'import', table, '--gazetteer', db]);
console.log(`import: ${(imp.stdout + imp.stderr).trim().split('\n').slice(-1)[0]}`);
if (imp.status !== 0) { if (!values.keep) rmSync(dir, { recursive: true, force: true }); process.exit(1); }

const pick = (out: string) => out.split('\n').filter((l) => /^(rows|location|country)/.test(l)).join('\n  ');
for (const [label, args, env] of [
  ['embedded gazetteer', [], {}],
  ['with the place table', ['--gazetteer', db, ...(values.rows ? ['--rows', values.rows] : [])], { SITREP_GAZETTEER: db }],
] as [string, string[], NodeJS.ProcessEnv][]) {
  if (values.only && !label.includes(values.only)) continue;
  const r = sitrep(['eval', 'acled', testCsv, '--docs', testDocs, ...args], env);
  console.log(`${label}:\n  ${pick(r.stdout) || r.stderr.trim()}`);
}
if (values.keep) console.log(`kept ${dir}`); else rmSync(dir, { recursive: true, force: true });
