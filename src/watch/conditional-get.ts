// One conditional GET of a feed: If-None-Match / If-Modified-Since, 304 handled, timeouts, a size cap,
// at most 5 redirects, and the SSRF guard of the core (src/ingest/address.ts) on every hop and on the
// address the socket actually connects to. Never throws: failures come back with a reason.
//
// The core's safeFetch (src/ingest/fetch.ts) takes no request headers and treats 304 as an error,
// so the poller uses this variant for the feed itself and safeFetch for the items' pages; both read
// bodies with src/util/read-body.ts.
import http from 'node:http';
import https from 'node:https';
import { readBody } from '../util/read-body.js';
import { USER_AGENT } from '../ingest/fetch.js';
import { checkUrl, GuardError as GetError, guardedLookup } from './guard.js';

export interface ConditionalGetOptions {
  etag?: string | null;
  lastModified?: string | null;
  allowPrivate?: boolean;
  /** Private hosts allowed all the same (see AddressPolicy). */
  allowHosts?: string[];
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  signal?: AbortSignal;
}

export type ConditionalGetResult =
  | { kind: 'not-modified'; status: 304; url: string }
  | { kind: 'ok'; status: number; url: string; body: Buffer; contentType: string; etag: string | null; lastModified: string | null }
  | { kind: 'error'; status: number | null; url: string; reason: string; detail: string };

interface Answer { status: number; headers: http.IncomingHttpHeaders; body: Buffer }

function requestOnce(url: URL, headers: Record<string, string>, o: Required<Omit<ConditionalGetOptions, 'etag' | 'lastModified' | 'signal'>>, signal?: AbortSignal): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const lib = url.protocol === 'https:' ? https : http;
    const req = lib.request(url, { method: 'GET', headers, lookup: guardedLookup(o), timeout: o.timeoutMs, signal });
    // One deadline for the whole answer: a server that sends headers and then hangs is cut off too.
    const timer = setTimeout(() => req.destroy(new GetError('timeout', `no complete response within ${o.timeoutMs} ms`)), o.timeoutMs);
    const fail = (err: Error) => { clearTimeout(timer); reject(err); };
    req.on('timeout', () => req.destroy(new GetError('timeout', `no response within ${o.timeoutMs} ms`)));
    req.on('error', fail);
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      if (status === 304 || (status >= 300 && status < 400) || status >= 400) {
        res.resume();
        clearTimeout(timer);
        resolve({ status, headers: res.headers, body: Buffer.alloc(0) });
        return;
      }
      readBody(res, o.maxBytes, (detail) => new GetError('too-large', detail, status))
        .then((body) => { clearTimeout(timer); resolve({ status, headers: res.headers, body }); }, (err: Error) => { req.destroy(); fail(err); });
    });
    req.end();
  });
}

/** GET `input` with the validators of the previous answer. */
export async function conditionalGet(input: string, options: ConditionalGetOptions = {}): Promise<ConditionalGetResult> {
  const o = {
    allowPrivate: options.allowPrivate ?? false,
    allowHosts: options.allowHosts ?? [],
    timeoutMs: options.timeoutMs ?? 15000,
    maxBytes: options.maxBytes ?? 10 * 1024 * 1024,
    maxRedirects: options.maxRedirects ?? 5,
  };
  const headers: Record<string, string> = {
    'user-agent': USER_AGENT,
    accept: 'application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,text/html;q=0.8,*/*;q=0.1',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { kind: 'error', status: null, url: input, reason: 'bad-url', detail: `not a URL: ${input}` };
  }
  try {
    for (let hop = 0; ; hop++) {
      checkUrl(url, o);
      const res = await requestOnce(url, headers, o, options.signal);
      if (res.status === 304) return { kind: 'not-modified', status: 304, url: url.href };
      if (res.status >= 300 && res.status < 400) {
        const location = res.headers.location;
        if (!location) throw new GetError('http-error', `HTTP ${res.status} without Location`, res.status);
        if (hop >= o.maxRedirects) throw new GetError('too-many-redirects', `more than ${o.maxRedirects} redirects`, res.status);
        url = new URL(location, url);
        continue;
      }
      if (res.status < 200 || res.status >= 300) throw new GetError('http-error', `HTTP ${res.status}`, res.status);
      return {
        kind: 'ok', status: res.status, url: url.href, body: res.body,
        contentType: String(res.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase(),
        etag: (res.headers.etag as string | undefined) ?? null,
        lastModified: (res.headers['last-modified'] as string | undefined) ?? null,
      };
    }
  } catch (err) {
    const e = (err instanceof GetError ? err : (err as { cause?: unknown }).cause) as GetError | undefined;
    if (e instanceof GetError) return { kind: 'error', status: e.status, url: url.href, reason: e.reason, detail: e.message };
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOTFOUND' ? 'dns' : code === 'ABORT_ERR' ? 'aborted' : 'network';
    return { kind: 'error', status: null, url: url.href, reason, detail: (err as Error).message };
  }
}
