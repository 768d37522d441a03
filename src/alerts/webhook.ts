// POST one alert to a webhook: JSON body, HMAC signature, delivery id for receivers that deduplicate,
// a timeout, and the watch SSRF guard unless private addresses are allowed. Never throws.
import http from 'node:http';
import https from 'node:https';
import { USER_AGENT } from '../ingest/fetch.js';
import { checkUrl, guardedLookup } from '../watch/guard.js';
import { SIGNATURE_HEADER, sign } from './signature.js';

export interface WebhookOptions {
  secret: string | null;
  /** Stable id of the (rule, event) delivery, sent as X-Sitrep-Delivery. */
  deliveryKey: string;
  allowPrivate: boolean;
  allowHosts?: string[];
  timeoutMs: number;
}

export type WebhookResult = { ok: true; status: number } | { ok: false; status: number | null; error: string };

export function postWebhook(target: string, body: string, o: WebhookOptions): Promise<WebhookResult> {
  let url: URL;
  try {
    url = new URL(target);
    checkUrl(url, o);
  } catch (err) {
    return Promise.resolve({ ok: false, status: null, error: (err as Error).message });
  }
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)),
    'user-agent': USER_AGENT,
    'x-sitrep-delivery': o.deliveryKey,
  };
  if (o.secret) headers[SIGNATURE_HEADER] = sign(o.secret, body);
  return new Promise((resolve) => {
    const lib = url.protocol === 'https:' ? https : http;
    const req = lib.request(url, { method: 'POST', headers, lookup: guardedLookup(o), timeout: o.timeoutMs });
    const timer = setTimeout(() => req.destroy(new Error(`no answer within ${o.timeoutMs} ms`)), o.timeoutMs);
    req.on('timeout', () => req.destroy(new Error(`no answer within ${o.timeoutMs} ms`)));
    req.on('error', (err) => { clearTimeout(timer); resolve({ ok: false, status: null, error: err.message }); });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => {
        clearTimeout(timer);
        const status = res.statusCode ?? 0;
        resolve(status >= 200 && status < 300 ? { ok: true, status } : { ok: false, status, error: `HTTP ${status}` });
      });
    });
    req.end(body);
  });
}
