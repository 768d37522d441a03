// Fetch a URL safely: timeouts, a size cap, at most 5 redirects, content-type checks, a clear user
// agent, and no loopback/private/link-local/metadata addresses (checked on every hop and on the
// resolved address the socket actually connects to) unless `allowPrivate` is set.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { readBody } from '../util/read-body.js';
import { isPrivateAddress, isPrivateHostname } from './address.js';
import { MAX_INPUT_BYTES } from './decode.js';

export const USER_AGENT = 'sitrep/0.1 (news-to-events research pipeline; +https://github.com/sitrep)';

export interface FetchOptions {
  allowPrivate?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export type FetchResult =
  | { ok: true; url: string; bytes: Buffer; contentType: string; charset: string | null }
  | { ok: false; url: string; reason: string; detail: string };

/** Content types we can read. */
const ACCEPTED = /^(text\/(html|plain|xml)|application\/(xhtml\+xml|rss\+xml|atom\+xml|xml|rdf\+xml|json|x-ndjson|jsonl|feed\+json))$/;

class FetchError extends Error {
  constructor(public reason: string, message: string) { super(message); }
}

function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return (callback as (e: Error | null, a: string, f?: number) => void)(err, '', 4);
      const list = addresses as unknown as LookupAddress[];
      if (!allowPrivate) {
        const bad = list.find((a) => isPrivateAddress(a.address));
        if (bad) {
          return (callback as (e: Error | null, a: string, f?: number) => void)(
            new FetchError('private-address', `${hostname} resolves to private address ${bad.address}`), '', 4);
        }
      }
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      const first = list[0]!;
      (callback as (e: Error | null, a: string, f?: number) => void)(null, first.address, first.family);
    });
  };
}

function checkUrl(url: URL, allowPrivate: boolean): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError('bad-url', `unsupported protocol ${url.protocol}`);
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) ? isPrivateAddress(host) : isPrivateHostname(host)) {
    throw new FetchError('private-address', `refusing private address ${host} (use --allow-private)`);
  }
}

function requestOnce(url: URL, o: Required<FetchOptions>): Promise<{ status: number; location: string | null; contentType: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      reject(err);
    };
    const succeed = (value: { status: number; location: string | null; contentType: string; body: Buffer }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(value);
    };
    const lib = url.protocol === 'https:' ? https : http;
    const req = lib.request(url, {
      method: 'GET',
      headers: {
        'user-agent': USER_AGENT,
        accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1',
        'accept-encoding': 'gzip, deflate, br',
      },
      lookup: guardedLookup(o.allowPrivate),
      timeout: o.timeoutMs,
    });
    const timer = setTimeout(() => fail(new FetchError('timeout', `no complete response within ${o.timeoutMs} ms`)), o.timeoutMs);
    req.on('timeout', () => fail(new FetchError('timeout', `no response within ${o.timeoutMs} ms`)));
    req.on('error', (err) => fail(err));
    req.on('response', (res) => {
      res.on('error', (err) => fail(err));
      const status = res.statusCode ?? 0;
      const contentType = String(res.headers['content-type'] ?? '');
      if (status >= 300 && status < 400) {
        res.resume();
        succeed({ status, location: res.headers.location ?? null, contentType, body: Buffer.alloc(0) });
        return;
      }
      readBody(res, o.maxBytes, (detail) => new FetchError('too-large', detail))
        .then((body) => succeed({ status, location: null, contentType, body }), fail);
    });
    req.end();
  });
}

/** GET a URL under the rules above. Never throws: failures come back with a reason. */
export async function safeFetch(input: string, options: FetchOptions = {}): Promise<FetchResult> {
  const o: Required<FetchOptions> = {
    allowPrivate: options.allowPrivate ?? false,
    timeoutMs: options.timeoutMs ?? 15000,
    maxBytes: options.maxBytes ?? MAX_INPUT_BYTES,
    maxRedirects: options.maxRedirects ?? 5,
  };
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { ok: false, url: input, reason: 'bad-url', detail: `not a URL: ${input}` };
  }
  try {
    for (let hop = 0; ; hop++) {
      checkUrl(url, o.allowPrivate);
      const res = await requestOnce(url, o);
      if (res.status >= 300 && res.status < 400) {
        if (!res.location) throw new FetchError('http-error', `HTTP ${res.status} without Location`);
        if (hop >= o.maxRedirects) throw new FetchError('too-many-redirects', `more than ${o.maxRedirects} redirects`);
        url = new URL(res.location, url);
        continue;
      }
      if (res.status < 200 || res.status >= 300) throw new FetchError('http-error', `HTTP ${res.status}`);
      const [mime = '', ...params] = res.contentType.split(';').map((s) => s.trim());
      const type = mime.toLowerCase();
      if (type && !ACCEPTED.test(type)) throw new FetchError('content-type', `unsupported content type ${type}`);
      const charset = params.map((p) => p.match(/^charset=["']?([^"']+)/i)?.[1]).find(Boolean) ?? null;
      return { ok: true, url: url.href, bytes: res.body, contentType: type, charset };
    }
  } catch (err) {
    const reason = err instanceof FetchError ? err.reason : ((err as NodeJS.ErrnoException).code === 'ENOTFOUND' ? 'dns' : 'network');
    const cause = (err as { cause?: unknown }).cause;
    const r = cause instanceof FetchError ? cause.reason : reason;
    return { ok: false, url: url.href, reason: r, detail: (err as Error).message };
  }
}
