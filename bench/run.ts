// `npm run bench`: run every bench/*.bench.ts in turn, each in its own process (so that figures such
// as peak RSS belong to one benchmark), and let each print its own figures.
// `npm run bench -- ingest` runs only the benchmarks whose file name contains "ingest".
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${file}`);
  const started = Date.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(dir, file)], { stdio: 'inherit', cwd: join(dir, '..') });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    failed++;
    console.log(`=== ${file} failed (exit ${r.status ?? r.signal}) after ${seconds}s`);
  } else {
    console.log(`=== ${file} done in ${seconds}s`);
  }
}
if (failed) process.exitCode = 1;
