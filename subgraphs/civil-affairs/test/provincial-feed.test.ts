import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { demoReferrals } from '@aid/shared/demo/referrals.js';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { referrals } from '../src/db/schema.js';
import { seedCivilAffairs } from '../src/seed.js';
import { codes, federation, ok, startSubgraph, type TestSubgraph } from './harness.js';

// the provincial system joins the aid outcomes of the referral feed through the graph. It
// reads a referral's non-personal fields, province-wide (or within its region), and never its household.
let t: TestSubgraph;
const province = () => claimsFor('provincial_system', { sub: 'province' });
const completed = demoReferrals().find((r) => r.status === 'COMPLETED')!;

const FEED = `query($first: Int) { referralEvents(first: $first) { events { referralId referral { id status outcome programme updatedAt need { gapFen priority } } } } }`;
const ENTITY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Referral { id status outcome household { id } } } }`;

beforeAll(async () => {
  t = await startSubgraph();
  await seedCivilAffairs(t.db);
});
afterAll(() => t?.stop());

async function villageOf(referralId: string): Promise<string> {
  const [row] = await t.db.select({ villageCode: referrals.villageCode }).from(referrals).where(eq(referrals.id, referralId));
  return row!.villageCode;
}

describe('the provincial system reads referrals through the feed', () => {
  it('each event brings its referral with status, outcome and need, one statement per level whatever the page size', async () => {
    // Scenario: the provincial system reads a small page and a large page of the feed with each event's referral.
    const statementsFor = async (first: number) => {
      t.database.statements.reset();
      const events = ok(await t.run(FEED, province(), { first })).referralEvents.events as any[];
      expect(events).toHaveLength(first);
      expect(events.every((e) => e.referral?.id === e.referralId)).toBe(true);
      return t.database.statements.count;
    };
    const small = await statementsFor(5);
    const large = await statementsFor(200);
    // Events, referrals, needs: one statement each.
    expect(small).toBe(3);
    expect(large).toBe(small);
    const all = ok(await t.run(FEED, province(), { first: 1000 })).referralEvents.events as any[];
    const ours = all.find((e) => e.referralId === completed.id)!;
    expect(ours.referral).toMatchObject({ status: 'COMPLETED', outcome: completed.outcome, programme: completed.programme });
    expect(ours.referral.need.gapFen).toBeGreaterThanOrEqual(0);
  });

  it('the same rule holds for _entities: the provincial system gets the referral, never its household', async () => {
    // Scenario: the gateway asks civil-affairs for a completed referral on behalf of the provincial system.
    const result = await t.run(ENTITY, province(), { r: [{ __typename: 'Referral', id: completed.id }] });
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0]).toEqual({ id: completed.id, status: 'COMPLETED', outcome: completed.outcome, household: null });
  });

  it('a provincial system bound to a county sees the referrals of that county only', async () => {
    // Scenario: a client bound to the completed referral's county, then one bound to another county, ask for it.
    const county = (await villageOf(completed.id)).slice(0, 6);
    const other = county === '330203' ? '330206' : '330203';
    const ask = async (region: string) =>
      (await t.run(ENTITY, claimsFor('provincial_system', { region }), { r: [{ __typename: 'Referral', id: completed.id }] })).data!._entities[0];
    expect(await ask(county)).toMatchObject({ id: completed.id, household: null });
    expect(await ask(other)).toBeNull();
  });

  it('other roles still get nothing: a volunteer through _entities, the federation through the feed', async () => {
    // Scenario: a volunteer asks for the referral directly; the federation (which reads the feed) asks through it.
    const volunteer = await t.run(ENTITY, claimsFor('volunteer'), { r: [{ __typename: 'Referral', id: completed.id }] });
    expect(codes(volunteer)).toEqual(['NOT_FOUND']);
    expect(volunteer.data!._entities).toEqual([null]);
    const events = ok(await t.run(FEED, federation(), { first: 50 })).referralEvents.events as any[];
    expect(events).toHaveLength(50);
    expect(events.every((e) => e.referral === null)).toBe(true);
  });
});
