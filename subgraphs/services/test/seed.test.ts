import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { demoReferrals } from '@aid/shared/demo/referrals.js';
import { NINGBO_COUNTIES } from '@aid/shared/domain/regions.js';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { buildServicesSeed, seedServices } from '../src/seed.js';
import { startSubgraph, type TestSubgraph } from './harness.js';

let services: TestSubgraph;

beforeAll(async () => {
  services = await startSubgraph();
});
afterAll(async () => {
  await services?.stop();
});

/** Rows of a raw query, whichever driver answered (PGlite returns { rows }, postgres.js an array). */
async function rowsOf<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await services.database.db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

/**
 * Column names that could hold a recipient's name, ID number, phone or address (or anyone's contact data).
 * The services schema refers to people only by opaque ids and masked labels.
 */
const DENY = /(^|_)(name|full_?name|first_?name|last_?name|surname|id_?number|id_?card|identity|citizen|passport|phone|mobile|tel|telephone|contact|email|wechat|address|addr|street|house_?number|birth|dob|gender|sex)(_|$)/i;

describe('services seed and storage', () => {
  it('the services database has no column that could hold a recipient\'s name, ID number, phone or address', async () => {
    // Scenario: an auditor lists every column of the services schema and checks it against a deny-list.
    const columns = await rowsOf<{ table_name: string; column_name: string }>(
      sql`select table_name, column_name from information_schema.columns where table_schema = 'services'`,
    );
    expect(columns.length).toBeGreaterThan(50);
    const offending = columns.filter((c) => DENY.test(c.column_name)).map((c) => `${c.table_name}.${c.column_name}`);
    expect(offending).toEqual([]);
  });

  it('every Ningbo county has a consortium with town and village consortia under it', async () => {
    // Scenario: the frontend walks the three tiers of 助联体 from each county down.
    const result = await services.run(
      `{ consortia(tier: COUNTY, first: 20) { edges { node { regionCode title children { tier regionCode children { tier parent { regionCode } } } } } } }`,
      claimsFor('public'),
    );
    expect(result.errors).toBeUndefined();
    const counties = result.data!.consortia.edges.map((e: any) => e.node);
    expect(counties.map((c: any) => c.regionCode).sort()).toEqual(NINGBO_COUNTIES.map((c) => c.code).sort());
    for (const county of counties) {
      const source = NINGBO_COUNTIES.find((c) => c.code === county.regionCode)!;
      expect(county.children).toHaveLength(source.towns.length);
      for (const town of county.children) {
        expect(town.tier).toBe('TOWN');
        expect(town.children.length).toBeGreaterThan(0);
        expect(town.children.every((v: any) => v.tier === 'VILLAGE' && v.parent.regionCode === town.regionCode)).toBe(true);
      }
    }
  });

  it('the seed agrees with the shared demo plan: records for worked referrals, feedback on completed ones, wishes in every state', () => {
    // Scenario: another subgraph's seed refers to the same referral and household ids.
    const seed = buildServicesSeed();
    const referrals = new Map(demoReferrals().map((r) => [r.id, r]));
    for (const record of seed.records.filter((r) => r.referralId)) {
      const referral = referrals.get(record.referralId!)!;
      expect(referral).toBeDefined();
      expect(record.householdId).toBe(referral.householdId);
      expect(['ACCEPTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'FAILED']).toContain(referral.status);
    }
    expect(seed.feedback.every((f) => referrals.get(f.referralId)!.status === 'COMPLETED')).toBe(true);
    expect(new Set(seed.wishes.map((w) => w.status))).toEqual(new Set(['PUBLISHED', 'CLAIMED', 'DELIVERED', 'CONFIRMED', 'CANCELLED']));
    expect(JSON.stringify(buildServicesSeed())).toBe(JSON.stringify(seed));
  });

  it('seeding again into a seeded database writes nothing', async () => {
    // Scenario: a restart of `npm start` finds the demo data already there.
    expect(await seedServices(services.database.db)).toBe(false);
  });
});
