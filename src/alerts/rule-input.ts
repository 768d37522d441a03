// A new alert rule from user input (CLI flags or an API body), checked, with a secret generated for
// webhooks that have none. Shared by `sitrep alerts add` and POST /api/alerts.
import { randomBytes } from 'node:crypto';
import type { NewAlertRule } from '../store/alerts.js';

export interface RuleInput {
  name?: unknown; country?: unknown; admin1?: unknown; bbox?: unknown; event_type?: unknown; sub_event_type?: unknown;
  actor?: unknown; min_fatalities?: unknown; webhook?: unknown; secret?: unknown; output?: unknown;
}

export type RuleCheck = { ok: true; rule: NewAlertRule } | { ok: false; error: string };

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** bbox as "west,south,east,north" (the API's order) or a 4-number array in that order. */
export function parseBbox(v: unknown): [number, number, number, number] | null | 'invalid' {
  if (v === undefined || v === null || v === '') return null;
  const parts = Array.isArray(v) ? v : String(v).split(',');
  const n = parts.map((p) => Number(p));
  if (n.length !== 4 || n.some((x) => !Number.isFinite(x))) return 'invalid';
  const [west, south, east, north] = n as [number, number, number, number];
  if (south > north || west > east || Math.abs(south) > 90 || Math.abs(north) > 90 || Math.abs(west) > 180 || Math.abs(east) > 180) return 'invalid';
  return [west, south, east, north];
}

export function checkRuleInput(input: RuleInput): RuleCheck {
  const name = text(input.name);
  if (!name) return { ok: false, error: 'a rule needs a name' };
  const bbox = parseBbox(input.bbox);
  if (bbox === 'invalid') return { ok: false, error: 'bbox is west,south,east,north in degrees, with west <= east and south <= north' };
  let minFatalities: number | null = null;
  if (input.min_fatalities !== undefined && input.min_fatalities !== null && input.min_fatalities !== '') {
    minFatalities = Number(input.min_fatalities);
    if (!Number.isInteger(minFatalities) || minFatalities < 0) return { ok: false, error: 'min_fatalities is a whole number >= 0' };
  }
  const webhookUrl = text(input.webhook);
  if (webhookUrl && !/^https?:\/\/./i.test(webhookUrl)) return { ok: false, error: 'webhook is an http(s) URL' };
  const output = text(input.output);
  if (!webhookUrl && !output) return { ok: false, error: 'a rule needs somewhere to deliver: webhook and/or output (a file path or -)' };
  return {
    ok: true,
    rule: {
      name, country: text(input.country), admin1: text(input.admin1), bbox, eventType: text(input.event_type),
      subEventType: text(input.sub_event_type), actorText: text(input.actor), minFatalities, webhookUrl,
      secret: webhookUrl ? text(input.secret) ?? randomBytes(24).toString('hex') : null, output,
    },
  };
}
