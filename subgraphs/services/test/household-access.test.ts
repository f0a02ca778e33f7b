import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import { demoReferrals, DEMO_ORGANIZATIONS } from '@aid/shared/demo/referrals.js';
import { demoId } from '@aid/shared/demo/ids.js';
import { demoHouseholdTown, demoHouseholdVillage } from '@aid/shared/demo/referral-facts.js';
import { NINGBO_COUNTIES } from '@aid/shared/domain/regions.js';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { referrals, serviceRecords } from '../src/db/schema.js';
import { teamTown } from '../src/seed.js';
import { codes, startSubgraph, type Result, type TestSubgraph } from './harness.js';

// Household fields at the subgraph itself (`_entities` is no back door). Every demo
// referral is of a Haishu (330203) household. Demo referral 24 (in progress, organisation 0) has service
// records; household 0 has a team visit for a need without a referral, delivered by team 0 of a Haishu town.
const referral = demoReferrals()[24]!;
const town = demoHouseholdTown(referral.householdN);
const otherHaishuTown = NINGBO_COUNTIES.find((c) => c.code === '330203')!.towns.find((t) => t.code !== town)!.code;
const VISITED = demoId('household', 0);

const haishuOfficer = claimsFor('civil_officer', { region: '330203' });
const beilunOfficer = claimsFor('civil_officer', { region: '330206' });
const provincial = claimsFor('provincial_system');

const HOUSEHOLD = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Household { id servicesReceived { programme hours } } } }`;
const CHECK = `query($r: [_Any!]!) { _entities(representations: $r) { ... on PreAidCheck { id servicesReceived { programme hours } } } }`;
const household = (id = referral.householdId) => [{ __typename: 'Household', id }];
const check = (householdId = referral.householdId) => [
  { __typename: 'PreAidCheck', id: demoId('pre-aid-check', `access-${householdId}`), householdId, windowStart: '2024-01-01', windowEnd: '2026-12-31' },
];

let services: TestSubgraph;
let recordsOfReferral: number;
beforeAll(async () => {
  services = await startSubgraph();
  recordsOfReferral = (await services.database.db.select().from(serviceRecords).where(eq(serviceRecords.referralId, referral.id))).length;
  expect(recordsOfReferral).toBeGreaterThan(0);
});
afterAll(async () => {
  await services?.stop();
});

/** The services of the first entity of a result (failing on any error). */
function servicesOf(result: Result): unknown[] {
  expect(result.errors).toBeUndefined();
  return result.data!._entities[0].servicesReceived;
}

describe('Household.servicesReceived and PreAidCheck.servicesReceived asked for directly at the subgraph', () => {
  it('a Beilun officer gets nothing for a Haishu household, through either entity', async () => {
    // Scenario: an officer of another county crafts `_entities` references to read a household's services.
    expect(servicesOf(await services.run(HOUSEHOLD, beilunOfficer, { r: household() }))).toEqual([]);
    expect(servicesOf(await services.run(CHECK, beilunOfficer, { r: check() }))).toEqual([]);
  });

  it("a Haishu officer gets the household's services, through either entity", async () => {
    // Scenario: the officer of the household's county asks the same questions.
    expect(servicesOf(await services.run(HOUSEHOLD, haishuOfficer, { r: household() }))).toHaveLength(recordsOfReferral);
    expect(servicesOf(await services.run(CHECK, haishuOfficer, { r: check() }))).toHaveLength(recordsOfReferral);
  });

  it('a village worker is matched on their village, a town worker on their town', async () => {
    // Scenario: the read model keeps each household's 12-digit village, so a village-bound worker covers
    // their village only (test/village-scope.test.ts asks a neighbouring village), a town worker the town.
    const village = demoHouseholdVillage(referral.householdN);
    expect(servicesOf(await services.run(HOUSEHOLD, claimsFor('village_worker', { region: village }), { r: household() }))).toHaveLength(recordsOfReferral);
    expect(servicesOf(await services.run(HOUSEHOLD, claimsFor('town_worker', { region: town }), { r: household() }))).toHaveLength(recordsOfReferral);
    expect(servicesOf(await services.run(HOUSEHOLD, claimsFor('town_worker', { region: otherHaishuTown }), { r: household() }))).toEqual([]);
  });

  it('the provincial system (no region) gets the services', async () => {
    // Scenario: the province-wide machine client reads a household's services.
    expect(servicesOf(await services.run(HOUSEHOLD, provincial, { r: household() }))).toHaveLength(recordsOfReferral);
  });

  it("a service without a referral counts at its household's village (as the read model knows it)", async () => {
    // Scenario: team 0's visit for household 0's need: the officer and town worker of the household's region
    // see it, an officer of another county does not (test/village-scope.test.ts: the village rule).
    const [visit] = await services.database.db
      .select()
      .from(serviceRecords)
      .where(and(eq(serviceRecords.householdId, VISITED), isNull(serviceRecords.referralId)));
    expect(visit!.regionCode).toBe(teamTown(0).town.code);
    const visible = async (claims: ReturnType<typeof claimsFor>) =>
      (servicesOf(await services.run(HOUSEHOLD, claims, { r: household(VISITED) })) as { hours: number }[]).some((s) => s.hours === 1.5);
    expect(await visible(haishuOfficer)).toBe(true);
    expect(await visible(claimsFor('town_worker', { region: teamTown(0).town.code }))).toBe(true);
    expect(await visible(beilunOfficer)).toBe(false);
  });

  it('a charity organisation sees what it delivered, another organisation and the federation nothing', async () => {
    // Scenario: tokens carrying aid:read beyond their role's default: row level still decides.
    const scopes = ['aid:read'];
    const deliverer = claimsFor('charity_org', { org: referral.organizationId!, scopes });
    const other = claimsFor('charity_org', { org: demoId('organization', (referral.n + 1) % DEMO_ORGANIZATIONS), scopes });
    expect(servicesOf(await services.run(HOUSEHOLD, deliverer, { r: household() })).length).toBeGreaterThan(0);
    expect(servicesOf(await services.run(HOUSEHOLD, other, { r: household() }))).toEqual([]);
    // The federation follows cases, not households: its role is not admitted to Household references.
    expect((await services.run(HOUSEHOLD, claimsFor('charity_federation', { scopes }), { r: household() })).data!._entities).toEqual([null]);
  });

  it('a referral whose village the read model does not know is hidden from region-bound callers only', async () => {
    // Scenario: a read-model row without a village (older feed): the officer of the right county does not
    // see its services, the province-wide client still does.
    await services.database.db.update(referrals).set({ villageCode: null }).where(eq(referrals.id, referral.id));
    try {
      expect(servicesOf(await services.run(HOUSEHOLD, haishuOfficer, { r: household() }))).toEqual([]);
      expect(servicesOf(await services.run(HOUSEHOLD, provincial, { r: household() }))).toHaveLength(recordsOfReferral);
    } finally {
      await services.database.db.update(referrals).set({ villageCode: demoHouseholdVillage(referral.householdN) }).where(eq(referrals.id, referral.id));
    }
  });

  it('N households cost one statement whoever asks, and none for a caller who may see no services', async () => {
    // Scenario: every demo household with a referral in one request, for callers inside and outside the region.
    const r = [...new Set(demoReferrals().map((x) => x.householdId))].map((id) => ({ __typename: 'Household', id }));
    const cost = async (claims: ReturnType<typeof claimsFor>) => {
      services.database.statements.reset();
      const result = await services.run(HOUSEHOLD, claims, { r });
      // A caller who may see none of the households gets each as NOT_FOUND, at its own index.
      expect(codes(result).every((code) => code === 'NOT_FOUND')).toBe(true);
      return {
        items: (result.data!._entities as ({ servicesReceived: unknown[] } | null)[]).flatMap((h) => h?.servicesReceived ?? []).length,
        statements: services.database.statements.count,
      };
    };
    const inside = await cost(haishuOfficer);
    expect(inside.items).toBeGreaterThan(30);
    expect(inside.statements).toBe(1);
    expect(await cost(beilunOfficer)).toEqual({ items: 0, statements: 1 });
    expect(await cost(claimsFor('charity_federation', { scopes: ['aid:read'] }))).toEqual({ items: 0, statements: 0 });
  });
});
