-- PostgreSQL part of 020-reviews: the analyst's reviewed values (event_overrides) are applied to
-- every row the coder inserts or rewrites, so edits survive re-coding. SQLite does this with AFTER
-- triggers that update the row again; PostgreSQL can change the row on its way in (BEFORE trigger).
-- Values are kept as text; jsonb_populate_record turns each into the type of its column.
CREATE FUNCTION events_apply_overrides() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  overrides jsonb;
BEGIN
  SELECT jsonb_object_agg(field, value) INTO overrides FROM event_overrides WHERE event_id = NEW.event_id;
  IF overrides IS NOT NULL THEN
    NEW := jsonb_populate_record(NEW, overrides);
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER events_overrides BEFORE INSERT OR UPDATE ON events
  FOR EACH ROW EXECUTE FUNCTION events_apply_overrides();
