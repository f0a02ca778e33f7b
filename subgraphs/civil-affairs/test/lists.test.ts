import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERRAL_STATUSES, PROGRAMMES } from '@aid/shared/domain/vocabulary.js';
import { householdCategories, needs, referrals, referralEvents, consents } from '../src/db/schema.js';
import { seedCivilAffairs } from '../src/seed.js';
import { codeOf, officer, ok, startSubgraph, org, type TestSubgraph } from './harness.js';
import { demoId } from '@aid/shared/demo/ids.js';

let t: TestSubgraph;
beforeAll(async () => {
  t = await startSubgraph();
  await seedCivilAffairs(t.db);
});
afterAll(() => t?.stop());

async function statementsFor(query: string, variables: Record<string, unknown>, claims = officer('3302')) {
  t.database.statements.reset();
  ok(await t.run(query, claims, variables));
  return t.database.statements.count;
}

describe('lists for frontends', () => {
  it('the need list costs one statement per level, whether the page has 2 or 60 rows', async () => {
    // Scenario: a city-wide page of needs with each household and its members.
    const query = `query($first: Int) { needs(first: $first) { edges { node { id gapFen household { id members { maskedName } categories { category } } } } } }`;
    const small = await statementsFor(query, { first: 2 });
    const large = await statementsFor(query, { first: 60 });
    expect(small).toBe(4);
    expect(large).toBe(small);
  });

  it('the referral list costs one statement per level, whether the page has 2 or 60 rows', async () => {
    // Scenario: referrals with need, household, consent and transitions.
    const query = `query($first: Int) { referrals(first: $first) { edges { node { id status need { gapFen } household { id } consent { status } transitions { to } } } } }`;
    const small = await statementsFor(query, { first: 2 });
    const large = await statementsFor(query, { first: 60 });
    expect(small).toBe(4);
    expect(large).toBe(small);
  });

  it('needs come in priority order, then oldest first, and pages do not overlap', async () => {
    // Scenario: an officer of the whole city pages through all needs 7 at a time.
    const seen: { id: string; priority: string; collectedAt: string }[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = ok(await t.run(`query($after: String) { needs(first: 7, after: $after) { edges { node { id priority collectedAt } } pageInfo { hasNextPage endCursor } } }`, officer('3302'), { after })).needs;
      seen.push(...page.edges.map((e: any) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(await t.rows(needs));
    expect(new Set(seen.map((n) => n.id)).size).toBe(seen.length);
    const order = ['MAJOR_ILLNESS', 'DISASTER', 'SUDDEN_ACCIDENT', 'ROUTINE'];
    const keys = seen.map((n) => `${order.indexOf(n.priority)}|${n.collectedAt}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('filters by region, programme, status, priority and category combine', async () => {
    // Scenario: Haishu MEDICAL referrals in progress; then needs of 低保 households.
    const referralsPage = ok(await t.run(`{ referrals(first: 100, filter: { regionCode: "330203", programme: MEDICAL }) { edges { node { programme household { countyCode } } } } }`, officer('3302'))).referrals;
    expect(referralsPage.edges.length).toBeGreaterThan(0);
    expect(referralsPage.edges.every((e: any) => e.node.programme === 'MEDICAL' && e.node.household.countyCode === '330203')).toBe(true);
    const byStatus = ok(await t.run(`{ referrals(first: 100, filter: { status: ON_HOLD }) { edges { node { status } } } }`, officer('3302'))).referrals;
    expect(byStatus.edges.map((e: any) => e.node.status)).toEqual(Array(6).fill('ON_HOLD'));
    const byCategory = ok(await t.run(`{ needs(first: 100, filter: { category: MINIMUM_LIVING_ALLOWANCE, priority: MAJOR_ILLNESS }) { edges { node { priority household { categories { category } } } } } }`, officer('3302'))).needs;
    expect(byCategory.edges.length).toBeGreaterThan(0);
    for (const edge of byCategory.edges) {
      expect(edge.node.priority).toBe('MAJOR_ILLNESS');
      expect(edge.node.household.categories.map((c: any) => c.category)).toContain('MINIMUM_LIVING_ALLOWANCE');
    }
  });

  it('a region outside the caller\'s is an empty list, a malformed one BAD_USER_INPUT', async () => {
    // Scenario: a Haishu officer asks for Beilun (330206), then for "33x".
    const other = ok(await t.run(`{ needs(filter: { regionCode: "330206" }) { edges { cursor } } }`, officer('330203'))).needs;
    expect(other.edges).toEqual([]);
    expect(codeOf(await t.run(`{ needs(filter: { regionCode: "33x" }) { edges { cursor } } }`, officer()))).toBe('BAD_USER_INPUT');
  });

  it('a household\'s history shows its categories, aid, needs, consents, checks and referral steps, newest first', async () => {
    // Scenario: demo household 0 has a completed-path referral and more.
    const data = ok(await t.run(`query($id: ID!) { household(id: $id) { history { at kind summary } } }`, officer(), { id: demoId('household', 0) }));
    const kinds = new Set(data.household.history.map((h: any) => h.kind));
    for (const kind of ['REGISTERED', 'CATEGORY', 'AID', 'NEED', 'CONSENT_GIVEN', 'PRE_AID_CHECK', 'REFERRAL']) expect(kinds).toContain(kind);
    const times = data.household.history.map((h: any) => h.at);
    expect(times).toEqual([...times].sort().reverse());
  });
});

describe('the demo seed', () => {
  it('covers every category, programme, priority, channel and referral state, with consents and a gap-free feed', async () => {
    // Scenario: the data a frontend team sees on first start.
    const categories = new Set((await t.db.select({ c: householdCategories.category }).from(householdCategories)).map((r) => r.c));
    expect(categories.size).toBe(12);
    const needRows = await t.db.select().from(needs);
    expect(new Set(needRows.map((n) => n.programme))).toEqual(new Set(PROGRAMMES));
    expect(new Set(needRows.map((n) => n.priority)).size).toBe(4);
    expect(new Set(needRows.map((n) => n.channel)).size).toBe(5);
    expect(new Set(needRows.map((n) => n.subType)).size).toBe(21);
    const referralRows = await t.db.select().from(referrals);
    expect(new Set(referralRows.map((r) => r.status))).toEqual(new Set(REFERRAL_STATUSES));
    expect(referralRows.find((r) => r.id === demoId('referral', 0))).toBeDefined();
    expect(await t.rows(consents)).toBeGreaterThan(0);
    const sequences = (await t.db.select({ s: referralEvents.sequence }).from(referralEvents).orderBy(referralEvents.sequence)).map((r) => r.s);
    expect(sequences).toEqual(sequences.map((_, i) => i + 1));
  });

  it('a seeded organisation sees its accepted demo referral\'s consented contact', async () => {
    // Scenario: demo referral 18 (ACCEPTED) is held by organisation 18 mod 12 = 6.
    const data = ok(await t.run(`query($id: ID!) { referral(id: $id) { status claimedBy { id } consentedContact { maskedName phone householdSize } } }`, org(demoId('organization', 6)), { id: demoId('referral', 18) }));
    expect(data.referral.status).toBe('ACCEPTED');
    expect(data.referral.consentedContact.maskedName).toMatch(/^.\*+$/);
  });
});
