// SQLite implementation of the tokens area (see ../tokens.ts): table api_tokens (sql/sqlite/021-tokens.sql).
import type { Db } from './open.js';
import { hashToken, newToken, type TokenInfo, type TokenStore } from '../tokens.js';

interface TokenRow { id: string; name: string; created_at: string; last_used_at: string | null; revoked_at: string | null }

function toInfo(row: TokenRow): TokenInfo {
  return { id: row.id, name: row.name, createdAt: row.created_at, lastUsedAt: row.last_used_at, revokedAt: row.revoked_at };
}

export function sqliteTokenStore(db: Db): TokenStore {
  const insert = db.prepare('INSERT INTO api_tokens (id, name, token_hash, created_at) VALUES (?, ?, ?, ?)');
  const list = db.prepare('SELECT id, name, created_at, last_used_at, revoked_at FROM api_tokens ORDER BY created_at, id');
  const revoke = db.prepare('UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL');
  const byHash = db.prepare('SELECT id, name, created_at, last_used_at, revoked_at FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL');
  const touch = db.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?');

  return {
    async create(name) {
      const { id, token } = newToken();
      const now = new Date().toISOString();
      insert.run(id, name, hashToken(token), now);
      return { token, info: { id, name, createdAt: now, lastUsedAt: null, revokedAt: null } };
    },
    async list() { return (list.all() as TokenRow[]).map(toInfo); },
    async revoke(id) { return revoke.run(new Date().toISOString(), id).changes > 0; },
    async verify(token) {
      const row = byHash.get(hashToken(token)) as TokenRow | undefined;
      if (!row) return null;
      const now = new Date().toISOString();
      // Record use at most once a minute, so that a busy client does not write on every request.
      if (!row.last_used_at || Date.parse(now) - Date.parse(row.last_used_at) > 60_000) touch.run(now, row.id);
      return toInfo(row);
    },
  };
}
