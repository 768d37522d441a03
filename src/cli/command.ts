// What a subcommand module exports, and the options every command shares.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface Command {
  /** One line for `sitrep help`. */
  summary: string;
  /** Usage text for `sitrep <command> --help`. */
  usage: string;
  /** Runs the command; resolves to the process exit code. */
  run(argv: string[]): Promise<number>;
}

/** Options accepted by every command that touches the database or the gazetteer. */
export const COMMON_OPTIONS = {
  db: { type: 'string' },         // database: a SQLite path (default ./sitrep.db) or postgres:// URL
  gazetteer: { type: 'string' },  // gazetteer database (default: SITREP_GAZETTEER or the embedded one)
} as const satisfies ParseArgsConfig['options'];

/** The database to use: --db, then SITREP_DB, then ./sitrep.db. */
export function dbLocation(value: string | undefined): string {
  return value ?? process.env.SITREP_DB ?? './sitrep.db';
}

/** parseArgs with the shared options added and a clear error for unknown ones. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  return parseArgs({ args: argv, options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
}
