// SQLite implementation of the alerts area (see ../alerts.ts): tables alert_rules, alert_deliveries,
// alert_delivery_log and alert_cursor (031-alerts.sql). It also reads (never writes) the events table.
import type { Db } from './open.js';
import type { AlertEvent, AlertStore, NewAlertRule } from '../alerts.js';
import { EVENT_COLUMNS, toDelivery, toRule, type AttemptRow, type DeliveryRow, type RuleRow } from '../alerts-rows.js';

export function sqliteAlertStore(db: Db): AlertStore {
  const q = {
    addRule: db.prepare(`INSERT INTO alert_rules (name, country, admin1, min_lat, min_lon, max_lat, max_lon, event_type,
      sub_event_type, actor_text, min_fatalities, webhook_url, secret, output, created_at)
      VALUES (@name, @country, @admin1, @minLat, @minLon, @maxLat, @maxLon, @eventType, @subEventType, @actorText,
      @minFatalities, @webhookUrl, @secret, @output, @createdAt)`),
    removeRule: db.prepare('DELETE FROM alert_rules WHERE id = ?'),
    getRule: db.prepare('SELECT * FROM alert_rules WHERE id = ?'),
    listRules: db.prepare('SELECT * FROM alert_rules ORDER BY id'),
    cursor: db.prepare("SELECT updated_at, event_rowid FROM alert_cursor WHERE name = 'events'"),
    setCursor: db.prepare(`INSERT INTO alert_cursor (name, updated_at, event_rowid) VALUES ('events', ?, ?)
      ON CONFLICT(name) DO UPDATE SET updated_at = excluded.updated_at, event_rowid = excluded.event_rowid`),
    eventsAll: db.prepare(`SELECT ${EVENT_COLUMNS} FROM events ORDER BY updated_at, id LIMIT ?`),
    eventsAfter: db.prepare(`SELECT ${EVENT_COLUMNS} FROM events
      WHERE updated_at > @updatedAt OR (updated_at = @updatedAt AND id > @rowid) ORDER BY updated_at, id LIMIT @limit`),
    getEvent: db.prepare(`SELECT ${EVENT_COLUMNS} FROM events WHERE event_id = ?`),
    addDelivery: db.prepare(`INSERT INTO alert_deliveries (rule_id, event_id, created_at, next_attempt_at) VALUES (?, ?, ?, ?)
      ON CONFLICT(rule_id, event_id) DO NOTHING`),
    due: db.prepare(`SELECT * FROM alert_deliveries WHERE status = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)
      ORDER BY id LIMIT ?`),
    log: db.prepare(`INSERT INTO alert_delivery_log (delivery_id, attempt, channel, ok, http_status, error, at)
      VALUES (?, ?, ?, ?, ?, ?, ?)`),
    delivered: db.prepare(`UPDATE alert_deliveries SET status = 'delivered', attempts = ?, delivered_at = ?, last_error = NULL,
      next_attempt_at = NULL WHERE id = ?`),
    retry: db.prepare(`UPDATE alert_deliveries SET status = ?, attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ?`),
    deliveriesOf: db.prepare('SELECT * FROM alert_deliveries WHERE rule_id = ? ORDER BY id DESC LIMIT ?'),
    deliveriesAll: db.prepare('SELECT * FROM alert_deliveries ORDER BY id DESC LIMIT ?'),
    attempts: db.prepare('SELECT * FROM alert_delivery_log WHERE delivery_id = ? ORDER BY id'),
  };
  const now = () => new Date().toISOString();

  return {
    async addRule(rule: NewAlertRule) {
      const [minLon, minLat, maxLon, maxLat] = rule.bbox ?? [null, null, null, null];
      const createdAt = rule.createdAt ?? now();
      const id = Number(q.addRule.run({
        name: rule.name, country: rule.country, admin1: rule.admin1, minLat, minLon, maxLat, maxLon,
        eventType: rule.eventType, subEventType: rule.subEventType, actorText: rule.actorText,
        minFatalities: rule.minFatalities, webhookUrl: rule.webhookUrl, secret: rule.secret, output: rule.output, createdAt,
      }).lastInsertRowid);
      return toRule(q.getRule.get(id) as RuleRow);
    },
    async removeRule(id) { return q.removeRule.run(id).changes > 0; },
    async getRule(id) {
      const r = q.getRule.get(id) as RuleRow | undefined;
      return r ? toRule(r) : null;
    },
    async listRules() { return (q.listRules.all() as RuleRow[]).map(toRule); },
    async cursor() {
      const r = q.cursor.get() as { updated_at: string; event_rowid: number } | undefined;
      return r ? { updatedAt: r.updated_at, rowid: r.event_rowid } : null;
    },
    async setCursor(c) { q.setCursor.run(c.updatedAt, c.rowid); },
    async eventsAfter(c, limit) {
      return (c ? q.eventsAfter.all({ updatedAt: c.updatedAt, rowid: c.rowid, limit }) : q.eventsAll.all(limit)) as AlertEvent[];
    },
    async getEvent(eventId) { return (q.getEvent.get(eventId) as AlertEvent | undefined) ?? null; },
    async addDelivery(ruleId, eventId, at = now()) { return q.addDelivery.run(ruleId, eventId, at, at).changes > 0; },
    async dueDeliveries(at, limit = 100) { return (q.due.all(at, limit) as DeliveryRow[]).map(toDelivery); },
    async logAttempt(a) { q.log.run(a.deliveryId, a.attempt, a.channel, a.ok ? 1 : 0, a.httpStatus, a.error, a.at); },
    async markDelivered(id, attempts, at) { q.delivered.run(attempts, at, id); },
    async markRetry(id, attempts, error, nextAttemptAt) {
      q.retry.run(nextAttemptAt ? 'pending' : 'failed', attempts, error, nextAttemptAt, id);
    },
    async deliveries(ruleId, limit = 100) {
      return ((ruleId !== undefined ? q.deliveriesOf.all(ruleId, limit) : q.deliveriesAll.all(limit)) as DeliveryRow[]).map(toDelivery);
    },
    async attempts(deliveryId) {
      return (q.attempts.all(deliveryId) as AttemptRow[]).map((r) => ({
        deliveryId: r.delivery_id, attempt: r.attempt, channel: r.channel, ok: r.ok === 1, httpStatus: r.http_status,
        error: r.error, at: r.at,
      }));
    },
  };
}
