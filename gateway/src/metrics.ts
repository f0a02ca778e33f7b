import type { ApolloServerPlugin } from '@apollo/server';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { createOperationMetrics, operationMetricsPlugin } from '@aid/shared/runtime/metrics.js';
import type { GatewayContext } from './context.js';

/** Prometheus metrics of one gateway instance, served at /metrics. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    ...createOperationMetrics(registry, 'gateway', [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]),
    subgraphSeconds: new Histogram({
      name: 'gateway_subgraph_request_duration_seconds',
      help: 'Time of each subgraph fetch',
      labelNames: ['subgraph', 'outcome'] as const,
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    unauthorizedFields: new Counter({
      name: 'gateway_unauthorized_fields_total',
      help: 'Fields removed or refused by field-level authorization',
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

/** Counts and times every operation by its type and outcome (the same plugin as every subgraph's). */
export const metricsPlugin = (metrics: Metrics): ApolloServerPlugin<GatewayContext> => operationMetricsPlugin<GatewayContext>(metrics);
