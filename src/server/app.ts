// The HTTP app: the JSON API under /api and the analyst page at /. Plain hono; the node server
// around it is in listen.ts.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ApiStore } from './api-store.js';
import { authenticate, readNeedsToken, type AuthVariables, type ReadAccess } from './auth.js';
import { responseCache } from './cache.js';
import { ApiError, onError } from './errors.js';
import { documentRoutes } from './routes/documents.js';
import { eventRoutes } from './routes/events.js';
import { exportRoutes } from './routes/export.js';
import { reviewRoutes } from './routes/review.js';
import { webRoutes } from './routes/web.js';
import { securityHeaders } from './security.js';
import { watchApi } from '../watch/api.js';

export interface AppOptions {
  store: ApiStore;
  /** Who may read without a token (see auth.ts). Default: clients on this machine. */
  readAccess?: ReadAccess;
  /** Largest request body for document ingestion, in bytes. */
  maxDocumentBytes?: number;
  /**
   * Keep read responses in memory until the database changes (src/server/cache.ts). Default: on when
   * the store can tell that it changed (SearchStore.changeStamp); false turns it off.
   */
  cache?: boolean | { maxEntries?: number; maxBytes?: number };
}

/** The read endpoints whose answers depend only on the database and the query string. */
const CACHED_PATHS = ['/api/events', '/api/events/', '/api/points', '/api/stats', '/api/facets'];

const MAX_SMALL_BODY = 64 * 1024;

export function createApp(options: AppOptions): Hono<{ Variables: AuthVariables }> {
  const { store } = options;
  const readRule = readNeedsToken(options.readAccess ?? 'loopback');
  const app = new Hono<{ Variables: AuthVariables }>();
  app.onError(onError);
  app.notFound((c) => c.json({ error: `no route ${c.req.method} ${c.req.path.slice(0, 200)}` }, 404));
  app.use('*', securityHeaders());

  // Every API request is authenticated: reads by the read rule, everything else always.
  app.use('/api/*', authenticate(store.tokens, (c) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? readRule(c) : true)));
  const { changeStamp } = store.search;
  if (options.cache !== false && changeStamp) {
    const limits = typeof options.cache === 'object' ? options.cache : {};
    app.use('/api/*', responseCache({ stamp: () => changeStamp.call(store.search), paths: CACHED_PATHS, ...limits }));
  }
  const tooLarge = (limit: number) => () => { throw new ApiError(413, `the request body is larger than ${limit} bytes`); };
  const maxDocs = options.maxDocumentBytes ?? 10 * 1024 * 1024;
  app.use('/api/documents', bodyLimit({ maxSize: maxDocs, onError: tooLarge(maxDocs) }));
  for (const path of ['/api/events/*', '/api/feeds', '/api/alerts', '/api/alerts/*']) {
    app.use(path, bodyLimit({ maxSize: MAX_SMALL_BODY, onError: tooLarge(MAX_SMALL_BODY) }));
  }

  app.get('/api/health', (c) => c.json({ ok: true }));
  app.route('/api', eventRoutes(store));
  app.route('/api', exportRoutes(store));
  app.route('/api', documentRoutes(store));
  app.route('/api', reviewRoutes(store));
  // Feeds and alerts (src/watch/api.ts), when the store has those areas.
  const { feeds, alerts } = store;
  if (feeds && alerts) app.route('/', watchApi({ feeds, alerts }));
  // The page itself is public (it holds no data); its data comes from the API under the rules above.
  app.route('/', webRoutes());
  return app;
}
