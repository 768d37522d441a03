// The client process of `npm run bench:api`: `clients` closed loops (each sends a request, waits for
// the whole answer, sends the next) over keep-alive connections, first for a warm-up that is not
// recorded, then for the measured seconds. Runs in its own process so that its CPU does not count as
// the server's, and reports its own CPU time.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface ClientJob { base: string; urls: { url: string; kind: string }[]; clients: number; warmupSeconds: number; seconds: number }
export interface ClientResult {
  latencies: number[];
  byKind: Record<string, number[]>;
  errors: Record<string, number>;
  /** Requests completed by each client loop: equal shares mean no connection was starved. */
  perClient: number[];
  cacheHits: number;
  elapsedSeconds: number;
  clientCpuMs: number;
}

function get(agent: Agent, url: string): Promise<{ status: number; cache: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent }, (res) => {
      res.on('data', () => {});
      res.on('end', () => resolve({ status: res.statusCode ?? 0, cache: res.headers['x-cache'] as string | undefined }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

async function run(job: ClientJob, seconds: number, record: boolean): Promise<ClientResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: job.clients });
  const result: ClientResult = { latencies: [], byKind: {}, errors: {}, perClient: [], cacheHits: 0, elapsedSeconds: 0, clientCpuMs: 0 };
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const cpu0 = process.cpuUsage();
  let next = 0;
  async function loop(i: number) {
    let done = 0;
    while (performance.now() < deadline) {
      const { url, kind } = job.urls[next++ % job.urls.length]!;
      const t0 = performance.now();
      try {
        const r = await get(agent, job.base + url);
        const ms = performance.now() - t0;
        if (r.status !== 200) result.errors[`HTTP ${r.status}`] = (result.errors[`HTTP ${r.status}`] ?? 0) + 1;
        else if (record) {
          result.latencies.push(ms);
          (result.byKind[kind] ??= []).push(ms);
          if (r.cache === 'hit') result.cacheHits++;
        }
        done++;
      } catch (err) {
        const key = (err as Error).message;
        result.errors[key] = (result.errors[key] ?? 0) + 1;
      }
    }
    result.perClient[i] = done;
  }
  await Promise.all(Array.from({ length: job.clients }, (_, i) => loop(i)));
  result.elapsedSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  result.clientCpuMs = (cpu.user + cpu.system) / 1000;
  agent.destroy();
  return result;
}

process.once('message', async (message) => {
  const job = message as ClientJob;
  if (job.warmupSeconds > 0) await run(job, job.warmupSeconds, false);
  process.send!({ phase: 'measuring' });
  const result = await run(job, job.seconds, true);
  process.send!({ phase: 'done', result }, () => process.exit(0));
});
