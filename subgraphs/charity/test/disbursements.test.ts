import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { demoReferrals } from '@aid/shared/demo/referrals.js';
import { demoId } from '@aid/shared/demo/ids.js';
import type { ReferralFeedEvent } from '@aid/shared/referral-feed/contract.js';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { disbursements, projects } from '../src/db/schema.js';
import { applyReferralEvents } from '../src/referral-sync.js';
import { today } from '../src/validation.js';
import { codes, startSubgraph, type TestSubgraph } from './harness.js';

const ORG = demoId('organization', 0);
const org = claimsFor('charity_org', { org: ORG });
const federation = claimsFor('charity_federation');
// Demo referral 24 is IN_PROGRESS, held by organisation 0, programme HOUSING (shared/src/demo/referrals.ts).
const HELD = demoReferrals().find((r) => r.n === 24)!;

const pay = `mutation($input: RecordDisbursementInput!) {
  recordDisbursement(input: $input) { id amountFen programme purpose reasonCodes disbursedOn referral { id } project { id disbursedFen } }
}`;
const payment = (projectId: string, overrides: Record<string, unknown> = {}) => ({
  idempotencyKey: `pay-${randomUUID()}`,
  projectId,
  referralId: HELD.id,
  amountFen: 15_000,
  purpose: 'HOUSING_REPAIR',
  reasonCodes: ['UNSAFE_HOUSING'],
  disbursedOn: today(),
  ...overrides,
});

/** Events the catch-up pull will apply, as civil-affairs' feed would deliver them. */
const feed = { pending: [] as ReferralFeedEvent[], pulls: 0 };
let sequence = 1000;
const event = (referralId: string, status: ReferralFeedEvent['status'], organizationId: string | null, programme: ReferralFeedEvent['programme'] = 'HOUSING'): ReferralFeedEvent => ({
  sequence: (sequence += 1),
  cursor: `c${sequence}`,
  referralId,
  needId: demoId('need', `test-${referralId}`),
  householdId: demoId('household', 10),
  programme,
  action: status.toLowerCase(),
  fromStatus: null,
  status,
  organizationId,
  townCode: '330203002',
  villageCode: null,
  occurredAt: new Date().toISOString(),
});

let charity: TestSubgraph;
beforeAll(async () => {
  charity = await startSubgraph({
    referralSync: {
      async catchUp() {
        feed.pulls += 1;
        await applyReferralEvents(charity.db, feed.pending.splice(0));
      },
    },
  });
});
afterAll(async () => charity?.stop());

/** A new published HOUSING project of organisation 0 holding exactly `raisedFen`. */
async function fundedProject(raisedFen: number): Promise<string> {
  const created = await charity.run(
    `mutation($input: CharityProjectInput!) { createCharityProject(input: $input) { id } }`,
    org,
    {
      input: {
        name: `安居修缮专项 ${randomUUID().slice(0, 8)}`,
        programme: 'HOUSING',
        fundraisingMode: 'DIRECTED',
        purpose: '危房修缮',
        periodStart: today(),
        periodEnd: today(new Date(Date.now() + 100 * 86_400_000)),
        regionCode: '330203',
        responsiblePerson: '周慧敏',
        useOfFunds: '修缮材料与人工',
        targetFen: 10_000_000,
      },
    },
  );
  const id = created.data!.createCharityProject.id;
  await charity.run(`mutation($id: ID!) { submitCharityProject(id: $id) { id } }`, org, { id });
  await charity.run(`mutation($id: ID!) { approveCharityProject(id: $id) { id } }`, federation, { id });
  const gift = await charity.run(`mutation($input: RecordDonationInput!) { recordDonation(input: $input) { id } }`, org, {
    input: { idempotencyKey: `fund-${id}`, projectId: id, amountFen: raisedFen, donorKind: 'ORGANIZATION', donorName: '宁波甬江实业有限公司', channel: 'BANK_TRANSFER', restricted: true },
  });
  expect(gift.errors).toBeUndefined();
  return id;
}

async function projectMoney(id: string) {
  const [row] = await charity.db.select({ raised: projects.raisedFen, disbursed: projects.disbursedFen }).from(projects).where(eq(projects.id, id));
  const [paid] = await charity.db.select({ n: count() }).from(disbursements).where(eq(disbursements.projectId, id));
  return { ...row!, payments: paid!.n };
}

describe('disbursements', () => {
  it('concurrent payments never take more than the project raised', async () => {
    // Scenario: 100,000 fen raised; 10 payments of 15,000 race; exactly 6 succeed and 4 get LIMIT_EXCEEDED.
    const id = await fundedProject(100_000);
    const results = await Promise.all(Array.from({ length: 10 }, () => charity.run(pay, org, { input: payment(id) })));
    const succeeded = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(succeeded).toHaveLength(6);
    expect(refused.map(codes)).toEqual(Array.from({ length: 4 }, () => ['LIMIT_EXCEEDED']));
    expect(await projectMoney(id)).toEqual({ raised: 100_000, disbursed: 90_000, payments: 6 });
  });

  it('a payment is recorded against the referral, the household and its town, idempotently', async () => {
    // Scenario: a retry with the same key returns the same payment and takes the money once.
    const id = await fundedProject(50_000);
    const input = payment(id, { amountFen: 20_000 });
    const [first, second] = await Promise.all([charity.run(pay, org, { input }), charity.run(pay, org, { input })]);
    expect(first).toEqual(second);
    expect(first.data!.recordDisbursement).toMatchObject({ amountFen: 20_000, programme: 'HOUSING', referral: { id: HELD.id } });
    expect(await projectMoney(id)).toEqual({ raised: 50_000, disbursed: 20_000, payments: 1 });
    const [row] = await charity.db.select().from(disbursements).where(eq(disbursements.id, first.data!.recordDisbursement.id));
    expect(row).toMatchObject({ householdId: HELD.householdId, townCode: '330203005' });
    const reused = await charity.run(pay, org, { input: { ...input, amountFen: 20_001 } });
    expect(codes(reused)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
  });

  it('a referral held by another organisation looks like an unknown one', async () => {
    // Scenario: demo referral 25 is held by organisation 1; organisation 0 may not pay for it, and nothing is written.
    const id = await fundedProject(50_000);
    const other = demoReferrals().find((r) => r.n === 25)!;
    const result = await charity.run(pay, org, { input: payment(id, { referralId: other.id }) });
    expect(codes(result)).toEqual(['NOT_FOUND']);
    expect(await projectMoney(id)).toMatchObject({ disbursed: 0, payments: 0 });
  });

  it('a referral claimed but not yet accepted cannot be paid for', async () => {
    // Scenario: demo referral 12 is RECEIVED by organisation 0 (claimed, not accepted).
    const id = await fundedProject(50_000);
    const received = demoReferrals().find((r) => r.n === 12)!;
    const result = await charity.run(pay, org, { input: payment(id, { referralId: received.id, purpose: 'ELDERLY_MEALS' }) });
    expect(codes(result)).toEqual(['FORBIDDEN']);
    expect(result.errors![0]!.message).toMatch(/accepted; this one is RECEIVED/);
  });

  it('an unknown referral triggers one catch-up pull of the feed, after which the payment goes through', async () => {
    // Scenario: the organisation accepted a referral seconds ago; the read model learns it from the catch-up pull.
    const id = await fundedProject(50_000);
    const fresh = randomUUID();
    feed.pending.push(event(fresh, 'REQUESTED', null), event(fresh, 'RECEIVED', ORG), event(fresh, 'ACCEPTED', ORG));
    const pullsBefore = feed.pulls;
    const result = await charity.run(pay, org, { input: payment(id, { referralId: fresh }) });
    expect(result.errors).toBeUndefined();
    expect(feed.pulls).toBe(pullsBefore + 1);
  });

  it('a referral the feed never mentions stays unknown: NOT_FOUND with a hint, nothing written', async () => {
    // Scenario: a made-up referral id; the catch-up pull brings nothing.
    const id = await fundedProject(50_000);
    const result = await charity.run(pay, org, { input: payment(id, { referralId: randomUUID() }) });
    expect(codes(result)).toEqual(['NOT_FOUND']);
    expect(result.errors![0]!.message).toMatch(/try again in a moment/);
    expect(await projectMoney(id)).toMatchObject({ disbursed: 0, payments: 0 });
  });

  it('a project pays only for referrals of its own programme', async () => {
    // Scenario: demo referral 36 (ELDERLY_CARE, COMPLETED) is held by organisation 0; a fresh accepted MEDICAL one is not HOUSING.
    const id = await fundedProject(50_000);
    const medical = randomUUID();
    await applyReferralEvents(charity.db, [event(medical, 'ACCEPTED', ORG, 'MEDICAL')]);
    const result = await charity.run(pay, org, { input: payment(id, { referralId: medical }) });
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'projectId' });
  });

  it('the read model ignores repeated and out-of-order events', async () => {
    // Scenario: a referral is accepted, then cancelled; the old ACCEPTED event arrives again and changes nothing.
    const id = await fundedProject(50_000);
    const referral = randomUUID();
    const accepted = event(referral, 'ACCEPTED', ORG);
    const cancelled = event(referral, 'CANCELLED', ORG);
    await applyReferralEvents(charity.db, [accepted, cancelled]);
    await applyReferralEvents(charity.db, [accepted]);
    await applyReferralEvents(charity.db, [accepted, cancelled]);
    const result = await charity.run(pay, org, { input: payment(id, { referralId: referral }) });
    expect(codes(result)).toEqual(['FORBIDDEN']);
    expect(result.errors![0]!.message).toMatch(/CANCELLED/);
  });

  it('the paying organisation, the federation and the region\'s civil officer see Referral.fundings; others do not', async () => {
    // Scenario: fundings of demo referral 24 through _entities, for several callers.
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Referral { fundings { amountFen organization { id } } } } }`;
    const r = [{ __typename: 'Referral', id: HELD.id }];
    const seen = async (claims: ReturnType<typeof claimsFor>) => (await charity.run(query, claims, { r })).data?._entities?.[0]?.fundings;
    expect((await seen(org)).length).toBeGreaterThan(0);
    expect((await seen(federation)).length).toBeGreaterThan(0);
    expect((await seen(claimsFor('civil_officer', { region: '330203' }))).length).toBeGreaterThan(0);
    expect(await seen(claimsFor('civil_officer', { region: '330206' }))).toEqual([]);
    expect(await seen(claimsFor('charity_org', { org: demoId('organization', 1) }))).toEqual([]);
    // The anonymous role is not admitted to Referral references: null, as a reference to nothing.
    const anonymous = await charity.run(query, claimsFor('public'), { r });
    expect(anonymous.data?._entities).toEqual([null]);
  });
});
