import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '@aid/shared/demo/ids.js';
import { startStack, type Stack } from './support/stack.js';

let stack: Stack;
const HAISHU_HOUSEHOLD = demoId('household', 0); // household 0 of the demo seed lies in Haishu (330203)

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

describe('civil affairs through the gateway', () => {
  it('the pre-aid check joins charity and services data and civil affairs gives the verdict (@requires)', async () => {
    // Scenario: a county officer runs 救前查询; the gateway fetches charityAid and servicesReceived by the
    // compound key, then sends them to civil affairs for the verdict.
    const token = await stack.token('civil_officer', { region: '330203' });
    for (const list of Object.values(stack.received)) list.length = 0;
    const result = await stack.query(
      `mutation($h: ID!) { runPreAidCheck(householdId: $h, programme: MEDICAL, windowStart: "2025-01-01", windowEnd: "2027-12-31") {
         id householdId charityAid { programme amountFen } servicesReceived { programme hours } verdict explanation capFen } }`,
      { token, variables: { h: HAISHU_HOUSEHOLD } },
    );
    expect(result.errors).toBeUndefined();
    const check = result.data.runPreAidCheck;
    expect(check.householdId).toBe(HAISHU_HOUSEHOLD);
    expect(['NONE', 'SAME_PROGRAMME_ACTIVE', 'OVER_CAP']).toContain(check.verdict);
    expect(stack.received.charity.some((r) => r.query.includes('PreAidCheck'))).toBe(true);
    expect(stack.received.services.some((r) => r.query.includes('PreAidCheck'))).toBe(true);
    // The verdict request carried the other subgraphs' data as the @requires representation.
    const verdictCall = stack.received['civil-affairs'].find((r) => r.query.includes('verdict') && r.query.includes('_entities'));
    expect(JSON.stringify(verdictCall?.variables)).toContain('charityAid');
    const charityTotal = check.charityAid.filter((a: any) => a.programme === 'MEDICAL').reduce((s: number, a: any) => s + a.amountFen, 0);
    if (charityTotal > 0) expect(check.verdict).not.toBe('NONE');
  });

  it('a charity organisation claims a pooled demo referral through the gateway; a second claim gets CONFLICT', async () => {
    // Scenario: demo referral 6 is REQUESTED; two organisations claim it one after the other.
    const referralId = demoId('referral', 6);
    const claim = `mutation($id: ID!) { claimReferral(id: $id) { status claimedBy { id } } }`;
    const first = await stack.query(claim, { token: await stack.token('charity_org', { org: demoId('organization', 0) }), variables: { id: referralId } });
    expect(first.errors).toBeUndefined();
    expect(first.data.claimReferral).toEqual({ status: 'RECEIVED', claimedBy: { id: demoId('organization', 0) } });
    const second = await stack.query(claim, { token: await stack.token('charity_org', { org: demoId('organization', 1) }), variables: { id: referralId } });
    expect(second.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
