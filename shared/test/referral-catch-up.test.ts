/**
 * The catch-up pull a write makes before it decides on a referral (money, case work): concurrent writes share
 * pulls, a write never rides on a pull that began before it arrived, and a pull that fails or outlasts its
 * deadline refuses the write (fail closed) with a retryable SERVICE_UNAVAILABLE, before the read model is read.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Queryable } from '../src/database/database.js';
import { ReferralFeedConsumer, type ReferralFeedStore } from '../src/referral-feed/consumer.js';
import { type ReferralFeedClient } from '../src/referral-feed/client.js';
import { type ReferralFeedEvent, type ReferralFeedPage } from '../src/referral-feed/contract.js';
import { CATCH_UP_TIMEOUT_MS, ReferralReadModel, type FeedCursorTable, type ReferralTable } from '../src/referral-feed/read-model.js';
import { GraphQLError } from 'graphql';

const event = (sequence: number, status: ReferralFeedEvent['status']): ReferralFeedEvent => ({
  sequence,
  cursor: `cursor-${sequence}`,
  referralId: '00000000-0000-4000-8000-000000000001',
  needId: '00000000-0000-4000-8000-000000000002',
  householdId: '00000000-0000-4000-8000-000000000003',
  programme: 'HOUSING',
  action: status === 'CANCELLED' ? 'CANCEL' : 'ACCEPT',
  fromStatus: null,
  status,
  organizationId: '00000000-0000-4000-8000-000000000004',
  townCode: '330203003',
  villageCode: '330203003001',
  occurredAt: new Date().toISOString(),
});

/**
 * A feed whose pages are answered when the test releases them; each page is what the feed held when the
 * request arrived (as a database read at that moment would), not when it is released.
 */
function heldFeed() {
  const events: ReferralFeedEvent[] = [];
  const waiting: (() => void)[] = [];
  let requests = 0;
  const client: ReferralFeedClient = {
    async fetchPage(after) {
      requests += 1;
      const from = after === null ? 0 : Number(after.replace('cursor-', ''));
      const snapshot = events.filter((e) => e.sequence > from);
      await new Promise<void>((resolve) => waiting.push(resolve));
      return { events: snapshot, endCursor: snapshot.at(-1)?.cursor ?? after, hasMore: false };
    },
  };
  const applied: ReferralFeedEvent[] = [];
  let cursor: string | null = null;
  const store: ReferralFeedStore = {
    readCursor: async () => cursor,
    applyPage: async (page: ReferralFeedPage) => {
      applied.push(...page.events);
      cursor = page.endCursor;
    },
  };
  const releaseAll = async () => {
    // Release every request made so far, and the ones they lead to, until none is left waiting.
    for (let round = 0; round < 10; round += 1) {
      await new Promise((resolve) => setImmediate(resolve));
      if (waiting.length === 0) return;
      for (const resolve of waiting.splice(0)) resolve();
    }
  };
  return { events, client, store, applied, releaseAll, requests: () => requests, waitingCount: () => waiting.length };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('catch-up pulls shared by concurrent writes', () => {
  it('twenty writes at once on an idle read model share one pull of the feed', async () => {
    // Scenario: twenty payments arrive in the same instant; the feed is asked once.
    const feed = heldFeed();
    feed.events.push(event(1, 'ACCEPTED'));
    const consumer = new ReferralFeedConsumer({ client: feed.client, store: feed.store, intervalMs: 0 });
    const writes = Array.from({ length: 20 }, () => consumer.catchUp());
    await feed.releaseAll();
    await Promise.all(writes);
    expect(feed.requests()).toBe(1);
    expect(feed.applied.map((e) => e.sequence)).toEqual([1]);
  });

  it('writes arriving during a pull wait for one more pull, which sees the cancellation the running pull missed', async () => {
    // Scenario: the background poll has asked the feed; the household withdraws (the cancellation is
    // committed); five case assignments arrive before the poll's answer, which predates the cancellation.
    const feed = heldFeed();
    feed.events.push(event(1, 'ACCEPTED'));
    const consumer = new ReferralFeedConsumer({ client: feed.client, store: feed.store, intervalMs: 0 });
    const poll = consumer.catchUp();
    await new Promise((resolve) => setImmediate(resolve));
    expect(feed.waitingCount()).toBe(1);
    feed.events.push(event(2, 'CANCELLED'));
    let settled = 0;
    const writes = Array.from({ length: 5 }, () => consumer.catchUp().then(() => (settled += 1)));
    // Only the poll's request is out: the writes' pull starts after it, once.
    expect(feed.requests()).toBe(1);
    await feed.releaseAll();
    await Promise.all([poll, ...writes]);
    expect(feed.requests()).toBe(2);
    expect(settled).toBe(5);
    expect(feed.applied.map((e) => `${e.sequence} ${e.status}`)).toEqual(['1 ACCEPTED', '2 CANCELLED']);
  });

  it('a failed pull fails the writes waiting on it, and the next write starts a fresh pull', async () => {
    // Scenario: civil-affairs refuses one request, then answers again.
    let fail = true;
    let requests = 0;
    const client: ReferralFeedClient = {
      async fetchPage() {
        requests += 1;
        if (fail) throw new Error('referral feed unreachable: TypeError');
        return { events: [], endCursor: null, hasMore: false };
      },
    };
    const consumer = new ReferralFeedConsumer({ client, store: { readCursor: async () => null, applyPage: async () => {} }, intervalMs: 0 });
    const results = await Promise.allSettled(Array.from({ length: 3 }, () => consumer.catchUp()));
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    fail = false;
    await expect(consumer.catchUp()).resolves.toBe(0);
    expect(requests).toBe(2);
  });
});

describe('a write refuses when civil affairs cannot confirm the referral', () => {
  // The read model over a database that must not be read: a refused write decides nothing.
  const model = new ReferralReadModel({ referrals: {} as ReferralTable, feedCursors: {} as FeedCursorTable });
  const untouched = new Proxy({}, { get: () => { throw new Error('the read model was read'); } }) as Queryable;
  const refusal = { code: 'SERVICE_UNAVAILABLE', retryable: true };
  const extensionsOf = (error: unknown) => {
    expect(error).toBeInstanceOf(GraphQLError);
    return (error as GraphQLError).extensions;
  };

  it('a pull that fails refuses the write as SERVICE_UNAVAILABLE, retryable, without reading the read model', async () => {
    // Scenario: civil-affairs is down (connection refused).
    const error = await model.findForWrite(untouched, 'r', { catchUp: () => Promise.reject(new Error('unreachable')) }).catch((e: unknown) => e);
    expect(extensionsOf(error)).toMatchObject(refusal);
  });

  it(`a pull that hangs refuses the write after ${CATCH_UP_TIMEOUT_MS} ms, not later`, async () => {
    // Scenario: civil-affairs accepts the connection and never answers.
    vi.useFakeTimers();
    let outcome: unknown = 'pending';
    const pending = model.findForWrite(untouched, 'r', { catchUp: () => new Promise(() => {}) }).then(
      () => (outcome = 'decided'),
      (error: unknown) => (outcome = error),
    );
    await vi.advanceTimersByTimeAsync(CATCH_UP_TIMEOUT_MS - 1);
    expect(outcome).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    await pending;
    expect(extensionsOf(outcome)).toMatchObject(refusal);
  });
});
