-- PostgreSQL part of 001-core (the tables themselves are translated from sql/sqlite/001-core.sql).
-- SQLite iterates documents in rowid order; PostgreSQL has no rowid, so an identity column keeps
-- the order of insertion.
ALTER TABLE documents ADD COLUMN seq BIGINT GENERATED ALWAYS AS IDENTITY;
CREATE UNIQUE INDEX documents_seq ON documents(seq);
