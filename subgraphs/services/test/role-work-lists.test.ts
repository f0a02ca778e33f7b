/**
 * Work lists per role in services: a volunteer's deliveries (the wishes they claimed, or that a team of theirs
 * delivered) and a professional's cases with the town of each (from civil affairs' feed, never the village).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '@aid/shared/demo/ids.js';
import { demoHouseholdTown } from '@aid/shared/demo/referral-facts.js';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { DEV_PROFESSIONAL_SUBJECT, DEV_VOLUNTEER_SUBJECT, teamId } from '../src/seed.js';
import { codes, startSubgraph, type TestSubgraph } from './harness.js';

let services: TestSubgraph;
const townWorker = claimsFor('town_worker', { region: demoHouseholdTown(0), sub: 'worker-1' });
const volunteer = claimsFor('volunteer', { sub: DEV_VOLUNTEER_SUBJECT });
const donor = claimsFor('charity_org', { org: demoId('organization', 2), sub: 'donor-2' });

beforeAll(async () => {
  services = await startSubgraph();
});
afterAll(() => services?.stop());

async function ok(query: string, claims: ReturnType<typeof claimsFor>, variables?: Record<string, unknown>) {
  const result = await services.run(query, claims, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

async function wish(title: string): Promise<string> {
  const data = await ok(`mutation($input: CollectMicroWishInput!) { collectMicroWish(input: $input) { id } }`, townWorker, {
    input: { householdId: demoId('household', 0), countyCode: '330203', publicTitle: title, category: 'STUDY_SUPPLIES', valueFen: 8_000 },
  });
  return data.collectMicroWish.id;
}

const DELIVERIES = `query($status: MicroWishStatus) { myDeliveries(status: $status) { id status } }`;

describe('a volunteer\'s deliveries', () => {
  it('lists the wishes the volunteer claimed and those their team delivered, by state, and nobody else\'s', async () => {
    // Scenario: the dev volunteer claims one wish; a donor claims another, which the volunteer's team delivers.
    const claimed = await wish('一盏台灯');
    await ok(`mutation($id: ID!) { claimMicroWish(id: $id) { id } }`, volunteer, { id: claimed });
    const delivered = await wish('一套文具');
    await ok(`mutation($id: ID!) { claimMicroWish(id: $id) { id } }`, donor, { id: delivered });
    await ok(`mutation($id: ID!, $team: ID!) { deliverMicroWish(id: $id, teamId: $team) { id } }`, volunteer, { id: delivered, team: teamId(0) });
    const untouched = await wish('一双运动鞋');

    const all = (await ok(DELIVERIES, volunteer)).myDeliveries as { id: string; status: string }[];
    expect(all).toContainEqual({ id: claimed, status: 'CLAIMED' });
    expect(all).toContainEqual({ id: delivered, status: 'DELIVERED' });
    expect(all.map((w) => w.id)).not.toContain(untouched);
    const onlyDelivered = (await ok(DELIVERIES, volunteer, { status: 'DELIVERED' })).myDeliveries as { id: string }[];
    expect(onlyDelivered.map((w) => w.id)).toContain(delivered);
    expect(onlyDelivered.map((w) => w.id)).not.toContain(claimed);
    // A volunteer token with no volunteer record gets none; other roles are refused.
    expect((await ok(DELIVERIES, claimsFor('volunteer', { sub: 'not-registered' }))).myDeliveries).toEqual([]);
    expect(codes(await services.run(DELIVERIES, claimsFor('professional', { sub: DEV_PROFESSIONAL_SUBJECT })))).toEqual(['FORBIDDEN']);
  });
});

describe('a professional\'s cases', () => {
  it('carry the town of each referral\'s household, from the feed', async () => {
    const data = await ok(`{ myProfessionalProfile { assignedCases { referralStatus townName } } }`, claimsFor('professional', { sub: DEV_PROFESSIONAL_SUBJECT }));
    const cases = data.myProfessionalProfile.assignedCases as { referralStatus: string | null; townName: string | null }[];
    expect(cases.length).toBeGreaterThan(0);
    const towns = cases.map((c) => c.townName).filter(Boolean) as string[];
    expect(towns.length).toBeGreaterThan(0);
    // A town name, never a code or a village.
    expect(towns.every((t) => /镇|街道|乡/.test(t) && !/\d/.test(t))).toBe(true);
  });
});
