// The tokens area of the store: bearer tokens for the HTTP API's writes (and reads when closed).
// Only a hash of each token is stored; the token itself is shown once, when it is created.
import { createHash, randomBytes } from 'node:crypto';

export interface TokenInfo {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface TokenStore {
  /** Make a new token; the plain token is in the result and nowhere else. */
  create(name: string): Promise<{ token: string; info: TokenInfo }>;
  list(): Promise<TokenInfo[]>;
  /** Revoke a token by id; false when there is no such active token. */
  revoke(id: string): Promise<boolean>;
  /** The active token matching a presented bearer token, or null. */
  verify(token: string): Promise<TokenInfo | null>;
}

/** Tokens look like `sitrep_<id>_<secret>`: the id lets an admin tell them apart in lists. */
export function newToken(): { id: string; token: string } {
  const id = randomBytes(4).toString('hex');
  return { id, token: `sitrep_${id}_${randomBytes(24).toString('base64url')}` };
}

/** Tokens carry 192 random bits, so a plain sha256 is enough (no password stretching needed). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
