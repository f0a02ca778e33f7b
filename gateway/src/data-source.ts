import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '@aid/shared/errors.js';
import type { Logger } from '@aid/shared/logger.js';
import type { GatewayContext } from './context.js';
import type { Metrics } from './metrics.js';

type Fetcher = NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher'];

/**
 * A subgraph fetch with a deadline. A timeout or a refused connection becomes SUBGRAPH_UNAVAILABLE with a
 * message that names the service but never its URL or host.
 */
function timedFetcher(name: string, timeoutMs: number, metrics: Metrics, logger: Logger): Fetcher {
  return (async (url: string, init: RequestInit) => {
    const started = performance.now();
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
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
