// The rows of the alerts tables as both stores read them, and their conversion to the area's types.
import type { AlertRule, Delivery, DeliveryAttempt } from './alerts.js';

export interface RuleRow {
  id: number; name: string; country: string | null; admin1: string | null; min_lat: number | null; min_lon: number | null;
  max_lat: number | null; max_lon: number | null; event_type: string | null; sub_event_type: string | null;
  actor_text: string | null; min_fatalities: number | null; webhook_url: string | null; secret: string | null;
  output: string | null; created_at: string;
}
export interface DeliveryRow {
  id: number; rule_id: number; event_id: string; status: Delivery['status']; attempts: number; last_error: string | null;
  next_attempt_at: string | null; created_at: string; delivered_at: string | null;
}
export interface AttemptRow {
  delivery_id: number; attempt: number; channel: DeliveryAttempt['channel']; ok: number; http_status: number | null;
  error: string | null; at: string;
}

export function toRule(r: RuleRow): AlertRule {
  const bbox = r.min_lat !== null && r.min_lon !== null && r.max_lat !== null && r.max_lon !== null
    ? [r.min_lon, r.min_lat, r.max_lon, r.max_lat] as [number, number, number, number] : null;
  return {
    id: r.id, name: r.name, country: r.country, admin1: r.admin1, bbox, eventType: r.event_type, subEventType: r.sub_event_type,
    actorText: r.actor_text, minFatalities: r.min_fatalities, webhookUrl: r.webhook_url, secret: r.secret, output: r.output,
    createdAt: r.created_at,
  };
}
export function toDelivery(r: DeliveryRow): Delivery {
  return {
    id: r.id, ruleId: r.rule_id, eventId: r.event_id, status: r.status, attempts: r.attempts, lastError: r.last_error,
    nextAttemptAt: r.next_attempt_at, createdAt: r.created_at, deliveredAt: r.delivered_at,
  };
}

export const EVENT_COLUMNS = `id AS rowid, event_id, event_date, disorder_type, event_type, sub_event_type, actor1, assoc_actor_1,
  actor2, assoc_actor_2, iso, country, admin1, admin2, location, latitude, longitude, fatalities, notes, source,
  confidence, status, created_at, updated_at`;
