-- PostgreSQL part of 010-events: what SQLite does with FTS5 and an R*Tree.

-- Full-text search: tsvectors kept by PostgreSQL itself (generated columns) with GIN indexes.
-- The 'simple' configuration lowercases and does not stem, like FTS5's unicode61 tokenizer.
ALTER TABLE events ADD COLUMN search_all tsvector GENERATED ALWAYS AS (to_tsvector('simple',
  notes || ' ' || actor1 || ' ' || actor2 || ' ' || location || ' ' || admin1 || ' ' || country)) STORED;
ALTER TABLE events ADD COLUMN search_actors tsvector GENERATED ALWAYS AS (to_tsvector('simple',
  actor1 || ' ' || actor2)) STORED;
CREATE INDEX events_search_all ON events USING gin (search_all);
CREATE INDEX events_search_actors ON events USING gin (search_actors);

-- Map queries: a PostGIS point with a GiST index when the extension can be created, and a plain
-- latitude/longitude B-tree index in every case (the store uses the point when it exists).
DO $$
BEGIN
  BEGIN
    CREATE EXTENSION IF NOT EXISTS postgis;
  EXCEPTION WHEN others THEN
    RAISE NOTICE 'PostGIS is not available (%); map queries use latitude/longitude', SQLERRM;
  END;
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'postgis') THEN
    EXECUTE 'ALTER TABLE events ADD COLUMN geom geometry(Point, 4326) GENERATED ALWAYS AS (
      CASE WHEN latitude IS NOT NULL AND longitude IS NOT NULL
      THEN ST_SetSRID(ST_MakePoint(longitude, latitude), 4326) END) STORED';
    EXECUTE 'CREATE INDEX events_geom ON events USING gist (geom)';
  END IF;
END
$$;
CREATE INDEX events_lat_lon ON events(latitude, longitude);
CREATE INDEX event_sources_document ON event_sources(document_id);
