// Errors the API answers with: a status and a message meant for the person calling it.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export class ApiError extends Error {
  constructor(readonly status: ContentfulStatusCode, message: string, readonly details?: string[]) {
    super(message);
  }
}

/** A 400 listing every problem found in the request at once. */
export function badRequest(problems: string[]): ApiError {
  return new ApiError(400, problems.length === 1 ? problems[0]! : `${problems.length} problems with the request`, problems);
}

/** The app's error handler: ApiErrors become their JSON answer; anything else is a 500 without internals. */
export function onError(err: Error, c: Context): Response {
  if (err instanceof ApiError) {
    return c.json({ error: err.message, ...(err.details && err.details.length > 1 ? { details: err.details } : {}) }, err.status);
  }
  console.error(`sitrep serve: ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}`);
  return c.json({ error: 'internal error; see the server log' }, 500);
}
