/**
 * What operators see. One request, one trace: the gateway continues the caller's W3C `traceparent` (or starts one), sends it on to
 * every subgraph it asks with the request id, answers with `x-request-id`, and writes one log line per
 * operation with them (never the variables). Every service serves Prometheus metrics at /metrics.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '@aid/shared/demo/ids.js';
import { startStack, type Stack } from './support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

const HOUSEHOLD = `query Look($id: ID!) { household(id: $id) { id townName charityAid { programme } servicesReceived { programme } } }`;

describe('request tracing', () => {
  it('continues the caller trace into every subgraph and answers with the request id', async () => {
    // Scenario: a frontend with OpenTelemetry sends a traceparent and its own request id.
    const token = await stack.token('civil_officer', { region: '330203' });
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    for (const name of ['civil-affairs', 'charity', 'services'] as const) stack.traces[name].length = 0;
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, traceparent: `00-${traceId}-00f067aa0ba902b7-01`, 'x-request-id': 'web-7f3a' },
      body: JSON.stringify({ query: HOUSEHOLD, variables: { id: demoId('household', 0) } }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('web-7f3a');
    for (const name of ['civil-affairs', 'charity', 'services'] as const) {
      expect(stack.traces[name].length).toBeGreaterThan(0);
      for (const trace of stack.traces[name]) {
        expect(trace.traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
        expect(trace.traceparent).not.toContain('00f067aa0ba902b7');
        expect(trace.requestId).toBe('web-7f3a');
      }
    }
  });

  it('starts a trace when the caller sends none or a malformed one, and ignores an unsafe request id', async () => {
    // Scenario: curl with no tracing; then a client sending garbage in both headers.
    const first = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(first.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
    const odd = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: 'not-a-trace', 'x-request-id': 'a b\u00e9'.repeat(30) },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('every subgraph serves /metrics, counting its operations by type, name and outcome', async () => {
    // Scenario: Prometheus scrapes each service after the household query above.
    for (const name of ['civil-affairs', 'charity', 'services'] as const) {
      const url = stack.subgraphUrls[name].replace(/\/graphql$/, '/metrics');
      const response = await fetch(url);
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).toMatch(new RegExp(`subgraph_operations_total\\{[^}]*subgraph="${name}"[^}]*\\} [1-9]`));
      expect(text).toMatch(/process_resident_memory_bytes/);
      // The gateway names each subgraph request after the client's operation (Look__civil_affairs__0, ...).
      expect(text).toMatch(/subgraph_operations_total\{[^}]*operation_name="Look__[^"]*"/);
    }
  });

  it('the gateway counts operations by name, with a bounded set of names', async () => {
    // Scenario: the household query above was named Look; a client sending random names cannot grow the metrics.
    const text = await (await fetch(stack.gatewayUrl.replace(/\/graphql$/, '/metrics'))).text();
    expect(text).toMatch(/gateway_operations_total\{[^}]*operation_name="Look"[^}]*\} [1-9]/);
  });
});
