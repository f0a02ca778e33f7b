/**
 * `npm run bench`: throughput and latency of this gateway side by side with Hive Gateway (another JavaScript
 * federation gateway), serving the same supergraph over the same three subgraph processes, in one run.
 *
 * Options (environment): BENCH_SECONDS (10 per measurement), BENCH_CONNECTIONS (20), DATABASE_URL (subgraphs on a
 * PostgreSQL server instead of PGlite). Hive Gateway is installed on first use under .data/bench/hive (pinned
 * version, not a project dependency). Loopback only; every load run is bounded in time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { loadOrCreateDevKeys, mintToken } from '@aid/shared/security/auth.js';
import { demoId } from '@aid/shared/demo/ids.js';
import { dataRoot, devKeysFile, REPO_ROOT } from '@aid/shared/runtime/paths.js';
import { prepareSupergraph } from '@aid/gateway/authorization/index.js';
import { startLocalServices, startProcess, waitFor } from './local-services.js';

const HIVE_VERSION = '2.15.1';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const benchDir = `${dataRoot()}/bench`;
const hiveDir = `${benchDir}/hive`;
const PORTS = { gateway: 4100, hive: 4200, 'civil-affairs': 4101, charity: 4102, services: 4103 };

function ensureHive(): string {
  const bin = `${hiveDir}/node_modules/.bin/hive-gateway`;
  if (existsSync(bin)) return bin;
  console.log(`Installing @graphql-hive/gateway@${HIVE_VERSION} into ${hiveDir} (first run only) ...`);
  mkdirSync(hiveDir, { recursive: true });
  writeFileSync(`${hiveDir}/package.json`, JSON.stringify({ name: 'bench-hive', private: true }));
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', `@graphql-hive/gateway@${HIVE_VERSION}`, 'graphql@16'], {
    cwd: hiveDir,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('Could not install Hive Gateway for the comparison.');
  return bin;
}

type Callers = 'one user' | '50 users' | 'anonymous';
const SCENARIOS: { name: string; query: string; variables: Record<string, unknown>; callers: Callers }[] = [
  {
    name: 'one household across 3 subgraphs',
    query: `query($id: ID!) { household(id: $id) { id countyName members { maskedName age } charityAid { programme amountFen } servicesReceived { programme hours } } }`,
    variables: { id: demoId('household', 0) },
    callers: 'one user',
  },
  {
    name: 'one household across 3 subgraphs',
    query: `query($id: ID!) { household(id: $id) { id countyName members { maskedName age } charityAid { programme amountFen } servicesReceived { programme hours } } }`,
    variables: { id: demoId('household', 0) },
    callers: '50 users',
  },
  {
    name: '20 households, members, charity + services',
    query: `{ households(first: 20) { edges { node { id townName members { maskedName age } charityAid { programme amountFen } servicesReceived { programme hours } } } } }`,
    variables: {},
    callers: '50 users',
  },
  {
    name: 'public projects (anonymous)',
    query: `{ charityProjects(first: 20) { edges { node { id name programme raisedFen disbursedFen organization { name } } } } }`,
    variables: {},
    callers: 'anonymous',
  },
];

/** Load with the given tokens in turn (one per request), or none. */
async function measure(url: string, body: string, tokens: string[], seconds = SECONDS) {
  let next = 0;
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    body,
    requests: [
      {
        setupRequest: (request) => {
          const token = tokens[next++ % Math.max(tokens.length, 1)];
          return token ? { ...request, headers: { ...request.headers, authorization: `Bearer ${token}` } } : request;
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

const hiveBin = ensureHive();
const services = await startLocalServices({
  dataDir: `${benchDir}/data`,
  ports: { gateway: PORTS.gateway, 'civil-affairs': PORTS['civil-affairs'], charity: PORTS.charity, services: PORTS.services },
});
const keys = await loadOrCreateDevKeys(devKeysFile(services.env));

// Hive Gateway gets the same supergraph (security links stripped: it does not enforce them; ours does, and pays
// for it in these figures), the same subgraph URLs, and forwards the caller's token like ours.
const supergraph = prepareSupergraph(readFileSync(`${REPO_ROOT}schema/supergraph.graphql`, 'utf8')).gatewaySdl
  .replace('http://localhost:4001/graphql', `http://127.0.0.1:${PORTS['civil-affairs']}/graphql`)
  .replace('http://localhost:4002/graphql', `http://127.0.0.1:${PORTS.charity}/graphql`)
  .replace('http://localhost:4003/graphql', `http://127.0.0.1:${PORTS.services}/graphql`);
writeFileSync(`${hiveDir}/supergraph.graphql`, supergraph);
writeFileSync(
  `${hiveDir}/gateway.config.mjs`,
  `import { defineConfig } from '@graphql-hive/gateway';
export const gatewayConfig = defineConfig({
  supergraph: './supergraph.graphql',
  logging: 'error',
  propagateHeaders: { fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') }) },
});
`,
);
startProcess('hive', hiveBin, ['supergraph', '-c', 'gateway.config.mjs', '--port', String(PORTS.hive), '--host', '127.0.0.1'], {}, hiveDir);

await waitFor(`http://127.0.0.1:${PORTS.hive}/healthcheck`);

const token = await mintToken(keys.privateJwk, { role: 'civil_officer', region: '330203', expiresIn: '1h' });
// Fifty officers of the same county: identical reads of different users are never merged.
const officers = await Promise.all(
  Array.from({ length: 50 }, (_, i) => mintToken(keys.privateJwk, { role: 'civil_officer', region: '330203', sub: `bench-officer-${i}`, expiresIn: '1h' })),
);
// Our gateway speaks for anonymous callers with a `public` token of its own; Hive Gateway cannot, so for the
// anonymous scenario it is handed the same kind of token (subgraphs refuse requests without one).
const publicToken = await mintToken(keys.privateJwk, { role: 'public', scopes: [], expiresIn: '1h' });
const gateways = {
  'this gateway': `http://127.0.0.1:${PORTS.gateway}/graphql`,
  'Hive Gateway': `http://127.0.0.1:${PORTS.hive}/graphql`,
};

const rows: string[] = [];
for (const scenario of SCENARIOS) {
  const body = JSON.stringify({ query: scenario.query, variables: scenario.variables });
  const tokensFor = (name: string): string[] =>
    scenario.callers === 'one user' ? [token] : scenario.callers === '50 users' ? officers : name === 'Hive Gateway' ? [publicToken] : [];
  const authFor = (name: string) => tokensFor(name)[0];
  // Both gateways must give the same answer, without errors, before their speed means anything.
  const answers = await Promise.all(
    Object.entries(gateways).map(async ([name, url]) => {
      const auth = authFor(name);
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) }, body });
      return (await response.json()) as { data?: unknown; errors?: unknown[] };
    }),
  );
  const same = answers.every((a) => !a.errors?.length) && JSON.stringify(answers[0]!.data) === JSON.stringify(answers[1]!.data);
  for (const [name, url] of Object.entries(gateways)) await measure(url, body, tokensFor(name), 3).catch(() => undefined); // warm-up
  for (const [name, url] of Object.entries(gateways)) {
    const m = await measure(url, body, tokensFor(name));
    rows.push(`| ${scenario.name} | ${scenario.callers} | ${name} | ${m.rps.toFixed(0)} | ${m.p50} | ${m.p97_5} | ${m.p99} | ${m.errors} | ${same ? 'yes' : 'NO'} |`);
    console.log(rows.at(-1));
  }
}

console.log(`\n${SECONDS}s per measurement, ${CONNECTIONS} connections, subgraphs on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}, node ${process.version}\n`);
console.log('| scenario | callers | gateway | req/s | p50 ms | p97.5 ms | p99 ms | errors | same data |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
process.exit(0);
