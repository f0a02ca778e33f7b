/**
 * The edge of every service: a machine client runs only trusted documents even when it calls a subgraph
 * directly; subgraphs publish neither their SDL nor introspection; an unknown field name gets the same answer
 * however close it is to a real one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

const FEED = `query ProvincialReferralFeedPage($after: String, $first: Int) {
  referralEvents(after: $after, first: $first) {
    events { sequence cursor referralId needId householdId townCode programme action fromStatus status organizationId outcome reason occurredAt }
    endCursor
    hasMore
  }
}`;

describe('machine clients at a subgraph', () => {
  it('a provincial token sent straight to civil-affairs is refused, even for its trusted document; through the gateway it runs', async () => {
    // Scenario: the provincial system's token is used against civil-affairs directly, bypassing the gateway's check.
    const token = await stack.token('provincial_system');
    for (const query of [FEED, '{ referralEvents(first: 5) { events { householdId reason } } }', '{ referralIndicators { byCounty { countyCode } } }']) {
      const direct = await stack.query(query, { token, url: stack.subgraphUrls['civil-affairs'], variables: { first: 5 } });
      expect(direct.status).toBe(403);
      expect(direct.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(direct.data ?? null).toBeNull();
    }
    const forged = await stack.query(FEED, {
      token,
      url: stack.subgraphUrls['civil-affairs'],
      headers: { 'x-gateway-assertion': await stack.token('provincial_system') },
    });
    expect(forged.status).toBe(403);
    const viaGateway = await stack.query(FEED, { token, variables: { first: 5 } });
    expect(viaGateway.errors).toBeUndefined();
    expect(viaGateway.data.referralEvents.events.length).toBeGreaterThan(0);
  });
});

describe('what a subgraph publishes', () => {
  it('_service and introspection answer no one at a subgraph, whatever the token', async () => {
    // Scenario: a county officer's valid token asks civil-affairs for its SDL and its schema.
    const token = await stack.token('civil_officer', { region: '330203' });
    for (const name of ['civil-affairs', 'charity', 'services'] as const) {
      const sdl = await stack.query('{ _service { sdl } }', { token, url: stack.subgraphUrls[name] });
      expect(sdl.data?._service ?? null).toBeNull();
      expect(sdl.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const schema = await stack.query('{ __schema { types { name } } }', { token, url: stack.subgraphUrls[name] });
      expect(JSON.stringify(schema)).not.toContain('"types"');
      expect(schema.errors?.length).toBeGreaterThan(0);
    }
  });
});

describe('unknown field names', () => {
  it('a near-miss and a far-off name get the same message shape: no suggestion and no placeholder for one', async () => {
    // Scenario: a prober with introspection off guesses field names and compares the answers.
    const token = await stack.token('civil_officer', { region: '330203' });
    const near = await stack.query('{ househol(id: "x") { id } }', { token });
    const far = await stack.query('{ qqqqqqq(id: "x") { id } }', { token });
    for (const result of [near, far]) {
      expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.errors?.[0]?.message).not.toMatch(/Did you mean|Suggestion/);
    }
    expect(near.errors![0]!.message.replace('househol', 'NAME')).toBe(far.errors![0]!.message.replace('qqqqqqq', 'NAME'));
  });
});
