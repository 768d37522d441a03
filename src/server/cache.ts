// A small cache of read responses: GET requests to the read endpoints, keyed by path and normalised
// query string, kept while the store's change stamp (SearchStore.changeStamp) stays the same. Any
// write — through this server, another `sitrep` process or a tool on the same database file —
// changes the stamp, and the next read clears the cache and answers from the database.
// Bounded by entries and bytes; the least recently used entries go first.
import type { MiddlewareHandler } from 'hono';

export interface CacheOptions {
  /** The store's change stamp; when it changes every cached response is dropped. */
  stamp: () => Promise<string>;
  /** Path prefixes of cacheable GET endpoints (exact path or prefix ending in "/"). */
  paths: string[];
  maxEntries?: number;
  maxBytes?: number;
  /** Largest single response kept, in bytes (bigger ones are answered but not kept). */
  maxEntryBytes?: number;
}

interface Entry { body: string; type: string; bytes: number }

/** The cache key of a URL: its path and its parameters sorted by name, values in their order. */
export function cacheKey(url: string): string {
  const u = new URL(url, 'http://localhost');
  const params = [...u.searchParams.entries()];
  // a stable sort by name only: the order of repeated values (country=A&country=B) is kept
  params.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return `${u.pathname}?${new URLSearchParams(params).toString()}`;
}

export class ResponseCache {
  private entries = new Map<string, Entry>();
  private bytes = 0;
  private current: string | null = null;
  hits = 0;
  misses = 0;

  /** Sizes count characters (JSON is nearly all ASCII, which V8 keeps at one byte a character). The
   * largest single entry is big enough for the map's 50,000 points (about 3.5 MB), the dearest read. */
  constructor(readonly maxEntries = 1000, readonly maxBytes = 64 * 1024 * 1024, readonly maxEntryBytes = 8 * 1024 * 1024) {}

  /** Bring the cache to `stamp`: a different stamp than the last one drops everything. */
  sync(stamp: string): void {
    if (stamp === this.current) return;
    this.entries.clear();
    this.bytes = 0;
    this.current = stamp;
  }

  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) { this.misses++; return undefined; }
    this.entries.delete(key); // most recently used last
    this.entries.set(key, entry);
    this.hits++;
    return entry;
  }

  /** Keep a response read at `stamp`, unless the data changed while it was being made. */
  set(key: string, stamp: string, body: string, type: string): void {
    if (stamp !== this.current) return;
    const bytes = body.length;
    if (bytes > this.maxEntryBytes) return;
    const old = this.entries.get(key);
    if (old) { this.entries.delete(key); this.bytes -= old.bytes; }
    this.entries.set(key, { body, type, bytes });
    this.bytes += bytes;
    for (const [k, e] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.bytes;
    }
  }

  get size(): number { return this.entries.size; }
}

const cacheable = (path: string, prefixes: string[]) =>
  prefixes.some((p) => (p.endsWith('/') ? path.startsWith(p) : path === p));

/**
 * The middleware: answers a cached GET from memory (header X-Cache: hit), otherwise runs the route
 * and keeps its 200 JSON answer. Put it after authentication, so that only allowed reads reach it.
 */
export function responseCache(options: CacheOptions): MiddlewareHandler & { cache: ResponseCache } {
  const cache = new ResponseCache(options.maxEntries, options.maxBytes, options.maxEntryBytes);
  const middleware: MiddlewareHandler = async (c, next) => {
    if (c.req.method !== 'GET' || !cacheable(c.req.path, options.paths)) return next();
    const stamp = await options.stamp(); // read before the route runs: a write meanwhile makes it stale
    cache.sync(stamp);
    const key = cacheKey(c.req.url);
    const hit = cache.get(key);
    if (hit) {
      c.header('X-Cache', 'hit');
      return c.body(hit.body, 200, { 'Content-Type': hit.type });
    }
    await next();
    const type = c.res.headers.get('content-type') ?? '';
    if (c.res.status !== 200 || !type.startsWith('application/json')) return;
    const body = await c.res.text();
    c.res = new Response(body, { status: 200, headers: c.res.headers });
    c.header('X-Cache', 'miss');
    cache.set(key, stamp, body, type);
  };
  return Object.assign(middleware, { cache });
}
