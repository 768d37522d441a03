-- The clean stage's memory of paragraphs per source, so that boilerplate recurring across the
-- documents of one source is recognised across runs (e.g. feeds polled by `sitrep watch`).
-- One row per (source, paragraph, title) up to a few titles per paragraph; hashes are 32-bit FNV-1a.
CREATE TABLE source_paragraphs (
  source         TEXT NOT NULL,
  paragraph_hash INTEGER NOT NULL,
  title_hash     INTEGER NOT NULL,
  PRIMARY KEY (source, paragraph_hash, title_hash)
) WITHOUT ROWID;
