import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { demoReferrals, DEMO_ORGANIZATIONS } from '@aid/shared/demo/referrals.js';
import { demoId } from '@aid/shared/demo/ids.js';
import { demoHouseholdTown, demoHouseholdVillage } from '@aid/shared/demo/referral-facts.js';
import { NINGBO_COUNTIES } from '@aid/shared/domain/regions.js';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { referrals } from '../src/db/schema.js';
import { today } from '../src/validation.js';
import { codes, startSubgraph, type TestSubgraph, type Result } from './harness.js';

// Household fields at the subgraph itself (`_entities` is no back door). Every demo
// referral is of a Haishu (330203) household; the first funded one is the household asked about here.
const funded = demoReferrals().filter((r) => ['ACCEPTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED'].includes(r.status));
const target = funded[0]!;
const town = demoHouseholdTown(target.householdN);
const otherHaishuTown = NINGBO_COUNTIES.find((c) => c.code === '330203')!.towns.find((t) => t.code !== town)!.code;
const yearAgo = today(new Date(Date.now() - 365 * 86_400_000));

const haishuOfficer = claimsFor('civil_officer', { region: '330203' });
const beilunOfficer = claimsFor('civil_officer', { region: '330206' });
const provincial = claimsFor('provincial_system');

const HOUSEHOLD = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Household { id charityAid(from: "${yearAgo}", to: "${today()}") { programme amountFen } } } }`;
const CHECK = `query($r: [_Any!]!) { _entities(representations: $r) { ... on PreAidCheck { id charityAid { programme amountFen } } } }`;
const household = (id = target.householdId) => [{ __typename: 'Household', id }];
const check = (householdId = target.householdId) => [
  { __typename: 'PreAidCheck', id: demoId('pre-aid-check', `access-${householdId}`), householdId, windowStart: yearAgo, windowEnd: today() },
];

let charity: TestSubgraph;
beforeAll(async () => {
  charity = await startSubgraph();
});
afterAll(async () => charity?.stop());

/** The aid items of the first entity of a result (failing on any error). */
function aidOf(result: Result): unknown[] {
  expect(result.errors).toBeUndefined();
  return result.data!._entities[0].charityAid;
}

describe('Household.charityAid and PreAidCheck.charityAid asked for directly at the subgraph', () => {
  it('a Beilun officer gets nothing for a Haishu household, through either entity', async () => {
    // Scenario: an officer of another county crafts `_entities` references to read a household's aid history.
    expect(aidOf(await charity.run(HOUSEHOLD, beilunOfficer, { r: household() }))).toEqual([]);
    expect(aidOf(await charity.run(CHECK, beilunOfficer, { r: check() }))).toEqual([]);
  });

  it("a Haishu officer gets the household's disbursements, through either entity", async () => {
    // Scenario: the officer of the household's county asks the same questions.
    expect(aidOf(await charity.run(HOUSEHOLD, haishuOfficer, { r: household() }))).toEqual([{ programme: target.programme, amountFen: expect.any(Number) }]);
    expect(aidOf(await charity.run(CHECK, haishuOfficer, { r: check() }))).toHaveLength(1);
  });

  it('a village worker is matched on their village, a town worker on their town', async () => {
    // Scenario: charity keeps each household's 12-digit village, so a village-bound worker covers their
    // village only (test/village-scope.test.ts asks a neighbouring village), a town worker the whole town.
    const ownVillage = claimsFor('village_worker', { region: demoHouseholdVillage(target.householdN) });
    const otherTown = claimsFor('town_worker', { region: otherHaishuTown });
    expect(aidOf(await charity.run(HOUSEHOLD, ownVillage, { r: household() }))).toHaveLength(1);
    expect(aidOf(await charity.run(HOUSEHOLD, claimsFor('town_worker', { region: town }), { r: household() }))).toHaveLength(1);
    expect(aidOf(await charity.run(HOUSEHOLD, otherTown, { r: household() }))).toEqual([]);
  });

  it('the provincial system (no region) gets the disbursements', async () => {
    // Scenario: the province-wide machine client reads a household's aid.
    expect(aidOf(await charity.run(HOUSEHOLD, provincial, { r: household() }))).toHaveLength(1);
  });

  it('a charity organisation sees what it paid, another organisation and the federation nothing', async () => {
    // Scenario: tokens carrying aid:read beyond their role's default: row level still decides.
    const scopes = ['aid:read'];
    const payer = claimsFor('charity_org', { org: target.organizationId!, scopes });
    const other = claimsFor('charity_org', { org: demoId('organization', (target.n + 1) % DEMO_ORGANIZATIONS), scopes });
    const federation = claimsFor('charity_federation', { scopes });
    expect(aidOf(await charity.run(HOUSEHOLD, payer, { r: household() }))).toHaveLength(1);
    expect(aidOf(await charity.run(HOUSEHOLD, other, { r: household() }))).toEqual([]);
    // The federation follows money by project and referral: its role is not admitted to Household references.
    expect((await charity.run(HOUSEHOLD, federation, { r: household() })).data!._entities).toEqual([null]);
  });

  it('a referral whose village the read model does not know is hidden from region-bound callers only', async () => {
    // Scenario: a read-model row without a village (older feed): the officer of the right county does not
    // see its disbursement, the province-wide client still does.
    await charity.db.update(referrals).set({ villageCode: null }).where(eq(referrals.id, target.id));
    try {
      expect(aidOf(await charity.run(HOUSEHOLD, haishuOfficer, { r: household() }))).toEqual([]);
      expect(aidOf(await charity.run(HOUSEHOLD, provincial, { r: household() }))).toHaveLength(1);
    } finally {
      await charity.db.update(referrals).set({ villageCode: demoHouseholdVillage(target.householdN) }).where(eq(referrals.id, target.id));
    }
  });

  it('N households cost one statement whoever asks, and none for a caller who may see no aid', async () => {
    // Scenario: every funded demo household in one request, for callers inside and outside the region.
    const r = funded.map((x) => ({ __typename: 'Household', id: x.householdId }));
    const cost = async (claims: ReturnType<typeof claimsFor>) => {
      charity.database.statements.reset();
      const result = await charity.run(HOUSEHOLD, claims, { r });
      // A caller who may see none of the households gets each as NOT_FOUND, at its own index.
      expect(codes(result).every((code) => code === 'NOT_FOUND')).toBe(true);
      const entities = result.data!._entities as ({ charityAid: unknown[] } | null)[];
      return { items: entities.flatMap((h) => h?.charityAid ?? []).length, statements: charity.database.statements.count };
    };
    expect(await cost(haishuOfficer)).toEqual({ items: funded.length, statements: 1 });
    expect(await cost(beilunOfficer)).toEqual({ items: 0, statements: 1 });
    expect(await cost(claimsFor('charity_federation', { scopes: ['aid:read'] }))).toEqual({ items: 0, statements: 0 });
  });
});
