#!/usr/bin/env node
// The `sitrep` command: a table of subcommands, each in its own module under ./commands/.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import type { Command } from './command.js';

/**
 * Subcommands by name: every module in ./commands/ is one (`commands/ingest.ts` is `sitrep ingest`),
 * loaded only when used so that start-up stays fast.
 */
const COMMANDS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'commands');
const COMMANDS: Record<string, () => Promise<{ command: Command }>> = Object.fromEntries(
  readdirSync(COMMANDS_DIR)
    .filter((f) => /^[a-z][a-z-]*\.(ts|js)$/.test(f) && !f.endsWith('.d.ts'))
    .sort()
    .map((f) => [f.replace(/\.(ts|js)$/, ''), () => import(pathToFileURL(join(COMMANDS_DIR, f)).href)]),
);

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    const lines = ['usage: sitrep <command> [options]', '', 'commands:'];
    for (const [n, load] of Object.entries(COMMANDS)) lines.push(`  ${n.padEnd(10)} ${(await load()).command.summary}`);
    lines.push('', 'Run `sitrep <command> --help` for the options of a command.');
    console.log(lines.join('\n'));
    return name ? 0 : 1;
  }
  const load = COMMANDS[name];
  if (!load) {
    console.error(`sitrep: unknown command "${name}". Run \`sitrep help\` for the list.`);
    return 2;
  }
  const { command } = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(command.usage);
    return 0;
  }
  return command.run(rest);
}

// A reader that stops early (`sitrep export events | head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: Error) => {
    console.error(`sitrep: ${err.message}`);
    if (process.env.SITREP_DEBUG) console.error(err.stack);
    process.exitCode = 1;
  },
);
