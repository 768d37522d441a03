-- Watch mode: the feeds followed, their health, and the items already processed.

-- One followed feed (RSS/Atom) or page, with what the poller needs to resume after a restart.
CREATE TABLE feeds (
  url                  TEXT PRIMARY KEY,
  added_at             TEXT NOT NULL,
  etag                 TEXT,                      -- validators for the next conditional GET
  last_modified        TEXT,
  last_poll_at         TEXT,
  last_success_at      TEXT,
  last_status          INTEGER,                   -- HTTP status of the last answer (304 included)
  last_error           TEXT,
  last_error_at        TEXT,
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  backoff_ms           INTEGER NOT NULL DEFAULT 0, -- current error backoff (0 when healthy)
  next_poll_at         TEXT,                      -- when the scheduler polls it next (NULL: now)
  items_seen           INTEGER NOT NULL DEFAULT 0  -- distinct items processed over the feed's life
);

-- Every feed item processed, keyed by feed + guid/link + content hash: an item is never processed twice,
-- and an item whose content changed is processed again. 'pending' rows are items a stopped watcher had
-- in hand; they are processed again (storage is idempotent on content hashes).
CREATE TABLE feed_items (
  feed_url     TEXT NOT NULL,
  item_key     TEXT NOT NULL,                     -- guid, else link, else hash of title+content
  content_hash TEXT NOT NULL,
  status       TEXT NOT NULL,                     -- pending | done
  outcome      TEXT,                              -- what processing did: stored, duplicate, rejected: reason
  link         TEXT,
  first_seen   TEXT NOT NULL,
  processed_at TEXT,
  PRIMARY KEY (feed_url, item_key, content_hash)
) WITHOUT ROWID;
