/**
 * `npm run bench`: this gateway against Hive Gateway (JWT and auth directives on), stock `@apollo/gateway` (no
 * auth) and the direct subgraph chain (the query plan's own subgraph requests, the floor of any gateway), all
 * over the same three subgraph processes on a PostgreSQL server with generated data. docs/performance.md
 * explains what is measured and how.
 *
 *   npm run bench -- [--sizes 10k] [--seconds 3] [--reps 3] [--workloads W1,W2,W3,PRE,FEED]
 *                    [--connections 10,50] [--targets ours,hive,stock,direct] [--no-dedup-lines] [--curves]
 *                    [--portability] [--cpu-prof <dir>]
 *
 * Sizes: 1k, 10k, 100k households (scripts/bench-data.ts builds `bench_<size>` once). The portability check
 * (Hive Gateway serving the committed supergraph unchanged gives the same answers as this gateway, every role)
 * runs first; `--portability` runs only it. `--cpu-prof <dir>` profiles this gateway and each subgraph
 * (summarise with scripts/profile-summary.ts). Environment: BENCH_POSTGRES_URL
 * (postgres://postgres@127.0.0.1:5432), BENCH_CACHE_DIR (where Hive Gateway is installed). Loopback only;
 * every load run is bounded in time.
 */
import { type ChildProcess } from 'node:child_process';
import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { Pool } from 'undici';
import { GATEWAY_ASSERTION_HEADER, loadOrCreateDevKeys, mintGatewayAssertion, mintToken } from '@aid/shared/security/auth.js';
import { demoId } from '@aid/shared/demo/ids.js';
import { encodeCursor } from '@aid/shared/database/pagination.js';
import { dataRoot, devKeysFile, gatewayKeysFile, REPO_ROOT } from '@aid/shared/runtime/paths.js';
import { SUBGRAPH_NAMES, type SubgraphName } from '@aid/shared/runtime/services.js';
import { prepareBenchData, SIZES, type Size } from './bench-data.js';
import { createStockGateway, type RecordedFetch } from './bench-stock-gateway.js';
import { ensureHive, HIVE_VERSION, hiveDir, writeHiveConfig } from './hive-gateway-config.js';
import { startProcess, waitFor } from './local-services.js';
import { runPortabilityCheck } from './portability.js';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10k' },
    seconds: { type: 'string', default: '3' },
    reps: { type: 'string', default: '3' },
    workloads: { type: 'string' },
    connections: { type: 'string', default: '10,50' },
    targets: { type: 'string', default: 'ours,hive,stock,direct' },
    'no-dedup-lines': { type: 'boolean', default: false },
    curves: { type: 'boolean', default: false },
    portability: { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
  },
});
const SECONDS = Number(args.seconds);
const REPS = Number(args.reps);
const CONNECTIONS = args.connections!.split(',').map(Number);
const sizes = args.sizes!.split(',') as Size[];
for (const size of sizes) if (!(size in SIZES)) throw new Error(`--sizes: one of ${Object.keys(SIZES).join(', ')}`);

const benchDir = `${dataRoot()}/bench`;
const PORTS = { ours: 4110, oursDedup: 4111, hive: 4120, hiveDedup: 4121, stock: 4130, 'civil-affairs': 4101, charity: 4102, services: 4103 } as const;
const subgraphUrls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, `http://127.0.0.1:${PORTS[name]}/graphql`])) as Record<SubgraphName, string>;

type Target = 'ours' | 'ours, dedup on' | 'hive' | 'hive, dedup on' | 'stock' | 'direct';
const TARGET_LABEL: Record<Target, string> = {
  ours: '**this gateway**',
  'ours, dedup on': 'this gateway, dedup on',
  hive: 'Hive Gateway (auth)',
  'hive, dedup on': 'Hive Gateway (auth), dedup on',
  stock: 'stock @apollo/gateway (no auth)',
  direct: 'direct subgraph chain',
};

// ---------------------------------------------------------------------------------------------------------
// Workloads

interface Workload {
  key: string;
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** Which callers: 50 distinct officers, the provincial system, or anonymous. */
  callers: 'officers' | 'provincial' | 'anonymous';
  connections: number[];
}

const W1_QUERY = `query Dashboard($first: Int!) { referrals(first: $first) { edges { node { id status programme
  need { programme gapFen priority }
  household { townName members { maskedName } }
  claimedBy { name }
  fundings { amountFen disbursedOn }
  serviceRecords { serviceType hours } } } } }`;

const FEED_DOCUMENT = (JSON.parse(readFileSync(`${REPO_ROOT}gateway/trusted-documents.json`, 'utf8')) as { operations: { id: string; name: string; body: string }[] }).operations.find(
  (o) => o.name === 'ProvincialReferralFeedPage',
)!;

function workloads(feedCursor: string): Workload[] {
  return [
    { key: 'W1', name: 'W1 dashboard: 20 referrals, need, household, organisation, fundings, services', query: W1_QUERY, variables: { first: 20 }, callers: 'officers', connections: CONNECTIONS },
    {
      key: 'W2',
      name: 'W2 one household with charity aid and services',
      query: `query Household($id: ID!) { household(id: $id) { id countyName members { maskedName age } charityAid { programme amountFen } servicesReceived { programme hours } } }`,
      variables: { id: demoId('household', 0) },
      callers: 'officers',
      connections: CONNECTIONS,
    },
    {
      key: 'W3',
      name: 'W3 anonymous published projects',
      query: `query Projects { charityProjects(first: 20) { edges { node { id name programme raisedFen disbursedFen organization { name } } } } }`,
      variables: {},
      callers: 'anonymous',
      connections: [CONNECTIONS[0]!],
    },
    {
      key: 'PRE',
      name: 'pre-aid check (a write: civil affairs + charity + services)',
      query: `mutation Check($id: ID!) { runPreAidCheck(householdId: $id, programme: MEDICAL, windowStart: "2026-01-01", windowEnd: "2026-12-31") { verdict explanation governmentAid { amountFen } charityAid { programme amountFen } servicesReceived { programme hours } } }`,
      variables: { id: demoId('household', 0) },
      callers: 'officers',
      connections: [CONNECTIONS[0]!],
    },
    {
      key: 'FEED',
      name: 'provincial feed page (100 events, the trusted document ProvincialReferralFeedPage)',
      query: FEED_DOCUMENT.body,
      variables: { after: feedCursor, first: 100 },
      callers: 'provincial',
      connections: [CONNECTIONS[0]!],
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------
// Processes and their figures

const processes = new Map<string, ChildProcess>();

function cpuMs(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 10 ms
  } catch {
    return Number.NaN;
  }
}

function rssMiB(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
    return line ? Number(line.replace(/\D+/g, '')) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

async function sqlStatements(): Promise<number> {
  let total = 0;
  for (const name of SUBGRAPH_NAMES) {
    const text = await (await fetch(`http://127.0.0.1:${PORTS[name]}/metrics`)).text();
    const line = text.split('\n').find((l) => l.startsWith('subgraph_sql_statements_total'));
    total += line ? Number(line.split(' ').at(-1)) : Number.NaN;
  }
  return total;
}

/**
 * Every process runs as in production (NODE_ENV=production: graphql-js without its development checks, no
 * dev keys, introspection and Sandbox off), with the bench's keys given as configuration.
 */
async function productionEnv(): Promise<NodeJS.ProcessEnv> {
  return {
    NODE_ENV: 'production',
    AUTH_PUBLIC_KEY: JSON.stringify(keys.publicJwk),
    GATEWAY_PUBLIC_KEY: JSON.stringify(gatewayKeys.publicJwk),
    GATEWAY_SIGNING_KEY: createPrivateKey({ key: gatewayKeys.privateJwk as never, format: 'jwk' }).export({ type: 'pkcs8', format: 'pem' }).toString(),
    REFERRAL_FEED_TOKEN: await mintToken(keys.privateJwk, { role: 'charity_federation', sub: 'bench-feed-consumer', scopes: ['feed:read'], expiresIn: '12h' }),
  };
}

function startSubgraphs(databaseUrl: string, production: NodeJS.ProcessEnv) {
  const env = {
    ...production,
    AID_DATA_DIR: benchDir,
    DATABASE_URL: databaseUrl,
    SEED_DEMO_DATA: 'false',
    CIVIL_AFFAIRS_PORT: String(PORTS['civil-affairs']),
    CHARITY_PORT: String(PORTS.charity),
    SERVICES_PORT: String(PORTS.services),
    CIVIL_AFFAIRS_FEED_URL: subgraphUrls['civil-affairs'],
  };
  for (const name of SUBGRAPH_NAMES) {
    const prof = args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${args['cpu-prof']}/${name}`] : [];
    processes.set(name, startProcess(name, process.execPath, [...prof, '--import', 'tsx', `subgraphs/${name}/src/main.ts`], env));
  }
  return env;
}

function startOurs(env: NodeJS.ProcessEnv, key: 'ours' | 'oursDedup', dedup: boolean) {
  const prof = args['cpu-prof'] && key === 'ours' ? ['--cpu-prof', `--cpu-prof-dir=${args['cpu-prof']}/gateway`] : [];
  processes.set(
    key,
    startProcess(key, process.execPath, [...prof, '--import', 'tsx', 'gateway/src/main.ts'], {
      ...env,
      GATEWAY_PORT: String(PORTS[key]),
      SANDBOX: 'false',
      DEDUPLICATE_SUBGRAPH_QUERIES: String(dedup),
    }),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Load

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
  cpuMsPerRequest: number;
  subgraphCpuMsPerRequest: number;
  peakRssMiB: number;
  sqlPerRequest: number;
}

/** Samples the RSS of a process every 250 ms while `work` runs; returns the peak. */
async function withPeakRss<T>(pid: number | undefined, work: () => Promise<T>): Promise<[T, number]> {
  let peak = rssMiB(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssMiB(pid))), 250);
  try {
    return [await work(), Math.max(peak, rssMiB(pid))];
  } finally {
    clearInterval(timer);
  }
}

/** autocannon against a gateway, one token per request in turn; GraphQL errors in a 200 count as errors. */
async function loadGateway(url: string, body: string, tokens: string[], connections: number, seconds: number) {
  let next = 0;
  let graphqlErrors = 0;
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    body,
    requests: [
      {
        setupRequest: (request) => {
          const token = tokens.length ? tokens[next++ % tokens.length] : undefined;
          return token ? { ...request, headers: { ...request.headers, authorization: `Bearer ${token}` } } : request;
        },
        onResponse: (status, responseBody) => {
          if (status === 200 && responseBody.includes('"errors"')) graphqlErrors += 1;
        },
      },
    ],
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx + graphqlErrors, requests: result.requests.total };
}

/** The recorded plan as waves: a fetch joins the wave after the last one that ended before it started. */
function waves(fetches: RecordedFetch[]): RecordedFetch[][] {
  const sorted = [...fetches].sort((a, b) => a.startedAt - b.startedAt);
  const waveOf = new Map<RecordedFetch, number>();
  for (const f of sorted) {
    const before = sorted.filter((g) => g !== f && g.endedAt <= f.startedAt);
    waveOf.set(f, before.length ? Math.max(...before.map((g) => waveOf.get(g)!)) + 1 : 0);
  }
  const result: RecordedFetch[][] = [];
  for (const f of sorted) (result[waveOf.get(f)!] ??= []).push(f);
  return result;
}

/** The direct chain: the plan's subgraph requests, wave after wave, by `connections` closed-loop callers. */
async function loadChain(plans: RecordedFetch[][][], connections: number, seconds: number) {
  const pools = new Map<string, Pool>();
  const pool = (url: string) => {
    const origin = new URL(url).origin;
    if (!pools.has(origin)) pools.set(origin, new Pool(origin, { connections }));
    return pools.get(origin)!;
  };
  const latencies: number[] = [];
  let errors = 0;
  let k = 0;
  const deadline = performance.now() + seconds * 1000;
  const caller = async () => {
    while (performance.now() < deadline) {
      const plan = plans[k++ % plans.length]!;
      const started = performance.now();
      let failed = false;
      for (const wave of plan) {
        await Promise.all(
          wave.map(async (f) => {
            const response = await pool(f.url).request({
              path: new URL(f.url).pathname,
              method: 'POST',
              headers: {
                'content-type': 'application/json',
                ...(f.authorization ? { authorization: f.authorization } : {}),
                ...(f.assertion ? { [GATEWAY_ASSERTION_HEADER]: f.assertion } : {}),
              },
              body: f.body,
            });
            const text = await response.body.text();
            if (response.statusCode !== 200 || text.includes('"errors"')) failed = true;
          }),
        );
      }
      latencies.push(performance.now() - started);
      if (failed) errors += 1;
    }
  };
  const begun = performance.now();
  await Promise.all(Array.from({ length: connections }, caller));
  const elapsedSeconds = (performance.now() - begun) / 1000;
  await Promise.all([...pools.values()].map((p) => p.close()));
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN);
  return { rps: latencies.length / elapsedSeconds, p50: at(0.5), p99: at(0.99), errors, requests: latencies.length };
}

/**
 * Waits until every process of the stack is idle (under 10% of a core over 250 ms, at most 10 s): a gateway
 * still working off the previous run's requests must not slow the next run down.
 */
async function settle(): Promise<void> {
  const pids = [...processes.values()].map((p) => p.pid);
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const before = pids.reduce<number>((sum, pid) => sum + cpuMs(pid), 0);
    await new Promise((resolve) => setTimeout(resolve, 250));
    if (pids.reduce<number>((sum, pid) => sum + cpuMs(pid), 0) - before < 25) return;
  }
}

const median = (values: number[]) => {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

// ---------------------------------------------------------------------------------------------------------
// The run

const keys = await loadOrCreateDevKeys(devKeysFile({ AID_DATA_DIR: benchDir }));
const gatewayKeys = await loadOrCreateDevKeys(gatewayKeysFile({ AID_DATA_DIR: benchDir }));
const hiveBin = ensureHive();
const officers = await Promise.all(
  Array.from({ length: 50 }, (_, i) => mintToken(keys.privateJwk, { role: 'civil_officer', region: '330203', sub: `bench-officer-${i}`, expiresIn: '2h' })),
);
const provincial = await mintToken(keys.privateJwk, { role: 'provincial_system', sub: 'bench-province', expiresIn: '2h' });
// Long enough for a whole run (the gateway's own anonymous tokens live 5 minutes and are renewed).
const publicToken = await mintToken(gatewayKeys.privateJwk, { role: 'public', sub: 'gateway-anonymous', scopes: [], expiresIn: '3h' });
const wanted = new Set(args.targets!.split(','));
const dedupLines = !args['no-dedup-lines'] && !args.portability;

const output: string[] = [];
const print = (line = '') => {
  output.push(line);
  console.log(line);
};

for (const size of sizes) {
  const databaseUrl = await prepareBenchData(size);
  const production = await productionEnv();
  const env = startSubgraphs(databaseUrl, production);
  startOurs(env, 'ours', false);
  if (dedupLines) startOurs(env, 'oursDedup', true);
  for (const [key, dedup] of [['hive', false], ['hiveDedup', true]] as const) {
    if (!wanted.has('hive') || (key === 'hiveDedup' && !dedupLines)) continue;
    const dir = `${hiveDir()}/instance-${key}`; // inside the install, so the configuration resolves its package
    const cli = writeHiveConfig({ dir, urls: subgraphUrls, publicJwk: keys.publicJwk, gatewayPrivateJwk: gatewayKeys.privateJwk, deduplicate: dedup }, PORTS[key]);
    processes.set(key, startProcess(key, hiveBin, cli, { NODE_ENV: 'production' }, dir));
  }
  if (wanted.has('stock')) processes.set('stock', startProcess('stock', process.execPath, ['--import', 'tsx', 'scripts/bench-stock-gateway.ts', String(PORTS.stock), ...SUBGRAPH_NAMES.map((n) => subgraphUrls[n])], { NODE_ENV: 'production' }));
  await Promise.all([
    ...SUBGRAPH_NAMES.map((n) => waitFor(`http://127.0.0.1:${PORTS[n]}/ready`)),
    waitFor(`http://127.0.0.1:${PORTS.ours}/ready`),
    ...(dedupLines ? [waitFor(`http://127.0.0.1:${PORTS.oursDedup}/ready`)] : []),
    ...(dedupLines && wanted.has('hive') ? [waitFor(`http://127.0.0.1:${PORTS.hiveDedup}/healthcheck`)] : []),
    ...(wanted.has('hive') ? [waitFor(`http://127.0.0.1:${PORTS.hive}/healthcheck`)] : []),
  ]);
  // The stock gateway has no health route: wait until it answers a query.
  const stockUrl = `http://127.0.0.1:${PORTS.stock}/`;
  for (let i = 0; wanted.has('stock') && i < 200; i++) {
    const ok = await fetch(stockUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' }).then((r) => r.ok).catch(() => false);
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }

  const urls: Record<Exclude<Target, 'direct'>, string> = {
    ours: `http://127.0.0.1:${PORTS.ours}/graphql`,
    'ours, dedup on': `http://127.0.0.1:${PORTS.oursDedup}/graphql`,
    hive: `http://127.0.0.1:${PORTS.hive}/graphql`,
    'hive, dedup on': `http://127.0.0.1:${PORTS.hiveDedup}/graphql`,
    stock: stockUrl,
  };
  const pidOf: Record<Exclude<Target, 'direct'>, number | undefined> = {
    ours: processes.get('ours')?.pid,
    'ours, dedup on': processes.get('oursDedup')?.pid,
    hive: processes.get('hive')?.pid,
    'hive, dedup on': processes.get('hiveDedup')?.pid,
    stock: processes.get('stock')?.pid,
  };

  let portability = { passed: 0, total: 0 };
  if (wanted.has('hive')) {
    print(`\n## Portability: Hive Gateway ${HIVE_VERSION} serving the committed supergraph unchanged (${size} households)\n`);
    portability = await runPortabilityCheck({ ours: urls.ours, hive: urls.hive, keys, print });
  }
  if (args.portability) break;

  // The feed page starts in the middle of the feed, where the generated referrals' events are.
  const [{ n: events }] = (await (await import('postgres')).default(databaseUrl, { max: 1 })`select count(*)::int as n from civil_affairs.referral_events`) as unknown as [{ n: number }];
  const all = workloads(encodeCursor([Math.floor(events / 2)]));
  const chosen = args.workloads ? all.filter((w) => args.workloads!.split(',').includes(w.key)) : all;

  // Record each workload's query plan requests through an in-process stock gateway.
  const recorder: RecordedFetch[] = [];
  const inProcess = createStockGateway(subgraphUrls, (f) => recorder.push(f));
  await inProcess.server.start();
  const tokensFor = (w: Workload, target: Target): string[] =>
    // Anonymous: this gateway and Hive (configured to) speak for the caller with a gateway-signed `public` token;
    // stock cannot, so it is handed one.
    w.callers === 'officers' ? officers : w.callers === 'provincial' ? [provincial] : target === 'stock' || target === 'direct' ? [publicToken] : [];
  const plans = new Map<string, RecordedFetch[][][]>();
  for (const w of chosen) {
    const recorded: RecordedFetch[][][] = [];
    // One recorded chain per distinct token (up to 10), so the chain's subgraph calls carry distinct callers too.
    const tokens = tokensFor(w, 'stock').slice(0, 10);
    for (const token of tokens.length ? tokens : [undefined]) {
      recorder.length = 0;
      inProcess.resetClock();
      const assertion = w.callers === 'provincial' && token ? await mintGatewayAssertion(gatewayKeys.privateJwk, { token, document: FEED_DOCUMENT.id }) : undefined;
      const result = await inProcess.server.executeOperation(
        { query: w.query, variables: w.variables },
        { contextValue: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(assertion ? { assertion } : {}) } },
      );
      if (result.body.kind !== 'single' || result.body.singleResult.errors?.length) throw new Error(`${w.key} failed through the recording gateway: ${JSON.stringify(result.body).slice(0, 400)}`);
      recorded.push(waves(recorder));
    }
    plans.set(w.key, recorded);
  }
  await inProcess.server.stop();

  print(`\n## ${size} households (${SIZES[size].toLocaleString('en')}), ${SECONDS} s per run, ${REPS} interleaved repetitions, medians\n`);
  for (const w of chosen) {
    const plan = plans.get(w.key)![0]!;
    print(`### ${w.name}\n`);
    print(`Query plan: ${plan.length} wave(s) of subgraph requests: ${plan.map((wave) => wave.map((f) => SUBGRAPH_NAMES.find((n) => f.url === subgraphUrls[n])).join(' + ')).join(' → ')}\n`);
    // Same data everywhere before any speed means anything.
    const body = JSON.stringify({ query: w.query, variables: w.variables });
    const answers: Record<string, string> = {};
    for (const target of (['ours', 'hive', 'stock'] as const).filter((t) => wanted.has(t))) {
      const token = tokensFor(w, target)[0];
      const response = await fetch(urls[target], { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body });
      const answer = (await response.json()) as { data?: unknown; errors?: unknown[] };
      answers[target] = answer.errors?.length ? `errors: ${JSON.stringify(answer.errors).slice(0, 200)}` : JSON.stringify(answer.data);
    }
    if (w.key === 'FEED') print('Hive Gateway and stock are refused here by design: a machine client runs only trusted documents, through this gateway.\n');
    else if (w.key !== 'PRE') {
      for (const target of ['hive', 'stock']) if (target in answers && answers[target] !== answers.ours) print(`- **${target} answers differently**: ${answers[target]!.slice(0, 300)}`);
    }
    print('| conns | gateway | req/s | p50 ms | p99 ms | errors | gateway CPU ms/req | subgraphs CPU ms/req | peak RSS MiB | SQL/req | req/s vs ours | p50 vs ours |');
    print('|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const connections of w.connections) {
      // Machine clients run only trusted documents, and only through this gateway (the subgraphs require its
      // signed assertion): Hive and stock are refused there by design.
      const targets: Target[] = (['ours', 'hive', 'stock', 'direct'] as Target[]).filter((t) => wanted.has(t) && (w.callers !== 'provincial' || t === 'ours' || t === 'direct'));
      if (dedupLines && connections === w.connections[0] && (w.key === 'W1' || w.key === 'W2' || w.key === 'W3')) targets.push('ours, dedup on', ...(wanted.has('hive') ? (['hive, dedup on'] as const) : []));
      const runs = new Map<Target, Figures[]>(targets.map((t) => [t, []]));
      const runOnce = async (target: Target, seconds: number): Promise<Figures> => {
        await settle();
        const pid = target === 'direct' ? undefined : pidOf[target];
        if (target === 'direct' && w.callers === 'provincial') {
          // Assertions live 60 s: sign fresh ones for this run, as the gateway would.
          for (const plan of plans.get(w.key)!) for (const wave of plan) for (const f of wave) if (f.assertion) f.assertion = await mintGatewayAssertion(gatewayKeys.privateJwk, { token: provincial, document: FEED_DOCUMENT.id });
        }
        const subgraphPids = SUBGRAPH_NAMES.map((n) => processes.get(n)?.pid);
        const cpu0 = cpuMs(pid);
        const subCpu0 = subgraphPids.reduce<number>((sum, p) => sum + cpuMs(p), 0);
        const sql0 = await sqlStatements();
        const [m, peak] = await withPeakRss(pid, () =>
          target === 'direct' ? loadChain(plans.get(w.key)!, connections, seconds) : loadGateway(urls[target], body, tokensFor(w, target), connections, seconds),
        );
        const requests = Math.max(1, m.requests);
        return {
          ...m,
          cpuMsPerRequest: (cpuMs(pid) - cpu0) / requests,
          subgraphCpuMsPerRequest: (subgraphPids.reduce<number>((sum, p) => sum + cpuMs(p), 0) - subCpu0) / requests,
          peakRssMiB: peak,
          sqlPerRequest: ((await sqlStatements()) - sql0) / requests,
        };
      };
      for (const target of targets) await runOnce(target, 1); // warm-up: plans, caches, connections
      for (let rep = 0; rep < REPS; rep++) {
        // Interleaved, and each repetition starts with a different target.
        const order = targets.map((_, i) => targets[(i + rep) % targets.length]!);
        for (const target of order) runs.get(target)!.push(await runOnce(target, SECONDS));
      }
      const med = (target: Target, key: keyof Figures) => median(runs.get(target)!.map((f) => f[key]));
      const oursRps = med('ours', 'rps');
      const oursP50 = med('ours', 'p50');
      for (const target of targets) {
        const f = (key: keyof Figures, digits = 0) => {
          const v = med(target, key);
          return Number.isNaN(v) ? '-' : v.toFixed(digits);
        };
        const ratio = (v: number, ours: number) => (Number.isNaN(v) || Number.isNaN(ours) || ours === 0 ? '-' : `${(v / ours).toFixed(2)}×`);
        print(
          `| ${connections} | ${TARGET_LABEL[target]} | ${f('rps')} | ${f('p50')} | ${f('p99')} | ${f('errors')} | ${target === 'direct' ? '-' : f('cpuMsPerRequest', 1)} | ${f('subgraphCpuMsPerRequest', 1)} | ${target === 'direct' ? '-' : f('peakRssMiB')} | ${f('sqlPerRequest', 1)} | ${ratio(med(target, 'rps'), oursRps)} | ${ratio(med(target, 'p50'), oursP50)} |`,
        );
      }
      if (targets.includes('direct')) print(`|  | gateway overhead (this gateway − direct chain, p50) | | ${(oursP50 - med('direct', 'p50')).toFixed(0)} ms | | | | | | | | |`);
    }
    print();
  }

  if (args.curves) {
    print(`### Latency against page size (W1, 1 connection, ${size} households)\n`);
    print('| page size | this gateway p50 ms | direct chain p50 ms | SQL/req |');
    print('|---|---|---|---|');
    for (const first of [10, 50, 100]) {
      const body = JSON.stringify({ query: W1_QUERY, variables: { first } });
      const recorded: RecordedFetch[] = [];
      const recording = createStockGateway(subgraphUrls, (f) => recorded.push(f));
      await recording.server.start();
      recording.resetClock();
      await recording.server.executeOperation({ query: W1_QUERY, variables: { first } }, { contextValue: { authorization: `Bearer ${officers[0]}` } });
      await recording.server.stop();
      const sql0 = await sqlStatements();
      const ours = await loadGateway(urls.ours, body, officers, 1, SECONDS);
      const sqlPerRequest = ((await sqlStatements()) - sql0) / Math.max(1, ours.requests);
      const direct = await loadChain([waves(recorded)], 1, SECONDS);
      print(`| ${first} | ${ours.p50} | ${direct.p50} | ${sqlPerRequest.toFixed(1)} |`);
    }
    print();
  }
  if (portability.total) print(`Portability: ${portability.passed}/${portability.total} passed.`);

  for (const [name, child] of processes) {
    child.kill('SIGTERM');
    processes.delete(name);
  }
  await new Promise((resolve) => setTimeout(resolve, 2000));
}

print(`\nnode ${process.version}, ${(await import('node:os')).cpus().length} cores (${(await import('node:os')).cpus()[0]?.model}), load generator and every process on the same machine; ${new Date().toISOString()}`);
process.exit(0);
