// Delivery phase: every pending delivery goes to its rule's channels — a line appended to a file or
// stdout, and/or a signed webhook POST — with retries and exponential backoff, each attempt logged in
// alert_delivery_log. A channel that already succeeded for a delivery is not repeated on a retry.
import { appendFileSync } from 'node:fs';
import type { AlertEvent, AlertRule, AlertStore, Delivery } from '../store/alerts.js';
import { postWebhook } from './webhook.js';

export interface DeliverOptions {
  allowPrivate: boolean;
  allowHosts?: string[];
  timeoutMs: number;
  /** Attempts per delivery in one round, with backoff between them (default 3). */
  attemptsPerRound: number;
  /** Attempts over all rounds before a delivery is marked failed (default 10). */
  maxAttempts: number;
  /** First retry wait in ms, doubled each time, capped at retryMaxMs. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** Where '-' (stdout) lines go; injectable for tests. */
  stdout?: (line: string) => void;
  /** True once the watcher is asked to stop: no further attempt starts. */
  stopping?: () => boolean;
}

export const DEFAULT_DELIVER_OPTIONS: DeliverOptions = {
  allowPrivate: false, timeoutMs: 10_000, attemptsPerRound: 3, maxAttempts: 10, retryBaseMs: 1000, retryMaxMs: 300_000,
};

/** The JSON sent for one match. */
export function alertPayload(rule: AlertRule, event: AlertEvent, delivery: Delivery): Record<string, unknown> {
  const { rowid: _rowid, ...fields } = event;
  return { delivery: `${rule.id}:${event.event_id}`, delivery_id: delivery.id, rule: { id: rule.id, name: rule.name }, event: fields };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const retryWait = (attempt: number, o: DeliverOptions) => Math.min(o.retryMaxMs, o.retryBaseMs * 2 ** Math.max(0, attempt - 1));

async function deliverOne(alerts: AlertStore, d: Delivery, o: DeliverOptions): Promise<'delivered' | 'pending' | 'failed'> {
  const rule = await alerts.getRule(d.ruleId);
  const event = await alerts.getEvent(d.eventId);
  if (!rule || !event) {
    await alerts.markRetry(d.id, d.attempts, rule ? 'event no longer exists' : 'rule no longer exists', null);
    return 'failed';
  }
  const body = JSON.stringify(alertPayload(rule, event, d));
  const done = new Set((await alerts.attempts(d.id)).filter((a) => a.ok).map((a) => a.channel));
  let attempts = d.attempts;
  let lastError = '';
  for (let round = 0; round < o.attemptsPerRound && attempts < o.maxAttempts; round++) {
    if (round > 0) {
      if (o.stopping?.()) break;
      await sleep(retryWait(attempts, o));
    }
    attempts++;
    const at = () => new Date().toISOString();
    let ok = true;
    if (rule.output && !done.has(rule.output === '-' ? 'stdout' : 'file')) {
      const channel = rule.output === '-' ? 'stdout' as const : 'file' as const;
      try {
        if (channel === 'stdout') (o.stdout ?? ((l: string) => process.stdout.write(l)))(body + '\n');
        else appendFileSync(rule.output, body + '\n');
        done.add(channel);
        await alerts.logAttempt({ deliveryId: d.id, attempt: attempts, channel, ok: true, httpStatus: null, error: null, at: at() });
      } catch (err) {
        ok = false;
        lastError = `${channel}: ${(err as Error).message}`;
        await alerts.logAttempt({ deliveryId: d.id, attempt: attempts, channel, ok: false, httpStatus: null, error: lastError, at: at() });
      }
    }
    if (rule.webhookUrl && !done.has('webhook')) {
      const res = await postWebhook(rule.webhookUrl, body, {
        secret: rule.secret, deliveryKey: `${rule.id}:${event.event_id}`, allowPrivate: o.allowPrivate, allowHosts: o.allowHosts, timeoutMs: o.timeoutMs,
      });
      await alerts.logAttempt({ deliveryId: d.id, attempt: attempts, channel: 'webhook', ok: res.ok, httpStatus: res.status, error: res.ok ? null : res.error, at: at() });
      if (res.ok) done.add('webhook');
      else { ok = false; lastError = `webhook: ${res.error}`; }
    }
    if (ok) {
      await alerts.markDelivered(d.id, attempts, at());
      return 'delivered';
    }
  }
  const giveUp = attempts >= o.maxAttempts;
  await alerts.markRetry(d.id, attempts, lastError || 'stopped before an attempt', giveUp ? null : new Date(Date.now() + retryWait(attempts + 1, o)).toISOString());
  return giveUp ? 'failed' : 'pending';
}

/** Deliver every due delivery; returns counts by outcome. */
export async function deliverPending(alerts: AlertStore, options: Partial<DeliverOptions> = {}): Promise<{ delivered: number; pending: number; failed: number }> {
  const o = { ...DEFAULT_DELIVER_OPTIONS, ...options };
  const counts = { delivered: 0, pending: 0, failed: 0 };
  for (const d of await alerts.dueDeliveries(new Date().toISOString(), 1000)) {
    if (o.stopping?.()) break;
    counts[await deliverOne(alerts, d, o)]++;
  }
  return counts;
}
