import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReferrals } from '@aid/shared/demo/referrals.js';
import { demoId } from '@aid/shared/demo/ids.js';
import type { ReferralFeedEvent } from '@aid/shared/referral-feed/contract.js';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { applyReferralEvents } from '../src/referral-sync.js';
import { suppressSmallCounts } from '../src/disclosure.js';
import { today } from '../src/validation.js';
import { codes, startSubgraph, type TestSubgraph } from './harness.js';

const ORG = demoId('organization', 0);
const org = claimsFor('charity_org', { org: ORG });
const publicCaller = claimsFor('public');
const PROJECT = demoId('charity-project', '0-MEDICAL-0');

/** Everything the public can ask for, in one operation. */
const PUBLIC_VIEW = `{
  charityProjects(first: 100) { edges { node {
    id name programme fundraisingMode status targetFen raisedFen disbursedFen availableFen createdAt publishedAt closedAt version
    plan { purpose periodStart periodEnd regionCode regionName useOfFunds filingNumber }
    organization { id name unifiedSocialCreditCode legalForm tier regionCode countyName townName programmes isCertifiedCharity canFundraisePublicly
      qualifications { kind certificateNumber validFrom validUntil isValid } resources { id programme title unit capacity } }
    publicDonors(first: 100) { donorName donorKind amountFen donatedAt }
    recipients { programme townCode townName countyName households suppressed }
  } } }
  charityDisclosure { projectCount raisedFen disbursedFen byProgramme { programme projectCount raisedFen disbursedFen }
    recipients { programme townCode townName countyName households suppressed } }
  charityOrganizations(first: 100) { edges { node { id name projects { id status } } } }
}`;

let charity: TestSubgraph;
let sequence = 5000;
const accepted = (referralId: string, townCode: string, householdId: string): ReferralFeedEvent => ({
  sequence: (sequence += 1),
  cursor: `d${sequence}`,
  referralId,
  needId: randomUUID(),
  householdId,
  programme: 'MEDICAL',
  action: 'accept',
  fromStatus: 'RECEIVED',
  status: 'ACCEPTED',
  organizationId: ORG,
  townCode,
  villageCode: null,
  occurredAt: new Date().toISOString(),
});

async function donate(key: string, donorName: string, publishName: boolean) {
  const result = await charity.run(`mutation($input: RecordDonationInput!) { recordDonation(input: $input) { id } }`, org, {
    input: { idempotencyKey: key, projectId: PROJECT, amountFen: 88_800, donorKind: 'INDIVIDUAL', donorName, publishName, channel: 'ONLINE_PLATFORM', restricted: false },
  });
  expect(result.errors).toBeUndefined();
}

async function payFor(referralId: string) {
  const result = await charity.run(`mutation($input: RecordDisbursementInput!) { recordDisbursement(input: $input) { id } }`, org, {
    input: { idempotencyKey: `disclose-${referralId}`, projectId: PROJECT, referralId, amountFen: 10_000, purpose: 'MEDICAL_EXPENSES', reasonCodes: ['MAJOR_ILLNESS'], disbursedOn: today() },
  });
  expect(result.errors).toBeUndefined();
}

beforeAll(async () => {
  charity = await startSubgraph();
  // Two donors: one agreed to publication, one did not.
  await donate('disclose-consent-1', '欧阳知秋', true);
  await donate('disclose-consent-2', '司马未允', false);
  // Six households of one town and one of another are helped by the project.
  const households = Array.from({ length: 7 }, () => randomUUID());
  const towns = ['330203002', '330203002', '330203002', '330203002', '330203002', '330203002', '330203003'];
  const referralIds = households.map(() => randomUUID());
  await applyReferralEvents(charity.db, referralIds.map((id, i) => accepted(id, towns[i]!, households[i]!)));
  for (const id of referralIds) await payFor(id);
});
afterAll(async () => charity?.stop());

describe('public disclosure (信息公开) with no token', () => {
  it('shows published projects with totals and never a draft or a project under review', async () => {
    // Scenario: the anonymous caller lists projects; every one is PUBLISHED or CLOSED and carries its money totals.
    const result = await charity.run(PUBLIC_VIEW, publicCaller);
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.charityProjects.edges.map((e: { node: Record<string, unknown> }) => e.node);
    expect(nodes.length).toBe(27);
    expect(new Set(nodes.map((n: { status: string }) => n.status))).toEqual(new Set(['PUBLISHED', 'CLOSED']));
    const medical = nodes.find((n: { id: string }) => n.id === PROJECT);
    expect(medical.disbursedFen).toBeGreaterThanOrEqual(70_000);
    expect(medical.availableFen).toBe(medical.raisedFen - medical.disbursedFen);
    const organizations = result.data!.charityOrganizations.edges.flatMap((e: { node: { projects: { status: string }[] } }) => e.node.projects);
    expect(organizations.every((p: { status: string }) => p.status === 'PUBLISHED' || p.status === 'CLOSED')).toBe(true);
  });

  it('names donors who agreed and never a donor who did not', async () => {
    // Scenario: 欧阳知秋 agreed to publication, 司马未允 did not; the whole public view is searched for both.
    const json = JSON.stringify(await charity.run(PUBLIC_VIEW, publicCaller));
    expect(json).toContain('欧阳知秋');
    expect(json).not.toContain('司马未允');
  });

  it('contains no recipient identifiers, no person\'s ID number or phone, and no staff name', async () => {
    // Scenario: the public view is searched for every demo household, referral and need id, and personal-data patterns.
    const json = JSON.stringify(await charity.run(PUBLIC_VIEW, publicCaller));
    for (const r of demoReferrals()) {
      expect(json).not.toContain(r.householdId);
      expect(json).not.toContain(r.id);
      expect(json).not.toContain(r.needId);
    }
    expect(json).not.toMatch(/\d{17}[\dX]/);
    expect(json).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
    expect(json).not.toContain('周慧敏');
  });

  it('counts recipients by town from 5 households on, merging smaller groups into one suppressed row', async () => {
    // Scenario: 6 households in 西门街道 are shown; the single household of another town is not shown anywhere.
    const result = await charity.run(`query($id: ID!) { charityProject(id: $id) { recipients { townCode townName households suppressed } } }`, publicCaller, { id: PROJECT });
    const rows = result.data!.charityProject.recipients;
    expect(rows).toContainEqual({ townCode: '330203002', townName: '西门街道', households: 6, suppressed: false });
    expect(rows.find((r: { townCode: string | null }) => r.townCode === '330203003')).toBeUndefined();
    expect(rows.find((r: { townCode: string | null }) => r.townCode === null)).toMatchObject({ households: null, suppressed: true });
  });

  it('suppression merges small groups and shows the merged count only from 5 on', () => {
    // Scenario: towns with 2, 3 and 7 households: the 7 is shown, 2 + 3 = 5 is shown merged without a town.
    const rows = suppressSmallCounts([
      { programme: 'HOUSING', townCode: '330203001', households: 2 },
      { programme: 'HOUSING', townCode: '330203002', households: 3 },
      { programme: 'HOUSING', townCode: '330203003', households: 7 },
      { programme: 'MEDICAL', townCode: '330203001', households: 4 },
    ]);
    expect(rows).toEqual([
      { programme: 'HOUSING', townCode: '330203003', townName: '石碶街道', countyName: '海曙区', households: 7, suppressed: false },
      { programme: 'HOUSING', townCode: null, townName: null, countyName: null, households: 5, suppressed: false },
      { programme: 'MEDICAL', townCode: null, townName: null, countyName: null, households: null, suppressed: true },
    ]);
  });

  it('the plan\'s responsible person, review history and donor lists are not public', async () => {
    // Scenario: the anonymous caller asks for protected fields and gets null / refusals at their paths.
    const result = await charity.run(
      `query($id: ID!) { charityProject(id: $id) { id plan { responsiblePerson } rejectionReason reviewHistory { actor } } donations(projectId: $id) { edges { node { donorName } } } }`,
      publicCaller,
      { id: PROJECT },
    );
    expect(codes(result)).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE', 'UNAUTHORIZED_FIELD_OR_TYPE', 'UNAUTHORIZED_FIELD_OR_TYPE', 'UNAUTHORIZED_FIELD_OR_TYPE']);
    expect(result.data).toBeNull();
  });
});
