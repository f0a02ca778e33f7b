/**
 * The gateway against the GraphQL over HTTP specification, as the reference audit of graphql-http checks it:
 * no MUST and no SHOULD fails. Audited as an anonymous caller (the audit's queries are `{ __typename }`).
 */
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ seed: false });
});
afterAll(() => stack?.stop());

describe('GraphQL over HTTP', () => {
  it('passes every MUST and SHOULD audit of graphql-http', async () => {
    // Scenario: a client library written to the specification talks to the gateway.
    const audits = serverAudits({ url: () => stack.gatewayUrl, fetchFn: fetch });
    const failures: string[] = [];
    for (const audit of audits) {
      const result = await audit.fn();
      if (result.status !== 'ok' && !audit.name.startsWith('MAY')) failures.push(`${audit.name}: ${result.reason}`);
    }
    expect(failures).toEqual([]);
  });
});
