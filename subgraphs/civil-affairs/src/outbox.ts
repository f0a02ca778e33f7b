import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '@aid/shared/database/database.js';
import { outboxCounters, referralEvents } from './db/schema.js';

export type NewReferralEvent = Omit<typeof referralEvents.$inferInsert, 'sequence'>;

export const REFERRAL_EVENTS_COUNTER = 'referral_events';

/**
 * Appends events to the referral outbox inside the caller's transaction, numbering them from the counter row.
 *
 * Why this is gap-free under concurrency on PostgreSQL: `UPDATE outbox_counters ... RETURNING` takes the
 * counter row's lock, which is held until the transaction ends. A second writer blocks on that row until the
 * first commits (then it reads the committed value and continues after it) or rolls back (then the increment
 * is undone and it takes the same numbers). So numbers are handed out in commit order, a rolled-back change
 * leaves no number behind, and a reader never sees sequence n+1 committed before n. A database sequence
 * (`nextval`) would leave gaps on rollback and could commit out of order. Writers call this last, just before
 * commit, to hold the lock briefly.
 */
export async function appendReferralEvents(tx: Queryable, events: NewReferralEvent[]): Promise<void> {
  if (events.length === 0) return;
  const [counter] = await tx
    .update(outboxCounters)
    .set({ value: sql`${outboxCounters.value} + ${events.length}` })
    .where(eq(outboxCounters.name, REFERRAL_EVENTS_COUNTER))
    .returning({ value: outboxCounters.value });
  if (!counter) throw new Error('The referral_events counter row is missing: run the migrations.');
  const first = counter.value - events.length + 1;
  await tx.insert(referralEvents).values(events.map((event, index) => ({ ...event, sequence: first + index })));
}
