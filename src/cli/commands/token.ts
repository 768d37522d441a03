// `sitrep token create|list|revoke`: bearer tokens for the HTTP API, stored hashed.
import type { Command } from '../command.js';
import { dbLocation, parseCommandArgs } from '../command.js';
import { openStore } from '../../store/index.js';

export const command: Command = {
  summary: 'create, list or revoke API bearer tokens',
  usage: `usage:
  sitrep token create <name> [--db sitrep.db]   prints the new token once; only its hash is kept
  sitrep token list [--db sitrep.db]
  sitrep token revoke <id> [--db sitrep.db]`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, {});
    const [action, arg] = positionals;
    if (!action || !['create', 'list', 'revoke'].includes(action)) {
      console.error(`sitrep token: say create, list or revoke\n\n${this.usage}`);
      return 2;
    }
    if (action !== 'list' && !arg) {
      console.error(`sitrep token ${action}: give a ${action === 'create' ? 'name' : 'token id'}`);
      return 2;
    }
    const store = await openStore(dbLocation(values.db));
    try {
      if (action === 'create') {
        const { token, info } = await store.tokens.create(arg!);
        console.error(`created token ${info.id} for "${info.name}"; it is shown only now:`);
        console.log(token);
      } else if (action === 'list') {
        const tokens = await store.tokens.list();
        if (tokens.length === 0) console.log('no tokens');
        for (const t of tokens) {
          console.log([t.id, t.name, `created ${t.createdAt}`, t.lastUsedAt ? `used ${t.lastUsedAt}` : 'never used', t.revokedAt ? `REVOKED ${t.revokedAt}` : 'active'].join('\t'));
        }
      } else {
        if (!(await store.tokens.revoke(arg!))) {
          console.error(`sitrep token revoke: no active token ${arg}`);
          return 1;
        }
        console.log(`revoked ${arg}`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
