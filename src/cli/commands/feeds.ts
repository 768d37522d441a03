// `sitrep feeds status|add|list|remove`: the followed feeds and their health.
import { dbLocation, parseCommandArgs, type Command } from '../command.js';
import { openStore } from '../../store/index.js';
import type { FeedState } from '../../store/feeds.js';
import { feedHealth } from '../../watch/health.js';

const OPTIONS = { json: { type: 'boolean' } } as const;

function statusLines(feeds: FeedState[]): string {
  if (!feeds.length) return 'no feeds followed';
  return feeds.map((f) => {
    const h = feedHealth(f);
    return [
      `${f.url}`,
      `  health: ${h.state}${h.state === 'backoff' ? ` (${f.consecutiveFailures} consecutive errors, backoff ${Math.round(f.backoffMs / 1000)}s)` : ''}`,
      `  last success: ${f.lastSuccessAt ?? 'never'}${f.lastStatus ? `   last status: ${f.lastStatus}` : ''}`,
      `  last error: ${f.lastError ? `${f.lastErrorAt} ${f.lastError}` : 'none'}`,
      `  items seen: ${f.itemsSeen}   next poll: ${f.nextPollAt ?? 'now'}`,
    ].join('\n');
  }).join('\n');
}

export const command: Command = {
  summary: 'followed feeds: health status, add, list, remove',
  usage: `usage:
  sitrep feeds status [--json]     last success, last error, items seen, backoff state, next poll
  sitrep feeds add <url>...
  sitrep feeds list
  sitrep feeds remove <url>`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, OPTIONS);
    const [action = 'status', ...args] = positionals;
    const store = await openStore(dbLocation(values.db));
    try {
      switch (action) {
        case 'status': {
          const feeds = await store.feeds.list();
          console.log(values.json ? JSON.stringify(feeds.map((f) => ({ ...f, health: feedHealth(f).state }))) : statusLines(feeds));
          return 0;
        }
        case 'add': {
          const bad = args.filter((u) => !/^https?:\/\/./i.test(u));
          if (!args.length || bad.length) { console.error(`sitrep feeds add: give http(s) URLs${bad.length ? `; not URLs: ${bad.join(', ')}` : ''}`); return 2; }
          for (const url of args) console.log(`${(await store.feeds.add(url)) ? 'added' : 'already followed'}: ${url}`);
          return 0;
        }
        case 'list': {
          for (const f of await store.feeds.list()) console.log(f.url);
          return 0;
        }
        case 'remove': {
          if (!args[0]) { console.error('sitrep feeds remove: give the URL of a feed'); return 2; }
          if (!(await store.feeds.remove(args[0]))) { console.error(`sitrep feeds remove: not followed: ${args[0]}`); return 1; }
          console.log(`removed: ${args[0]}`);
          return 0;
        }
        default:
          console.error(`sitrep feeds: unknown action "${action}"\n\n${this.usage}`);
          return 2;
      }
    } finally {
      await store.close();
    }
  },
};
