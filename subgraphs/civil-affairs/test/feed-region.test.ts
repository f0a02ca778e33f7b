import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { referralEvents, referrals } from '../src/db/schema.js';
import { seedCivilAffairs } from '../src/seed.js';
import { federation, ok, startSubgraph, type TestSubgraph } from './harness.js';

// Issue 8, finding 4: a provincial client bound to a region read the whole referral feed.
let t: TestSubgraph;
const PAGE = `query($after: String, $first: Int) { referralEvents(after: $after, first: $first) { events { sequence referralId householdId townCode reason } endCursor hasMore } }`;
let villageOf: Map<string, string>;

beforeAll(async () => {
  t = await startSubgraph();
  await seedCivilAffairs(t.db);
  villageOf = new Map((await t.db.select({ id: referrals.id, villageCode: referrals.villageCode }).from(referrals)).map((r) => [r.id, r.villageCode]));
});
afterAll(() => t?.stop());

/** Reads the whole feed page by page from the start, as a consumer resuming from each endCursor. */
async function readAll(claims: ReturnType<typeof claimsFor>, first: number) {
  const events: any[] = [];
  let after: string | null = null;
  for (let page = 0; page < 500; page += 1) {
    const data: { events: any[]; endCursor: string | null; hasMore: boolean } = ok(await t.run(PAGE, claims, { after, first })).referralEvents;
    events.push(...data.events);
    after = data.endCursor;
    if (!data.hasMore) break;
  }
  return events;
}

describe('the referral feed is filtered by the reader\'s region', () => {
  it('a provincial client bound to a region reads only that region\'s events, all of them, in order, without duplicates', async () => {
    // Scenario: a client bound to one town of Haishu (where the demo referrals are) pages through the feed 7 events at a time.
    const all = await t.db.select({ sequence: referralEvents.sequence, referralId: referralEvents.referralId }).from(referralEvents);
    const region = [...villageOf.values()][0]!.slice(0, 9);
    const expected = all.filter((e) => villageOf.get(e.referralId)!.startsWith(region)).map((e) => e.sequence).sort((a, b) => a - b);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    const events = await readAll(claimsFor('provincial_system', { region, sub: 'town-bound-client' }), 7);
    expect(events.map((e) => e.sequence)).toEqual(expected);
    expect(events.every((e) => villageOf.get(e.referralId)!.startsWith(region))).toBe(true);
  });

  it('a client bound to another county reads nothing of Haishu\'s referrals', async () => {
    // Scenario: a Beilun-bound client reads the feed; every demo referral is in Haishu.
    expect(await readAll(claimsFor('provincial_system', { region: '330206', sub: 'beilun-client' }), 100)).toEqual([]);
  });

  it('a client bound to a village gets that village only, and a page with nothing new keeps its cursor', async () => {
    // Scenario: a client bound to one village reads to the end, then asks again after its last cursor.
    const village = [...villageOf.values()][0]!;
    const claims = claimsFor('provincial_system', { region: village, sub: 'village-client' });
    const events = await readAll(claims, 5);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => villageOf.get(e.referralId) === village)).toBe(true);
    const last = ok(await t.run(PAGE, claims, { first: 1000 })).referralEvents;
    const again = ok(await t.run(PAGE, claims, { after: last.endCursor, first: 10 })).referralEvents;
    expect(again).toEqual({ events: [], endCursor: last.endCursor, hasMore: false });
  });

  it('a provincial client without a region and the federation\'s feed consumers still read the whole feed', async () => {
    // Scenario: the province-wide client and a charity_federation consumer each read every event.
    const total = await t.rows(referralEvents);
    expect(await readAll(claimsFor('provincial_system', { sub: 'province' }), 1000)).toHaveLength(total);
    expect(await readAll(federation(), 1000)).toHaveLength(total);
  });
});
