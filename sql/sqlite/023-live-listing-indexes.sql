-- Indexes for the API's listings of live events (every status but 'rejected', the default of every
-- listing). They are partial indexes on `status <> 'rejected'`: SQLite uses them for queries whose
-- WHERE holds that exact term (src/store/sqlite/search.ts always writes it so), and then never reads
-- a table row just to check the status. Each matches a filter + sort of GET /api/events:
--   newest first / date range                  events_live_date
--   country (+ date range)                     events_live_country
--   country + event type (+ date range)        events_live_country_type
--   event type / sub-event type / admin1       events_live_type, events_live_sub_type, events_live_admin1
--   minimum fatalities, worst first            events_live_fatalities
--   recently changed                           events_live_updated
-- The whole-table indexes of 022 are replaced by their live versions (queries for rejected events
-- use the indexes of 010).
DROP INDEX IF EXISTS events_fatalities;
DROP INDEX IF EXISTS events_sub_type_date;
DROP INDEX IF EXISTS events_admin1_date;
CREATE INDEX events_live_date ON events(event_date) WHERE status <> 'rejected';
CREATE INDEX events_live_country ON events(country, event_date) WHERE status <> 'rejected';
CREATE INDEX events_live_country_type ON events(country, event_type, event_date) WHERE status <> 'rejected';
CREATE INDEX events_live_type ON events(event_type, event_date) WHERE status <> 'rejected';
CREATE INDEX events_live_sub_type ON events(sub_event_type, event_date) WHERE status <> 'rejected';
CREATE INDEX events_live_admin1 ON events(admin1, event_date) WHERE status <> 'rejected';
CREATE INDEX events_live_fatalities ON events(fatalities, event_date) WHERE status <> 'rejected';
CREATE INDEX events_live_updated ON events(updated_at) WHERE status <> 'rejected';
