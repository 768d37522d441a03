-- PostgreSQL only: text search ignores accents, as SQLite's does (FTS5's unicode61 tokenizer removes
-- diacritics, so "Bogota" finds "Bogotá" and the other way round). The unaccent extension (contrib,
-- trusted: the database owner may create it) folds the text of the tsvector columns and the words of
-- each query, both through sitrep_fold(), which is IMMUTABLE so that generated columns may use it
-- (unaccent() itself is only STABLE: it reads its dictionary, named here with its schema). Where the
-- extension cannot be created, sitrep_fold() returns its text unchanged and search works as before,
-- without accent folding.
DO $$
DECLARE
  ext_schema text;
BEGIN
  BEGIN
    CREATE EXTENSION IF NOT EXISTS unaccent;
  EXCEPTION WHEN others THEN
    RAISE NOTICE 'unaccent is not available (%); text search does not fold accents', SQLERRM;
  END;
  SELECT extnamespace::regnamespace::text INTO ext_schema FROM pg_extension WHERE extname = 'unaccent';
  IF ext_schema IS NOT NULL THEN
    EXECUTE format('CREATE FUNCTION sitrep_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS %L',
      format('SELECT %s.unaccent(%L::regdictionary, $1)', ext_schema, ext_schema || '.unaccent'));
  ELSE
    CREATE FUNCTION sitrep_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS 'SELECT $1';
  END IF;
END
$$;

-- A generated column's expression cannot be changed in place (before PostgreSQL 17): the two columns
-- of 010-events.sql are made again with folded text (their GIN indexes go with them).
ALTER TABLE events DROP COLUMN search_all, DROP COLUMN search_actors;
ALTER TABLE events ADD COLUMN search_all tsvector GENERATED ALWAYS AS (to_tsvector('simple', sitrep_fold(
  notes || ' ' || actor1 || ' ' || actor2 || ' ' || location || ' ' || admin1 || ' ' || country))) STORED;
ALTER TABLE events ADD COLUMN search_actors tsvector GENERATED ALWAYS AS (to_tsvector('simple', sitrep_fold(
  actor1 || ' ' || actor2))) STORED;
CREATE INDEX events_search_all ON events USING gin (search_all);
CREATE INDEX events_search_actors ON events USING gin (search_actors);
