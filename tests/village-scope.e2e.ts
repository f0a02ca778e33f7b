import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { demoReferrals } from '@aid/shared/demo/referrals.js';
import { createReferralFeedClient } from '@aid/shared/referral-feed/client.js';
import { ReferralFeedConsumer } from '@aid/shared/referral-feed/consumer.js';
import { demoHouseholdVillage } from '@aid/shared/demo/referral-facts.js';
import { villagesOf } from '@aid/shared/domain/regions.js';
import { referrals as charityReferrals, feedCursors as charityCursors } from '@aid/charity/db/schema.js';
import { referralReadModelStore } from '@aid/charity/referral-sync.js';
import { startStack, type Stack } from './support/stack.js';

// A village worker covers their own village, never the rest of the town, in charity and services as in
// civil-affairs: the feed carries each household's 12-digit village and the read models keep it.
const funded = demoReferrals().filter((r) => ['ACCEPTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED'].includes(r.status))[0]!;
const served = demoReferrals()[24]!;
const SCOPES = ['household:read', 'aid:read', 'aidcheck:run', 'service:read'];

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

/** Tokens for the worker of a household's village and of another village of the same town. */
async function workers(householdN: number) {
  const village = demoHouseholdVillage(householdN);
  const neighbour = villagesOf(village.slice(0, 9)).find((v) => v.code !== village)!.code;
  return {
    own: await stack.token('village_worker', { region: village, scopes: SCOPES }),
    neighbour: await stack.token('village_worker', { region: neighbour, scopes: SCOPES }),
  };
}

const HOUSEHOLD = `query($h: ID!) { household(id: $h) { id charityAid { amountFen } servicesReceived { hours } } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Household { FIELD } } }`;

describe('village scope across the graph', () => {
  it("the feed carries the household's village, and a replay fills a read-model row that lacks it", async () => {
    // Scenario: charity's read-model row predates the village; the feed is read again from the start.
    const db = stack.databases.charity.db;
    await db.update(charityReferrals).set({ villageCode: null }).where(eq(charityReferrals.id, funded.id));
    await db.delete(charityCursors);
    const token = await stack.token('charity_federation', { scopes: ['feed:read'] });
    const consumer = new ReferralFeedConsumer({
      client: createReferralFeedClient({ url: stack.subgraphUrls['civil-affairs'], token: async () => token }),
      store: referralReadModelStore(db),
      intervalMs: 0,
    });
    expect(await consumer.catchUp()).toBeGreaterThan(0);
    const [row] = await db.select({ villageCode: charityReferrals.villageCode }).from(charityReferrals).where(eq(charityReferrals.id, funded.id));
    expect(row!.villageCode).toBe(demoHouseholdVillage(funded.householdN));
  });

  it("through the gateway, a village worker sees their own village's household with its charity aid and services", async () => {
    // Scenario: the worker opens a household of their village.
    const aid = await stack.query(HOUSEHOLD, { token: (await workers(funded.householdN)).own, variables: { h: funded.householdId } });
    expect(aid.errors).toBeUndefined();
    expect(aid.data.household.charityAid).toHaveLength(1);
    const services = await stack.query(HOUSEHOLD, { token: (await workers(served.householdN)).own, variables: { h: served.householdId } });
    expect(services.errors).toBeUndefined();
    expect(services.data.household.servicesReceived.length).toBeGreaterThan(0);
  });

  it('through the gateway, a worker of another village of the same town gets nothing of that household', async () => {
    // Scenario: the neighbouring village's worker asks for the same household.
    const { neighbour } = await workers(funded.householdN);
    const result = await stack.query(HOUSEHOLD, { token: neighbour, variables: { h: funded.householdId } });
    expect(result.data?.household ?? null).toBeNull();
  });

  it("straight at the charity and services subgraphs, the neighbouring village's worker reads no aid and no services", async () => {
    // Scenario: the same worker sends `_entities` to each subgraph over HTTP, skipping civil-affairs.
    const aid = await stack.query(ENTITIES.replace('FIELD', 'charityAid { amountFen }'), {
      url: stack.subgraphUrls.charity,
      token: (await workers(funded.householdN)).neighbour,
      variables: { r: [{ __typename: 'Household', id: funded.householdId }] },
    });
    expect(aid.errors).toBeUndefined();
    expect(aid.data._entities).toEqual([{ charityAid: [] }]);
    const services = await stack.query(ENTITIES.replace('FIELD', 'servicesReceived { hours }'), {
      url: stack.subgraphUrls.services,
      token: (await workers(served.householdN)).neighbour,
      variables: { r: [{ __typename: 'Household', id: served.householdId }] },
    });
    expect(services.errors).toBeUndefined();
    expect(services.data._entities).toEqual([{ servicesReceived: [] }]);
    // The same requests by the household's own village worker do return the rows.
    const own = await stack.query(ENTITIES.replace('FIELD', 'charityAid { amountFen }'), {
      url: stack.subgraphUrls.charity,
      token: (await workers(funded.householdN)).own,
      variables: { r: [{ __typename: 'Household', id: funded.householdId }] },
    });
    expect(own.data._entities[0].charityAid).toHaveLength(1);
  });
});
