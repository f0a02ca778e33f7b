import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import { demoReferrals } from '@aid/shared/demo/referrals.js';
import { demoId } from '@aid/shared/demo/ids.js';
import { demoHouseholdVillage } from '@aid/shared/demo/referral-facts.js';
import { villagesOf } from '@aid/shared/domain/regions.js';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { feedback, referrals, serviceRecords } from '../src/db/schema.js';
import { startSubgraph, type Result, type TestSubgraph } from './harness.js';

// A village worker covers their village, never the rest of the town: services decides on the household's
// 12-digit village in its referral read model. Demo referral 24 has service records, referral 38 has
// feedback, and household 0 has a team visit for a need without a referral.
const served = demoReferrals()[24]!;
const answered = demoReferrals()[38]!;
const VISITED_N = 0;
const VISITED = demoId('household', VISITED_N);

/** The worker of a household's own village, and of another village of the same town. */
function workers(householdN: number) {
  const village = demoHouseholdVillage(householdN);
  const neighbour = villagesOf(village.slice(0, 9)).find((v) => v.code !== village)!.code;
  const scopes = ['aid:read', 'aidcheck:run', 'service:read'];
  return { own: claimsFor('village_worker', { region: village, scopes }), neighbour: claimsFor('village_worker', { region: neighbour, scopes }) };
}

const HOUSEHOLD = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Household { servicesReceived { hours } } } }`;
const CHECK = `query($r: [_Any!]!) { _entities(representations: $r) { ... on PreAidCheck { servicesReceived { hours } } } }`;
const FEEDBACK = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Referral { feedback { respondentType } } } }`;
const householdRef = (id: string) => [{ __typename: 'Household', id }];
const checkRef = (householdId: string) => [
  { __typename: 'PreAidCheck', id: demoId('pre-aid-check', `village-${householdId}`), householdId, windowStart: '2024-01-01', windowEnd: '2026-12-31' },
];

let services: TestSubgraph;
let recordsOfServed: number;
let feedbackOfAnswered: number;
beforeAll(async () => {
  services = await startSubgraph();
  recordsOfServed = (await services.db.select().from(serviceRecords).where(eq(serviceRecords.referralId, served.id))).length;
  feedbackOfAnswered = (await services.db.select().from(feedback).where(eq(feedback.referralId, answered.id))).length;
  expect(recordsOfServed).toBeGreaterThan(0);
  expect(feedbackOfAnswered).toBeGreaterThan(0);
});
afterAll(async () => {
  await services?.stop();
});

/** A field of the first entity of a result (failing on any error). */
function field(result: Result, name: string): unknown[] {
  expect(result.errors).toBeUndefined();
  return result.data!._entities[0][name];
}

/** Whether `claims` sees household 0's team visit without a referral (1.5 hours). */
async function seesVisit(claims: ReturnType<typeof claimsFor>): Promise<boolean> {
  const items = field(await services.run(HOUSEHOLD, claims, { r: householdRef(VISITED) }), 'servicesReceived') as { hours: number }[];
  return items.some((s) => s.hours === 1.5);
}

describe('a village worker at the services subgraph', () => {
  it("sees the services of a household of their own village, through either entity", async () => {
    // Scenario: the worker of the household's village asks for its services and its pre-aid check.
    const { own } = workers(served.householdN);
    expect(field(await services.run(HOUSEHOLD, own, { r: householdRef(served.householdId) }), 'servicesReceived')).toHaveLength(recordsOfServed);
    expect(field(await services.run(CHECK, own, { r: checkRef(served.householdId) }), 'servicesReceived')).toHaveLength(recordsOfServed);
  });

  it('sees no service of a household of another village of the same town', async () => {
    // Scenario: a worker of the neighbouring village crafts `_entities` references to the same household.
    const { neighbour } = workers(served.householdN);
    expect(field(await services.run(HOUSEHOLD, neighbour, { r: householdRef(served.householdId) }), 'servicesReceived')).toEqual([]);
    expect(field(await services.run(CHECK, neighbour, { r: checkRef(served.householdId) }), 'servicesReceived')).toEqual([]);
  });

  it("sees the feedback of their own village's referral and none of the neighbouring village's", async () => {
    // Scenario: post-aid feedback asked for by referral id.
    const { own, neighbour } = workers(answered.householdN);
    const ref = [{ __typename: 'Referral', id: answered.id }];
    expect(field(await services.run(FEEDBACK, own, { r: ref }), 'feedback')).toHaveLength(feedbackOfAnswered);
    expect(field(await services.run(FEEDBACK, neighbour, { r: ref }), 'feedback')).toEqual([]);
  });

  it("places a service without a referral at its household's village, not at the performer's consortium", async () => {
    // Scenario: a team of the town visits household 0 outside any referral. The team's consortium covers the
    // whole town, but only the household's own village worker (and the town and county above) see the visit.
    const [visit] = await services.db
      .select()
      .from(serviceRecords)
      .where(and(eq(serviceRecords.householdId, VISITED), isNull(serviceRecords.referralId)));
    expect(visit!.regionCode).toBe(demoHouseholdVillage(VISITED_N).slice(0, 9));
    const { own, neighbour } = workers(VISITED_N);
    expect(await seesVisit(own)).toBe(true);
    expect(await seesVisit(neighbour)).toBe(false);
    expect(await seesVisit(claimsFor('town_worker', { region: visit!.regionCode }))).toBe(true);
  });

  it("hides a service without a referral from every region when the household's village is unknown", async () => {
    // Scenario: the read model's rows of household 0 predate the village (older feed): no region-bound caller
    // sees the visit, the province-wide client still does.
    const rows = await services.db.select({ id: referrals.id, villageCode: referrals.villageCode }).from(referrals).where(eq(referrals.householdId, VISITED));
    expect(rows.length).toBeGreaterThan(0);
    await services.db.update(referrals).set({ villageCode: null }).where(eq(referrals.householdId, VISITED));
    try {
      expect(await seesVisit(claimsFor('civil_officer', { region: '330203' }))).toBe(false);
      expect(await seesVisit(claimsFor('provincial_system'))).toBe(true);
    } finally {
      for (const row of rows) await services.db.update(referrals).set({ villageCode: row.villageCode }).where(eq(referrals.id, row.id));
    }
  });
});
