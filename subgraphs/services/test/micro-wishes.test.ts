import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { demoId } from '@aid/shared/demo/ids.js';
import { demoHouseholdTown } from '@aid/shared/demo/referral-facts.js';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { microWishes, microWishEvents } from '../src/db/schema.js';
import { DEV_VOLUNTEER_SUBJECT, teamId } from '../src/seed.js';
import { codes, startSubgraph, type TestSubgraph } from './harness.js';

let services: TestSubgraph;

const HOUSEHOLD = demoId('household', 0);
// Services knows a household's place only as its referrals' town (household 0: a Haishu town), so its wishes
// are collected and confirmed by a worker of that town (a village worker cannot be matched on a town).
const townWorker = claimsFor('town_worker', { region: demoHouseholdTown(0), sub: 'worker-1' });
const donorOrg = (k: number) => claimsFor('charity_org', { org: demoId('organization', k), sub: `donor-${k}` });
// The dev volunteer leads team 0 (Haishu).
const volunteer = claimsFor('volunteer', { sub: DEV_VOLUNTEER_SUBJECT });

const COLLECT = `mutation($input: CollectMicroWishInput!) { collectMicroWish(input: $input) { id status publicTitle valueFen countyCode } }`;
const CLAIM = `mutation($id: ID!) { claimMicroWish(id: $id) { id status claimedByMe claimedByOrganization { id } } }`;
const DELIVER = `mutation($id: ID!, $teamId: ID!) { deliverMicroWish(id: $id, teamId: $teamId) { id status deliveredBy { id } } }`;
const CONFIRM = `mutation($id: ID!) { confirmMicroWish(id: $id) { id status confirmedAt } }`;

async function collect(title = '一个新书包', valueFen = 12_000): Promise<string> {
  const result = await services.run(COLLECT, townWorker, {
    input: { householdId: HOUSEHOLD, countyCode: '330203', publicTitle: title, category: 'STUDY_SUPPLIES', valueFen },
  });
  expect(result.errors).toBeUndefined();
  return result.data!.collectMicroWish.id;
}

beforeAll(async () => {
  services = await startSubgraph();
});
afterAll(async () => {
  await services?.stop();
});

describe('micro-wishes (微心愿, 善领)', () => {
  it('a wish goes PUBLISHED → CLAIMED → DELIVERED → CONFIRMED, each step recorded', async () => {
    // Scenario: a village worker collects a wish on a visit, a donor organisation claims it, the volunteer
    // team delivers it and the worker records the recipient's confirmation.
    const id = await collect();
    const claimed = await services.run(CLAIM, donorOrg(3), { id });
    expect(claimed.errors).toBeUndefined();
    expect(claimed.data!.claimMicroWish).toMatchObject({ status: 'CLAIMED', claimedByMe: true, claimedByOrganization: { id: demoId('organization', 3) } });
    const delivered = await services.run(DELIVER, volunteer, { id, teamId: teamId(0) });
    expect(delivered.errors).toBeUndefined();
    expect(delivered.data!.deliverMicroWish).toMatchObject({ status: 'DELIVERED', deliveredBy: { id: teamId(0) } });
    const confirmed = await services.run(CONFIRM, townWorker, { id });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.confirmMicroWish.status).toBe('CONFIRMED');
    const history = await services.run(`query($id: ID!) { microWish(id: $id) { history { from to actorRole } } }`, claimsFor('charity_federation'), { id });
    expect(history.data!.microWish.history).toEqual([
      { from: null, to: 'PUBLISHED', actorRole: 'town_worker' },
      { from: 'PUBLISHED', to: 'CLAIMED', actorRole: 'charity_org' },
      { from: 'CLAIMED', to: 'DELIVERED', actorRole: 'volunteer' },
      { from: 'DELIVERED', to: 'CONFIRMED', actorRole: 'town_worker' },
    ]);
  });

  it('two donors claiming the same wish at once: exactly one wins, the others get CONFLICT', async () => {
    // Scenario: five donors press "claim" on the same published wish at the same moment.
    const id = await collect('一套课外读物', 15_000);
    const results = await Promise.all([0, 1, 2, 3, 4].map((k) => services.run(CLAIM, donorOrg(k), { id })));
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(4);
    expect(losers.every((r) => codes(r)[0] === 'CONFLICT' && r.data === null)).toBe(true);
    const [row] = await services.database.db.select().from(microWishes).where(eq(microWishes.id, id));
    const winner = results.indexOf(winners[0]!);
    expect(row!.status).toBe('CLAIMED');
    expect(row!.claimedByOrganizationId).toBe(demoId('organization', winner));
    expect(row!.version).toBe(2);
    const events = await services.database.db.select().from(microWishEvents).where(eq(microWishEvents.wishId, id));
    expect(events.filter((e) => e.toStatus === 'CLAIMED')).toHaveLength(1);
  });

  it('a step out of order is refused with INVALID_TRANSITION and changes nothing', async () => {
    // Scenario: a worker tries to confirm a wish nobody has claimed or delivered yet.
    const id = await collect('一件冬季棉衣', 20_000);
    const result = await services.run(CONFIRM, townWorker, { id });
    expect(codes(result)).toEqual(['INVALID_TRANSITION']);
    expect(result.errors![0]!.message).toContain('must be DELIVERED');
    const [row] = await services.database.db.select().from(microWishes).where(eq(microWishes.id, id));
    expect(row!.status).toBe('PUBLISHED');
    expect(row!.version).toBe(1);
  });

  it('a cancelled wish can no longer be claimed', async () => {
    // Scenario: the need was met elsewhere, the worker cancels, a late donor tries to claim.
    const id = await collect('一台电饭煲', 25_000);
    const cancelled = await services.run(`mutation($id: ID!) { cancelMicroWish(id: $id, reason: "需求已由其他渠道满足") { status cancelReason } }`, townWorker, { id });
    expect(cancelled.data!.cancelMicroWish).toEqual({ status: 'CANCELLED', cancelReason: '需求已由其他渠道满足' });
    const late = await services.run(CLAIM, donorOrg(5), { id });
    expect(codes(late)).toEqual(['INVALID_TRANSITION']);
  });

  it('only a member of the team, or its organisation, can deliver with it', async () => {
    // Scenario: a volunteer tries to record a delivery in the name of a team they do not belong to.
    const id = await collect('一双运动鞋', 16_000);
    await services.run(CLAIM, donorOrg(1), { id });
    const result = await services.run(DELIVER, volunteer, { id, teamId: teamId(7) });
    expect(codes(result)).toEqual(['NOT_FOUND']);
    const [row] = await services.database.db.select().from(microWishes).where(eq(microWishes.id, id));
    expect(row!.status).toBe('CLAIMED');
  });

  it('the public sees published wishes with a generic title and value, never the household', async () => {
    // Scenario: a visitor without a token browses wishes and tries to read the household link.
    const result = await services.run(
      `{ publishedMicroWishes(countyCode: "330203", first: 50) { edges { node { id publicTitle valueFen status countyCode household { id } } } } }`,
      claimsFor('public'),
    );
    const nodes = result.data!.publishedMicroWishes.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n: any) => n.status === 'PUBLISHED' && n.countyCode === '330203' && n.household === null)).toBe(true);
    expect(new Set(codes(result))).toEqual(new Set(['UNAUTHORIZED_FIELD_OR_TYPE']));
  });

  it('a title that carries a phone number is refused and nothing is written', async () => {
    // Scenario: a worker types the recipient's phone into the public title by mistake.
    const before = await services.database.db.select().from(microWishes);
    const result = await services.run(COLLECT, townWorker, {
      input: { householdId: HOUSEHOLD, countyCode: '330203', publicTitle: '书包 请联系13812345678', category: 'STUDY_SUPPLIES', valueFen: 5000 },
    });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0]!.extensions!.field).toBe('publicTitle');
    expect(result.errors![0]!.message).not.toContain('138');
    expect(await services.database.db.select().from(microWishes)).toHaveLength(before.length);
  });

  it('a need shows its micro-wish through the Need entity', async () => {
    // Scenario: the gateway resolves Need.microWish for a demo need answered by a wish.
    const need = demoId('need', 6); // demo referral 6 is a MICRO_WISH referral
    const result = await services.run(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Need { id microWish { publicTitle status } } } }`,
      claimsFor('civil_officer', { region: '330203' }),
      { r: [{ __typename: 'Need', id: need }] },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0].microWish.publicTitle.length).toBeGreaterThan(1);
  });
});
