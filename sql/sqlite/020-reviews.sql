-- Review history of events, and the field edits that must survive re-coding.

-- Every review action, oldest first. No foreign key to events: the history stays even if the coder
-- deletes and re-creates an event under the same event_id.
CREATE TABLE event_reviews (
  id           INTEGER PRIMARY KEY,
  event_id     TEXT NOT NULL,
  action       TEXT NOT NULL CHECK (action IN ('confirm', 'edit', 'reject', 'import')),
  reviewer     TEXT NOT NULL,
  comment      TEXT NOT NULL DEFAULT '',
  changes      TEXT,                       -- JSON: {field: {"from": old, "to": new}}
  created_at   TEXT NOT NULL
);
CREATE INDEX event_reviews_event ON event_reviews(event_id, id);

-- The reviewed value of each edited field (and the reviewed status). Re-applied by the triggers
-- below whenever the coder inserts or rewrites the event, so an analyst's edits are never lost.
CREATE TABLE event_overrides (
  event_id     TEXT NOT NULL,
  field        TEXT NOT NULL,
  value,                                   -- typed as the events column it replaces
  review_id    INTEGER NOT NULL REFERENCES event_reviews(id),
  PRIMARY KEY (event_id, field)
) WITHOUT ROWID;

CREATE TRIGGER events_overrides_after_insert AFTER INSERT ON events
WHEN EXISTS (SELECT 1 FROM event_overrides WHERE event_id = new.event_id) BEGIN
  UPDATE events SET
    event_date         = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'event_date'), event_date),
    time_precision     = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'time_precision'), time_precision),
    disorder_type      = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'disorder_type'), disorder_type),
    event_type         = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'event_type'), event_type),
    sub_event_type     = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'sub_event_type'), sub_event_type),
    actor1             = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'actor1'), actor1),
    assoc_actor_1      = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'assoc_actor_1'), assoc_actor_1),
    inter1             = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'inter1'), inter1),
    actor2             = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'actor2'), actor2),
    assoc_actor_2      = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'assoc_actor_2'), assoc_actor_2),
    inter2             = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'inter2'), inter2),
    interaction        = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'interaction'), interaction),
    civilian_targeting = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'civilian_targeting'), civilian_targeting),
    country            = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'country'), country),
    admin1             = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'admin1'), admin1),
    admin2             = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'admin2'), admin2),
    admin3             = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'admin3'), admin3),
    location           = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'location'), location),
    latitude           = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'latitude'), latitude),
    longitude          = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'longitude'), longitude),
    geo_precision      = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'geo_precision'), geo_precision),
    fatalities         = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'fatalities'), fatalities),
    fatalities_unknown = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'fatalities_unknown'), fatalities_unknown),
    arrests            = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'arrests'), arrests),
    notes              = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'notes'), notes),
    status             = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'status'), status)
  WHERE id = new.id;
END;

-- SQLite does not fire a trigger from inside itself (recursive_triggers is off), so this ends.
CREATE TRIGGER events_overrides_after_update AFTER UPDATE ON events
WHEN EXISTS (SELECT 1 FROM event_overrides WHERE event_id = new.event_id) BEGIN
  UPDATE events SET
    event_date         = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'event_date'), event_date),
    time_precision     = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'time_precision'), time_precision),
    disorder_type      = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'disorder_type'), disorder_type),
    event_type         = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'event_type'), event_type),
    sub_event_type     = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'sub_event_type'), sub_event_type),
    actor1             = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'actor1'), actor1),
    assoc_actor_1      = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'assoc_actor_1'), assoc_actor_1),
    inter1             = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'inter1'), inter1),
    actor2             = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'actor2'), actor2),
    assoc_actor_2      = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'assoc_actor_2'), assoc_actor_2),
    inter2             = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'inter2'), inter2),
    interaction        = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'interaction'), interaction),
    civilian_targeting = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'civilian_targeting'), civilian_targeting),
    country            = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'country'), country),
    admin1             = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'admin1'), admin1),
    admin2             = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'admin2'), admin2),
    admin3             = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'admin3'), admin3),
    location           = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'location'), location),
    latitude           = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'latitude'), latitude),
    longitude          = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'longitude'), longitude),
    geo_precision      = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'geo_precision'), geo_precision),
    fatalities         = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'fatalities'), fatalities),
    fatalities_unknown = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'fatalities_unknown'), fatalities_unknown),
    arrests            = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'arrests'), arrests),
    notes              = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'notes'), notes),
    status             = COALESCE((SELECT value FROM event_overrides WHERE event_id = new.event_id AND field = 'status'), status)
  WHERE id = new.id;
END;

-- SQLite fires the triggers of one statement newest first. The override triggers above must run
-- AFTER the triggers that keep events_fts and events_rtree in step with events (010-events.sql), or
-- their nested UPDATE would feed the text index values it does not hold. So those index triggers are
-- re-created here, unchanged, to make them newer. (test/server/reviews.test.ts checks that their text
-- still equals 010's.)
DROP TRIGGER events_fts_insert;
CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
  INSERT INTO events_fts(rowid, notes, actor1, actor2, location, admin1, country)
  VALUES (new.id, new.notes, new.actor1, new.actor2, new.location, new.admin1, new.country);
END;
DROP TRIGGER events_fts_update;
CREATE TRIGGER events_fts_update AFTER UPDATE ON events BEGIN
  INSERT INTO events_fts(events_fts, rowid, notes, actor1, actor2, location, admin1, country)
  VALUES ('delete', old.id, old.notes, old.actor1, old.actor2, old.location, old.admin1, old.country);
  INSERT INTO events_fts(rowid, notes, actor1, actor2, location, admin1, country)
  VALUES (new.id, new.notes, new.actor1, new.actor2, new.location, new.admin1, new.country);
END;
DROP TRIGGER events_rtree_insert;
CREATE TRIGGER events_rtree_insert AFTER INSERT ON events WHEN new.latitude IS NOT NULL BEGIN
  INSERT INTO events_rtree VALUES (new.id, new.latitude, new.latitude, new.longitude, new.longitude);
END;
DROP TRIGGER events_rtree_update;
CREATE TRIGGER events_rtree_update AFTER UPDATE OF latitude, longitude ON events BEGIN
  DELETE FROM events_rtree WHERE id = old.id;
  INSERT INTO events_rtree SELECT new.id, new.latitude, new.latitude, new.longitude, new.longitude
    WHERE new.latitude IS NOT NULL;
END;
