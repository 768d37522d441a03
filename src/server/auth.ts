// Who may do what: writes always need a bearer token; reads are open to clients on this machine
// unless the server runs with private reads, and need a token from anywhere else unless opened.
import type { MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { TokenInfo, TokenStore } from '../store/tokens.js';
import { ApiError } from './errors.js';

/** open: anyone may read; loopback: clients on 127.0.0.1/::1 may read without a token; token: reads need a token. */
export type ReadAccess = 'open' | 'loopback' | 'token';

export type AuthVariables = { token: TokenInfo | null };

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

function bearer(header: string | undefined): string | null {
  const m = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return m ? m[1]! : null;
}

function remoteAddress(c: Parameters<MiddlewareHandler>[0]): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined; // not running on node's http server (app.request in tests): treat as remote
  }
}

/** Check the Authorization header; `required` turns a missing or bad token into a 401. */
export function authenticate(tokens: TokenStore, required: (c: Parameters<MiddlewareHandler>[0]) => boolean): MiddlewareHandler<{ Variables: AuthVariables }> {
  return async (c, next) => {
    const presented = bearer(c.req.header('authorization'));
    const info = presented ? await tokens.verify(presented) : null;
    if (presented && !info) throw new ApiError(401, 'the bearer token is unknown or revoked');
    if (!info && required(c)) {
      c.header('WWW-Authenticate', 'Bearer realm="sitrep"');
      throw new ApiError(401, 'this request needs a bearer token: create one with `sitrep token create <name>` and send "Authorization: Bearer <token>"');
    }
    c.set('token', info);
    await next();
  };
}

/** The rule for reads under a ReadAccess setting. */
export function readNeedsToken(access: ReadAccess): (c: Parameters<MiddlewareHandler>[0]) => boolean {
  if (access === 'open') return () => false;
  if (access === 'token') return () => true;
  return (c) => !isLoopback(remoteAddress(c));
}
