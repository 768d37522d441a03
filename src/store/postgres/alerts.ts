// PostgreSQL implementation of the alerts area (see ../alerts.ts): tables alert_rules,
// alert_deliveries, alert_delivery_log and alert_cursor. It also reads (never writes) the events table.
import type { AlertEvent, AlertStore, NewAlertRule } from '../alerts.js';
import { changes, one, rows, type Pool } from './pool.js';
import { EVENT_COLUMNS, toDelivery, toRule, type AttemptRow, type DeliveryRow, type RuleRow } from '../alerts-rows.js';

export function postgresAlertStore(pool: Pool): AlertStore {
  const now = () => new Date().toISOString();
  const getRule = async (id: number) => {
    const r = await one<RuleRow>(pool, 'SELECT * FROM alert_rules WHERE id = $1', [id]);
    return r ? toRule(r) : null;
  };
  return {
    async addRule(rule: NewAlertRule) {
      const [minLon, minLat, maxLon, maxLat] = rule.bbox ?? [null, null, null, null];
      const r = await one<{ id: number }>(pool, `INSERT INTO alert_rules (name, country, admin1, min_lat, min_lon, max_lat, max_lon, event_type,
        sub_event_type, actor_text, min_fatalities, webhook_url, secret, output, created_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`, [
        rule.name, rule.country, rule.admin1, minLat, minLon, maxLat, maxLon, rule.eventType, rule.subEventType, rule.actorText,
        rule.minFatalities, rule.webhookUrl, rule.secret, rule.output, rule.createdAt ?? now()]);
      return (await getRule(r!.id))!;
    },
    async removeRule(id) { return (await changes(pool, 'DELETE FROM alert_rules WHERE id = $1', [id])) > 0; },
    getRule,
    async listRules() { return (await rows<RuleRow>(pool, 'SELECT * FROM alert_rules ORDER BY id')).map(toRule); },
    async cursor() {
      const r = await one<{ updated_at: string; event_rowid: number }>(pool, "SELECT updated_at, event_rowid FROM alert_cursor WHERE name = 'events'");
      return r ? { updatedAt: r.updated_at, rowid: r.event_rowid } : null;
    },
    async setCursor(c) {
      await pool.query(`INSERT INTO alert_cursor (name, updated_at, event_rowid) VALUES ('events', $1, $2)
        ON CONFLICT (name) DO UPDATE SET updated_at = excluded.updated_at, event_rowid = excluded.event_rowid`, [c.updatedAt, c.rowid]);
    },
    async eventsAfter(c, limit) {
      return c
        ? rows<AlertEvent>(pool, `SELECT ${EVENT_COLUMNS} FROM events WHERE updated_at > $1 OR (updated_at = $1 AND id > $2)
            ORDER BY updated_at, id LIMIT $3`, [c.updatedAt, c.rowid, limit])
        : rows<AlertEvent>(pool, `SELECT ${EVENT_COLUMNS} FROM events ORDER BY updated_at, id LIMIT $1`, [limit]);
    },
    async getEvent(eventId) { return one<AlertEvent>(pool, `SELECT ${EVENT_COLUMNS} FROM events WHERE event_id = $1`, [eventId]); },
    async addDelivery(ruleId, eventId, at = now()) {
      return (await changes(pool, `INSERT INTO alert_deliveries (rule_id, event_id, created_at, next_attempt_at) VALUES ($1, $2, $3, $3)
        ON CONFLICT (rule_id, event_id) DO NOTHING`, [ruleId, eventId, at])) > 0;
    },
    async dueDeliveries(at, limit = 100) {
      return (await rows<DeliveryRow>(pool, `SELECT * FROM alert_deliveries WHERE status = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= $1)
        ORDER BY id LIMIT $2`, [at, limit])).map(toDelivery);
    },
    async logAttempt(a) {
      await pool.query(`INSERT INTO alert_delivery_log (delivery_id, attempt, channel, ok, http_status, error, at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [a.deliveryId, a.attempt, a.channel, a.ok ? 1 : 0, a.httpStatus, a.error, a.at]);
    },
    async markDelivered(id, attempts, at) {
      await pool.query(`UPDATE alert_deliveries SET status = 'delivered', attempts = $1, delivered_at = $2, last_error = NULL,
        next_attempt_at = NULL WHERE id = $3`, [attempts, at, id]);
    },
    async markRetry(id, attempts, error, nextAttemptAt) {
      await pool.query('UPDATE alert_deliveries SET status = $1, attempts = $2, last_error = $3, next_attempt_at = $4 WHERE id = $5',
        [nextAttemptAt ? 'pending' : 'failed', attempts, error, nextAttemptAt, id]);
    },
    async deliveries(ruleId, limit = 100) {
      const list = ruleId !== undefined
        ? await rows<DeliveryRow>(pool, 'SELECT * FROM alert_deliveries WHERE rule_id = $1 ORDER BY id DESC LIMIT $2', [ruleId, limit])
        : await rows<DeliveryRow>(pool, 'SELECT * FROM alert_deliveries ORDER BY id DESC LIMIT $1', [limit]);
      return list.map(toDelivery);
    },
    async attempts(deliveryId) {
      return (await rows<AttemptRow>(pool, 'SELECT * FROM alert_delivery_log WHERE delivery_id = $1 ORDER BY id', [deliveryId])).map((r) => ({
        deliveryId: r.delivery_id, attempt: r.attempt, channel: r.channel, ok: r.ok === 1, httpStatus: r.http_status, error: r.error, at: r.at,
      }));
    },
  };
}
