/**
 * Work lists (主动发现, 应救尽救): an officer sees, for the region, the households that qualify and wait for
 * nobody, referrals left in the pool, claims that keep lapsing and aid that ends soon; an organisation sees the
 * referrals it holds. Each list is confined to the caller's region and costs one statement.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { todayInChina } from '@aid/shared/domain/calendar.js';
import { generateHouseholds, insertHouseholds } from '../src/seed.js';
import { aidRecords, referrals, referralTransitions } from '../src/db/schema.js';
import { addDays } from '../src/dates.js';
import { codes, officer, ok, org, startSubgraph, type TestSubgraph } from './harness.js';

let t: TestSubgraph;
const ORG = '11111111-1111-4111-8111-111111111111';
const OTHER_ORG = '22222222-2222-4222-8222-222222222222';
const generated = generateHouseholds(900, 120);
const haishu = generated.filter((g) => g.household.countyCode === '330203' && g.categories.length > 0);
const beilunOfficer = () => officer('330206');
const today = todayInChina();
let next = 0;

beforeAll(async () => {
  t = await startSubgraph();
  await insertHouseholds(t.db, generated);
});
afterAll(() => t?.stop());

async function needOf(g = haishu[next++]!, programme = 'ELDERLY_CARE', gap = 80_000): Promise<{ needId: string; householdId: string; consentId: string }> {
  const need = ok(
    await t.run(`mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id } }`, officer(), {
      input: { householdId: g.household.id, programme, subType: 'ELDERLY_MEALS', publicSummary: 'Meals for an elderly member living alone.', estimatedCostFen: 100_000, otherGovernmentAidFen: 100_000 - gap, priority: 'ROUTINE', channel: 'HOME_VISIT' },
    }),
  ).recordNeed;
  const head = g.members[0]!;
  const consent = ok(
    await t.run(`mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, officer(), {
      input: { householdId: g.household.id, subjectId: head.id, givenById: head.id, purposes: ['REFERRAL'], dataCategories: ['NEED_DETAILS'], allFederationMembers: true, method: 'WRITTEN', validUntil: new Date(Date.now() + 100 * 86_400_000).toISOString() },
    }),
  ).recordConsent;
  return { needId: need.id, householdId: g.household.id!, consentId: consent.id };
}

async function requested(): Promise<string> {
  const n = await needOf();
  ok(await t.run(`mutation($h: ID!, $d: String!) { runPreAidCheck(householdId: $h, programme: ELDERLY_CARE, windowStart: $d, windowEnd: $d) { id } }`, officer(), { h: n.householdId, d: today }));
  const { id } = ok(await t.run(`mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`, officer(), { input: { needId: n.needId, consentId: n.consentId } })).createReferral;
  ok(await t.run(`mutation($id: ID!) { requestReferral(id: $id) { id } }`, officer(), { id }));
  return id;
}

const LIST = `query($region: String) { officerWorkList(regionCode: $region) {
  regionCode
  unreferredNeeds(first: 100) { id }
  unclaimedReferrals(olderThanDays: 7, first: 100) { id }
  repeatedlyLapsedReferrals(minLapses: 2) { referral { id } lapses }
  aidEndingSoon(withinDays: 30, first: 100) { id periodEnd household { id } }
} }`;

describe('an officer\'s work list', () => {
  it('lists an open need of a qualifying household until a referral takes it, in the officer\'s region only', async () => {
    const waiting = await needOf();
    const noGap = await needOf(haishu[next++]!, 'ELDERLY_CARE', 0);
    let list = ok(await t.run(LIST, officer(), {})).officerWorkList;
    expect(list.regionCode).toBe('330203');
    const ids = list.unreferredNeeds.map((n: { id: string }) => n.id);
    expect(ids).toContain(waiting.needId);
    // A need with no gap is nothing to refer.
    expect(ids).not.toContain(noGap.needId);
    ok(await t.run(`mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`, officer(), { input: { needId: waiting.needId, consentId: waiting.consentId } }));
    list = ok(await t.run(LIST, officer(), {})).officerWorkList;
    expect(list.unreferredNeeds.map((n: { id: string }) => n.id)).not.toContain(waiting.needId);
    // Another county's officer sees none of Haishu's lists.
    const beilun = ok(await t.run(LIST, beilunOfficer(), {})).officerWorkList;
    expect(beilun.unreferredNeeds.every((n: { id: string }) => n.id !== waiting.needId)).toBe(true);
    // Asking for a region outside one's own widens nothing.
    const outside = ok(await t.run(LIST, beilunOfficer(), { region: '330203' })).officerWorkList;
    expect([outside.unreferredNeeds, outside.unclaimedReferrals, outside.aidEndingSoon].flat()).toEqual([]);
  });

  it('lists referrals in the pool past the threshold, and those whose claims lapsed twice', async () => {
    const stale = await requested();
    const fresh = await requested();
    await t.db.update(referrals).set({ updatedAt: new Date(Date.now() - 10 * 86_400_000) }).where(eq(referrals.id, stale));
    const [row] = await t.db.select().from(referrals).where(eq(referrals.id, fresh));
    const lapse = { referralId: fresh, fromStatus: 'RECEIVED' as const, toStatus: 'REQUESTED' as const, action: 'expire', actor: 'system', actorRole: 'system', reason: 'The claim was not accepted in time.' };
    await t.db.insert(referralTransitions).values([lapse, lapse]);
    expect(row!.status).toBe('REQUESTED');
    const list = ok(await t.run(LIST, officer(), {})).officerWorkList;
    expect(list.unclaimedReferrals.map((r: { id: string }) => r.id)).toContain(stale);
    expect(list.unclaimedReferrals.map((r: { id: string }) => r.id)).not.toContain(fresh);
    expect(list.repeatedlyLapsedReferrals).toContainEqual({ referral: { id: fresh }, lapses: 2 });
    expect(list.repeatedlyLapsedReferrals.map((r: { referral: { id: string } }) => r.referral.id)).not.toContain(stale);
  });

  it('lists aid being paid that ends within the window, with its household', async () => {
    const g = haishu[next++]!;
    const [aid] = await t.db
      .insert(aidRecords)
      .values({ householdId: g.household.id!, type: 'TEMPORARY_AID', amountFen: 50_000, periodStart: addDays(today, -20), periodEnd: addDays(today, 10) })
      .returning();
    const list = ok(await t.run(LIST, officer(), {})).officerWorkList;
    expect(list.aidEndingSoon).toContainEqual({ id: aid!.id, periodEnd: addDays(today, 10), household: { id: g.household.id } });
    const soon = ok(await t.run(`{ officerWorkList { aidEndingSoon(withinDays: 5) { id } } }`, officer())).officerWorkList;
    expect(soon.aidEndingSoon.map((a: { id: string }) => a.id)).not.toContain(aid!.id);
  });

  it('each list is one statement, whatever its length', async () => {
    t.database.statements.reset();
    ok(await t.run(`{ officerWorkList { unreferredNeeds(first: 100) { id } } }`, officer()));
    expect(t.database.statements.count).toBe(1);
    t.database.statements.reset();
    ok(await t.run(`{ officerWorkList { repeatedlyLapsedReferrals(minLapses: 1, first: 100) { lapses } } }`, officer()));
    expect(t.database.statements.count).toBe(1);
  });

  it('bad thresholds are BAD_USER_INPUT naming the argument; other roles are refused', async () => {
    const result = await t.run(`{ officerWorkList { unclaimedReferrals(olderThanDays: 0) { id } } }`, officer());
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0]!.extensions!.field).toBe('olderThanDays');
    expect(codes(await t.run(`{ officerWorkList { regionCode } }`, claimsFor('analyst')))).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
  });
});

describe('an organisation\'s referrals', () => {
  it('lists what the organisation holds, by state, and nothing of another organisation\'s', async () => {
    const id = await requested();
    ok(await t.run(`mutation($id: ID!) { claimReferral(id: $id) { id } }`, org(ORG), { id }));
    const mine = ok(await t.run(`{ myOrganizationReferrals(status: RECEIVED) { id status } }`, org(ORG))).myOrganizationReferrals;
    expect(mine).toContainEqual({ id, status: 'RECEIVED' });
    expect(ok(await t.run(`{ myOrganizationReferrals(status: COMPLETED) { id } }`, org(ORG))).myOrganizationReferrals).toEqual([]);
    expect(ok(await t.run(`{ myOrganizationReferrals { id } }`, org(OTHER_ORG))).myOrganizationReferrals).toEqual([]);
  });
});
