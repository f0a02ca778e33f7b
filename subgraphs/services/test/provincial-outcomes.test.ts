import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { demoReferrals } from '@aid/shared/demo/referrals.js';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { serviceRecords } from '../src/db/schema.js';
import { codes, startSubgraph, type TestSubgraph } from './harness.js';

// the provincial system joins the aid outcomes of the referral feed through the graph; here,
// the services delivered for a referral (programme, kind, hours, dates, outcome; never notes) and its feedback.
let services: TestSubgraph;
const completed = demoReferrals().find((r) => r.status === 'COMPLETED')!;
const r = [{ __typename: 'Referral', id: completed.id }];
const OUTCOMES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Referral {
  serviceRecords { id programme serviceType hours startedAt endedAt outcome }
  feedback { respondentType satisfaction needMet }
} } }`;

beforeAll(async () => {
  services = await startSubgraph();
});
afterAll(async () => {
  await services?.stop();
});

async function recordsOf(referralId: string) {
  return services.db.select().from(serviceRecords).where(eq(serviceRecords.referralId, referralId));
}

describe('Referral.serviceRecords and feedback for the provincial system', () => {
  it('the provincial system reads every service record and the feedback of a completed referral', async () => {
    // Scenario: the gateway asks services for a completed demo referral's outcomes on the provincial system's behalf.
    const result = await services.run(OUTCOMES, claimsFor('provincial_system'), { r });
    expect(result.errors).toBeUndefined();
    const [referral] = result.data!._entities;
    const seeded = await recordsOf(completed.id);
    expect(seeded.length).toBeGreaterThan(0);
    expect(referral.serviceRecords.map((s: { id: string }) => s.id).sort()).toEqual(seeded.map((s) => s.id).sort());
    expect(referral.serviceRecords.every((s: { hours: number; programme: string }) => s.hours > 0 && s.programme === completed.programme)).toBe(true);
    expect(referral.feedback.length).toBeGreaterThan(0);
  });

  it('notes stay protected: the provincial system cannot ask for them', async () => {
    // Scenario: the provincial system adds the performer's notes to its request.
    const result = await services.run(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Referral { serviceRecords { id notes } } } }`,
      claimsFor('provincial_system'),
      { r },
    );
    // One error per record, at each record's notes; the records themselves still come back.
    const records = result.data!._entities[0].serviceRecords as { notes: string | null }[];
    expect(records.length).toBeGreaterThan(0);
    expect(codes(result)).toEqual(records.map(() => 'UNAUTHORIZED_FIELD_OR_TYPE'));
    expect(records.every((s) => s.notes === null)).toBe(true);
  });

  it('a provincial system bound to a region sees the records delivered in its region only', async () => {
    // Scenario: a client bound to the county the services were delivered in, then one bound to another county.
    const county = (await recordsOf(completed.id))[0]!.regionCode.slice(0, 6);
    const other = county === '330203' ? '330206' : '330203';
    const seen = async (region: string) =>
      (await services.run(OUTCOMES, claimsFor('provincial_system', { region }), { r })).data!._entities[0].serviceRecords;
    expect((await seen(county)).length).toBeGreaterThan(0);
    expect(await seen(other)).toEqual([]);
  });

  it('a volunteer with no part in the case still gets no service record', async () => {
    // Scenario: a volunteer account unknown to the case asks services for the referral's records.
    const result = await services.run(OUTCOMES, claimsFor('volunteer', { sub: 'volunteer-stranger' }), { r });
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0].serviceRecords).toEqual([]);
  });

  it('an analyst (no service, feedback or feed scope) gets neither field', async () => {
    // Scenario: an analyst's token asks for the same outcomes.
    // Analysts read aggregates only: their role is not admitted to Referral references.
    const result = await services.run(OUTCOMES, claimsFor('analyst'), { r });
    expect(result.data?._entities).toEqual([null]);
  });
});
