import { describe, expect, it } from 'vitest';
import { createSubgraphMetrics, OPERATION_NAME_LABELS, operationMetricsPlugin } from '../src/runtime/metrics.js';

describe('operation metrics', () => {
  it('label at most OPERATION_NAME_LABELS distinct operation names; the rest count as "other"', async () => {
    // Scenario: a client sends 250 operations, each with a new random name.
    const metrics = createSubgraphMetrics('test');
    const plugin = operationMetricsPlugin(metrics);
    for (let i = 0; i < OPERATION_NAME_LABELS + 50; i++) {
      const listener = await plugin.requestDidStart!({} as never);
      await listener!.willSendResponse!({
        operation: { operation: 'query' },
        operationName: `Random${i}`,
        response: { body: { kind: 'single', singleResult: {} } },
      } as never);
    }
    const counter = await metrics.registry.getSingleMetric('subgraph_operations_total')!.get();
    const names = new Set(counter.values.map((value) => value.labels.operation_name));
    expect(names.size).toBe(OPERATION_NAME_LABELS + 1);
    expect(counter.values.find((value) => value.labels.operation_name === 'other')?.value).toBe(50);
  });
});
