import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** The operation counter and timer every service keeps, named with its prefix (`gateway_`, `subgraph_`). */
export function createOperationMetrics(registry: Registry, prefix: 'gateway' | 'subgraph', buckets: number[]) {
  return {
    operations: new Counter({
      name: `${prefix}_operations_total`,
      help: 'GraphQL operations by type, name and outcome',
      labelNames: ['operation', 'operation_name', 'outcome'] as const,
      registers: [registry],
    }),
    operationSeconds: new Histogram({
      name: `${prefix}_operation_duration_seconds`,
      help: 'Time from request to response',
      labelNames: ['operation', 'operation_name'] as const,
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
 * `subgraph_sql_statements_total`: SQL statements sent to the database since start, read from the database
 * handle's counter when scraped (the benchmark divides its growth by the requests served).
 */
export function registerStatementMetric(registry: Registry, count: () => number): void {
  new Counter({
    name: 'subgraph_sql_statements_total',
    help: 'SQL statements sent to the database since start',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(count());
    },
  });
}

/** How many distinct operation names get a metrics label of their own. */
export const OPERATION_NAME_LABELS = 200;

/**
 * Counts and times every operation by its type (`query`, `mutation`; an `_entities` fetch is a query) and
 * outcome (`ok`, or `error` when any error was returned).
 */
export function operationMetricsPlugin<TContext extends BaseContext>(metrics: {
  operations: Counter<'operation' | 'operation_name' | 'outcome'>;
  operationSeconds: Histogram<'operation' | 'operation_name'>;
}): ApolloServerPlugin<TContext> {
  // Operation names come from clients: the first OPERATION_NAME_LABELS distinct ones get a label of their
  // own, any later one counts as "other", so a client cannot grow the metrics without bound.
  const names = new Set<string>();
  const nameLabel = (name: string | null | undefined): string => {
    if (!name) return 'anonymous';
    const clean = name.slice(0, 64);
    if (names.has(clean)) return clean;
    if (names.size >= OPERATION_NAME_LABELS) return 'other';
    names.add(clean);
    return clean;
  };
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse(requestContext) {
          const operation = requestContext.operation?.operation ?? 'unknown';
          const operation_name = nameLabel(requestContext.operationName);
          const body = requestContext.response.body;
          const failed = body.kind === 'single' && (body.singleResult.errors?.length ?? 0) > 0;
          metrics.operations.inc({ operation, operation_name, outcome: failed ? 'error' : 'ok' });
          metrics.operationSeconds.observe({ operation, operation_name }, (performance.now() - started) / 1000);
        },
      };
    },
  };
}
