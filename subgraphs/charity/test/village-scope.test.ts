import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { demoReferrals, DEMO_ORGANIZATIONS } from '@aid/shared/demo/referrals.js';
import { demoId } from '@aid/shared/demo/ids.js';
import { demoHouseholdTown, demoHouseholdVillage } from '@aid/shared/demo/referral-facts.js';
import { villagesOf } from '@aid/shared/domain/regions.js';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { referrals } from '../src/db/schema.js';
import { today } from '../src/validation.js';
import { startSubgraph, type TestSubgraph, type Result } from './harness.js';

// A village worker covers their village, never the rest of the town: charity decides on the household's
// 12-digit village in its referral read model. The first funded demo referral is the one asked about.
const funded = demoReferrals().filter((r) => ['ACCEPTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED'].includes(r.status));
const target = funded[0]!;
const village = demoHouseholdVillage(target.householdN);
const town = demoHouseholdTown(target.householdN);
const neighbourVillage = villagesOf(town).find((v) => v.code !== village)!.code;
const yearAgo = today(new Date(Date.now() - 365 * 86_400_000));

// The pre-aid check's scope is given to the workers too: the row rule, not the scope, must decide.
const scopes = ['aid:read', 'aidcheck:run'];
const ownWorker = claimsFor('village_worker', { region: village, scopes });
const neighbourWorker = claimsFor('village_worker', { region: neighbourVillage, scopes });

const HOUSEHOLD = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Household { charityAid(from: "${yearAgo}", to: "${today()}") { amountFen } } } }`;
const CHECK = `query($r: [_Any!]!) { _entities(representations: $r) { ... on PreAidCheck { charityAid { amountFen } } } }`;
const FUNDINGS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Referral { fundings { amountFen } } } }`;
const FUNDED = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Need { charityFundedFen } } }`;

const householdRef = [{ __typename: 'Household', id: target.householdId }];
const checkRef = [
  { __typename: 'PreAidCheck', id: demoId('pre-aid-check', 'village'), householdId: target.householdId, windowStart: yearAgo, windowEnd: today() },
];
const referralRef = [{ __typename: 'Referral', id: target.id }];
const needRef = [{ __typename: 'Need', id: target.needId }];

let charity: TestSubgraph;
beforeAll(async () => {
  charity = await startSubgraph();
});
afterAll(async () => charity?.stop());

/** The first entity of a result (failing on any error). */
function entity(result: Result): Record<string, unknown> {
  expect(result.errors).toBeUndefined();
  return result.data!._entities[0];
}

describe('a village worker at the charity subgraph', () => {
  it("sees the aid of a household of their own village, by every path", async () => {
    // Scenario: the worker of the household's village asks for its aid, its check and its referral's money.
    expect(entity(await charity.run(HOUSEHOLD, ownWorker, { r: householdRef })).charityAid).toHaveLength(1);
    expect(entity(await charity.run(CHECK, ownWorker, { r: checkRef })).charityAid).toHaveLength(1);
    expect(entity(await charity.run(FUNDINGS, ownWorker, { r: referralRef })).fundings).toHaveLength(1);
    expect(entity(await charity.run(FUNDED, ownWorker, { r: needRef })).charityFundedFen).toBeGreaterThan(0);
  });

  it('sees nothing of a household of another village of the same town, by any path', async () => {
    // Scenario: a worker of the neighbouring village crafts `_entities` references to the same household.
    expect(entity(await charity.run(HOUSEHOLD, neighbourWorker, { r: householdRef })).charityAid).toEqual([]);
    expect(entity(await charity.run(CHECK, neighbourWorker, { r: checkRef })).charityAid).toEqual([]);
    expect(entity(await charity.run(FUNDINGS, neighbourWorker, { r: referralRef })).fundings).toEqual([]);
    expect(entity(await charity.run(FUNDED, neighbourWorker, { r: needRef })).charityFundedFen).toBe(0);
  });

  it('a town worker of the town still sees the household', async () => {
    // Scenario: the town covers all its villages.
    const townWorker = claimsFor('town_worker', { region: town });
    expect(entity(await charity.run(HOUSEHOLD, townWorker, { r: householdRef })).charityAid).toHaveLength(1);
  });

  it('a referral whose village the read model does not know is shown to no region-bound caller', async () => {
    // Scenario: a row from before the feed carried the village: even the county officer sees nothing of it,
    // the province-wide client still does.
    const [row] = await charity.db.select({ villageCode: referrals.villageCode }).from(referrals).where(eq(referrals.id, target.id));
    await charity.db.update(referrals).set({ villageCode: null }).where(eq(referrals.id, target.id));
    try {
      const officer = claimsFor('civil_officer', { region: village.slice(0, 6) });
      expect(entity(await charity.run(HOUSEHOLD, officer, { r: householdRef })).charityAid).toEqual([]);
      expect(entity(await charity.run(FUNDINGS, officer, { r: referralRef })).fundings).toEqual([]);
      expect(entity(await charity.run(HOUSEHOLD, claimsFor('provincial_system'), { r: householdRef })).charityAid).toHaveLength(1);
    } finally {
      await charity.db.update(referrals).set({ villageCode: row!.villageCode }).where(eq(referrals.id, target.id));
    }
  });
});

describe("a need's charityFundedFen", () => {
  const read = async (claims: ReturnType<typeof claimsFor>) => entity(await charity.run(FUNDED, claims, { r: needRef })).charityFundedFen;

  it('is the money paid for callers who may see the need', async () => {
    // Scenario: the holding organisation, the federation, the county officer and the province read the sum.
    const paid = await read(claimsFor('charity_federation'));
    expect(paid).toBeGreaterThan(0);
    expect(await read(claimsFor('charity_org', { org: target.organizationId! }))).toBe(paid);
    expect(await read(claimsFor('civil_officer', { region: village.slice(0, 6) }))).toBe(paid);
    expect(await read(claimsFor('provincial_system'))).toBe(paid);
  });

  it('reads 0, as for a need nothing was paid for, for an organisation that holds no referral of it and for other counties', async () => {
    // Scenario: any organisation (or a professional, or another county's officer) asks for another's need.
    const other = demoId('organization', (target.n + 1) % DEMO_ORGANIZATIONS);
    expect(await read(claimsFor('charity_org', { org: other }))).toBe(0);
    expect(await read(claimsFor('professional', { scopes: ['aid:read'] }))).toBe(0);
    expect(await read(claimsFor('civil_officer', { region: '330206' }))).toBe(0);
    expect(await read(claimsFor('provincial_system', { region: '330206' }))).toBe(0);
  });
});
