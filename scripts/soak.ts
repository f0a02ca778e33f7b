/**
 * `npm run soak`: memory under a long, varied load. Starts the three subgraphs and the gateway on loopback
 * ports of their own (4300-4303, data under .data/soak), drives the gateway with readers that use many distinct
 * tokens and many distinct operation shapes (so every cache fills and must evict), and prints each process's
 * resident memory (RSS) at every sample, then the growth after warm-up.
 *
 * Options (environment): SOAK_SECONDS (600), SOAK_CONNECTIONS (20), SOAK_SAMPLE_SECONDS (30),
 * SOAK_GATEWAY_HEAP_MIB (a V8 heap cap for the gateway, as production would set with --max-old-space-size;
 * unset: Node's default), DATABASE_URL (subgraphs on a PostgreSQL server instead of PGlite). Bounded in time;
 * loopback only. Besides RSS it prints the gateway's V8 heap in use (from its /metrics), which shows whether
 * live memory grows or only the heap V8 keeps.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { loadOrCreateDevKeys, mintToken } from '@aid/shared/security/auth.js';
import { dataRoot, devKeysFile } from '@aid/shared/runtime/paths.js';
import { startLocalServices, type ServiceName } from './local-services.js';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 600);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 20);
const SAMPLE_SECONDS = Number(process.env.SOAK_SAMPLE_SECONDS ?? 30);
const PORTS: Record<ServiceName, number> = { gateway: 4300, 'civil-affairs': 4301, charity: 4302, services: 4303 };
const NAMES: ServiceName[] = ['gateway', 'civil-affairs', 'charity', 'services'];

/** Resident memory of a process in MiB, from /proc (Linux). */
function rssMiB(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
    return line ? Number(line.replace(/\D+/g, '')) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

const HEAP_MIB = process.env.SOAK_GATEWAY_HEAP_MIB ? Number(process.env.SOAK_GATEWAY_HEAP_MIB) : undefined;

/** The gateway's V8 heap in use, in MiB, from its Prometheus metrics. */
async function gatewayHeapMiB(): Promise<number> {
  try {
    const text = await (await fetch(`http://127.0.0.1:${PORTS.gateway}/metrics`, { signal: AbortSignal.timeout(2000) })).text();
    const line = text.split('\n').find((l) => l.startsWith('nodejs_heap_size_used_bytes '));
    return line ? Number(line.split(' ')[1]) / 2 ** 20 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

const services = await startLocalServices({
  dataDir: `${dataRoot()}/soak`,
  ports: PORTS,
  ...(HEAP_MIB ? { gatewayEnv: { NODE_OPTIONS: `--max-old-space-size=${HEAP_MIB}` } } : {}),
});
const keys = await loadOrCreateDevKeys(devKeysFile(services.env));
// 500 distinct officers: more than enough to cycle the verified-token cache when TOKEN_CACHE_SIZE is small.
const tokens = await Promise.all(
  Array.from({ length: 500 }, (_, i) => mintToken(keys.privateJwk, { role: 'civil_officer', region: '330203', sub: `soak-officer-${i}`, expiresIn: '2h' })),
);
// Distinct operation shapes: page sizes written into the document (not variables) and varying selections, so
// parsed-document, authorisation and query-plan caches all see thousands of different operations.
const selections = [
  'id townName',
  'id townName members { maskedName age }',
  'id countyName charityAid { programme amountFen }',
  'id townName servicesReceived { programme hours }',
  'id members { maskedName } charityAid { programme } servicesReceived { hours }',
];
const bodies: string[] = [];
for (let first = 1; first <= 40; first++) {
  for (const [index, selection] of selections.entries()) {
    bodies.push(JSON.stringify({ query: `query Soak${index}x${first} { households(first: ${first}) { edges { node { ${selection} } } } }` }));
  }
  bodies.push(JSON.stringify({ query: `{ charityProjects(first: ${first}) { edges { node { id name raisedFen organization { name } } } } }` }));
}

// Every kind of operation must answer without errors before its memory means anything.
for (const body of [bodies[0]!, bodies[4]!, bodies[5]!]) {
  const response = await fetch(services.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[0]}` }, body });
  const answer = (await response.json()) as { errors?: unknown[] };
  if (!response.ok || answer.errors?.length) throw new Error(`The soak's operation failed: ${JSON.stringify(answer).slice(0, 300)}`);
}

console.log(`Soak: ${SECONDS}s, ${CONNECTIONS} connections, ${bodies.length} operation shapes, ${tokens.length} tokens, subgraphs on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}, gateway heap cap ${HEAP_MIB ? `${HEAP_MIB} MiB` : 'Node default'}, node ${process.version}\n`);
console.log(`| t (s) | ${NAMES.map((name) => `${name} RSS MiB`).join(' | ')} | gateway heap used MiB |`);
console.log(`|---|${NAMES.map(() => '---').join('|')}|---|`);
const samples: { at: number; rss: number[]; heap: number }[] = [];
const sample = async (at: number) => {
  const rss = NAMES.map((name) => rssMiB(services.processes[name].pid));
  const heap = await gatewayHeapMiB();
  samples.push({ at, rss, heap });
  console.log(`| ${at} | ${rss.map((value) => value.toFixed(0)).join(' | ')} | ${heap.toFixed(0)} |`);
};
await sample(0);
const started = Date.now();
const timer = setInterval(() => void sample(Math.round((Date.now() - started) / 1000)), SAMPLE_SECONDS * 1000);

let next = 0;
const result = await autocannon({
  url: services.gatewayUrl,
  method: 'POST',
  connections: CONNECTIONS,
  duration: SECONDS,
  headers: { 'content-type': 'application/json' },
  requests: [
    {
      setupRequest: (request) => {
        const n = next++;
        const body = bodies[n % bodies.length]!;
        // Every seventh request is anonymous (the public projects); the rest carry one of the officers' tokens.
        const headers = { ...request.headers } as Record<string, string>;
        if (n % 7 !== 0) headers.authorization = `Bearer ${tokens[n % tokens.length]}`;
        return { ...request, headers, body };
      },
    },
  ],
});
clearInterval(timer);
await sample(Math.round((Date.now() - started) / 1000));

// Warm-up: the first fifth of the run (at least one sample). Growth is measured from its end to the last sample.
const warm = samples.find((s) => s.at >= SECONDS / 5) ?? samples[1] ?? samples[0]!;
const last = samples.at(-1)!;
console.log(`\nrequests ${result.requests.total}, ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, errors ${result.errors + result.non2xx}`);
console.log(`\n| service | RSS after warm-up (t=${warm.at}s) | RSS at end | peak | growth after warm-up |`);
console.log('|---|---|---|---|---|');
NAMES.forEach((name, i) => {
  const peak = Math.max(...samples.map((s) => s.rss[i]!));
  const growth = ((last.rss[i]! - warm.rss[i]!) / warm.rss[i]!) * 100;
  console.log(`| ${name} | ${warm.rss[i]!.toFixed(0)} MiB | ${last.rss[i]!.toFixed(0)} MiB | ${peak.toFixed(0)} MiB | ${growth >= 0 ? '+' : ''}${growth.toFixed(1)}% |`);
});
const heapGrowth = ((last.heap - warm.heap) / warm.heap) * 100;
console.log(`| gateway heap used | ${warm.heap.toFixed(0)} MiB | ${last.heap.toFixed(0)} MiB | ${Math.max(...samples.map((s) => s.heap)).toFixed(0)} MiB | ${heapGrowth >= 0 ? '+' : ''}${heapGrowth.toFixed(1)}% |`);
process.exit(0);
