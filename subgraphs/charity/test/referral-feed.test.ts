import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { demoId } from '@aid/shared/demo/ids.js';
import { createReferralFeedClient, type ReferralFeedClient } from '@aid/shared/referral-feed/client.js';
import { ReferralFeedConsumer } from '@aid/shared/referral-feed/consumer.js';
import { REFERRAL_FEED_FIELDS, REFERRAL_FEED_QUERY, type ReferralFeedEvent, type ReferralFeedPage } from '@aid/shared/referral-feed/contract.js';
import { feedCursors, referrals } from '../src/db/schema.js';
import { REFERRAL_FEED, referralReadModelStore } from '../src/referral-sync.js';
import { startSubgraph, type TestSubgraph } from './harness.js';

const ORG = demoId('organization', 3);
const event = (sequence: number, referral: number, status: ReferralFeedEvent['status'], organizationId: string | null = null): ReferralFeedEvent => ({
  sequence,
  cursor: `cursor-${sequence}`,
  referralId: demoId('feed-test-referral', referral),
  needId: demoId('feed-test-need', referral),
  householdId: demoId('household', referral),
  programme: 'MEDICAL',
  action: status.toLowerCase(),
  fromStatus: null,
  status,
  organizationId,
  townCode: '330206001001',
  villageCode: null,
  occurredAt: new Date(Date.UTC(2026, 5, 1, 0, sequence)).toISOString(),
});

/** A feed of `events` served in pages of `size`, recording the cursors it was asked for. */
function fakeFeed(events: ReferralFeedEvent[], size: number) {
  const asked: (string | null)[] = [];
  const client: ReferralFeedClient = {
    async fetchPage(after): Promise<ReferralFeedPage> {
      asked.push(after);
      const start = after === null ? 0 : events.findIndex((e) => e.cursor === after) + 1;
      const page = events.slice(start, start + size);
      return { events: page, endCursor: page.at(-1)?.cursor ?? after, hasMore: start + size < events.length };
    },
  };
  return { client, asked };
}

let charity: TestSubgraph;
beforeAll(async () => {
  charity = await startSubgraph({ seed: false });
});
afterAll(async () => charity?.stop());

async function readModel(referral: number) {
  const [row] = await charity.db.select().from(referrals).where(eq(referrals.id, demoId('feed-test-referral', referral)));
  return row;
}

describe('the referral feed consumer', () => {
  it('pulls every page, applies the latest state per referral and stores the cursor with it', async () => {
    // Scenario: 7 events over 3 pages; referral 1 goes REQUESTED → RECEIVED → ACCEPTED across page boundaries.
    const events = [
      event(1, 1, 'REQUESTED'),
      event(2, 2, 'REQUESTED'),
      event(3, 1, 'RECEIVED', ORG),
      event(4, 2, 'RECEIVED', ORG),
      event(5, 1, 'ACCEPTED', ORG),
      event(6, 2, 'REQUESTED'),
      event(7, 3, 'REQUESTED'),
    ];
    const { client, asked } = fakeFeed(events, 3);
    const consumer = new ReferralFeedConsumer({ client, store: referralReadModelStore(charity.db), pageSize: 3, intervalMs: 0 });
    expect(await consumer.catchUp()).toBe(7);
    expect(asked).toEqual([null, 'cursor-3', 'cursor-6']);
    expect(await readModel(1)).toMatchObject({ status: 'ACCEPTED', organizationId: ORG, townCode: '330206001', lastSequence: 5 });
    expect(await readModel(2)).toMatchObject({ status: 'REQUESTED', organizationId: null, lastSequence: 6 });
    const [cursor] = await charity.db.select().from(feedCursors).where(eq(feedCursors.feed, REFERRAL_FEED));
    expect(cursor).toMatchObject({ cursor: 'cursor-7', lastSequence: 7 });

    // Resumes after the stored cursor: the next pull asks from cursor-7 and applies the new event only.
    events.push(event(8, 1, 'IN_PROGRESS', ORG));
    expect(await consumer.catchUp()).toBe(1);
    expect(asked.at(-1)).toBe('cursor-7');
    expect(await readModel(1)).toMatchObject({ status: 'IN_PROGRESS', lastSequence: 8 });
  });

  it('a page delivered again changes neither the read model nor the cursor', async () => {
    // Scenario: a consumer restarted from an old cursor replays events 1-5 over newer state.
    const store = referralReadModelStore(charity.db);
    const before = await readModel(1);
    await store.applyPage({ events: [event(3, 1, 'RECEIVED', ORG), event(5, 1, 'ACCEPTED', ORG)], endCursor: 'cursor-5', hasMore: false });
    expect(await readModel(1)).toEqual(before);
    expect(await store.readCursor()).toBe('cursor-8');
  });

  it('concurrent catch-up requests share pulls instead of stampeding the feed', async () => {
    // Scenario: five writes ask for a catch-up at once; at most the running pull and one follow-up happen.
    const { client, asked } = fakeFeed([], 10);
    const consumer = new ReferralFeedConsumer({ client, store: referralReadModelStore(charity.db), intervalMs: 0 });
    await Promise.all(Array.from({ length: 5 }, () => consumer.catchUp()));
    expect(asked.length).toBeLessThanOrEqual(2);
    expect(asked.length).toBeGreaterThanOrEqual(1);
  });
});

describe('the HTTP feed client', () => {
  it('sends the token, asks for every field of the contract, and reads a page', async () => {
    // Scenario: two pages in turn; each request carries the renewed token and the cursor to resume after.
    const bodies: { query: string; variables: Record<string, unknown> }[] = [];
    const headers: string[] = [];
    const fakeFetch = (async (_url: string, init: RequestInit) => {
      const body = JSON.parse(init.body as string) as { query: string; variables: Record<string, unknown> };
      bodies.push(body);
      headers.push((init.headers as Record<string, string>).authorization!);
      return new Response(JSON.stringify({ data: { referralEvents: { events: [event(1, 1, 'REQUESTED')], endCursor: 'cursor-1', hasMore: false } } }));
    }) as unknown as typeof fetch;
    const client = createReferralFeedClient({ url: 'http://civil-affairs.test/graphql', token: async () => 'feed-token', fetch: fakeFetch });
    const page = await client.fetchPage(null, 50);
    expect(page).toMatchObject({ endCursor: 'cursor-1', hasMore: false, events: [{ sequence: 1, villageCode: null, status: 'REQUESTED' }] });
    expect(bodies[0]!.query).toBe(REFERRAL_FEED_QUERY);
    expect(bodies[0]!.variables).toEqual({ after: null, first: 50 });
    await client.fetchPage('cursor-1', 50);
    expect(bodies[1]!.variables).toEqual({ after: 'cursor-1', first: 50 });
    expect(headers).toEqual(['Bearer feed-token', 'Bearer feed-token']);
  });

  it('the contract asks only for fields civil affairs serves, and names every field of the event', () => {
    // Scenario: someone adds a field to the contract but not to civil affairs' schema (or the reverse).
    const typeDefs = parse(readFileSync(new URL('../../civil-affairs/schema.graphql', import.meta.url), 'utf8'));
    const served = typeDefs.definitions.find((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'ReferralEvent');
    const fields = served!.fields!.map((field) => field.name.value);
    expect(REFERRAL_FEED_FIELDS.filter((field) => !fields.includes(field))).toEqual([]);
    expect(Object.keys(event(1, 1, 'REQUESTED')).sort()).toEqual([...REFERRAL_FEED_FIELDS].sort());
  });

  it('a refused request is an error that names the codes, never the token', async () => {
    // Scenario: the token lacks feed:read; civil-affairs answers UNAUTHORIZED_FIELD_OR_TYPE.
    const fakeFetch = (async () =>
      new Response(JSON.stringify({ data: null, errors: [{ message: 'Unauthorized field or type: Query.referralEvents', extensions: { code: 'UNAUTHORIZED_FIELD_OR_TYPE' } }] }))) as unknown as typeof fetch;
    const client = createReferralFeedClient({ url: 'http://civil-affairs.test/graphql', token: async () => 'secret-token', fetch: fakeFetch });
    await expect(client.fetchPage(null, 10)).rejects.toThrow(/UNAUTHORIZED_FIELD_OR_TYPE/);
    await expect(client.fetchPage(null, 10)).rejects.not.toThrow(/secret-token/);
  });
});
