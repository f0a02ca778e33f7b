import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReferrals } from '@aid/shared/demo/referrals.js';
import { demoId } from '@aid/shared/demo/ids.js';
import { createReferralFeedClient } from '@aid/shared/referral-feed/client.js';
import { ReferralFeedConsumer } from '@aid/shared/referral-feed/consumer.js';
import { referralReadModelStore } from '@aid/charity/referral-sync.js';
import { startStack, type Stack } from './support/stack.js';

let stack: Stack;
const ORG = demoId('organization', 0);
// Demo referral 8 is REQUESTED (in the pool), programme HOUSING, household 80 in Haishu (shared/src/demo/referrals.ts).
const POOLED = demoReferrals().find((r) => r.n === 8)!;
const HOUSING_PROJECT = demoId('charity-project', '0-HOUSING-0');

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

/** The charity subgraph's feed consumer, pulling civil-affairs' referral events over HTTP (as main.ts does). */
async function pullReferralFeed(): Promise<number> {
  const token = await stack.token('charity_federation', { scopes: ['feed:read'] });
  const consumer = new ReferralFeedConsumer({
    client: createReferralFeedClient({ url: stack.subgraphUrls['civil-affairs'], token: async () => token }),
    store: referralReadModelStore(stack.databases.charity.db),
    intervalMs: 0,
  });
  return consumer.catchUp();
}

describe('charity through the gateway', () => {
  it('the public sees published projects and consented donors with no token, and no personal data', async () => {
    // Scenario: an anonymous visitor opens the disclosure page; the gateway speaks for it with a public token.
    const result = await stack.query(`{
      charityProjects(first: 50) { edges { node { name status raisedFen disbursedFen publicDonors { donorName amountFen } recipients { townName households suppressed } } } }
      charityDisclosure { projectCount raisedFen disbursedFen }
    }`);
    expect(result.errors).toBeUndefined();
    const nodes = result.data.charityProjects.edges.map((e: any) => e.node);
    expect(nodes.length).toBe(result.data.charityDisclosure.projectCount);
    expect(nodes.every((n: any) => n.status === 'PUBLISHED' || n.status === 'CLOSED')).toBe(true);
    const json = JSON.stringify(result.data);
    for (const r of demoReferrals()) expect(json).not.toContain(r.householdId);
    expect(stack.received.charity.length).toBeGreaterThan(0);
  });

  it('claim, accept, feed, pay: the disbursement shows in Referral.fundings and the household\'s charity aid', async () => {
    // Scenario: organisation 0 claims and accepts a pooled HOUSING referral in civil affairs; the charity read
    // model learns it from the referral-event feed over HTTP; the organisation pays from its HOUSING project.
    const orgToken = await stack.token('charity_org', { org: ORG });
    for (const step of ['claimReferral', 'acceptReferral']) {
      const result = await stack.query(`mutation($id: ID!) { ${step}(id: $id) { status } }`, { token: orgToken, variables: { id: POOLED.id } });
      expect(result.errors).toBeUndefined();
    }
    expect(await pullReferralFeed()).toBeGreaterThan(0);

    const paid = await stack.query(
      `mutation($input: RecordDisbursementInput!) { recordDisbursement(input: $input) { id amountFen referral { id status } } }`,
      {
        token: orgToken,
        variables: {
          input: {
            idempotencyKey: 'e2e-housing-repair-0001',
            projectId: HOUSING_PROJECT,
            referralId: POOLED.id,
            amountFen: 880_000,
            purpose: 'HOUSING_REPAIR',
            reasonCodes: ['UNSAFE_HOUSING'],
            disbursedOn: new Date().toISOString().slice(0, 10),
          },
        },
      },
    );
    expect(paid.errors).toBeUndefined();
    // The gateway joined civil-affairs' status onto charity's disbursement.
    expect(paid.data.recordDisbursement.referral).toEqual({ id: POOLED.id, status: 'ACCEPTED' });

    const officer = await stack.token('civil_officer', { region: '330203' });
    const seen = await stack.query(
      `query($id: ID!, $h: ID!) {
        referral(id: $id) { status fundings { amountFen organization { name } } }
        household(id: $h) { charityAid { programme amountFen } }
      }`,
      { token: officer, variables: { id: POOLED.id, h: POOLED.householdId } },
    );
    expect(seen.errors).toBeUndefined();
    expect(seen.data.referral.fundings).toEqual([{ amountFen: 880_000, organization: { name: '宁波市海曙区慈善总会' } }]);
    expect(seen.data.household.charityAid).toContainEqual({ programme: 'HOUSING', amountFen: 880_000 });
  });

  it('a payment for a referral the organisation only claimed is refused through the gateway', async () => {
    // Scenario: organisation 0 claims pooled referral 9 (EDUCATION) but does not accept it; the feed is pulled.
    const orgToken = await stack.token('charity_org', { org: ORG });
    const pooled = demoReferrals().find((r) => r.n === 9)!;
    expect((await stack.query(`mutation($id: ID!) { claimReferral(id: $id) { status } }`, { token: orgToken, variables: { id: pooled.id } })).errors).toBeUndefined();
    await pullReferralFeed();
    const refused = await stack.query(
      `mutation($input: RecordDisbursementInput!) { recordDisbursement(input: $input) { id } }`,
      {
        token: orgToken,
        variables: {
          input: {
            idempotencyKey: 'e2e-claimed-only-0001',
            projectId: HOUSING_PROJECT,
            referralId: pooled.id,
            amountFen: 10_000,
            purpose: 'EDUCATION_COSTS',
            reasonCodes: ['SCHOOL_COSTS'],
            disbursedOn: new Date().toISOString().slice(0, 10),
          },
        },
      },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toMatch(/RECEIVED/);
  });
});
