// The server process of `npm run bench:api`: the API over the bench database, as `sitrep serve` runs
// it (tuned store, response cache unless --no-cache). Tells the parent its URL, and its CPU time when
// asked, so that CPU per request is measured where the work is done.
import { parseArgs } from 'node:util';
import { listen } from '../../src/server/listen.js';
import { tuneStoreForServing } from '../../src/server/tune-store.js';
import { openStore } from '../../src/store/index.js';

const { values } = parseArgs({ options: { db: { type: 'string' }, 'no-cache': { type: 'boolean' } } });
const store = await openStore(values.db!);
tuneStoreForServing(store);
const server = await listen({ store, host: '127.0.0.1', port: 0, cache: !values['no-cache'] });
process.send!({ url: server.url });
process.on('message', (m) => { if (m === 'cpu') process.send!({ cpu: process.cpuUsage() }); });
process.on('disconnect', () => { void server.close().then(() => store.close()).then(() => process.exit(0)); });
