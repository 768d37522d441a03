// The web page's files: web/ (the app), Leaflet from node_modules, the basemap. Read from a fixed
// list of folders, never outside them, and kept in memory after the first read.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import { ROOT } from '../paths.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

export const WEB_DIR = join(ROOT, 'web');
export function leafletDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('leaflet/package.json')), 'dist');
}

interface Cached { body: Uint8Array; gzip: Uint8Array | null; type: string }
const cache = new Map<string, Cached>();

function cached(key: string, load: () => { body: Uint8Array; type: string }): Cached {
  let entry = cache.get(key);
  if (!entry) {
    const { body, type } = load();
    const compressible = /text|json|javascript|svg/.test(type) && body.length > 1024;
    entry = { body, type, gzip: compressible ? gzipSync(body) : null };
    cache.set(key, entry);
  }
  return entry;
}

/** Answer with a cached body, gzipped when the client accepts it. */
function send(c: Context, entry: Cached, maxAge: number): Response {
  const headers: Record<string, string> = { 'Content-Type': entry.type, 'Cache-Control': `public, max-age=${maxAge}` };
  if (entry.gzip && /\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
    headers['Content-Encoding'] = 'gzip';
    headers['Vary'] = 'Accept-Encoding';
    return c.body(entry.gzip as Uint8Array<ArrayBuffer>, 200, headers);
  }
  return c.body(entry.body as Uint8Array<ArrayBuffer>, 200, headers);
}

/** A file under `dir` named by the request's `relative` path, or a 404 (also for any path leaving `dir`). */
export function serveFile(c: Context, dir: string, relative: string, maxAge = 60): Response {
  const path = normalize(join(dir, relative));
  if (!path.startsWith(dir + sep) || !TYPES[extname(path)] || !existsSync(path) || !statSync(path).isFile()) {
    return c.json({ error: 'not found' }, 404);
  }
  return send(c, cached(path, () => ({ body: readFileSync(path), type: TYPES[extname(path)]! })), maxAge);
}

/** Generated text (the basemap) with the same caching and compression as files. */
export function serveText(c: Context, key: string, type: string, text: () => string): Response {
  return send(c, cached(key, () => ({ body: Buffer.from(text(), 'utf8'), type })), 3600);
}
