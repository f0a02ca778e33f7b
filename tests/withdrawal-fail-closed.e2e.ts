/**
 * Money follows the owner's facts at write time: once a household withdraws its consent, no disbursement goes
 * through on its cancelled referral, not even in the next second; and when civil-affairs cannot confirm the
 * referral, charity pays nothing (fail closed) and says a retry is safe.
 */
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disbursements } from '@aid/charity/db/schema.js';
import { demoReferrals } from '@aid/shared/demo.js';
import { demoId } from '@aid/shared/ids.js';
import { startStack, type Stack } from './support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
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

describe('withdrawal, then pay at once', () => {
  it('0 of 5 disbursements go through in the moment after the household withdraws its consent', async () => {
    // Scenario: an organisation pays once for a case it works; the officer records the household's withdrawal;
    // five payments for the same case are sent at once right after.
    const target = held[0]!;
    const org = await stack.token('charity_org', { org: ORG });
    const officer = await stack.token('civil_officer', { region: '330203' });
    const before = await stack.query(PAY, { token: org, variables: payment(target.id, 'withdrawal-before') });
    expect(before.errors).toBeUndefined();
    expect(await paidFor(target.id)).toBeGreaterThan(0);
    const paidBefore = await paidFor(target.id);

    const consent = await stack.query(`query($id: ID!) { referral(id: $id) { consent { id } } }`, { token: officer, variables: { id: target.id } });
    const consentId = consent.data?.referral?.consent?.id;
    expect(consentId).toBeTruthy();
    const withdrawn = await stack.query(`mutation($id: ID!) { withdrawConsent(id: $id, reason: "The household asked to stop sharing its case.") { status } }`, {
      token: officer,
      variables: { id: consentId },
    });
    expect(withdrawn.data?.withdrawConsent?.status).toBe('WITHDRAWN');

    const attempts = await Promise.all(
      Array.from({ length: 5 }, (_, i) => stack.query(PAY, { token: org, variables: payment(target.id, `withdrawal-after-${i}`) })),
    );
    expect(attempts.filter((a) => a.data?.recordDisbursement)).toHaveLength(0);
    for (const attempt of attempts) expect(attempt.errors?.length).toBeGreaterThan(0);
    expect(await paidFor(target.id)).toBe(paidBefore);
  });

  it('with civil-affairs unreachable, a payment is refused as SERVICE_UNAVAILABLE (retryable) and nothing is paid', async () => {
    // Scenario: civil-affairs is down when an organisation pays for a case it has accepted.
    // Demo referral 25: EDUCATION, in progress, held by organisation 1.
    const target = demoReferrals()[25]!;
    const org = await stack.token('charity_org', { org: demoId('organization', 1) });
    const project = demoId('charity-project', '1-EDUCATION-0');
    const paidBefore = await paidFor(target.id);
    await stack.stopSubgraph('civil-affairs');
    try {
      const result = await stack.query(PAY, { token: org, variables: payment(target.id, 'civil-affairs-down', project) });
      expect(result.data?.recordDisbursement ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
    } finally {
      await stack.startSubgraph('civil-affairs');
    }
    expect(await paidFor(target.id)).toBe(paidBefore);
    // Back up, the same request is decided on its facts again (whatever the project says), not refused as unavailable.
    const retried = await stack.query(PAY, { token: org, variables: payment(target.id, 'civil-affairs-down', project) });
    expect((retried.errors ?? []).map((e) => e.extensions?.code)).not.toContain('SERVICE_UNAVAILABLE');
  });
});
