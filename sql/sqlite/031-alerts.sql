-- Alert rules (saved filters over events), their deliveries and the delivery log.

CREATE TABLE alert_rules (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL,
  country         TEXT,                 -- exact country name or ISO alpha-3 code (case-insensitive)
  admin1          TEXT,
  min_lat         REAL,                 -- bounding box: all four or none
  min_lon         REAL,
  max_lat         REAL,
  max_lon         REAL,
  event_type      TEXT,
  sub_event_type  TEXT,
  actor_text      TEXT,                 -- substring of actor1/actor2/assoc actors (case-insensitive)
  min_fatalities  INTEGER,
  webhook_url     TEXT,
  secret          TEXT,                 -- HMAC-SHA256 key for the webhook signature header
  output          TEXT,                 -- a file path to append JSON lines to, or '-' for stdout
  created_at      TEXT NOT NULL
);

-- One row per (rule, event): the UNIQUE key is what makes delivery happen once, across restarts.
CREATE TABLE alert_deliveries (
  id              INTEGER PRIMARY KEY,
  rule_id         INTEGER NOT NULL REFERENCES alert_rules(id) ON DELETE CASCADE,
  event_id        TEXT NOT NULL,
  status          TEXT NOT NULL DEFAULT 'pending',   -- pending | delivered | failed
  attempts        INTEGER NOT NULL DEFAULT 0,
  last_error      TEXT,
  next_attempt_at TEXT,
  created_at      TEXT NOT NULL,
  delivered_at    TEXT,
  UNIQUE (rule_id, event_id)
);
CREATE INDEX alert_deliveries_pending ON alert_deliveries(status, next_attempt_at);

-- Every delivery attempt, successful or not.
CREATE TABLE alert_delivery_log (
  id           INTEGER PRIMARY KEY,
  delivery_id  INTEGER NOT NULL REFERENCES alert_deliveries(id) ON DELETE CASCADE,
  attempt      INTEGER NOT NULL,
  channel      TEXT NOT NULL,                   -- webhook | file | stdout
  ok           INTEGER NOT NULL,
  http_status  INTEGER,
  error        TEXT,
  at           TEXT NOT NULL
);
CREATE INDEX alert_delivery_log_delivery ON alert_delivery_log(delivery_id);

-- High-water mark of the events already matched against the rules (events.updated_at, events.id).
CREATE TABLE alert_cursor (
  name        TEXT PRIMARY KEY,
  updated_at  TEXT NOT NULL,
  event_rowid INTEGER NOT NULL
);
