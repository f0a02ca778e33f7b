import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** The operation counter and timer every service keeps, named with its prefix (`gateway_`, `subgraph_`). */
export function createOperationMetrics(registry: Registry, prefix: 'gateway' | 'subgraph', buckets: number[]) {
  return {
    operations: new Counter({
      name: `${prefix}_operations_total`,
      help: 'GraphQL operations by type and outcome',
      labelNames: ['operation', 'outcome'] as const,
      registers: [registry],
    }),
    operationSeconds: new Histogram({
      name: `${prefix}_operation_duration_seconds`,
      help: 'Time from request to response',
      labelNames: ['operation'] as const,
      buckets,
      registers: [registry],
    }),
  };
}

/** Prometheus metrics of one subgraph, served at its /metrics (process, operations by type and outcome). */
export function createSubgraphMetrics(subgraph: string) {
  const registry = new Registry();
  registry.setDefaultLabels({ subgraph });
  collectDefaultMetrics({ register: registry });
  return { registry, ...createOperationMetrics(registry, 'subgraph', [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]) };
}

export type SubgraphMetrics = ReturnType<typeof createSubgraphMetrics>;

/**
 * Counts and times every operation by its type (`query`, `mutation`; an `_entities` fetch is a query) and
 * outcome (`ok`, or `error` when any error was returned).
 */
export function operationMetricsPlugin<TContext extends BaseContext>(metrics: {
  operations: Counter<'operation' | 'outcome'>;
  operationSeconds: Histogram<'operation'>;
}): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse(requestContext) {
          const operation = requestContext.operation?.operation ?? 'unknown';
          const body = requestContext.response.body;
          const failed = body.kind === 'single' && (body.singleResult.errors?.length ?? 0) > 0;
          metrics.operations.inc({ operation, outcome: failed ? 'error' : 'ok' });
          metrics.operationSeconds.observe({ operation }, (performance.now() - started) / 1000);
        },
      };
    },
  };
}
