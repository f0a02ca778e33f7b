/**
 * Money and case work follow the owner's facts at write time: once a household withdraws its consent, no
 * disbursement (charity), no case assignment and no service record (services) goes through on its cancelled
 * referral, not even in the next second; and when civil-affairs cannot confirm the referral, charity pays nothing
 * and services assigns and records nothing (fail closed), and both say a retry is safe. The stack's feed consumers pull only on demand
 * (`intervalMs: 0`): nothing but the write's own catch-up pull brings the cancellation in.
 */
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disbursements } from '@aid/charity/db/schema.js';
import { caseAssignments, professionals, serviceRecords } from '@aid/services/db/schema.js';
import { consortiumId } from '@aid/services/seed.js';
import { demoReferrals } from '@aid/shared/demo/referrals.js';
import { demoId } from '@aid/shared/demo/ids.js';
import { NINGBO_COUNTIES } from '@aid/shared/domain/regions.js';
import { startStack, type Stack } from './support/stack.js';

const N = 6;
let stack: Stack;
/** Professionals of organisation 0 with no case yet: one to assign before the withdrawal, N after. */
const freshProfessionals = Array.from({ length: N + 1 }, (_, i) => demoId('professional', `withdrawal-${i}`));
beforeAll(async () => {
  stack = await startStack();
  await stack.databases.services.db.insert(professionals).values(
    freshProfessionals.map((id, i) => ({
      id,
      kind: 'SOCIAL_WORKER' as const,
      maskedLabel: '王** (社工)',
      qualificationCode: `SW2020${String(900000 + i)}`,
      organizationId: demoId('organization', 0),
      consortiumId: consortiumId(NINGBO_COUNTIES[0]!.code),
      programmes: ['HOUSING' as const],
      accountSubject: `withdrawal-professional-${i}`,
    })),
  );
});
afterAll(() => stack?.stop());

const ORG = demoId('organization', 0);
const HOUSING_PROJECT = demoId('charity-project', '0-HOUSING-0');
const held = demoReferrals().filter((r) => r.organizationN === 0 && r.programme === 'HOUSING' && ['ACCEPTED', 'IN_PROGRESS', 'ON_HOLD'].includes(r.status));
const PAY = `mutation($input: RecordDisbursementInput!) { recordDisbursement(input: $input) { id amountFen } }`;
const payment = (referralId: string, key: string, projectId = HOUSING_PROJECT) => ({
  input: { idempotencyKey: key, projectId, referralId, amountFen: 100, purpose: 'HOUSING_REPAIR', reasonCodes: ['UNSAFE_HOUSING'], disbursedOn: new Date().toISOString().slice(0, 10) },
});
const paidFor = async (referralId: string) => {
  const [row] = await stack.databases.charity.db.select({ n: count() }).from(disbursements).where(eq(disbursements.referralId, referralId));
  return row!.n;
};
const ASSIGN = `mutation($input: AssignCaseInput!) { assignCase(input: $input) { id professional { id } } }`;
const assignment = (referral: { id: string; householdId: string }, professionalId: string) => ({
  input: { professionalId, referralId: referral.id, householdId: referral.householdId },
});
const assignedFor = async (referralId: string) => {
  const [row] = await stack.databases.services.db.select({ n: count() }).from(caseAssignments).where(eq(caseAssignments.referralId, referralId));
  return row!.n;
};
const RECORD = `mutation($input: RecordServiceInput!) { recordService(input: $input) { id } }`;
/** An hour of resource linking (allowed under HOUSING and EDUCATION) yesterday by a professional on the case. */
const visit = (referral: { id: string; householdId: string }, professionalId: string) => {
  const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  return {
    input: {
      referralId: referral.id,
      householdId: referral.householdId,
      programme: 'HOUSING',
      serviceType: 'RESOURCE_LINKING',
      performer: { professionalId },
      startedAt: `${day}T09:00:00Z`,
      endedAt: `${day}T10:00:00Z`,
      hours: 1,
      outcome: 'GOT_HELP',
    },
  };
};
const servedFor = async (referralId: string) => {
  const [row] = await stack.databases.services.db.select({ n: count() }).from(serviceRecords).where(eq(serviceRecords.referralId, referralId));
  return row!.n;
};
const codes = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => (response.errors ?? []).map((e) => e.extensions?.code);

describe('withdrawal, then pay and assign at once', () => {
  it(`0 of ${N} disbursements, 0 of ${N} case assignments and 0 of ${N} service records go through in the moment after the household withdraws its consent`, async () => {
    // Scenario: an organisation pays for a case it works and assigns a social worker to it; the officer records
    // the household's withdrawal; right after, N payments and N case assignments for the same case are sent at once.
    const target = held[0]!;
    const org = await stack.token('charity_org', { org: ORG });
    const officer = await stack.token('civil_officer', { region: '330203' });
    const before = await stack.query(PAY, { token: org, variables: payment(target.id, 'withdrawal-before') });
    expect(before.errors).toBeUndefined();
    const assignedBefore = await stack.query(ASSIGN, { token: org, variables: assignment(target, freshProfessionals[0]!) });
    expect(assignedBefore.errors).toBeUndefined();
    const paidBefore = await paidFor(target.id);
    const casesBefore = await assignedFor(target.id);
    expect(paidBefore).toBeGreaterThan(0);
    expect(casesBefore).toBeGreaterThan(0);
    const servedBefore = await stack.query(RECORD, { token: org, variables: visit(target, freshProfessionals[0]!) });
    expect(servedBefore.errors).toBeUndefined();
    const recordsBefore = await servedFor(target.id);
    expect(recordsBefore).toBeGreaterThan(0);

    const consent = await stack.query(`query($id: ID!) { referral(id: $id) { consent { id } } }`, { token: officer, variables: { id: target.id } });
    const consentId = consent.data?.referral?.consent?.id;
    expect(consentId).toBeTruthy();
    const withdrawn = await stack.query(`mutation($id: ID!) { withdrawConsent(id: $id, reason: "The household asked to stop sharing its case.") { status } }`, {
      token: officer,
      variables: { id: consentId },
    });
    expect(withdrawn.data?.withdrawConsent?.status).toBe('WITHDRAWN');

    stack.received['civil-affairs'].length = 0;
    const [payments, assignments, services] = await Promise.all([
      Promise.all(Array.from({ length: N }, (_, i) => stack.query(PAY, { token: org, variables: payment(target.id, `withdrawal-after-${i}`) }))),
      Promise.all(freshProfessionals.slice(1).map((p) => stack.query(ASSIGN, { token: org, variables: assignment(target, p) }))),
      Promise.all(Array.from({ length: N }, () => stack.query(RECORD, { token: org, variables: visit(target, freshProfessionals[0]!) }))),
    ]);
    expect(payments.filter((a) => a.data?.recordDisbursement)).toHaveLength(0);
    expect(assignments.filter((a) => a.data?.assignCase)).toHaveLength(0);
    expect(services.filter((a) => a.data?.recordService)).toHaveLength(0);
    // Each is refused on the referral's state as civil affairs knows it now (cancelled), not for want of an answer.
    for (const attempt of payments) expect(codes(attempt)).toEqual(['FORBIDDEN']);
    for (const attempt of assignments) expect(codes(attempt)).toEqual(['INVALID_TRANSITION']);
    for (const attempt of services) expect(codes(attempt)).toEqual(['INVALID_TRANSITION']);
    expect(await paidFor(target.id)).toBe(paidBefore);
    expect(await assignedFor(target.id)).toBe(casesBefore);
    expect(await servedFor(target.id)).toBe(recordsBefore);
    // Nothing polls in this stack: both read models learnt of the cancellation from the writes' own pulls
    // (how concurrent writes share pulls: shared/test/referral-catch-up.test.ts).
    const feedRequests = stack.received['civil-affairs'].filter((body) => body.query.includes('referralEvents')).length;
    expect(feedRequests).toBeGreaterThanOrEqual(2);
  });

  it('with civil-affairs unreachable, a payment and a case assignment are refused as SERVICE_UNAVAILABLE (retryable) and nothing is written', async () => {
    // Scenario: civil-affairs is down when an organisation pays for a case it has accepted and assigns its
    // counsellor to it. Demo referral 25: EDUCATION, in progress, held by organisation 1 (its social worker,
    // professional 2, has the case; its counsellor, professional 3, has not).
    const target = demoReferrals()[25]!;
    const org = await stack.token('charity_org', { org: demoId('organization', 1) });
    const project = demoId('charity-project', '1-EDUCATION-0');
    const counsellor = demoId('professional', 3);
    const paidBefore = await paidFor(target.id);
    const casesBefore = await assignedFor(target.id);
    const recordsBefore = await servedFor(target.id);
    const socialWorkerVisit = visit(target, demoId('professional', 2));
    socialWorkerVisit.input.programme = target.programme;
    await stack.stopSubgraph('civil-affairs');
    try {
      const [paid, assigned, served] = await Promise.all([
        stack.query(PAY, { token: org, variables: payment(target.id, 'civil-affairs-down', project) }),
        stack.query(ASSIGN, { token: org, variables: assignment(target, counsellor) }),
        stack.query(RECORD, { token: org, variables: socialWorkerVisit }),
      ]);
      expect(paid.data?.recordDisbursement ?? null).toBeNull();
      expect(paid.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
      expect(assigned.data?.assignCase ?? null).toBeNull();
      expect(assigned.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
      expect(served.data?.recordService ?? null).toBeNull();
      expect(served.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
    } finally {
      await stack.startSubgraph('civil-affairs');
    }
    expect(await paidFor(target.id)).toBe(paidBefore);
    expect(await assignedFor(target.id)).toBe(casesBefore);
    expect(await servedFor(target.id)).toBe(recordsBefore);
    // Back up, the same requests are decided on their facts again, not refused as unavailable.
    const retried = await stack.query(PAY, { token: org, variables: payment(target.id, 'civil-affairs-down', project) });
    expect(codes(retried)).not.toContain('SERVICE_UNAVAILABLE');
    const reassigned = await stack.query(ASSIGN, { token: org, variables: assignment(target, counsellor) });
    expect(reassigned.errors).toBeUndefined();
    expect(await assignedFor(target.id)).toBe(casesBefore + 1);
  });
});
