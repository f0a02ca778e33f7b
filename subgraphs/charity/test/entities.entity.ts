import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReferrals, DEMO_ORGANIZATIONS } from '@aid/shared/demo/referrals.js';
import { PROGRAMMES, REFERRAL_STATUSES } from '@aid/shared/domain/vocabulary.js';
import { demoId } from '@aid/shared/demo/ids.js';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { programmeEnum, referralStatusEnum } from '../src/db/schema.js';
import { generateCharityDemo } from '../src/seed.js';
import { today } from '../src/validation.js';
import { startSubgraph, type TestSubgraph, type Result } from './harness.js';

const federation = claimsFor('charity_federation');
const officer = claimsFor('civil_officer', { region: '330203' });
const funded = demoReferrals().filter((r) => ['ACCEPTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED'].includes(r.status));
const yearAgo = today(new Date(Date.now() - 365 * 86_400_000));

let charity: TestSubgraph;
beforeAll(async () => {
  charity = await startSubgraph();
});
afterAll(async () => charity?.stop());

/** Runs an _entities operation and returns the result with the number of SQL statements it cost. */
async function entities(selection: string, representations: Record<string, unknown>[], claims = federation): Promise<{ result: Result; statements: number }> {
  charity.database.statements.reset();
  const result = await charity.run(`query($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`, claims, { r: representations });
  return { result, statements: charity.database.statements.count };
}

describe('entity references are batched: one statement per type, however many references', () => {
  it('12 organisations with qualifications and resources cost 3 statements', async () => {
    // Scenario: the gateway resolves every demo organisation with two list children.
    const r = Array.from({ length: DEMO_ORGANIZATIONS }, (_, k) => ({ __typename: 'CharityOrganization', id: demoId('organization', k) }));
    const { result, statements } = await entities(`... on CharityOrganization { id name isCertifiedCharity qualifications { kind } resources { title } }`, r);
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.map((o: { id: string }) => o.id)).toEqual(r.map((x) => x.id));
    expect(statements).toBe(3);
  });

  it('N projects with their organisations cost 2 statements', async () => {
    // Scenario: every demo project, in every state (the federation sees them all), each with its organisation.
    const { projectRows } = generateCharityDemo(new Date());
    const r = projectRows.map((p) => ({ __typename: 'CharityProject', id: p.id }));
    const { result, statements } = await entities(`... on CharityProject { id name organization { name } }`, r);
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toHaveLength(projectRows.length);
    expect(statements).toBe(2);
  });

  it('charity aid of N households costs 1 statement', async () => {
    // Scenario: the pre-aid check asks Household.charityAid for every funded demo household over the last year.
    const r = funded.map((x) => ({ __typename: 'Household', id: x.householdId }));
    const { result, statements } = await entities(`... on Household { charityAid(from: "${yearAgo}", to: "${today()}") { programme amountFen disbursedOn } }`, r, officer);
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.every((h: { charityAid: unknown[] }) => h.charityAid.length === 1)).toBe(true);
    expect(statements).toBe(1);
  });

  it('N pre-aid checks by their compound key cost 1 statement, and the window bounds the items', async () => {
    // Scenario: civil-affairs' runPreAidCheck returns checks keyed by id, household and window; one window ends too early.
    const r = funded.map((x, i) => ({
      __typename: 'PreAidCheck',
      id: demoId('pre-aid-check', `test-${i}`),
      householdId: x.householdId,
      windowStart: yearAgo,
      windowEnd: i === 0 ? yearAgo : today(),
    }));
    const { result, statements } = await entities(`... on PreAidCheck { id charityAid { programme amountFen } }`, r, claimsFor('civil_officer', { region: '330203' }));
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0].charityAid).toEqual([]);
    expect(result.data!._entities.slice(1).every((c: { charityAid: unknown[] }) => c.charityAid.length === 1)).toBe(true);
    expect(statements).toBe(1);
  });

  it('fundings of N referrals with their projects cost 2 statements', async () => {
    // Scenario: the referral list of an officer shows what charities paid.
    const r = funded.map((x) => ({ __typename: 'Referral', id: x.id }));
    const { result, statements } = await entities(`... on Referral { fundings { amountFen project { name } } }`, r);
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.every((x: { fundings: unknown[] }) => x.fundings.length === 1)).toBe(true);
    expect(statements).toBe(2);
  });

  it('funding projects and charity coverage of N needs cost 2 statements', async () => {
    // Scenario: the gateway sends needs with the `programme` that fundingProjects @requires.
    const r = demoReferrals().map((x) => ({ __typename: 'Need', id: x.needId, programme: x.programme }));
    const { result, statements } = await entities(`... on Need { fundingProjects { id programme } charityFundedFen }`, r);
    expect(result.errors).toBeUndefined();
    const needs = result.data!._entities as { fundingProjects: { programme: string }[]; charityFundedFen: number }[];
    expect(needs.every((n, i) => n.fundingProjects.length > 0 && n.fundingProjects.every((p) => p.programme === r[i]!.programme))).toBe(true);
    expect(needs.filter((n) => n.charityFundedFen > 0)).toHaveLength(funded.length);
    expect(statements).toBe(2);
  });

  it('a list of projects with public donors and recipient counts costs 3 statements', async () => {
    // Scenario: the public disclosure page lists 27 projects with their donors and recipients.
    charity.database.statements.reset();
    const result = await charity.run(`{ charityProjects(first: 50) { edges { node { id publicDonors { donorName } recipients { households } } } } }`, claimsFor('public'));
    expect(result.errors).toBeUndefined();
    expect(result.data!.charityProjects.edges.length).toBe(27);
    expect(charity.database.statements.count).toBe(3);
  });
});

describe('shared vocabulary', () => {
  it('the database enums list the same programmes and referral states as shared/src/domain/vocabulary.ts', () => {
    // Scenario: schema.ts cannot import shared code (drizzle-kit loads it alone), so the lists are compared here.
    expect(programmeEnum.enumValues).toEqual([...PROGRAMMES]);
    expect(referralStatusEnum.enumValues).toEqual([...REFERRAL_STATUSES]);
  });
});
