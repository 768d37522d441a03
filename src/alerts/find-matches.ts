// Matching phase: read the events created or updated since the last check (a high-water mark kept in
// alert_cursor) and record one delivery per (rule, event). The UNIQUE key of alert_deliveries makes this
// idempotent, so the scan may safely overlap the previous one: it starts `overlapMs` before the mark,
// which catches events written by another process whose transaction committed late.
import type { AlertStore } from '../store/alerts.js';
import { matchesRule } from './match.js';

export interface MatchOptions {
  /** How far before the high-water mark each scan starts again (default 60 s). */
  overlapMs?: number;
  pageSize?: number;
}

/** Returns the number of new deliveries recorded. */
export async function findMatches(alerts: AlertStore, o: MatchOptions = {}): Promise<number> {
  const rules = await alerts.listRules();
  const mark = await alerts.cursor();
  const overlap = o.overlapMs ?? 60_000;
  const pageSize = o.pageSize ?? 500;
  let cursor = mark ? { updatedAt: new Date(Date.parse(mark.updatedAt) - overlap).toISOString(), rowid: 0 } : null;
  let highest = mark;
  let added = 0;
  for (;;) {
    const events = await alerts.eventsAfter(cursor, pageSize);
    for (const event of events) {
      for (const rule of rules) {
        if (matchesRule(rule, event) && (await alerts.addDelivery(rule.id, event.event_id))) added++;
      }
      cursor = { updatedAt: event.updated_at, rowid: event.rowid };
      if (!highest || event.updated_at > highest.updatedAt || (event.updated_at === highest.updatedAt && event.rowid > highest.rowid)) highest = cursor;
    }
    if (events.length < pageSize) break;
  }
  if (highest && highest !== mark) await alerts.setCursor(highest);
  return added;
}
