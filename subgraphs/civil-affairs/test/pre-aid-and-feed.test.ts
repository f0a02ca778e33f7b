import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { DEFAULT_CONFIG } from '../src/config.js';
import { outboxCounters, referralEvents } from '../src/db/schema.js';
import { appendReferralEvents } from '../src/outbox.js';
import { generateHouseholds, insertHouseholds } from '../src/seed.js';
import { codeOf, codes, officer, ok, startSubgraph, type TestSubgraph } from './harness.js';

let t: TestSubgraph;
const generated = generateHouseholds(0, 40, '2026-01-01');
const haishu = generated.filter((g) => g.household.countyCode === '330203');
const feedReader = () => claimsFor('provincial_system', { sub: 'province' });
const VERDICT = `query($r: [_Any!]!) { _entities(representations: $r) { ... on PreAidCheck { id verdict explanation capFen governmentAid { type amountFen } } } }`;

beforeAll(async () => {
  t = await startSubgraph();
  await insertHouseholds(t.db, generated);
});
afterAll(() => t?.stop());

async function runCheck(householdId: string, programme: string) {
  return ok(
    await t.run(
      `mutation($h: ID!, $p: Programme!) { runPreAidCheck(householdId: $h, programme: $p, windowStart: "2026-01-01", windowEnd: "2026-12-31") { id householdId windowStart windowEnd capFen } }`,
      officer(),
      { h: householdId, p: programme },
    ),
  ).runPreAidCheck;
}

describe('the pre-aid check verdict (@requires charityAid and servicesReceived)', () => {
  it('no aid of the programme in the window gives NONE', async () => {
    // Scenario: the gateway brings empty charity and services data for a housing check.
    const check = await runCheck(haishu[1]!.household.id!, 'HOUSING');
    const data = ok(await t.run(VERDICT, officer(), { r: [{ __typename: 'PreAidCheck', ...check, charityAid: [], servicesReceived: [{ programme: 'MEDICAL', hours: 3 }] }] }));
    expect(data._entities[0]).toMatchObject({ verdict: 'NONE', capFen: DEFAULT_CONFIG.programmeCapsFen.HOUSING });
  });

  it('charity aid of the same programme gives SAME_PROGRAMME_ACTIVE, so do service hours of it', async () => {
    // Scenario: a charity disbursement for 善医 below the cap; then only a psychological service.
    const medical = await runCheck(haishu[1]!.household.id!, 'MEDICAL');
    const byCharity = ok(await t.run(VERDICT, officer(), { r: [{ __typename: 'PreAidCheck', ...medical, charityAid: [{ programme: 'MEDICAL', amountFen: 100_000 }], servicesReceived: [] }] }));
    expect(byCharity._entities[0].verdict).toBe('SAME_PROGRAMME_ACTIVE');
    expect(byCharity._entities[0].explanation).toMatch(/charity 100000 fen/);
    const psych = await runCheck(haishu[1]!.household.id!, 'PSYCHOLOGICAL');
    const byService = ok(await t.run(VERDICT, officer(), { r: [{ __typename: 'PreAidCheck', ...psych, charityAid: [], servicesReceived: [{ programme: 'PSYCHOLOGICAL', hours: 1.5 }] }] }));
    expect(byService._entities[0].verdict).toBe('SAME_PROGRAMME_ACTIVE');
  });

  it('government plus charity aid of the programme reaching the cap gives OVER_CAP', async () => {
    // Scenario: household 0 gets the minimum living allowance (basic assistance) all year; charity tops it past the cap.
    const check = await runCheck(haishu[0]!.household.id!, 'BASIC_ASSISTANCE');
    const data = ok(await t.run(VERDICT, officer(), { r: [{ __typename: 'PreAidCheck', ...check, charityAid: [{ programme: 'BASIC_ASSISTANCE', amountFen: 1 }], servicesReceived: [] }] }));
    expect(data._entities[0].governmentAid.map((a: any) => a.type)).toContain('ALLOWANCE');
    expect(data._entities[0].verdict).toBe('OVER_CAP');
  });

  it('a representation whose window differs from the recorded check resolves to nothing', async () => {
    // Scenario: a forged compound key cannot get a verdict for another window.
    const check = await runCheck(haishu[1]!.household.id!, 'HOUSING');
    const result = await t.run(VERDICT, officer(), { r: [{ __typename: 'PreAidCheck', ...check, windowEnd: '2030-12-31', charityAid: [], servicesReceived: [] }] });
    expect(result.data!._entities[0]).toBeNull();
    expect(codes(result)).toEqual(['NOT_FOUND']);
  });

  it('a window that ends before it starts is BAD_USER_INPUT and records nothing', async () => {
    // Scenario: start and end swapped.
    const result = await t.run(`mutation($h: ID!) { runPreAidCheck(householdId: $h, programme: MEDICAL, windowStart: "2026-12-31", windowEnd: "2026-01-01") { id } }`, officer(), { h: haishu[1]!.household.id });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
  });
});

describe('the referral event feed', () => {
  it('events are numbered without gaps even when concurrent writers commit and some roll back', async () => {
    // Scenario: 12 concurrent transactions append events; every third rolls back; the feed shows 1..8, no holes.
    const base = { needId: haishu[0]!.household.id!, householdId: haishu[0]!.household.id!, programme: 'MEDICAL' as const, fromStatus: null, status: 'DRAFT' as const };
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.db
          .transaction(async (tx) => {
            await appendReferralEvents(tx, [{ ...base, referralId: haishu[i % haishu.length]!.household.id!, action: `test-${i}` }]);
            if (i % 3 === 2) throw new Error('roll back');
          })
          .catch(() => undefined),
      ),
    );
    const rows = await t.db.select({ sequence: referralEvents.sequence, action: referralEvents.action }).from(referralEvents).orderBy(referralEvents.sequence);
    expect(rows.map((r) => r.sequence)).toEqual(Array.from({ length: 8 }, (_, i) => i + 1));
    expect(rows.some((r) => ['test-2', 'test-5', 'test-8', 'test-11'].includes(r.action))).toBe(false);
  });

  it('a reader resumes from any cursor and gets each event once, in order', async () => {
    // Scenario: the provincial system reads 3 at a time until the end, then finds nothing new.
    const seen: number[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const data = ok(await t.run(`query($after: String) { referralEvents(after: $after, first: 3) { events { sequence cursor action } endCursor hasMore } }`, feedReader(), { after }));
      seen.push(...data.referralEvents.events.map((e: any) => e.sequence));
      after = data.referralEvents.endCursor;
      if (!data.referralEvents.hasMore) break;
    }
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const empty = ok(await t.run(`query($after: String) { referralEvents(after: $after) { events { sequence } endCursor hasMore } }`, feedReader(), { after })).referralEvents;
    expect(empty).toEqual({ events: [], endCursor: after, hasMore: false });
  });

  it('the feed needs feed:read', async () => {
    // Scenario: a civil officer's token carries no feed scope.
    const result = await t.run(`{ referralEvents { hasMore } }`, officer());
    expect(codeOf(result)).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
  });

  it('the counter row and the outbox stay consistent', async () => {
    // Scenario: the counter equals the highest sequence.
    const [row] = await t.db.select().from(outboxCounters);
    const value = row!.value;
    expect(value).toBe(8);
  });
});
