// Does an event match an alert rule? Every filter the rule sets must hold; unset filters match anything.
import type { AlertEvent, AlertRule } from '../store/alerts.js';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The checks of a rule, one per filter: [name, holds?]. Kept as a list so a newcomer sees them all. */
const CHECKS: [keyof AlertRule, (rule: AlertRule, e: AlertEvent) => boolean][] = [
  ['country', (r, e) => same(r.country!, e.country)],
  ['admin1', (r, e) => same(r.admin1!, e.admin1)],
  ['bbox', (r, e) => {
    const [minLon, minLat, maxLon, maxLat] = r.bbox!;
    return e.latitude !== null && e.longitude !== null
      && e.latitude >= minLat && e.latitude <= maxLat && e.longitude >= minLon && e.longitude <= maxLon;
  }],
  ['eventType', (r, e) => same(r.eventType!, e.event_type)],
  ['subEventType', (r, e) => same(r.subEventType!, e.sub_event_type)],
  ['actorText', (r, e) => {
    const needle = r.actorText!.toLowerCase();
    return [e.actor1, e.assoc_actor_1, e.actor2, e.assoc_actor_2].some((a) => (a ?? '').toLowerCase().includes(needle));
  }],
  ['minFatalities', (r, e) => e.fatalities >= r.minFatalities!],
];

/**
 * True when `event` matches `rule`. Rejected events never match, and a rule only sees events created or
 * updated since it was saved (a new rule does not replay the whole history).
 */
export function matchesRule(rule: AlertRule, event: AlertEvent): boolean {
  if (event.status === 'rejected') return false;
  if (event.updated_at < rule.createdAt) return false;
  return CHECKS.every(([field, holds]) => rule[field] === null || rule[field] === '' || holds(rule, event));
}
