import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '@aid/gateway/server.js';
import { demoId } from '@aid/shared/demo/ids.js';
import { startBlackHole } from './support/black-hole.js';
import { startStack, type Stack } from './support/stack.js';

let stack: Stack;
let blackHole: Awaited<ReturnType<typeof startBlackHole>>;

beforeAll(async () => {
  stack = await startStack();
  blackHole = await startBlackHole();
});
afterAll(async () => {
  await blackHole?.close();
  await stack?.stop();
});

describe('resilience', () => {
  it('a subgraph that never answers gives partial data and a timeout error, not a hang', async () => {
    // Scenario: the services subgraph hangs; the household still comes back from civil-affairs within the deadline.
    const port = blackHole.port;
    const gateway = await createGateway({
      ...stack.gatewayConfig,
      subgraphUrls: { ...stack.subgraphUrls, services: blackHole.url },
      subgraphTimeouts: { services: 400 },
    });
    const server = await gateway.listen(0, '127.0.0.1');
    try {
      const token = await stack.token('civil_officer', { region: '330203' });
      const result = await stack.query(
        `query($id: ID!) { household(id: $id) { id countyName servicesReceived { programme } } }`,
        { url: server.url, token, variables: { id: demoId('household', 0) } },
      );
      expect(result.data?.household?.countyName).toBe('海曙区');
      const timeout = result.errors?.find((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE');
      expect(timeout?.message).toBe('The services service did not answer within 400 ms.');
      expect(timeout?.path).toEqual(['household', 'servicesReceived']);
      expect(result.data?.household?.servicesReceived).toBeNull();
      expect(JSON.stringify(result)).not.toContain(String(port));
    } finally {
      await server.close();
    }
  });

  it('reject mode refuses the whole operation when one field is unauthorized', async () => {
    // Scenario: a gateway configured like the router's reject_unauthorized gets a village worker's ID-number query.
    const gateway = await createGateway({ ...stack.gatewayConfig, rejectUnauthorized: true });
    const server = await gateway.listen(0, '127.0.0.1');
    try {
      const token = await stack.token('village_worker', { region: '330203' });
      for (const list of Object.values(stack.received)) list.length = 0;
      const result = await stack.query(`query($id: ID!) { household(id: $id) { id members { idNumber } } }`, {
        url: server.url,
        token,
        variables: { id: demoId('household', 0) },
      });
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
      expect(stack.received['civil-affairs']).toHaveLength(0);
    } finally {
      await server.close();
    }
  });
});

describe('trusted documents for machine clients', () => {
  it('the provincial system runs its agreed feed document, and nothing else', async () => {
    // Scenario: the provincial system's token is used for the agreed feed query, then for an ad-hoc query.
    const token = await stack.token('provincial_system');
    const agreed = `query ProvincialReferralFeedPage($after: String, $first: Int) {
      referralEvents(after: $after, first: $first) {
        events { sequence cursor referralId needId householdId townCode programme action fromStatus status organizationId outcome reason occurredAt }
        endCursor
        hasMore
      }
    }`;
    const feed = await stack.query(agreed, { token, variables: { first: 5 } });
    expect(feed.errors).toBeUndefined();
    expect(feed.data.referralEvents.events).toHaveLength(5);

    const indicators = await stack.query(
      `query ProvincialIndicators($from: String, $to: String, $countyCode: String) {
        referralIndicators(from: $from, to: $to, countyCode: $countyCode) {
          from to countyCode minimumGroupSize
          byProgramme { programme suppressed created requested claimed completed failed cancelled completionRate medianHoursToClaim p90HoursToClaim gapCoveredFen }
          byCounty { countyCode countyName suppressed created requested claimed completed failed cancelled completionRate medianHoursToClaim p90HoursToClaim gapCoveredFen }
        }
      }`,
      { token },
    );
    expect(indicators.errors).toBeUndefined();
    expect(indicators.data.referralIndicators.byProgramme.length).toBeGreaterThan(0);

    for (const list of Object.values(stack.received)) list.length = 0;
    const adHoc = await stack.query('{ referralEvents(first: 5) { events { householdId } } }', { token });
    expect(adHoc.status).toBe(403);
    expect(adHoc.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(adHoc.data ?? null).toBeNull();
    expect(stack.received['civil-affairs']).toHaveLength(0);
  });
});
