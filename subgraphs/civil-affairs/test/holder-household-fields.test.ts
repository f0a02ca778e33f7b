import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '@aid/shared/demo/ids.js';
import { DEFAULT_ROLE_SCOPES } from '@aid/shared/security/roles.js';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { generateHouseholds, insertHouseholds } from '../src/seed.js';
import { officer, ok, startSubgraph, type TestSubgraph } from './harness.js';

// Issue 8, lower finding: the holding organisation read Referral.household.size (and every other household
// field) whatever the consent covered. The consent's data categories govern every household field it reads.
let t: TestSubgraph;
const ORG = demoId('organization', 0);
const haishu = generateHouseholds(600, 60).filter((g) => g.household.countyCode === '330203');
let next = 0;
// Every scope a field could ask for, so that what is left out here is the row rule's doing, not the gateway's.
const holder = () =>
  claimsFor('charity_org', { org: ORG, sub: 'holder-staff', scopes: [...DEFAULT_ROLE_SCOPES.charity_org, 'household:read', 'person:address', 'aid:read'] });

const HOUSEHOLD_FIELDS = `query($id: ID!) { referral(id: $id) { household {
  id countyCode countyName townCode townName size villageCode address annualIncomeFen registeredAt
  members { id } categories { id } eligibility(asOf: "2025-01-01") { eligible } aidRecords { id } needs { id }
  consents { id } referrals { id } history { kind }
} } }`;

beforeAll(async () => {
  t = await startSubgraph();
  await insertHouseholds(t.db, haishu);
});
afterAll(() => t?.stop());

/** A referral of a fresh household accepted by ORG under a consent covering `dataCategories`. */
async function acceptedReferral(dataCategories: string[]): Promise<string> {
  const g = haishu[next++]!;
  const head = g.members[0]!;
  const need = ok(
    await t.run(`mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id } }`, officer(), {
      input: {
        householdId: g.household.id,
        programme: 'ELDERLY_CARE',
        subType: 'ELDERLY_MEALS',
        publicSummary: 'Meals delivered to an elderly member living alone.',
        estimatedCostFen: 200_000,
        priority: 'ROUTINE',
        channel: 'HOME_VISIT',
      },
    }),
  ).recordNeed;
  const consent = ok(
    await t.run(`mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, officer(), {
      input: {
        householdId: g.household.id,
        subjectId: head.id,
        givenById: head.id,
        purposes: ['REFERRAL'],
        dataCategories,
        allFederationMembers: true,
        method: 'WRITTEN',
        validUntil: new Date(Date.now() + 100 * 86_400_000).toISOString(),
      },
    }),
  ).recordConsent;
  const today = new Date().toISOString().slice(0, 10);
  ok(await t.run(`mutation($h: ID!, $d: String!) { runPreAidCheck(householdId: $h, programme: ELDERLY_CARE, windowStart: $d, windowEnd: $d) { id } }`, officer(), { h: g.household.id, d: today }));
  const referral = ok(await t.run(`mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`, officer(), { input: { needId: need.id, consentId: consent.id } })).createReferral;
  ok(await t.run(`mutation($id: ID!) { requestReferral(id: $id) { id } }`, officer(), { id: referral.id }));
  ok(await t.run(`mutation($id: ID!) { claimReferral(id: $id) { id } }`, holder(), { id: referral.id }));
  ok(await t.run(`mutation($id: ID!) { acceptReferral(id: $id) { id } }`, holder(), { id: referral.id }));
  return referral.id;
}

describe('what a holding organisation reads of the household follows the consent\'s data categories', () => {
  it('without HOUSEHOLD_COMPOSITION or ADDRESS the holder gets county and town only: no size, no address, empty lists', async () => {
    // Scenario: the consent covers the need, the name and a contact route; the holder asks for every household field.
    const id = await acceptedReferral(['NEED_DETAILS', 'NAME', 'CONTACT']);
    const household = ok(await t.run(HOUSEHOLD_FIELDS, holder(), { id })).referral.household;
    expect(household).toMatchObject({ countyCode: '330203', countyName: '海曙区', size: null, villageCode: null, address: null, annualIncomeFen: null, registeredAt: null, eligibility: null });
    for (const list of ['members', 'categories', 'aidRecords', 'needs', 'consents', 'referrals', 'history']) expect(household[list]).toEqual([]);
  });

  it('a consent covering HOUSEHOLD_COMPOSITION and ADDRESS shows the size and the address, and nothing else more', async () => {
    // Scenario: the same questions under a consent that covers the household's composition and address.
    const id = await acceptedReferral(['NEED_DETAILS', 'HOUSEHOLD_COMPOSITION', 'ADDRESS']);
    const household = ok(await t.run(HOUSEHOLD_FIELDS, holder(), { id })).referral.household;
    expect(household.size).toBeGreaterThan(0);
    expect(household.address).toEqual(expect.any(String));
    expect(household.villageCode).toMatch(/^330203\d{6}$/);
    expect(household).toMatchObject({ annualIncomeFen: null, registeredAt: null, members: [], history: [] });
  });

  it('civil-affairs staff of the region still read every field', async () => {
    // Scenario: the officer asks the same of the first household.
    const id = await acceptedReferral(['NEED_DETAILS']);
    const household = ok(await t.run(HOUSEHOLD_FIELDS, officer(), { id })).referral.household;
    expect(household.size).toBeGreaterThan(0);
    expect(household.members.length).toBe(household.size);
    expect(household.registeredAt).toEqual(expect.any(String));
    expect(household.history.length).toBeGreaterThan(0);
  });
});
