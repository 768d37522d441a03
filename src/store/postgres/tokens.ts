// PostgreSQL implementation of the tokens area (see ../tokens.ts): table api_tokens.
import { hashToken, newToken, type TokenInfo, type TokenStore } from '../tokens.js';
import { changes, one, rows, type Pool } from './pool.js';

interface TokenRow { id: string; name: string; created_at: string; last_used_at: string | null; revoked_at: string | null }

function toInfo(row: TokenRow): TokenInfo {
  return { id: row.id, name: row.name, createdAt: row.created_at, lastUsedAt: row.last_used_at, revokedAt: row.revoked_at };
}

export function postgresTokenStore(pool: Pool): TokenStore {
  return {
    async create(name) {
      const { id, token } = newToken();
      const now = new Date().toISOString();
      await pool.query('INSERT INTO api_tokens (id, name, token_hash, created_at) VALUES ($1, $2, $3, $4)', [id, name, hashToken(token), now]);
      return { token, info: { id, name, createdAt: now, lastUsedAt: null, revokedAt: null } };
    },
    async list() {
      return (await rows<TokenRow>(pool, 'SELECT id, name, created_at, last_used_at, revoked_at FROM api_tokens ORDER BY created_at, id')).map(toInfo);
    },
    async revoke(id) {
      return (await changes(pool, 'UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [new Date().toISOString(), id])) > 0;
    },
    async verify(token) {
      const row = await one<TokenRow>(pool, 'SELECT id, name, created_at, last_used_at, revoked_at FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL', [hashToken(token)]);
      if (!row) return null;
      const now = new Date().toISOString();
      // Record use at most once a minute, so that a busy client does not write on every request.
      if (!row.last_used_at || Date.parse(now) - Date.parse(row.last_used_at) > 60_000) {
        await pool.query('UPDATE api_tokens SET last_used_at = $1 WHERE id = $2', [now, row.id]);
      }
      return toInfo(row);
    },
  };
}
