import { eq, sql } from 'drizzle-orm';
import type { Database, Queryable } from '@aid/shared/database.js';
import type { ReferralFeedEvent, ReferralFeedPage, ReferralFeedStore } from '@aid/shared/referral-feed.js';
import { feedCursors, referrals, type ReferralRow } from './db/schema.js';

/**
 * The local read model of civil-affairs' referrals (docs/charity.md), fed only by its referral-event feed.
 * Each event carries the referral's state after it, so applying an event is an upsert that keeps whichever
 * state has the higher feed sequence: repeated, reordered or replayed pages change nothing.
 */
export const REFERRAL_FEED = 'civil-affairs.referral-events';

/** States in which the holding organisation has accepted the referral and may pay for it. */
export const FUNDABLE_STATUSES: ReadonlySet<ReferralRow['status']> = new Set(['ACCEPTED', 'IN_PROGRESS', 'ON_HOLD']);

/** A town code as charity keeps it: 9 digits, never the village. */
function townOf(code: string | null): string | null {
  return code && /^\d{9}/.test(code) ? code.slice(0, 9) : null;
}

/** The latest event of each referral in a batch (one upsert row per referral). */
function latestPerReferral(events: readonly ReferralFeedEvent[]): ReferralFeedEvent[] {
  const latest = new Map<string, ReferralFeedEvent>();
  for (const event of events) {
    const seen = latest.get(event.referralId);
    if (!seen || seen.sequence < event.sequence) latest.set(event.referralId, event);
  }
  return [...latest.values()];
}

/** Applies events and, when given, the cursor after them, in one transaction. */
export async function applyReferralEvents(db: Database, events: readonly ReferralFeedEvent[], endCursor: string | null = null): Promise<void> {
  if (events.length === 0) return;
  const rows = latestPerReferral(events).map((event) => ({
    id: event.referralId,
    needId: event.needId,
    householdId: event.householdId,
    programme: event.programme,
    status: event.status,
    organizationId: event.organizationId,
    townCode: townOf(event.townCode),
    lastSequence: event.sequence,
  }));
  const lastSequence = Math.max(...events.map((e) => e.sequence));
  await db.transaction(async (tx) => {
    await tx
      .insert(referrals)
      .values(rows)
      .onConflictDoUpdate({
        target: referrals.id,
        set: {
          needId: sql`excluded.need_id`,
          householdId: sql`excluded.household_id`,
          programme: sql`excluded.programme`,
          status: sql`excluded.status`,
          organizationId: sql`excluded.organization_id`,
          // An event without a town (older feed) keeps the town already known.
          townCode: sql`coalesce(excluded.town_code, ${referrals.townCode})`,
          lastSequence: sql`excluded.last_sequence`,
          updatedAt: sql`now()`,
        },
        setWhere: sql`${referrals.lastSequence} < excluded.last_sequence`,
      });
    if (endCursor !== null) {
      await tx
        .insert(feedCursors)
        .values({ feed: REFERRAL_FEED, cursor: endCursor, lastSequence })
        .onConflictDoUpdate({
          target: feedCursors.feed,
          set: { cursor: endCursor, lastSequence, updatedAt: sql`now()` },
          setWhere: sql`${feedCursors.lastSequence} < ${lastSequence}`,
        });
    }
  });
}

/** The read model and cursor as a feed store for `ReferralFeedConsumer`. */
export function referralReadModelStore(db: Database): ReferralFeedStore {
  return {
    async readCursor() {
      const [row] = await db.select({ cursor: feedCursors.cursor }).from(feedCursors).where(eq(feedCursors.feed, REFERRAL_FEED));
      return row?.cursor ?? null;
    },
    applyPage: (page: ReferralFeedPage) => applyReferralEvents(db, page.events, page.endCursor),
  };
}

export async function findReferral(db: Queryable, id: string): Promise<ReferralRow | undefined> {
  const [row] = await db.select().from(referrals).where(eq(referrals.id, id));
  return row;
}
