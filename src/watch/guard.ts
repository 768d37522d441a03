// The SSRF guard for watch's own HTTP requests (feeds and webhooks), on the core's address rules
// (src/ingest/address.ts): the URL's host is checked on every hop, and the DNS lookup the socket uses
// fails when the name resolves to a private address, so a rebinding name cannot slip through.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { isPrivateAddress, isPrivateHostname } from '../ingest/address.js';

export class GuardError extends Error {
  constructor(public reason: string, message: string, public status: number | null = null) { super(message); }
}

/** Which addresses a request may reach: public ones, plus private ones when allowed. */
export interface AddressPolicy {
  /** Allow every private address (--allow-private). */
  allowPrivate: boolean;
  /** Host names or literal addresses allowed even though private (--allow-host), e.g. an intranet feed server. */
  allowHosts?: string[];
}

const allowedHost = (p: AddressPolicy, host: string) => p.allowPrivate || (p.allowHosts ?? []).some((h) => h.toLowerCase() === host.toLowerCase());

type Callback = (err: Error | null, address: string | LookupAddress[], family?: number) => void;

/** A DNS lookup for http.request that refuses private addresses unless the policy allows them. */
export function guardedLookup(policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    const cb = callback as unknown as Callback;
    dnsLookup(hostname, { family: options.family, hints: options.hints, all: true }, (err, list) => {
      if (err) return cb(err, '', 4);
      const bad = allowedHost(policy, hostname) ? undefined : list.find((a) => isPrivateAddress(a.address) && !allowedHost(policy, a.address));
      if (bad) return cb(new GuardError('private-address', `${hostname} resolves to private address ${bad.address}`), '', 4);
      if ((options as { all?: boolean }).all) return cb(null, list);
      cb(null, list[0]!.address, list[0]!.family);
    });
  };
}

/** Throws a GuardError for non-http(s) URLs and for private hosts the policy does not allow. */
export function checkUrl(url: URL, policy: AddressPolicy): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new GuardError('bad-url', `unsupported protocol ${url.protocol}`);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (allowedHost(policy, host)) return;
  if (isIP(host) ? isPrivateAddress(host) : isPrivateHostname(host)) {
    throw new GuardError('private-address', `refusing private address ${host} (use --allow-private)`);
  }
}
