/**
 * Summarises V8 CPU profiles (`node --cpu-prof`, as `npm run bench -- --cpu-prof <dir>` writes them for the
 * gateway and each subgraph) into shares of busy time by component: parsing, validation, execution,
 * authorisation filtering, planning, HTTP, JSON, JWT, Apollo Server's pipeline, drizzle, the database driver...
 *
 *   tsx scripts/profile-summary.ts <dir or .cpuprofile files>
 *
 * Samples before the first HTTP request served (start-up) are left out. Each sample is charged to the nearest frame (from the leaf up) whose script belongs to a known component;
 * JSON.parse / JSON.stringify and the garbage collector are charged to themselves.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const COMPONENTS: [string, (url: string, fn: string) => boolean][] = [
  ['authorisation filtering (gateway)', (u) => u.includes('gateway/src/authorization/')],
  ['gateway own code (other)', (u) => u.includes('/gateway/src/')],
  ['query planning', (u) => u.includes('@apollo/query-planner') || u.includes('@apollo/federation-internals') || u.includes('@apollo/composition')],
  ['plan execution (@apollo/gateway)', (u) => u.includes('@apollo/gateway/')],
  ['GraphQL parsing', (u) => /graphql\/language\//.test(u)],
  ['GraphQL validation', (u) => /graphql\/validation\//.test(u) || u.includes('@escape.tech/graphql-armor')],
  ['GraphQL execution', (u) => /graphql\/(execution|type|utilities|jsutils)\//.test(u)],
  ['federation subgraph (@apollo/subgraph)', (u) => u.includes('@apollo/subgraph')],
  ['Apollo Server pipeline', (u) => u.includes('@apollo/server') || u.includes('@apollo/utils') || u.includes('@apollo/usage-reporting')],
  ['JWT (jose)', (u) => u.includes('/jose/')],
  ['drizzle-orm', (u) => u.includes('drizzle-orm')],
  ['PostgreSQL driver (postgres.js)', (u) => u.includes('/postgres/')],
  ['dataloader', (u) => u.includes('/dataloader/')],
  ['metrics (prom-client)', (u) => u.includes('prom-client')],
  ['logging', (u) => u.includes('/pino') || u.includes('runtime/logger')],
  ['HTTP client (undici)', (u) => u.includes('undici')],
  ['HTTP server and sockets (node)', (u) => /node:(_http|http|net|stream|internal\/(http|stream|net|streams))/.test(u) || u.includes('internal/streams') || u.includes('_http_')],
  ['subgraph resolvers and domain code', (u) => u.includes('/subgraphs/')],
  ['shared runtime (HTTP serving, context)', (u) => u.includes('/shared/src/runtime/')],
  ['shared security (tokens, rules, masks)', (u) => u.includes('/shared/src/security/')],
  ['shared database (loaders, slots)', (u) => u.includes('/shared/src/database/')],
  ['shared (other)', (u) => u.includes('/shared/src/')],
  ['TypeScript loader (tsx, start-up)', (u) => u.includes('/tsx/') || u.includes('esbuild')],
  ['other libraries', (u) => u.includes('node_modules')],
];

/** Node's own modules: charged to the nearest caller outside them, else to these. */
const NODE_COMPONENTS: [string, (url: string) => boolean][] = [
  ['HTTP server and sockets (node)', (u) => /node:(_http|http|net|internal\/(http|net|stream_base_commons|streams|child_process))/.test(u)],
  ['module loading (start-up)', (u) => /node:internal\/(modules|bootstrap|url|fs|main)/.test(u) || u.startsWith('node:fs')],
  ['other node internals', (u) => u.startsWith('node:')],
];

function summarise(profile: Profile): { busyMs: number; shares: Map<string, number> } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map<number, string>();
  const componentOf = (id: number): string => {
    const cached = memo.get(id);
    if (cached) return cached;
    const leaf = byId.get(id)!;
    const fn = leaf.callFrame.functionName;
    let result: string | undefined;
    if (fn === '(idle)' || fn === '(program)') result = 'idle / program';
    else if (fn === '(garbage collector)') result = 'garbage collection';
    else if (!leaf.callFrame.url && (fn === 'parse' || fn === 'stringify')) result = 'JSON';
    // Node's own frames go to their nearest caller outside Node; socket and HTTP work with no such caller
    // (the HTTP server, called from the event loop) is HTTP, except a socket the database driver or the
    // HTTP client writes to, which is theirs.
    let nodeComponent: string | undefined;
    for (let cur: number | undefined = id; !result && cur !== undefined; cur = parent.get(cur)) {
      const url = byId.get(cur)!.callFrame.url;
      if (!url) continue;
      if (url.startsWith('node:')) {
        nodeComponent ??= NODE_COMPONENTS.find(([, match]) => match(url))?.[0];
        continue;
      }
      const component = COMPONENTS.find(([, match]) => match(url, byId.get(cur!)!.callFrame.functionName))?.[0];
      const socketOwner = component === 'PostgreSQL driver (postgres.js)' || component === 'HTTP client (undici)';
      result = nodeComponent === 'HTTP server and sockets (node)' && !socketOwner ? nodeComponent : component;
    }
    result ??= nodeComponent;
    result ??= 'unattributed';
    memo.set(id, result);
    return result;
  };
  // Start-up (module loading, transpiling) is left out: samples count from the first HTTP request served.
  const servesHttp = (id: number): boolean => {
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) if (byId.get(cur)!.callFrame.functionName === 'parserOnIncoming') return true;
    return false;
  };
  const first = profile.samples.findIndex(servesHttp);
  const shares = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    if (i < first) return;
    const component = componentOf(id);
    shares.set(component, (shares.get(component) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const busyMs = [...shares.entries()].filter(([k]) => k !== 'idle / program').reduce((s, [, v]) => s + v, 0);
  return { busyMs, shares };
}

/** A process's profiles: the largest is its main thread (tsx's loader runs in a worker of its own). */
function mainProfile(dir: string): string {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => `${dir}/${f}`);
  return files.sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
}

const targets = process.argv.slice(2).flatMap((p) => {
  if (!statSync(p).isDirectory()) return [[p, p] as const];
  const subdirs = readdirSync(p).filter((f) => statSync(`${p}/${f}`).isDirectory());
  return subdirs.length ? subdirs.map((d) => [d, mainProfile(`${p}/${d}`)] as const) : [[p, mainProfile(p)] as const];
});
for (const [name, file] of targets) {
  const { busyMs, shares } = summarise(JSON.parse(readFileSync(file, 'utf8')) as Profile);
  console.log(`\n### ${name.split('/').at(-1)!.replace('.cpuprofile', '')}: ${(busyMs / 1000).toFixed(1)} s busy\n`);
  console.log('| component | share of busy time | ms |');
  console.log('|---|---|---|');
  for (const [name, ms] of [...shares.entries()].filter(([k]) => k !== 'idle / program').sort((a, b) => b[1] - a[1])) {
    if (ms / busyMs < 0.005) continue;
    console.log(`| ${name} | ${((100 * ms) / busyMs).toFixed(1)}% | ${ms.toFixed(0)} |`);
  }
}
