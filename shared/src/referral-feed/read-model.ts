import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { bigint, index, text, timestamp, uuid, varchar, type AnyPgColumn, type PgEnum, type PgTable } from 'drizzle-orm/pg-core';
import type { Database, Queryable } from '../database/database.js';
import type { Programme, ReferralStatus } from '../domain/vocabulary.js';
import { domainError, ErrorCode } from '../errors/domain-errors.js';
import type { Logger } from '../runtime/logger.js';
import { REFERRAL_FEED, type ReferralFeedEvent, type ReferralFeedPage } from './contract.js';
import type { ReferralFeedStore } from './consumer.js';

/**
 * The local read model of civil-affairs' referrals that a subgraph keeps in its own schema (charity,
 * services; docs/charity.md "read model"), fed only by civil-affairs' referral-event feed. Each event carries
 * the referral's state after it, so applying an event is an upsert that keeps whichever state has the higher
 * feed sequence: repeated, reordered or replayed pages change nothing.
 *
 * A subgraph declares the two tables with `referralReadModelColumns` / `referralReadModelIndexes` and
 * `feedCursorColumns` in its `src/db/schema.ts` (this file imports only drizzle-orm and pure shared
 * modules, so drizzle-kit can load it), then builds a `ReferralReadModel` over them.
 */

type EnumValues = [string, ...string[]];

/** The columns of `<schema>.referrals`, over the subgraph's own `programme` and `referral_status` enums. */
export function referralReadModelColumns<P extends EnumValues, S extends EnumValues>(enums: { programme: PgEnum<P>; status: PgEnum<S> }) {
  return {
    id: uuid('id').primaryKey(),
    needId: uuid('need_id').notNull(),
    householdId: uuid('household_id').notNull(),
    programme: enums.programme('programme').notNull(),
    status: enums.status('status').notNull(),
    /** The organisation holding (having claimed) the referral, if any. */
    organizationId: uuid('organization_id'),
    /** The household's 9-digit town (public counts by town). */
    townCode: varchar('town_code', { length: 9 }),
    /**
     * The household's 12-digit village: the place the row rules compare a caller's region with. Null while
     * unknown (events from before the feed carried it): then no region-bound caller is covered.
     */
    villageCode: varchar('village_code', { length: 12 }),
    /** Feed sequence of the last event applied; older or repeated events are ignored. */
    lastSequence: bigint('last_sequence', { mode: 'number' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  };
}

/** The indexes of `<schema>.referrals` (by need, by household, by holding organisation and state). */
export function referralReadModelIndexes(t: { needId: AnyPgColumn; householdId: AnyPgColumn; organizationId: AnyPgColumn; status: AnyPgColumn }) {
  return [
    index('referrals_need_idx').on(t.needId),
    index('referrals_household_idx').on(t.householdId),
    index('referrals_organization_idx').on(t.organizationId, t.status),
  ];
}

/** The columns of `<schema>.feed_cursors`: where each feed consumer stands, written with the events it covers. */
export function feedCursorColumns() {
  return {
    feed: varchar('feed', { length: 64 }).primaryKey(),
    cursor: text('cursor'),
    lastSequence: bigint('last_sequence', { mode: 'number' }).notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  };
}

/** A referral as a read model knows it. */
export interface ReferralFact {
  id: string;
  needId: string;
  householdId: string;
  programme: Programme;
  status: ReferralStatus;
  organizationId: string | null;
  townCode: string | null;
  villageCode: string | null;
  lastSequence: number;
  updatedAt: Date;
}

/** A table declared with `referralReadModelColumns` (in any schema). */
export type ReferralTable = PgTable & Record<keyof ReturnType<typeof referralReadModelColumns>, AnyPgColumn>;
/** A table declared with `feedCursorColumns` (in any schema). */
export type FeedCursorTable = PgTable & Record<keyof ReturnType<typeof feedCursorColumns>, AnyPgColumn>;

/** Brings a read model up to date on demand (one pull of civil-affairs' feed); a `ReferralFeedConsumer`. */
export interface ReferralCatchUp {
  catchUp(): Promise<unknown>;
}

/** How long a write waits for a catch-up pull of the referral feed before it refuses (SERVICE_UNAVAILABLE). */
export const CATCH_UP_TIMEOUT_MS = 3000;

/** A town code as read models keep it: 9 digits. */
function townOf(code: string | null): string | null {
  return code && /^\d{9}/.test(code) ? code.slice(0, 9) : null;
}

/** A village code as read models keep it: exactly 12 digits, else unknown. */
function villageOf(code: string | null | undefined): string | null {
  return code && /^\d{12}$/.test(code) ? code : null;
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

/** What a subgraph does in the transaction that applies a page of events (after the rows are written). */
export interface ReferralReadModelHooks {
  /**
   * Runs inside the applying transaction with the ids of the referrals the page named, after their rows are
   * upserted: a consumer's own consequences of a referral's state (services closes the case assignments of
   * ended referrals) commit with the events, or not at all. It must be idempotent: pages may be applied again.
   */
  onApplied?: (tx: Queryable, referralIds: readonly string[]) => Promise<void>;
}

/** The referral read model of one subgraph, over its own `referrals` and `feed_cursors` tables. */
export class ReferralReadModel {
  constructor(
    private readonly tables: { referrals: ReferralTable; feedCursors: FeedCursorTable },
    private readonly hooks: ReferralReadModelHooks = {},
  ) {}

  /** Applies events and, when given, the cursor after them, in one transaction. */
  async apply(db: Database, events: readonly ReferralFeedEvent[], endCursor: string | null = null): Promise<void> {
    if (events.length === 0) return;
    const { referrals, feedCursors } = this.tables;
    const rows = latestPerReferral(events).map((event) => ({
      id: event.referralId,
      needId: event.needId,
      householdId: event.householdId,
      programme: event.programme,
      status: event.status,
      organizationId: event.organizationId,
      townCode: townOf(event.townCode),
      villageCode: villageOf(event.villageCode),
      lastSequence: event.sequence,
    }));
    // A referral's village never changes (civil-affairs fixes it at creation), so any event that names it
    // fills a village still unknown, even an event older than the state kept: replaying the feed from the
    // start (the migration that added the column resets the cursor) completes the rows written before.
    const villages = rows.filter((row) => row.villageCode !== null);
    const lastSequence = Math.max(...events.map((e) => e.sequence));
    const excluded = (column: { name: string }) => sql.raw(`excluded.${column.name}`);
    await db.transaction(async (tx) => {
      await tx
        .insert(referrals)
        .values(rows)
        .onConflictDoUpdate({
          target: referrals.id,
          set: {
            needId: excluded(referrals.needId),
            householdId: excluded(referrals.householdId),
            programme: excluded(referrals.programme),
            status: excluded(referrals.status),
            organizationId: excluded(referrals.organizationId),
            // An event without a town or village (older feed) keeps what is already known.
            townCode: sql`coalesce(${excluded(referrals.townCode)}, ${referrals.townCode})`,
            villageCode: sql`coalesce(${excluded(referrals.villageCode)}, ${referrals.villageCode})`,
            lastSequence: excluded(referrals.lastSequence),
            updatedAt: sql`now()`,
          },
          setWhere: sql`${referrals.lastSequence} < ${excluded(referrals.lastSequence)}`,
        });
      if (villages.length > 0) {
        const ids = villages.map((row) => row.id);
        const byId = sql.join(
          villages.map((row) => sql`when ${row.id}::uuid then ${row.villageCode}`),
          sql` `,
        );
        await tx
          .update(referrals)
          .set({ villageCode: sql`case ${referrals.id} ${byId} end` })
          .where(and(inArray(referrals.id, ids), isNull(referrals.villageCode)));
      }
      await this.hooks.onApplied?.(tx, rows.map((row) => row.id));
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
  store(db: Database): ReferralFeedStore {
    const { feedCursors } = this.tables;
    return {
      readCursor: async () => {
        const [row] = await db.select({ cursor: feedCursors.cursor }).from(feedCursors).where(eq(feedCursors.feed, REFERRAL_FEED));
        return (row?.cursor as string | null | undefined) ?? null;
      },
      applyPage: (page: ReferralFeedPage) => this.apply(db, page.events, page.endCursor),
    };
  }

  async find(db: Queryable, id: string): Promise<ReferralFact | undefined> {
    const { referrals } = this.tables;
    const [row] = await db.select().from(referrals).where(eq(referrals.id, id));
    return row as ReferralFact | undefined;
  }

  /**
   * The referral as its owner knows it now, for a write that relies on it (money, case work). Before deciding,
   * the read model is brought to the head of civil-affairs' feed (one catch-up pull, shared by concurrent
   * writes, waiting at most CATCH_UP_TIMEOUT_MS): the feed is ordered, and a cancellation (a consent
   * withdrawal) commits in the same transaction as its event, so a pull that starts after it sees it. When the
   * feed cannot be reached in time, the write fails closed with a retryable SERVICE_UNAVAILABLE: nothing is
   * paid or assigned on a state the owner could not confirm. Without a feed consumer (in-process tests) the
   * read model decides alone.
   */
  async findForWrite(
    db: Queryable,
    id: string,
    sync: ReferralCatchUp | null,
    logger?: Logger,
  ): Promise<ReferralFact | undefined> {
    if (!sync) return this.find(db, id);
    try {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        sync.catchUp(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('catch-up timed out')), CATCH_UP_TIMEOUT_MS);
        }),
      ]).finally(() => clearTimeout(timer));
    } catch (error) {
      logger?.warn({ err: (error as Error).message }, 'referral feed catch-up failed: write refused');
      throw domainError(
        ErrorCode.SERVICE_UNAVAILABLE,
        'The referral could not be confirmed with civil affairs just now, so nothing was written; try again.',
        { retryable: true },
      );
    }
    return this.find(db, id);
  }
}
