/**
 * Input hygiene, in one place for the whole graph: control characters, subscriptions and huge bad values get
 * a clear 4xx with a documented code, nothing is written, and no error echoes more than a short prefix.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { households } from '@aid/civil-affairs/db/schema.js';
import { startStack, type Stack } from './support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

const REGISTER = `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }`;
const householdCount = async () => {
  const [row] = await stack.databases['civil-affairs'].db.select({ n: count() }).from(households);
  return row!.n;
};

describe('input hygiene', () => {
  it('a NUL character in any text is BAD_USER_INPUT with HTTP 400, at the gateway and at the subgraph, and writes nothing', async () => {
    // Scenario: a client sends an address with a NUL byte in it, through the gateway and straight to civil-affairs.
    const token = await stack.token('village_worker', { region: '330203001001' });
    const input = { villageCode: '330203001001', address: 'No. 1\u0000 Road', annualIncomeFen: 100 };
    const before = await householdCount();
    expect(before).toBeGreaterThan(0);
    for (const url of [undefined, stack.subgraphUrls['civil-affairs']]) {
      const result = await stack.query(REGISTER, { token, variables: { input }, ...(url ? { url } : {}) });
      expect(result.status).toBe(400);
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.message).toBe('Text must not contain control characters ($input.address).');
    }
    const inline = await stack.query(`mutation { registerHousehold(input: { villageCode: "330203001001", address: "a\\u0007b", annualIncomeFen: 1 }) { id } }`, { token });
    expect(inline.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(await householdCount()).toBe(before);
  });

  it('a subscription operation is refused with HTTP 400, never a server error', async () => {
    // Scenario: a client written for another API opens a subscription.
    const token = await stack.token('civil_officer', { region: '330203' });
    for (const url of [undefined, stack.subgraphUrls['civil-affairs']]) {
      const result = await stack.query('subscription { __typename }', { token, ...(url ? { url } : {}) });
      expect(result.status).toBeGreaterThanOrEqual(400);
      expect(result.status).toBeLessThan(500);
      expect(JSON.stringify(result)).not.toContain('INTERNAL_SERVER_ERROR');
    }
  });

  it('a 900 KB bad variable gets a short error', async () => {
    // Scenario: a client sends a huge string where an enum is expected.
    const token = await stack.token('civil_officer', { region: '330203' });
    const huge = 'y'.repeat(900_000);
    const result = await stack.query(`query($p: Programme) { needs(first: 1, filter: { programme: $p }) { edges { node { id } } } }`, {
      token,
      variables: { p: huge },
    });
    expect(result.status).toBe(400);
    expect(JSON.stringify(result).length).toBeLessThan(2_000);
  });
});
