import { ApolloGateway } from '@apollo/gateway';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import type { Logger } from '@aid/shared/runtime/logger.js';
import { prepareSupergraph, withFieldAuthorization } from './authorization/index.js';
import type { GatewayConfig } from './config.js';
import type { GatewayContext } from './context.js';
import { SubgraphDataSource } from './data-source.js';
import type { Metrics } from './metrics.js';

/**
 * The federated executor: Apollo's query planner over the supergraph, one data source per subgraph (deadline,
 * token forwarding, outages at their fields), wrapped in field authorisation (each operation filtered for the
 * caller's rights before it is planned).
 */
export function createFederation(
  supergraphSdl: string,
  config: GatewayConfig,
  caches: { queryPlanMiB: number; operations: number },
  metrics: Metrics,
  logger: Logger,
): GatewayInterface {
  const prepared = prepareSupergraph(supergraphSdl);
  const gateway = new ApolloGateway({
    supergraphSdl: prepared.gatewaySdl,
    experimental_approximateQueryPlanStoreMiB: caches.queryPlanMiB,
    buildService: ({ name, url }) =>
      new SubgraphDataSource(
        name,
        config.subgraphUrls[name] ?? url ?? '',
        {
          timeoutMs: config.subgraphTimeouts?.[name] ?? config.subgraphTimeoutMs,
          deduplicate: config.deduplicateSubgraphQueries ?? false,
        },
        metrics,
        logger,
      ),
    logger: { debug: () => {}, info: () => {}, warn: (m: unknown) => logger.warn(String(m)), error: (m: unknown) => logger.error(String(m)) },
  });
  return withFieldAuthorization<GatewayContext>(gateway, {
    rules: prepared.rules,
    rejectUnauthorized: config.rejectUnauthorized,
    claimsOf: (context) => context.claims,
    cacheSize: caches.operations,
    onUnauthorized: (count) => metrics.unauthorizedFields.inc(count),
  });
}
