// Where the package's own files are, whether running from src/ (tsx) or dist/ (compiled).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (the folder holding package.json). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Knowledge files: lexicons, actors, taxonomy, boilerplate patterns. */
export const DATA_DIR = resolve(ROOT, 'data');
/** Files built at install time (the embedded gazetteer, slim shapes). */
export const BUILD_DIR = resolve(ROOT, 'build');
/** SQL migrations, one folder per store kind. */
export const SQL_DIR = resolve(ROOT, 'sql');
/** The bundled example articles used by `sitrep demo`. */
export const EXAMPLES_DIR = resolve(ROOT, 'examples');
