import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Outcome, Programme, ReferralStatus } from '@aid/shared/domain/vocabulary.js';
import { demoId } from '@aid/shared/demo/ids.js';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { consents, needs, referrals, referralTransitions } from '../src/db/schema.js';
import { hiddenSubCounts, needsByChannel, referralIndicators, suppressSmallGroups } from '../src/indicators.js';
import { generateHouseholds, generateNeed, insertHouseholds, type GeneratedHousehold } from '../src/seed.js';
import { codeOf, ok, startSubgraph, org, type TestSubgraph } from './harness.js';

let t: TestSubgraph;
const generated = generateHouseholds(0, 30);
/** Three counties of the controlled dataset: households n ≡ 0, 1, 2 (mod 10) lie in three different counties. */
const inCounty = (r: number) => generated.filter((_, n) => n % 10 === r);
const [A, B, C] = [0, 1, 2].map((r) => inCounty(r)[0]!.household.countyCode!) as [string, string, string];

const HOUR = 3_600_000;
/** The period of the dataset: March 2020, China Standard Time. */
const PERIOD = { from: '2020-03-01', to: '2020-03-31' };
let sequence = 0;

interface Planned {
  household: GeneratedHousehold;
  programme: Programme;
  status: ReferralStatus;
  outcome?: Outcome;
  gapFen?: number;
  /** Hours from the request to the first claim; undefined = never claimed. */
  claimAfterHours?: number;
  requested?: boolean;
  createdAt?: Date;
}

/** Writes one referral as the workflow would have left it: need, consent, referral, create/request/claim transitions. */
async function plant(p: Planned): Promise<void> {
  const k = sequence++;
  const createdAt = p.createdAt ?? new Date(Date.parse('2020-03-02T09:00:00+08:00') + k * HOUR);
  const need = { ...generateNeed(`indicators-${k}`, k, p.household.household, p.programme, createdAt), gapFen: p.gapFen ?? 10_000 };
  await t.db.insert(needs).values(need);
  const head = p.household.members[0]!;
  const consentId = demoId('consent', `indicators-${k}`);
  await t.db.insert(consents).values({
    id: consentId,
    householdId: p.household.household.id!,
    subjectId: head.id!,
    givenById: head.id!,
    purposes: ['REFERRAL'],
    dataCategories: ['NEED_DETAILS'],
    allFederationMembers: true,
    recipientOrganizationIds: [],
    method: 'WRITTEN',
    validFrom: new Date('2020-01-01T00:00:00Z'),
    validUntil: new Date('2022-01-01T00:00:00Z'),
    recordedBy: 'test',
  });
  const id = demoId('referral', `indicators-${k}`);
  const claimed = p.claimAfterHours !== undefined;
  await t.db.insert(referrals).values({
    id,
    needId: need.id!,
    householdId: p.household.household.id!,
    consentId,
    villageCode: p.household.household.villageCode,
    programme: p.programme,
    status: p.status,
    organizationId: claimed ? demoId('organization', 0) : null,
    outcome: p.outcome ?? null,
    createdBy: 'test',
    createdAt,
    updatedAt: createdAt,
  });
  const requestedAt = new Date(createdAt.getTime() + HOUR);
  const base = { referralId: id, actor: 'test', actorRole: 'civil_officer' };
  const rows: (typeof referralTransitions.$inferInsert)[] = [{ ...base, fromStatus: null, toStatus: 'DRAFT', action: 'create', at: createdAt }];
  if (p.requested ?? p.status !== 'DRAFT') rows.push({ ...base, fromStatus: 'DRAFT', toStatus: 'REQUESTED', action: 'request', at: requestedAt });
  if (claimed) {
    rows.push({ ...base, fromStatus: 'REQUESTED', toStatus: 'RECEIVED', action: 'claim', at: new Date(requestedAt.getTime() + p.claimAfterHours! * HOUR) });
    // A later re-claim (after a release) does not change the time to the first claim.
    rows.push({ ...base, fromStatus: 'REQUESTED', toStatus: 'RECEIVED', action: 'claim', at: new Date(requestedAt.getTime() + 500 * HOUR) });
    // Completed and failed referrals were accepted first (the linkage was made).
    if (p.status === 'COMPLETED' || p.status === 'FAILED') {
      rows.push({ ...base, fromStatus: 'RECEIVED', toStatus: 'ACCEPTED', action: 'accept', at: new Date(requestedAt.getTime() + 501 * HOUR) });
    }
  }
  await t.db.insert(referralTransitions).values(rows);
}

const INDICATORS = `query($from: String, $to: String, $county: String) {
  referralIndicators(from: $from, to: $to, countyCode: $county) {
    from to countyCode minimumGroupSize
    byProgramme { ...figures }
    byCounty { ...figures }
  }
}
fragment figures on ReferralIndicatorRow {
  programme countyCode countyName suppressed created requested claimed accepted rejected completed failed cancelled
  completionRate medianHoursToClaim p90HoursToClaim gapCoveredFen
}`;

const analyst = () => claimsFor('analyst', { sub: 'analyst-1' });
const officerOf = (county: string) => claimsFor('civil_officer', { region: county, sub: `officer-${county}` });
const SUPPRESSED = {
  suppressed: true,
  created: null,
  requested: null,
  claimed: null,
  accepted: null,
  rejected: null,
  completed: null,
  failed: null,
  cancelled: null,
  completionRate: null,
  medianHoursToClaim: null,
  p90HoursToClaim: null,
  gapCoveredFen: null,
};

beforeAll(async () => {
  t = await startSubgraph();
  await insertHouseholds(t.db, generated);
  const [a, b, c] = [inCounty(0), inCounty(1), inCounty(2)] as [GeneratedHousehold[], GeneratedHousehold[], GeneratedHousehold[]];
  // County A: 7 MEDICAL referrals with every ending, one entered in error, one created after the period.
  await plant({ household: a[0]!, programme: 'MEDICAL', status: 'COMPLETED', outcome: 'GOT_HELP', gapFen: 4_000_000, claimAfterHours: 2 });
  await plant({ household: a[1]!, programme: 'MEDICAL', status: 'COMPLETED', outcome: 'PARTLY_HELPED', gapFen: 2_000_000, claimAfterHours: 4 });
  await plant({ household: a[2]!, programme: 'MEDICAL', status: 'COMPLETED', outcome: 'COULD_NOT_CONTACT', gapFen: 7_000_000, claimAfterHours: 6 });
  await plant({ household: a[0]!, programme: 'MEDICAL', status: 'FAILED', outcome: 'NO_CAPACITY', claimAfterHours: 8 });
  await plant({ household: a[1]!, programme: 'MEDICAL', status: 'CANCELLED' });
  await plant({ household: a[2]!, programme: 'MEDICAL', status: 'REQUESTED' });
  await plant({ household: a[0]!, programme: 'MEDICAL', status: 'DRAFT' });
  await plant({ household: a[1]!, programme: 'MEDICAL', status: 'ENTERED_IN_ERROR', claimAfterHours: 1 });
  await plant({ household: a[2]!, programme: 'MEDICAL', status: 'COMPLETED', outcome: 'GOT_HELP', createdAt: new Date('2020-04-01T00:00:00+08:00') });
  // County B: 4 EDUCATION and 2 MEDICAL referrals, all waiting in the pool.
  for (let i = 0; i < 6; i += 1) await plant({ household: b[i % 3]!, programme: i < 4 ? 'EDUCATION' : 'MEDICAL', status: 'REQUESTED' });
  // County C: 2 HOUSING referrals, fewer than the threshold.
  for (let i = 0; i < 2; i += 1) await plant({ household: c[i]!, programme: 'HOUSING', status: 'REQUESTED' });
});
afterAll(() => t?.stop());

describe('referral indicators (绩效评价)', () => {
  it('counts, completion rate, time to claim and gap covered of a county follow their definitions', async () => {
    // Scenario: the figures of county A in March 2020 (seven referrals ending in every way), computed with a
    // threshold of 1 so that none is hidden.
    const data = await referralIndicators(t.db, analyst(), { ...PERIOD, countyCode: A }, 1);
    expect(data).toMatchObject({ from: PERIOD.from, to: PERIOD.to, countyCode: A, minimumGroupSize: 1 });
    const figures = {
      suppressed: false,
      created: 7,
      requested: 6,
      claimed: 4,
      // The three completed and the failed one were accepted; none was rejected.
      accepted: 4,
      rejected: 0,
      completed: 3,
      failed: 1,
      cancelled: 1,
      completionRate: 0.5,
      // Hours from request to first claim: 2, 4, 6, 8.
      medianHoursToClaim: 5,
      p90HoursToClaim: 7.4,
      // GOT_HELP 40,000 CNY + PARTLY_HELPED 20,000 CNY; COULD_NOT_CONTACT does not count. Shown to 10,000 CNY.
      gapCoveredFen: 6_000_000,
    };
    expect(data.byCounty).toEqual([{ programme: null, countyCode: A, countyName: expect.any(String), ...figures }]);
    expect(data.byProgramme).toEqual([{ programme: 'MEDICAL', countyCode: null, countyName: null, ...figures }]);
  });

  it('a shown group of seven shows no sub-count that singles out fewer than 5 referrals, nor its gap covered', async () => {
    // Scenario: the analyst reads county A in March 2020 with the default threshold: 1 failed, 1 cancelled,
    // 3 completed, 4 claimed, 6 of 7 requested would each single out one to four referrals.
    const data = ok(await t.run(INDICATORS, analyst(), { ...PERIOD, county: A })).referralIndicators;
    expect(data.byCounty).toEqual([
      {
        programme: null,
        countyCode: A,
        countyName: expect.any(String),
        suppressed: false,
        created: 7,
        requested: null,
        claimed: null,
        // 4 accepted singles out fewer than 5; none rejected (and 7 not rejected) singles out nobody.
        accepted: null,
        rejected: 0,
        completed: null,
        failed: null,
        cancelled: null,
        completionRate: null,
        medianHoursToClaim: null,
        p90HoursToClaim: null,
        gapCoveredFen: null,
      },
    ]);
  });

  it('periods are whole months: windows that differ by a day give the same answer', async () => {
    // Scenario: the analyst shifts the period by one day at either end, trying to isolate one day's referrals.
    const ask = async (from: string, to: string) => ok(await t.run(INDICATORS, analyst(), { from, to })).referralIndicators;
    const base = await ask('2020-03-02', '2020-03-31');
    for (const [from, to] of [['2020-03-03', '2020-03-31'], ['2020-03-01', '2020-03-30'], ['2020-03-15', '2020-03-15']] as const) {
      expect(await ask(from, to)).toEqual(base);
    }
    expect(base).toMatchObject({ from: '2020-03-01', to: '2020-03-31' });
    // The referral created on 1 April falls in the next month, never in March's answer.
    expect((await ask('2020-04-01', '2020-04-01')).byCounty).toEqual([expect.objectContaining({ countyCode: A, suppressed: true })]);
  });

  it('a sub-count hidden in one group is hidden in another too, so the total from the other grouping does not give it away', () => {
    // Scenario: the rule on its own: 2 of programme P1's 10 failed, P2 5 of 10, P3 none of 20; one county holds all 40.
    const p1 = { created: 10, requested: 10, claimed: 10, accepted: 0, rejected: 0, completed: 0, failed: 2, cancelled: 0, helped: 0 };
    const p2 = { created: 10, requested: 10, claimed: 10, accepted: 0, rejected: 0, completed: 0, failed: 5, cancelled: 0, helped: 0 };
    const p3 = { created: 20, requested: 20, claimed: 20, accepted: 0, rejected: 0, completed: 0, failed: 0, cancelled: 0, helped: 0 };
    const county = { created: 40, requested: 40, claimed: 40, accepted: 0, rejected: 0, completed: 0, failed: 7, cancelled: 0, helped: 0 };
    const hidden = hiddenSubCounts([[p1, p2, p3], [county]], new Set(), 5);
    expect(hidden.get(p1)!.has('failed')).toBe(true);
    // Else P1 = 7 (the county) - 5 - 0.
    expect(hidden.get(p2)!.has('failed')).toBe(true);
    expect(hidden.get(p3)!.has('failed')).toBe(false);
    expect(hidden.get(county)!.has('failed')).toBe(false);
    // The two hidden cells add up to 7 of 20: no smaller group can be read off.
  });

  it('a group under 5 is suppressed, and a complementary group too, so nothing is recovered by subtraction', async () => {
    // Scenario: the whole city in March 2020: counties A 7, B 6, C 2; programmes MEDICAL 9, EDUCATION 4, HOUSING 2.
    const data = ok(await t.run(INDICATORS, analyst(), PERIOD)).referralIndicators;
    const byCounty = Object.fromEntries(data.byCounty.map((r: any) => [r.countyCode, r]));
    expect(Object.keys(byCounty).sort()).toEqual([A, B, C].sort());
    expect(byCounty[A]).toMatchObject({ suppressed: false, created: 7 });
    // C is under 5; B, the smallest other county, is hidden with it, else C = total (from programmes) - A - B.
    expect(byCounty[C]).toMatchObject(SUPPRESSED);
    expect(byCounty[B]).toMatchObject(SUPPRESSED);
    const byProgramme = Object.fromEntries(data.byProgramme.map((r: any) => [r.programme, r]));
    // MEDICAL 9 is shown, but 8 of 9 requested, 4 claimed, 3 completed each single out fewer than 5.
    expect(byProgramme.MEDICAL).toMatchObject({ suppressed: false, created: 9, requested: null, claimed: null, completed: null, gapCoveredFen: null });
    expect(byProgramme.EDUCATION).toMatchObject(SUPPRESSED);
    expect(byProgramme.HOUSING).toMatchObject(SUPPRESSED);
    // Never exactly one hidden group in a grouping.
    for (const rows of [data.byCounty, data.byProgramme]) expect(rows.filter((r: any) => r.suppressed).length).not.toBe(1);
  });

  it('the response carries no personal data: no ids, no village codes', async () => {
    // Scenario: an analyst's JSON is searched for anything that points at a household.
    const json = JSON.stringify(await t.run(INDICATORS, analyst(), PERIOD));
    expect(json).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(json).not.toMatch(/\d{9}/);
    for (const g of generated) expect(json).not.toContain(g.household.address);
  });

  it('complementary suppression picks the smallest other group, and leaves none alone', () => {
    // Scenario: the suppression rule on its own.
    const groups = [{ created: 3 }, { created: 40 }, { created: 6 }, { created: 9 }];
    expect([...suppressSmallGroups(groups, 5)].map((g) => g.created).sort()).toEqual([3, 6]);
    expect(suppressSmallGroups([{ created: 3 }, { created: 2 }, { created: 50 }], 5).size).toBe(2);
    expect(suppressSmallGroups([{ created: 5 }, { created: 8 }], 5).size).toBe(0);
    expect(suppressSmallGroups([{ created: 4 }], 5).size).toBe(1);
  });

  it('a county officer reads only their own county; another county comes back empty', async () => {
    // Scenario: the officer of county B asks for everything, then for county A.
    const own = ok(await t.run(INDICATORS, officerOf(B), PERIOD)).referralIndicators;
    expect(own.byCounty).toEqual([expect.objectContaining({ countyCode: B, suppressed: false, created: 6, requested: 6, claimed: 0, completionRate: 0, medianHoursToClaim: null })]);
    // Within B, EDUCATION 4 and MEDICAL 2 are both under 5.
    expect(own.byProgramme.map((r: any) => [r.programme, r.suppressed])).toEqual([['EDUCATION', true], ['MEDICAL', true]]);
    const other = ok(await t.run(INDICATORS, officerOf(B), { ...PERIOD, county: A })).referralIndicators;
    expect(other).toMatchObject({ countyCode: A, byProgramme: [], byCounty: [] });
  });

  it('a role without stats:read is refused: null with UNAUTHORIZED_FIELD_OR_TYPE', async () => {
    // Scenario: a charity organisation's staff try the analysts' query.
    const result = await t.run(INDICATORS, org(demoId('organization', 0)), PERIOD);
    expect(result.data ?? null).toBeNull();
    expect(codeOf(result)).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
  });

  it('bad arguments are BAD_USER_INPUT naming the argument', async () => {
    // Scenario: a reversed period and a town code instead of a county.
    const reversed = await t.run(INDICATORS, analyst(), { from: '2020-03-31', to: '2020-03-01' });
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    const town = await t.run(INDICATORS, analyst(), { county: `${A}001` });
    expect(town.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'countyCode' });
  });

  it('both groupings come from one aggregate statement', async () => {
    // Scenario: the statement counter around one indicators read of the whole city.
    t.database.statements.reset();
    ok(await t.run(INDICATORS, analyst(), PERIOD));
    expect(t.database.statements.count).toBe(1);
    expect(t.database.statements.statements[0]).toMatch(/grouping sets/i);
  });
});

describe('needs by intake channel (转介: recorded, referred, by channel)', () => {
  it('counts the period\'s needs of the region by channel, with those ever referred', async () => {
    // Scenario: county A in March 2020 holds 8 needs (the entered-in-error referral's need was still recorded);
    // 7 of them had a referral requested (every one but the draft). Threshold 1, so nothing is hidden.
    const period = { ...PERIOD, countyCode: A, minimumGroupSize: 1 };
    const rows = await needsByChannel(t.db, analyst(), period);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((r) => !r.suppressed)).toBe(true);
    expect(rows.reduce((sum, r) => sum + r.recorded!, 0)).toBe(8);
    expect(rows.reduce((sum, r) => sum + r.referred!, 0)).toBe(7);
    // Another county's officer reads none of A's needs.
    expect(await needsByChannel(t.db, officerOf(C), period)).toEqual([]);
  });

  it('at the default threshold no shown figure singles out fewer than 5 needs', async () => {
    const data = ok(await t.run(`query($from: String, $to: String) { referralIndicators(from: $from, to: $to) { needsByChannel { channel suppressed recorded referred met } } }`, analyst(), PERIOD))
      .referralIndicators;
    const rows = data.needsByChannel as { suppressed: boolean; recorded: number | null; referred: number | null; met: number | null }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      if (row.suppressed) {
        expect([row.recorded, row.referred, row.met]).toEqual([null, null, null]);
        continue;
      }
      expect(row.recorded!).toBeGreaterThanOrEqual(5);
      for (const part of [row.referred, row.met]) {
        if (part === null) continue;
        const rest = row.recorded! - part;
        expect(part === 0 || part >= 5).toBe(true);
        expect(rest === 0 || rest >= 5).toBe(true);
      }
    }
    // A single suppressed row is never alone: its complement is suppressed too.
    expect(rows.filter((r) => r.suppressed).length).not.toBe(1);
  });
});
