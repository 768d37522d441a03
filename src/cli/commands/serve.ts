// `sitrep serve`: the HTTP API and the analyst page.
import type { Command } from '../command.js';
import { dbLocation, parseCommandArgs } from '../command.js';
import { openStore } from '../../store/index.js';
import { isLoopback, type ReadAccess } from '../../server/auth.js';
import { listen } from '../../server/listen.js';
import { tuneStoreForServing } from '../../server/tune-store.js';

export const command: Command = {
  summary: 'serve the HTTP API and the web map',
  usage: `usage: sitrep serve [--host 127.0.0.1] [--port 8080] [--db sitrep.db] [--private-reads | --open-reads] [--max-body-mb 10] [--no-cache]

  Reads are open to clients on this machine and need a bearer token from anywhere else.
  --private-reads   every request needs a token, from this machine too
  --open-reads      anyone who can reach the server may read (writes still need a token)
  --no-cache        answer every read from the database (also SITREP_API_CACHE=off); by default
                    read answers are kept in memory until the database changes
  Writes (POST /api/documents, reviews) always need a token: sitrep token create <name>.`,
  async run(argv) {
    const { values } = parseCommandArgs(argv, {
      host: { type: 'string' },
      port: { type: 'string' },
      'private-reads': { type: 'boolean' },
      'open-reads': { type: 'boolean' },
      'max-body-mb': { type: 'string' },
      'no-cache': { type: 'boolean' },
    });
    if (values['private-reads'] && values['open-reads']) {
      console.error('sitrep serve: --private-reads and --open-reads cannot be used together');
      return 2;
    }
    const port = Number(values.port ?? process.env.PORT ?? 8080);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      console.error(`sitrep serve: --port must be 0-65535, got ${values.port}`);
      return 2;
    }
    const maxMb = Number(values['max-body-mb'] ?? 10);
    if (!(maxMb > 0 && maxMb <= 1024)) {
      console.error('sitrep serve: --max-body-mb must be a number of megabytes from 0 to 1024');
      return 2;
    }
    const host = values.host ?? '127.0.0.1';
    const readAccess: ReadAccess = values['private-reads'] ? 'token' : values['open-reads'] ? 'open' : 'loopback';
    const store = await openStore(dbLocation(values.db));
    tuneStoreForServing(store);
    const cache = !values['no-cache'] && !/^(off|0|false|no)$/i.test(process.env.SITREP_API_CACHE ?? '');
    const server = await listen({ store, host, port, readAccess, cache, maxDocumentBytes: Math.round(maxMb * 1024 * 1024) });
    console.log(`sitrep: serving ${store.location} on ${server.url} (reads: ${readAccess === 'loopback' ? 'open on this machine' : readAccess}; response cache ${cache ? 'on' : 'off'})`);
    if (!isLoopback(host) && host !== 'localhost' && readAccess === 'open') console.warn('sitrep: warning: reads are open to the network');
    await new Promise<void>((resolve) => {
      const stop = () => { void server.close().then(() => store.close()).then(resolve); };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};
