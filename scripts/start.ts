/**
 * `npm start`: runs the three subgraphs and the gateway as separate processes (as a deployment would), on
 * embedded PGlite under .data/ unless DATABASE_URL is set, then prints where to open it. A service that
 * crashes is restarted with backoff (scripts/supervisor.ts) while the others keep serving; each exit and
 * restart is logged as one JSON line. Ctrl-C stops all (each drains its in-flight requests first).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { loadOrCreateDevKeys } from '@aid/shared/security/auth.js';
import { SHUTDOWN_TIMEOUT_MS } from '@aid/shared/runtime/http.js';
import { envPrefix } from '@aid/shared/runtime/config.js';
import { dataRoot, devKeysFile, REPO_ROOT } from '@aid/shared/runtime/paths.js';
import { DEFAULT_PORTS, SUBGRAPH_NAMES, type SubgraphName } from '@aid/shared/runtime/services.js';
import { supervise, type Supervisor } from './supervisor.js';

const portOf = (name: SubgraphName | 'gateway') => Number(process.env[`${envPrefix(name)}_PORT`] ?? DEFAULT_PORTS[name]);
const SERVICES = [
  ...SUBGRAPH_NAMES.map((name) => ({ name, entry: `subgraphs/${name}/src/main.ts`, port: portOf(name) })),
  { name: 'gateway', entry: 'gateway/src/main.ts', port: portOf('gateway') },
] as const;

// Create the dev key pair once, before four processes would race to create it.
if (!process.env.AUTH_JWKS_URL && !process.env.AUTH_PUBLIC_KEY && process.env.NODE_ENV !== 'production') {
  await loadOrCreateDevKeys(devKeysFile());
}

const supervisors: Supervisor[] = [];
let stopping = false;
// A service gets its own drain deadline (SHUTDOWN_TIMEOUT_MS) and 5 s more before it is killed.
const killAfterMs = (Number(process.env.SHUTDOWN_TIMEOUT_MS) || SHUTDOWN_TIMEOUT_MS) + 5_000;

function run(name: string, entry: string): Supervisor {
  const supervisor = supervise({
    name,
    killAfterMs,
    log: (entry) => console.log(JSON.stringify(entry)),
    start: (): ChildProcess => {
      const child = spawn(process.execPath, ['--import', 'tsx', entry], {
        cwd: REPO_ROOT,
        env: { LOG_LEVEL: 'warn', ...process.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      for (const stream of [child.stdout!, child.stderr!]) {
        createInterface({ input: stream }).on('line', (line) => console.log(`[${name}] ${line}`));
      }
      return child;
    },
  });
  supervisors.push(supervisor);
  return supervisor;
}

/**
 * Waits for the gateway's /ready: "ready" as soon as every subgraph is; "degraded" (naming the subgraphs still
 * down) when the gateway serves but some subgraph has not come up after `fullMs`; null when the gateway itself
 * is not up within `timeoutMs`.
 */
async function waitForReady(port: number, fullMs: number, timeoutMs: number): Promise<{ status: 'ready' | 'degraded'; down: string[] } | null> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs && !stopping) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/ready`, { signal: AbortSignal.timeout(1000) });
      const report = (await response.json().catch(() => ({}))) as { status?: string; down?: string[] };
      if (response.ok && report.status === 'ready') return { status: 'ready', down: [] };
      if (response.ok && Date.now() - started >= fullMs) return { status: 'degraded', down: report.down ?? [] };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return null;
}

async function stop(code = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  await Promise.all(supervisors.map((supervisor) => supervisor.stop()));
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

console.log(`Starting the aid–charity federation (data: ${process.env.DATABASE_URL ? 'DATABASE_URL' : dataRoot()}) ...`);
for (const service of SERVICES) run(service.name, service.entry);
const gatewayPort = portOf('gateway');
const readiness = await waitForReady(gatewayPort, 90_000, 180_000);
if (readiness) {
  if (readiness.status === 'degraded') console.error(`Not every subgraph is up yet (${readiness.down.join(', ')}): the gateway serves partial answers meanwhile, and the supervisor keeps restarting what crashed.`);
  console.log(`
  Gateway and explorer:      http://localhost:${gatewayPort}/graphql
  Subgraphs:                 ${SUBGRAPH_NAMES.map((name) => `${name} :${portOf(name)}`).join(', ')}
  Health / readiness:        http://localhost:${gatewayPort}/health  http://localhost:${gatewayPort}/ready
  Metrics:                   http://localhost:${gatewayPort}/metrics

  The explorer (GraphiQL, works offline) opens on a first query: in a browser on this machine pick a role in its
  "Dev token" menu, or put a token in its Headers tab ({"Authorization": "Bearer <token>"}):
    npm run token -- --role civil_officer
    npm run token -- --role charity_org          (other roles: npm run token -- --help)
  Try it from a shell:
    curl -s localhost:${gatewayPort}/graphql -H 'content-type: application/json' \\
      -H "authorization: Bearer $(npm run -s token -- --role civil_officer)" \\
      -d '{"query":"{ households(first: 2) { edges { node { id townName charityAid { programme amountFen } servicesReceived { programme hours } } } } }"}'

  Ctrl-C stops everything.`);
} else if (!stopping) {
  console.error('The federation did not become ready within 3 minutes; stopping.');
  await stop(1);
}
