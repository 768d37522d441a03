-- Core tables: stories, the documents that belong to them, their sources, and dead letters.

-- One real-world article, however many distributors carried it.
CREATE TABLE stories (
  id           TEXT PRIMARY KEY,           -- the id of the first document of the story
  title        TEXT,
  first_seen   TEXT NOT NULL,              -- ISO time of ingestion of the first copy
  published_at TEXT                        -- earliest publication date among its copies
);

-- One distinct text (exact copies are not stored twice: content_hash is unique).
CREATE TABLE documents (
  id           TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  story_id     TEXT NOT NULL REFERENCES stories(id),
  origin       TEXT NOT NULL,
  source       TEXT,
  url          TEXT,
  title        TEXT,
  text         TEXT NOT NULL,
  published_at TEXT,
  byline       TEXT,
  site_name    TEXT,
  content_type TEXT NOT NULL,
  minhash      BLOB,                       -- MinHash signature (uint32 little-endian)
  annotations  TEXT,                       -- JSON: sentences, dates, quantities, toponyms, actors, mentions
  messages     TEXT,                       -- JSON: the document's messages
  ingested_at  TEXT NOT NULL
);
CREATE INDEX documents_story ON documents(story_id);

-- Every place a story was read from: one row per origin (URL, file, feed item).
CREATE TABLE sources (
  story_id     TEXT NOT NULL REFERENCES stories(id),
  document_id  TEXT NOT NULL REFERENCES documents(id),
  origin       TEXT NOT NULL,
  source       TEXT,
  url          TEXT,
  published_at TEXT,
  added_at     TEXT NOT NULL,
  PRIMARY KEY (story_id, origin)
);

-- LSH buckets of MinHash signatures: documents sharing a (band, hash) are candidate copies.
CREATE TABLE lsh_buckets (
  band         INTEGER NOT NULL,
  hash         INTEGER NOT NULL,
  document_id  TEXT NOT NULL REFERENCES documents(id),
  PRIMARY KEY (band, hash, document_id)
) WITHOUT ROWID;

-- Inputs that could not be read, with the reason. Never silently dropped.
CREATE TABLE dead_letters (
  id           INTEGER PRIMARY KEY,
  origin       TEXT NOT NULL,
  reason       TEXT NOT NULL,
  detail       TEXT,
  content_hash TEXT,                       -- sha256 of the raw bytes, when any were read
  size         INTEGER,
  created_at   TEXT NOT NULL,
  UNIQUE (origin, reason, content_hash)
);
