import { Agent, request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { afterEach, describe, expect, it } from 'vitest';
import { serveGraphQL } from '../src/runtime/http.js';
import { createLogger } from '../src/runtime/logger.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A server with a slow GraphQL field (`slow(ms)`) and a slow plain route (`/slow?ms=`). */
async function slowServer(shutdownTimeoutMs?: number) {
  const apollo = new ApolloServer({
    typeDefs: 'type Query { slow(ms: Int!): String }',
    resolvers: { Query: { slow: async (_: unknown, { ms }: { ms: number }) => (await sleep(ms), 'done') } },
  });
  await apollo.start();
  const running = await serveGraphQL({
    apollo,
    port: 0,
    logger: createLogger('test'),
    context: async () => ({}),
    shutdownTimeoutMs,
    routes: {
      '/slow': async (request) => {
        await sleep(Number(new URL(request.url ?? '/', 'http://x').searchParams.get('ms') ?? 500));
        return { status: 200, body: JSON.stringify({ ok: true }) };
      },
    },
  });
  return { apollo, running };
}

/** One request over a keep-alive agent: resolves with status, body and the connection header. */
function get(agent: Agent, port: number, path: string, body?: unknown) {
  return new Promise<{ status: number; body: string; connection?: string }>((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = httpRequest(
      { agent, host: '127.0.0.1', port, path, method: payload ? 'POST' : 'GET', headers: payload ? { 'content-type': 'application/json' } : {} },
      (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text, connection: response.headers.connection }));
        response.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Whether a fresh TCP connection to the port is accepted. */
function connects(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

describe('graceful shutdown', () => {
  const cleanup: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0)) await step().catch(() => {});
  });

  it('lets 10 in-flight requests finish with 200, refuses new connections, and closes keep-alive sockets', async () => {
    // Scenario: 10 clients are mid-request (5 on a slow route, 5 on a slow resolver) when SIGTERM arrives.
    const { apollo, running } = await slowServer();
    cleanup.push(() => apollo.stop());
    const agent = new Agent({ keepAlive: true, maxSockets: 20 });
    cleanup.push(async () => agent.destroy());
    // A keep-alive connection that is idle when shutdown starts must not hold the server open.
    expect((await get(agent, running.port, '/slow?ms=1')).status).toBe(200);

    const inFlight = [
      ...Array.from({ length: 5 }, () => get(agent, running.port, '/slow?ms=800')),
      ...Array.from({ length: 5 }, () => get(agent, running.port, '/graphql', { query: '{ slow(ms: 800) }' })),
    ];
    await sleep(200);
    const started = Date.now();
    const closed = running.close();
    await sleep(50);
    expect(await connects(running.port)).toBe(false);

    const answers = await Promise.all(inFlight);
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    expect(answers.slice(5).map((a) => JSON.parse(a.body))).toEqual(Array(5).fill({ data: { slow: 'done' } }));
    // Each client is told the connection ends with its answer.
    expect(answers.every((a) => a.connection === 'close')).toBe(true);
    await closed;
    // Closed once the requests ended, not at the keep-alive timeout (65 s) nor the deadline (10 s).
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(running.server.listening).toBe(false);
  });

  it('cuts requests still running at the deadline', async () => {
    const { apollo, running } = await slowServer(300);
    cleanup.push(() => apollo.stop());
    const agent = new Agent({ keepAlive: true });
    cleanup.push(async () => agent.destroy());
    const quick = get(agent, running.port, '/slow?ms=100');
    const stuck = get(agent, running.port, '/slow?ms=10000').then(
      () => 'answered',
      () => 'cut',
    );
    await sleep(50);
    const started = Date.now();
    await running.close();
    expect(Date.now() - started).toBeLessThan(2_000);
    expect((await quick).status).toBe(200);
    expect(await stuck).toBe('cut');
  });

  it('close() is idempotent', async () => {
    const { apollo, running } = await slowServer();
    cleanup.push(() => apollo.stop());
    await Promise.all([running.close(), running.close()]);
    await running.close();
    expect(running.server.listening).toBe(false);
  });
});
