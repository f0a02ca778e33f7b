/**
 * A professional follows the cases assigned to them: the state and programme of each referral come with the
 * assignment (from services' copy of civil-affairs' feed), and a row civil-affairs hides from them (the
 * household, the referral's own fields) is null on its own, never wiping the profile or its siblings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReferrals } from '@aid/shared/demo/referrals.js';
import { DEV_PROFESSIONAL_SUBJECT } from '@aid/services/seed.js';
import { startStack, type Stack } from './support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

describe('my cases, for a professional', () => {
  it('shows each assigned referral\'s status and programme, and nulls only what civil-affairs hides', async () => {
    // Scenario: the dev counsellor opens their profile with the cases assigned to them.
    const token = await stack.token('professional', { sub: DEV_PROFESSIONAL_SUBJECT });
    const result = await stack.query(
      `{ myProfessionalProfile { id assignedCases { referral { id status } household { townName } referralStatus programme assignedAt } } }`,
      { token },
    );
    const profile = result.data?.myProfessionalProfile;
    expect(profile?.id).toBeTruthy();
    expect(profile.assignedCases.length).toBeGreaterThan(1);
    const case24 = demoReferrals()[24]!;
    const assigned = profile.assignedCases.find((c: { programme: string }) => c.programme === case24.programme);
    expect(assigned?.referralStatus).toBe(case24.status);
    expect(assigned?.programme).toBe(case24.programme);
    for (const item of profile.assignedCases) {
      expect(item.assignedAt).toBeTruthy();
      // The referral's and household's own fields are civil-affairs', whose row rules do not admit
      // professionals: each is null on its own, the assignment and the profile stand.
      expect(item.referral).toBeNull();
      expect(item.household).toBeNull();
    }
    expect(JSON.stringify(result)).not.toMatch(/\b1[3-9]\d{9}\b|\d{17}[\dX]/);
  });
});
