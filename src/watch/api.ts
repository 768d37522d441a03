// The watch and alerts part of the HTTP API, as a hono sub-app that the server mounts:
//   app.route('/', watchApi(store))
// Routes (JSON): GET/POST/DELETE /api/feeds, GET /api/feeds/items, GET/POST /api/alerts,
// GET/DELETE /api/alerts/:id, GET /api/alerts/:id/deliveries. Authentication is the server's job.
import { Hono } from 'hono';
import { checkRuleInput, type RuleInput } from '../alerts/rule-input.js';
import type { AlertRule } from '../store/alerts.js';
import type { Store } from '../store/index.js';
import { feedHealth } from './health.js';

/** A rule as the API shows it: the secret is only returned once, when the rule is created. */
const publicRule = ({ secret, ...r }: AlertRule) => ({ ...r, hasSecret: secret !== null });

async function body(c: { req: { json(): Promise<unknown> } }): Promise<Record<string, unknown> | null> {
  try {
    const b = await c.req.json();
    return b && typeof b === 'object' && !Array.isArray(b) ? (b as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function watchApi(store: Pick<Store, 'feeds' | 'alerts'>): Hono {
  const app = new Hono();

  app.get('/api/feeds', async (c) => c.json((await store.feeds.list()).map((f) => ({ ...f, health: feedHealth(f).state }))));

  app.post('/api/feeds', async (c) => {
    const b = await body(c);
    const url = typeof b?.url === 'string' ? b.url.trim() : '';
    if (!/^https?:\/\/./i.test(url)) return c.json({ error: 'give {"url": "http(s)://..."}' }, 400);
    const added = await store.feeds.add(url);
    return c.json(await store.feeds.get(url), added ? 201 : 200);
  });

  app.delete('/api/feeds', async (c) => {
    const url = c.req.query('url');
    if (!url) return c.json({ error: 'give ?url=' }, 400);
    return (await store.feeds.remove(url)) ? c.body(null, 204) : c.json({ error: 'not followed' }, 404);
  });

  app.get('/api/feeds/items', async (c) => {
    const limit = Math.min(1000, Math.max(1, Number(c.req.query('limit') ?? 100) || 100));
    return c.json(await store.feeds.items(c.req.query('url') || undefined, limit));
  });

  app.get('/api/alerts', async (c) => c.json((await store.alerts.listRules()).map(publicRule)));

  app.post('/api/alerts', async (c) => {
    const b = await body(c);
    if (!b) return c.json({ error: 'give a JSON object' }, 400);
    const check = checkRuleInput(b as RuleInput);
    if (!check.ok) return c.json({ error: check.error }, 400);
    return c.json(await store.alerts.addRule(check.rule), 201);
  });

  const ruleId = (s: string) => (/^\d+$/.test(s) ? Number(s) : null);

  app.get('/api/alerts/:id', async (c) => {
    const id = ruleId(c.req.param('id'));
    const rule = id === null ? null : await store.alerts.getRule(id);
    return rule ? c.json(publicRule(rule)) : c.json({ error: 'no such rule' }, 404);
  });

  app.delete('/api/alerts/:id', async (c) => {
    const id = ruleId(c.req.param('id'));
    return id !== null && (await store.alerts.removeRule(id)) ? c.body(null, 204) : c.json({ error: 'no such rule' }, 404);
  });

  app.get('/api/alerts/:id/deliveries', async (c) => {
    const id = ruleId(c.req.param('id'));
    if (id === null || !(await store.alerts.getRule(id))) return c.json({ error: 'no such rule' }, 404);
    const list = await store.alerts.deliveries(id, 500);
    return c.json(await Promise.all(list.map(async (d) => ({ ...d, log: await store.alerts.attempts(d.id) }))));
  });

  return app;
}
