import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReferrals } from '@aid/shared/demo/referrals.js';
import { demoId } from '@aid/shared/demo/ids.js';
import { counsellorOf, DEV_PROFESSIONAL_SUBJECT, microWishId, professionalId } from '@aid/services/seed.js';
import { startStack, type Stack } from './support/stack.js';

let stack: Stack;

// Household 0 (Haishu) has only HOUSING referrals in the demo plan: no psychological aid or service yet.
const HOUSEHOLD = demoId('household', 0);
// The dev professional (organisation 0's counsellor) keeps the long-term file of demo referral 24.
const PSYCH_FILE = demoId('psych-file', 24);
const CASE = demoReferrals()[24]!;

const clearReceived = () => {
  for (const list of Object.values(stack.received)) list.length = 0;
};
const servicesReceivedField = (field: string) => stack.received.services.some((r) => r.query.includes(field));
const chinaDay = (offsetDays = 0) => new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

describe('services through the gateway', () => {
  it('a service recorded by a counsellor on a case assigned to them shows up in the next pre-aid check of the household', async () => {
    // Scenario: an officer checks HOUSING aid for the household of demo referral 24 (in progress, held by
    // organisation 0, assigned to the dev counsellor); the counsellor records a visit on that referral; the
    // officer checks again and the verdict, computed by civil affairs with @requires, sees the new hours.
    const officer = await stack.token('civil_officer', { region: '330203' });
    const counsellor = await stack.token('professional', { sub: DEV_PROFESSIONAL_SUBJECT });
    const CHECK = `mutation($h: ID!, $from: String!, $to: String!) {
      runPreAidCheck(householdId: $h, programme: HOUSING, windowStart: $from, windowEnd: $to) { verdict servicesReceived { programme hours } }
    }`;
    const window = { h: CASE.householdId, from: chinaDay(-30), to: chinaDay() };
    const before = await stack.query(CHECK, { token: officer, variables: window });
    expect(before.errors).toBeUndefined();
    expect(before.data.runPreAidCheck.servicesReceived).not.toContainEqual({ programme: 'HOUSING', hours: 0.75 });

    const recorded = await stack.query(
      `mutation($input: RecordServiceInput!) { recordService(input: $input) { id hours } }`,
      {
        token: counsellor,
        variables: {
          input: {
            referralId: CASE.id,
            householdId: CASE.householdId,
            programme: 'HOUSING',
            serviceType: 'VISITING_CARE',
            performer: { professionalId: professionalId(counsellorOf(0)) },
            startedAt: `${chinaDay(-1)}T20:00:00+08:00`,
            endedAt: `${chinaDay(-1)}T20:45:00+08:00`,
            hours: 0.75,
            outcome: 'PARTLY_HELPED',
          },
        },
      },
    );
    expect(recorded.errors).toBeUndefined();

    clearReceived();
    const after = await stack.query(CHECK, { token: officer, variables: window });
    expect(after.errors).toBeUndefined();
    expect(after.data.runPreAidCheck.servicesReceived).toContainEqual({ programme: 'HOUSING', hours: 0.75 });
    expect(after.data.runPreAidCheck.verdict).toBe('SAME_PROGRAMME_ACTIVE');
    expect(servicesReceivedField('PreAidCheck')).toBe(true);
  });

  it('the psychological file reaches only its counsellor; an officer is refused before services is asked', async () => {
    // Scenario: the counsellor, another counsellor and a county officer ask the gateway for the same file.
    const query = `query($id: ID!) { psychologicalFile(id: $id) { id assessment entries { summary } } }`;
    const own = await stack.query(query, { token: await stack.token('professional', { sub: DEV_PROFESSIONAL_SUBJECT }), variables: { id: PSYCH_FILE } });
    expect(own.errors).toBeUndefined();
    expect(own.data.psychologicalFile.entries.length).toBeGreaterThan(0);

    const other = await stack.query(query, {
      token: await stack.token('professional', { sub: `demo-professional-${counsellorOf(5)}` }),
      variables: { id: PSYCH_FILE },
    });
    expect(other.data.psychologicalFile).toBeNull();

    clearReceived();
    const officer = await stack.query(query, { token: await stack.token('civil_officer', { region: '330203' }), variables: { id: PSYCH_FILE } });
    expect(officer.data?.psychologicalFile ?? null).toBeNull();
    expect(officer.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
    expect(servicesReceivedField('psychologicalFile')).toBe(false);
  });

  it('two organisations claiming one micro-wish at once through the gateway: one wins, one gets CONFLICT', async () => {
    // Scenario: two donor organisations press "claim" on the same published wish together.
    const tokens = await Promise.all([1, 2].map((k) => stack.token('charity_org', { org: demoId('organization', k), sub: `e2e-donor-${k}` })));
    const claim = `mutation($id: ID!) { claimMicroWish(id: $id) { status claimedByMe } }`;
    const results = await Promise.all(tokens.map((token) => stack.query(claim, { token, variables: { id: microWishId(0) } })));
    const winners = results.filter((r) => r.data?.claimMicroWish?.status === 'CLAIMED');
    const losers = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
  });

  it('a household joins its civil-affairs fields with services received, in one gateway query', async () => {
    // Scenario: an officer reads household 240 (demo referral 24 in progress) with its services.
    const result = await stack.query(
      `query($id: ID!) { household(id: $id) { id countyName servicesReceived(from: "2025-01-01") { programme serviceType hours } } }`,
      { token: await stack.token('civil_officer', { region: '330203' }), variables: { id: demoId('household', 240) } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.household.countyName).toBe('海曙区');
    expect(result.data.household.servicesReceived.some((s: any) => s.programme === 'HOUSING' && s.hours > 0)).toBe(true);
  });
});
