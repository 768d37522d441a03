-- Coded events (ACLED export fields plus sitrep's own), their sources and evidence.

CREATE TABLE events (
  id                 INTEGER PRIMARY KEY,   -- rowid, used by the R*Tree and FTS indexes
  event_id           TEXT NOT NULL UNIQUE,  -- public id, e.g. "SYR-3f9a1c2b"
  merge_key          TEXT NOT NULL,         -- actor pair + place + day: events sharing it are one event
  event_date         TEXT NOT NULL,
  time_precision     INTEGER NOT NULL,
  disorder_type      TEXT NOT NULL,
  event_type         TEXT NOT NULL,
  sub_event_type     TEXT NOT NULL,
  actor1             TEXT NOT NULL,
  assoc_actor_1      TEXT NOT NULL DEFAULT '',
  inter1             INTEGER NOT NULL,
  actor2             TEXT NOT NULL DEFAULT '',
  assoc_actor_2      TEXT NOT NULL DEFAULT '',
  inter2             INTEGER NOT NULL DEFAULT 0,
  interaction        INTEGER NOT NULL,
  civilian_targeting TEXT NOT NULL DEFAULT '',
  iso                INTEGER,
  country            TEXT NOT NULL DEFAULT '',
  admin1             TEXT NOT NULL DEFAULT '',
  admin2             TEXT NOT NULL DEFAULT '',
  admin3             TEXT NOT NULL DEFAULT '',
  location           TEXT NOT NULL DEFAULT '',
  latitude           REAL,
  longitude          REAL,
  geo_precision      INTEGER NOT NULL,
  fatalities         INTEGER NOT NULL DEFAULT 0,
  fatalities_unknown INTEGER NOT NULL DEFAULT 0,
  arrests            INTEGER NOT NULL DEFAULT 0,
  notes              TEXT NOT NULL DEFAULT '',
  source             TEXT NOT NULL DEFAULT '',
  confidence         REAL NOT NULL DEFAULT 0,
  status             TEXT NOT NULL DEFAULT 'coded',  -- coded | confirmed | edited | rejected
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL
);
CREATE INDEX events_merge_key ON events(merge_key);
CREATE INDEX events_date ON events(event_date);
CREATE INDEX events_country_date ON events(country, event_date);
CREATE INDEX events_type_date ON events(event_type, event_date);

-- Which documents report which event.
CREATE TABLE event_sources (
  event_id     TEXT NOT NULL REFERENCES events(event_id),
  document_id  TEXT NOT NULL REFERENCES documents(id),
  PRIMARY KEY (event_id, document_id)
) WITHOUT ROWID;

-- The words behind each field: spans into documents.text.
CREATE TABLE evidence (
  event_id     TEXT NOT NULL REFERENCES events(event_id),
  document_id  TEXT NOT NULL REFERENCES documents(id),
  field        TEXT NOT NULL,
  start        INTEGER NOT NULL,
  "end"        INTEGER NOT NULL,
  text         TEXT NOT NULL
);
CREATE INDEX evidence_event ON evidence(event_id);

-- Full-text search over what an analyst searches for.
CREATE VIRTUAL TABLE events_fts USING fts5(
  notes, actor1, actor2, location, admin1, country,
  content='events', content_rowid='id'
);
CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
  INSERT INTO events_fts(rowid, notes, actor1, actor2, location, admin1, country)
  VALUES (new.id, new.notes, new.actor1, new.actor2, new.location, new.admin1, new.country);
END;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
  INSERT INTO events_fts(events_fts, rowid, notes, actor1, actor2, location, admin1, country)
  VALUES ('delete', old.id, old.notes, old.actor1, old.actor2, old.location, old.admin1, old.country);
END;
CREATE TRIGGER events_fts_update AFTER UPDATE ON events BEGIN
  INSERT INTO events_fts(events_fts, rowid, notes, actor1, actor2, location, admin1, country)
  VALUES ('delete', old.id, old.notes, old.actor1, old.actor2, old.location, old.admin1, old.country);
  INSERT INTO events_fts(rowid, notes, actor1, actor2, location, admin1, country)
  VALUES (new.id, new.notes, new.actor1, new.actor2, new.location, new.admin1, new.country);
END;

-- Map queries: a point R*Tree over events that have coordinates.
CREATE VIRTUAL TABLE events_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon);
CREATE TRIGGER events_rtree_insert AFTER INSERT ON events WHEN new.latitude IS NOT NULL BEGIN
  INSERT INTO events_rtree VALUES (new.id, new.latitude, new.latitude, new.longitude, new.longitude);
END;
CREATE TRIGGER events_rtree_delete AFTER DELETE ON events BEGIN
  DELETE FROM events_rtree WHERE id = old.id;
END;
CREATE TRIGGER events_rtree_update AFTER UPDATE OF latitude, longitude ON events BEGIN
  DELETE FROM events_rtree WHERE id = old.id;
  INSERT INTO events_rtree SELECT new.id, new.latitude, new.latitude, new.longitude, new.longitude
    WHERE new.latitude IS NOT NULL;
END;
