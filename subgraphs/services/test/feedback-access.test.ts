import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { demoReferrals, DEMO_ORGANIZATIONS } from '@aid/shared/demo/referrals.js';
import { demoId } from '@aid/shared/demo/ids.js';
import { demoHouseholdTown, demoHouseholdVillage } from '@aid/shared/demo/referral-facts.js';
import { NINGBO_COUNTIES } from '@aid/shared/domain/regions.js';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { caseAssignments, feedback, referrals, serviceRecords } from '../src/db/schema.js';
import { socialWorkerOf } from '../src/seed.js';
import { startSubgraph, type Result, type TestSubgraph } from './harness.js';

// `Referral.feedback` (救后反馈) asked for at the subgraph itself, through `_entities` by referral id: row level
// decides, not the gateway. Demo referral 38 is COMPLETED, of a Haishu (330203) household,
// held by organisation 2 and assigned to its social worker; the seed records feedback from the household and
// the organisation, and team 20's volunteer 20 visited it.
const referral = demoReferrals()[38]!;
const town = demoHouseholdTown(referral.householdN);
const otherHaishuTown = NINGBO_COUNTIES.find((c) => c.code === '330203')!.towns.find((t) => t.code !== town)!.code;

type Claims = ReturnType<typeof claimsFor>;
const haishuOfficer = claimsFor('civil_officer', { region: '330203' });
const beilunOfficer = claimsFor('civil_officer', { region: '330206' });
const provincial = claimsFor('provincial_system');
const holder = claimsFor('charity_org', { org: referral.organizationId! });
const otherOrganization = claimsFor('charity_org', { org: demoId('organization', (referral.organizationN! + 1) % DEMO_ORGANIZATIONS) });
const assignedProfessional = claimsFor('professional', { sub: `demo-professional-${socialWorkerOf(referral.organizationN!)}` });
const otherProfessional = claimsFor('professional', { sub: `demo-professional-${socialWorkerOf(7)}` });
const strangerVolunteer = claimsFor('volunteer', { sub: 'volunteer-stranger' });
const servingVolunteer = claimsFor('volunteer', { sub: 'demo-volunteer-20' });

const FEEDBACK = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Referral { id feedback { respondentType satisfaction needMet } } } }`;
const refs = (...ids: string[]) => ids.map((id) => ({ __typename: 'Referral', id }));

let services: TestSubgraph;
let seeded: number;
beforeAll(async () => {
  services = await startSubgraph();
  seeded = (await services.db.select().from(feedback).where(eq(feedback.referralId, referral.id))).length;
  expect(seeded).toBe(2);
  // The premises of the scenarios: the read model's town and holder, the assignment, the volunteer's visit.
  const [fact] = await services.db.select().from(referrals).where(eq(referrals.id, referral.id));
  expect(fact).toMatchObject({ townCode: town, organizationId: referral.organizationId });
  const assigned = await services.db.select().from(caseAssignments).where(eq(caseAssignments.referralId, referral.id));
  expect(assigned.map((a) => a.professionalId)).toEqual([demoId('professional', socialWorkerOf(referral.organizationN!))]);
  const visits = await services.db.select().from(serviceRecords).where(eq(serviceRecords.referralId, referral.id));
  expect(visits.some((v) => v.volunteerId === demoId('volunteer', 20))).toBe(true);
});
afterAll(async () => {
  await services?.stop();
});

/** The feedback of the referral as `claims` reads it at the subgraph (failing on any error). */
async function feedbackSeenBy(claims: Claims, id = referral.id): Promise<unknown[]> {
  const result: Result = await services.run(FEEDBACK, claims, { r: refs(id) });
  expect(result.errors).toBeUndefined();
  return result.data!._entities[0].feedback;
}

describe('Referral.feedback asked for directly at the subgraph', () => {
  it("civil staff of the referral's region see its feedback; a Beilun officer and another town's worker do not", async () => {
    // Scenario: officers and workers (tokens granted service:read, which workers lack by default) craft
    // `_entities` references to a Haishu referral's feedback.
    expect(await feedbackSeenBy(haishuOfficer)).toHaveLength(seeded);
    expect(await feedbackSeenBy(claimsFor('town_worker', { region: town, scopes: ['service:read'] }))).toHaveLength(seeded);
    expect(await feedbackSeenBy(claimsFor('village_worker', { region: demoHouseholdVillage(referral.householdN), scopes: ['service:read'] }))).toHaveLength(seeded);
    expect(await feedbackSeenBy(beilunOfficer)).toEqual([]);
    expect(await feedbackSeenBy(claimsFor('town_worker', { region: otherHaishuTown, scopes: ['service:read'] }))).toEqual([]);
  });

  it('the provincial system sees it province-wide, or within the region of its token', async () => {
    // Scenario: the machine client reads outcomes without a region, bound to Haishu, then bound to Beilun.
    expect(await feedbackSeenBy(provincial)).toHaveLength(seeded);
    expect(await feedbackSeenBy(claimsFor('provincial_system', { region: '330203' }))).toHaveLength(seeded);
    expect(await feedbackSeenBy(claimsFor('provincial_system', { region: '330206' }))).toEqual([]);
  });

  it('the holding organisation sees its referral\'s feedback, another organisation nothing', async () => {
    // Scenario: organisation 2 (holder) and organisation 3 ask for the same referral.
    expect(await feedbackSeenBy(holder)).toHaveLength(seeded);
    expect(await feedbackSeenBy(otherOrganization)).toEqual([]);
  });

  it('the professional the case is assigned to sees it, another professional nothing', async () => {
    // Scenario: organisation 2's social worker (assigned) and organisation 7's social worker (not) ask.
    expect(await feedbackSeenBy(assignedProfessional)).toHaveLength(seeded);
    expect(await feedbackSeenBy(otherProfessional)).toEqual([]);
  });

  it('the charity federation sees all feedback (it evaluates outcomes)', async () => {
    // Scenario: the federation reviews a referral's outcome.
    expect(await feedbackSeenBy(claimsFor('charity_federation'))).toHaveLength(seeded);
  });

  it('volunteers get nothing, an unrelated one and even one who visited the case', async () => {
    // Scenario: a volunteer unknown to the case, then the volunteer of the team visit, ask for the feedback.
    expect(await feedbackSeenBy(strangerVolunteer)).toEqual([]);
    expect(await feedbackSeenBy(servingVolunteer)).toEqual([]);
  });

  it('a referral whose village the read model does not know is hidden from region-bound callers only', async () => {
    // Scenario: a read-model row without a village (older feed): the Haishu officer no longer sees the
    // feedback; the province-wide client, the holder and the assigned professional still do.
    await services.db.update(referrals).set({ villageCode: null }).where(eq(referrals.id, referral.id));
    try {
      expect(await feedbackSeenBy(haishuOfficer)).toEqual([]);
      expect(await feedbackSeenBy(claimsFor('provincial_system', { region: '330203' }))).toEqual([]);
      expect(await feedbackSeenBy(provincial)).toHaveLength(seeded);
      expect(await feedbackSeenBy(holder)).toHaveLength(seeded);
      expect(await feedbackSeenBy(assignedProfessional)).toHaveLength(seeded);
    } finally {
      await services.db.update(referrals).set({ villageCode: demoHouseholdVillage(referral.householdN) }).where(eq(referrals.id, referral.id));
    }
  });

  it('N referrals cost one feedback statement whoever asks, and none for a caller who may see no feedback', async () => {
    // Scenario: every demo referral in one request, for callers inside and outside the row rule.
    const all = refs(...demoReferrals().map((r) => r.id));
    const cost = async (claims: Claims, r = all) => {
      services.database.statements.reset();
      const result = await services.run(FEEDBACK, claims, { r });
      expect(result.errors).toBeUndefined();
      return {
        items: result.data!._entities.flatMap((x: { feedback: unknown[] }) => x.feedback).length,
        statements: services.database.statements.count,
      };
    };
    const everything = await cost(provincial);
    expect(everything.items).toBeGreaterThanOrEqual(12);
    expect(everything.statements).toBe(1);
    expect(await cost(haishuOfficer)).toEqual({ items: everything.items, statements: 1 });
    expect(await cost(beilunOfficer)).toEqual({ items: 0, statements: 1 });
    expect(await cost(holder)).toEqual({ items: seeded, statements: 1 });
    // A professional's cases are loaded once per request (two statements), whatever N.
    expect(await cost(assignedProfessional)).toEqual({ items: seeded, statements: 3 });
    expect(await cost(assignedProfessional, refs(referral.id))).toEqual({ items: seeded, statements: 3 });
    expect(await cost(strangerVolunteer)).toEqual({ items: 0, statements: 0 });
  });
});
