-- Covering indexes for the whole-selection reads of the page: GET /api/stats (counts and fatalities
-- by day, type and country) and GET /api/points (the map). They hold every column those queries
-- read, status included (SQLite reads a partial index without the table only when the columns of
-- the WHERE are in it), so a statistic over 100,000 events scans an index instead of looking up
-- 100,000 rows (on the bench: 880 → 22 ms for the days).
CREATE INDEX events_live_stats_day ON events(event_date, fatalities, status) WHERE status <> 'rejected';
CREATE INDEX events_live_stats_type ON events(event_type, event_date, fatalities, status) WHERE status <> 'rejected';
CREATE INDEX events_live_stats_country ON events(country, event_date, fatalities, status) WHERE status <> 'rejected';
CREATE INDEX events_live_map ON events(event_date, latitude, longitude, event_type, fatalities, event_id, status) WHERE status <> 'rejected';
