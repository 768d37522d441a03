// The alerts area of the store: rules (saved filters over events), deliveries and the delivery log.

/** A saved filter over events and where its matches go. Null filter fields match anything. */
export interface AlertRule {
  id: number;
  name: string;
  country: string | null;
  admin1: string | null;
  /** [west, south, east, north] in degrees — the order of the API's `bbox` parameter. */
  bbox: [number, number, number, number] | null;
  eventType: string | null;
  subEventType: string | null;
  actorText: string | null;
  minFatalities: number | null;
  webhookUrl: string | null;
  secret: string | null;
  /** A file path to append one JSON line per match to, or '-' for stdout. */
  output: string | null;
  createdAt: string;
}

export type NewAlertRule = Omit<AlertRule, 'id' | 'createdAt'> & { createdAt?: string };

/** An event row as the alerts see it (the ACLED fields of the events table). */
export interface AlertEvent {
  rowid: number;
  event_id: string;
  event_date: string;
  disorder_type: string;
  event_type: string;
  sub_event_type: string;
  actor1: string;
  assoc_actor_1: string;
  actor2: string;
  assoc_actor_2: string;
  iso: number | null;
  country: string;
  admin1: string;
  admin2: string;
  location: string;
  latitude: number | null;
  longitude: number | null;
  fatalities: number;
  notes: string;
  source: string;
  confidence: number;
  status: string;
  created_at: string;
  updated_at: string;
}

export interface Delivery {
  id: number;
  ruleId: number;
  eventId: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

export interface DeliveryAttempt {
  deliveryId: number;
  attempt: number;
  channel: 'webhook' | 'file' | 'stdout';
  ok: boolean;
  httpStatus: number | null;
  error: string | null;
  at: string;
}

/** Position in the events table up to which events were matched: (updated_at, rowid). */
export interface EventCursor {
  updatedAt: string;
  rowid: number;
}

export interface AlertStore {
  addRule(rule: NewAlertRule): Promise<AlertRule>;
  removeRule(id: number): Promise<boolean>;
  getRule(id: number): Promise<AlertRule | null>;
  listRules(): Promise<AlertRule[]>;
  cursor(): Promise<EventCursor | null>;
  setCursor(c: EventCursor): Promise<void>;
  /** Events created or updated after the cursor (ties broken by rowid), oldest first. */
  eventsAfter(c: EventCursor | null, limit: number): Promise<AlertEvent[]>;
  getEvent(eventId: string): Promise<AlertEvent | null>;
  /** Record that an event matched a rule; false when it had already (the UNIQUE key). */
  addDelivery(ruleId: number, eventId: string, at?: string): Promise<boolean>;
  /** Deliveries still to make whose next attempt is due. */
  dueDeliveries(now: string, limit?: number): Promise<Delivery[]>;
  logAttempt(a: DeliveryAttempt): Promise<void>;
  markDelivered(id: number, attempts: number, at: string): Promise<void>;
  /** Record a failed round: pending with a next attempt time, or failed for good when nextAttemptAt is null. */
  markRetry(id: number, attempts: number, error: string, nextAttemptAt: string | null): Promise<void>;
  deliveries(ruleId?: number, limit?: number): Promise<Delivery[]>;
  attempts(deliveryId: number): Promise<DeliveryAttempt[]>;
}
