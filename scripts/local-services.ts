/**
 * Starts the three subgraphs and the gateway as child processes on loopback ports of their own, for the
 * benchmark and the soak run: each run is separate from `npm start` (other ports, its own data directory).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { REPO_ROOT } from '@aid/shared/runtime/paths.js';
import { SUBGRAPH_NAMES, type SubgraphName } from '@aid/shared/runtime/services.js';

export type ServiceName = SubgraphName | 'gateway';

const children: ChildProcess[] = [];
const cleanup = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('exit', cleanup);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

/** Spawns a process; its stderr lines that mention an error are passed on, prefixed with its name. */
export function startProcess(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, cwd = REPO_ROOT): ChildProcess {
  const child = spawn(command, args, { cwd, env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr!.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    if (/error/i.test(text)) process.stderr.write(`[${name}] ${text}`);
  });
  children.push(child);
  return child;
}

/** Waits until `url` answers 2xx. */
export async function waitFor(url: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not come up`);
}

export interface LocalServices {
  /** The environment the services were started with (AID_DATA_DIR, ports). */
  env: NodeJS.ProcessEnv;
  gatewayUrl: string;
  processes: Record<ServiceName, ChildProcess>;
}

/**
 * Starts the subgraphs on `ports[name]` and the gateway on `ports.gateway`, with data under `dataDir`, and
 * waits until the gateway is ready. `gatewayEnv` adds settings for the gateway alone.
 */
export async function startLocalServices(options: {
  dataDir: string;
  ports: Record<ServiceName, number>;
  gatewayEnv?: NodeJS.ProcessEnv;
}): Promise<LocalServices> {
  mkdirSync(options.dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    AID_DATA_DIR: options.dataDir,
    CIVIL_AFFAIRS_PORT: String(options.ports['civil-affairs']),
    CHARITY_PORT: String(options.ports.charity),
    SERVICES_PORT: String(options.ports.services),
    CIVIL_AFFAIRS_FEED_URL: `http://127.0.0.1:${options.ports['civil-affairs']}/graphql`,
  };
  const processes = {} as Record<ServiceName, ChildProcess>;
  for (const name of SUBGRAPH_NAMES) processes[name] = startProcess(name, process.execPath, ['--import', 'tsx', `subgraphs/${name}/src/main.ts`], env);
  processes.gateway = startProcess('gateway', process.execPath, ['--import', 'tsx', 'gateway/src/main.ts'], {
    ...env,
    GATEWAY_PORT: String(options.ports.gateway),
    EXPLORER: 'off',
    ...options.gatewayEnv,
  });
  await waitFor(`http://127.0.0.1:${options.ports.gateway}/ready`);
  return { env, gatewayUrl: `http://127.0.0.1:${options.ports.gateway}/graphql`, processes };
}
