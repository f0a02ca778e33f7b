import { STATUS_CODES } from 'node:http';
import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { Agent, request } from 'undici';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '@aid/shared/errors.js';
import type { Logger } from '@aid/shared/logger.js';
import type { GatewayContext } from './context.js';
import type { Metrics } from './metrics.js';

type Fetcher = NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher'];

/** Keep-alive connections to the subgraphs, shared by all data sources of this gateway. */
const subgraphAgent = new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000, connections: 256 });

/**
 * The smallest fetch the gateway's data sources need (ok, status, headers.get, json, text), over undici's
 * `request`: WHATWG `fetch` costs several times more CPU per subgraph call on Node 20 (see docs/benchmarks.md).
 */
async function subgraphFetch(url: string, init: RequestInit & { signal: AbortSignal }) {
  // RemoteGraphQLDataSource passes headers as a plain object.
  const response = await request(url, {
    method: (init.method ?? 'POST') as 'POST',
    headers: init.headers as Record<string, string>,
    body: init.body as string,
    dispatcher: subgraphAgent,
    signal: init.signal,
  });
  const text = await response.body.text();
  return {
    ok: response.statusCode >= 200 && response.statusCode < 300,
    status: response.statusCode,
    statusText: STATUS_CODES[response.statusCode] ?? '',
    url,
    headers: {
      get: (name: string) => {
        const value = response.headers[name.toLowerCase()];
        return Array.isArray(value) ? value.join(', ') : (value ?? null);
      },
    },
    json: async () => JSON.parse(text) as unknown,
    text: async () => text,
  };
}

/**
 * A subgraph fetch with a deadline. A timeout or a refused connection becomes SUBGRAPH_UNAVAILABLE with a
 * message that names the service but never its URL or host.
 */
function timedFetcher(name: string, timeoutMs: number, metrics: Metrics, logger: Logger): Fetcher {
  return (async (url: string, init: RequestInit) => {
    const started = performance.now();
    try {
      const response = await subgraphFetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
      metrics.subgraphSeconds.observe({ subgraph: name, outcome: String(response.status) }, (performance.now() - started) / 1000);
      return response;
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      metrics.subgraphSeconds.observe({ subgraph: name, outcome: timedOut ? 'timeout' : 'error' }, (performance.now() - started) / 1000);
      logger.warn({ subgraph: name, timedOut, err: error }, 'subgraph request failed');
      throw new GraphQLError(
        timedOut ? `The ${name} service did not answer within ${timeoutMs} ms.` : `The ${name} service is unavailable.`,
        { extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: name } },
      );
    }
  }) as unknown as Fetcher;
}

/** Forwards the caller's token (or the gateway's anonymous token) to every subgraph it asks. */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(name: string, url: string, timeoutMs: number, metrics: Metrics, logger: Logger) {
    super({ url, fetcher: timedFetcher(name, timeoutMs, metrics, logger) });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const token = (context as Partial<GatewayContext>).forwardToken;
    if (token) request.http?.headers.set('authorization', `Bearer ${token}`);
  }
}
