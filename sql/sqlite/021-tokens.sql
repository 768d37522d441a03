-- Bearer tokens for the HTTP API. Only a sha256 of each token is kept; the token itself is shown once.
CREATE TABLE api_tokens (
  id           TEXT PRIMARY KEY,           -- short public id, used to list and revoke
  name         TEXT NOT NULL,              -- who or what the token is for
  token_hash   TEXT NOT NULL UNIQUE,       -- hex sha256 of the token
  created_at   TEXT NOT NULL,
  last_used_at TEXT,
  revoked_at   TEXT
);
