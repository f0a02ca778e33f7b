/**
 * One outage never erases another subgraph's data: with each contributing subgraph hung in turn (a server that
 * accepts connections and never answers), the owner's data comes back through the gateway intact, and only
 * the fields the hung subgraph contributes are null, each with a SUBGRAPH_UNAVAILABLE error at its path.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '@aid/gateway/server.js';
import { demoId } from '@aid/shared/demo/ids.js';
import { startBlackHole } from './support/black-hole.js';
import { startStack, type GraphQLResponse, type Stack, type SubgraphName } from './support/stack.js';

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

/** Runs `body` against a gateway whose `hung` subgraph never answers (timeout 400 ms). */
async function withHung<T>(hung: SubgraphName, body: (url: string) => Promise<T>): Promise<T> {
  const gateway = await createGateway({
    ...stack.gatewayConfig,
    subgraphUrls: { ...stack.subgraphUrls, [hung]: blackHole.url },
    subgraphTimeouts: { [hung]: 400 },
  });
  const server = await gateway.listen(0, '127.0.0.1');
  try {
    return await body(server.url);
  } finally {
    await server.close();
  }
}

const unavailableAt = (result: GraphQLResponse) =>
  (result.errors ?? []).filter((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE').map((e) => (e.path ?? []).join('.'));

const officer = () => stack.token('civil_officer', { region: '330203', sub: 'outage-officer' });

describe('charity down', () => {
  it('a household and the household list keep civil-affairs\' and services\' data; only charityAid is null', async () => {
    // Scenario: an officer opens a household and the household list while charity hangs.
    const token = await officer();
    await withHung('charity', async (url) => {
      const one = await stack.query(
        `query($id: ID!) { household(id: $id) { id countyName charityAid { amountFen } servicesReceived { programme } } }`,
        { url, token, variables: { id: demoId('household', 0) } },
      );
      expect(one.data?.household?.countyName).toBe('海曙区');
      expect(Array.isArray(one.data?.household?.servicesReceived)).toBe(true);
      expect(one.data?.household?.charityAid).toBeNull();
      expect(unavailableAt(one)).toContain('household.charityAid');

      const list = await stack.query(`{ households(first: 5) { edges { node { id townName charityAid { amountFen } } } } }`, { url, token });
      expect(list.data?.households?.edges).toHaveLength(5);
      for (const edge of list.data.households.edges) {
        expect(edge.node.townName).toBeTruthy();
        expect(edge.node.charityAid).toBeNull();
      }
    });
  });

  it('the need list keeps its needs with charityFundedFen null', async () => {
    // Scenario: an officer lists needs with the amount charities funded while charity hangs.
    const token = await officer();
    await withHung('charity', async (url) => {
      const result = await stack.query(`{ needs(first: 5) { edges { node { id programme gapFen charityFundedFen } } } }`, { url, token });
      expect(result.data?.needs?.edges).toHaveLength(5);
      for (const edge of result.data.needs.edges) {
        expect(edge.node.programme).toBeTruthy();
        expect(edge.node.charityFundedFen).toBeNull();
      }
      expect(unavailableAt(result).length).toBeGreaterThan(0);
    });
  });

  it('runPreAidCheck returns the check it wrote, with no verdict on partial data', async () => {
    // Scenario: an officer runs the pre-aid check while charity hangs; the check is recorded and answered.
    const token = await officer();
    await withHung('charity', async (url) => {
      const result = await stack.query(
        `mutation($h: ID!) { runPreAidCheck(householdId: $h, programme: MEDICAL, windowStart: "2026-01-01", windowEnd: "2026-06-30") {
          id householdId capFen verdict charityAid { amountFen } servicesReceived { hours } } }`,
        { url, token, variables: { h: demoId('household', 0) } },
      );
      const check = result.data?.runPreAidCheck;
      expect(check?.id).toBeTruthy();
      expect(check.householdId).toBe(demoId('household', 0));
      expect(check.capFen).toBeGreaterThan(0);
      expect(check.charityAid).toBeNull();
      expect(check.verdict).toBeNull();
      const codes = (result.errors ?? []).map((e) => e.extensions?.code);
      expect(codes).toContain('SUBGRAPH_UNAVAILABLE');
      expect(codes).not.toContain('BAD_USER_INPUT');
    });
  });
});

describe('services down', () => {
  it('runPreAidCheck and the household list keep their data; only servicesReceived is null', async () => {
    // Scenario: an officer runs a check and lists households while services hangs.
    const token = await officer();
    await withHung('services', async (url) => {
      const check = await stack.query(
        `mutation($h: ID!) { runPreAidCheck(householdId: $h, programme: MEDICAL, windowStart: "2026-01-01", windowEnd: "2026-06-30") {
          id capFen verdict servicesReceived { hours } charityAid { amountFen } } }`,
        { url, token, variables: { h: demoId('household', 0) } },
      );
      expect(check.data?.runPreAidCheck?.id).toBeTruthy();
      expect(check.data.runPreAidCheck.servicesReceived).toBeNull();
      expect(Array.isArray(check.data.runPreAidCheck.charityAid)).toBe(true);
      expect(check.data.runPreAidCheck.verdict).toBeNull();

      const list = await stack.query(`{ households(first: 3) { edges { node { id countyName servicesReceived { hours } } } } }`, { url, token });
      expect(list.data?.households?.edges).toHaveLength(3);
      for (const edge of list.data.households.edges) expect(edge.node.servicesReceived).toBeNull();
    });
  });
});

describe('civil-affairs down', () => {
  it('charity\'s disbursements and services\' records come back whole; only the civil-affairs fields are null', async () => {
    // Scenario: the federation reads a project's disbursements with each referral's status, and service records
    // with each household's town, while civil-affairs hangs.
    const federation = await stack.token('charity_federation', { sub: 'outage-federation' });
    const projects = await stack.query(`{ charityProjects(first: 20) { edges { node { id } } } }`, { token: federation });
    const projectIds: string[] = projects.data.charityProjects.edges.map((e: { node: { id: string } }) => e.node.id);
    await withHung('civil-affairs', async (url) => {
      let seen = 0;
      for (const projectId of projectIds) {
        const result = await stack.query(
          `query($p: ID!) { disbursements(projectId: $p, first: 5) { edges { node { id amountFen referral { id status } } } } }`,
          { url, token: federation, variables: { p: projectId } },
        );
        const edges = result.data?.disbursements?.edges ?? [];
        for (const edge of edges) {
          expect(edge.node.amountFen).toBeGreaterThan(0);
          // The referral's id is charity's own; its status needed civil-affairs.
          expect(edge.node.referral === null || edge.node.referral.status === null || edge.node.referral.status === undefined).toBe(true);
        }
        seen += edges.length;
        if (seen > 0) {
          expect(unavailableAt(result).length).toBeGreaterThan(0);
          break;
        }
      }
      expect(seen).toBeGreaterThan(0);

      const records = await stack.query(`{ serviceRecords(first: 5) { edges { node { id hours household { townName } } } } }`, { url, token: federation });
      expect(records.data?.serviceRecords?.edges?.length).toBeGreaterThan(0);
      for (const edge of records.data.serviceRecords.edges) {
        expect(edge.node.hours).toBeGreaterThan(0);
        expect(edge.node.household).toBeNull();
      }
    });
  });
});

