import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Claims } from '@aid/shared/security/auth.js';
import { actingOrganization } from '@aid/shared/security/claims.js';
import type { Database, Queryable } from '@aid/shared/database/database.js';
import { badInput, domainError, ErrorCode } from '@aid/shared/errors/domain-errors.js';
import type { Logger } from '@aid/shared/runtime/logger.js';
import type { ReferralFeedEvent } from '@aid/shared/referral-feed/contract.js';
import type { ReferralFeedStore } from '@aid/shared/referral-feed/consumer.js';
import { CATCH_UP_TIMEOUT_MS, ReferralReadModel, type ReferralCatchUp } from '@aid/shared/referral-feed/read-model.js';
import { caseAssignments, feedCursors, referrals, type ReferralRow } from './db/schema.js';
import { ReferralStates } from '@aid/shared/domain/vocabulary.js';

const ENDED = [...ReferralStates.ended];

/**
 * Closes the open case assignments of the referrals that have ended (completed, failed, rejected, cancelled,
 * entered in error) as the read model now knows them: run in the transaction that applies the feed's events,
 * so an assignment closes with the event that ends its referral. Idempotent (only open assignments are
 * touched; the state compared is the stored one, so a replayed older event reopens nothing).
 */
export async function closeEndedCaseAssignments(tx: Queryable, referralIds: readonly string[]): Promise<void> {
  if (referralIds.length === 0) return;
  const ended = tx
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(inArray(referrals.id, [...referralIds]), inArray(referrals.status, ENDED)));
  await tx
    .update(caseAssignments)
    .set({ closedAt: sql`now()` })
    .where(and(inArray(caseAssignments.referralId, ended), isNull(caseAssignments.closedAt)));
}

/**
 * Services' read model of civil-affairs' referrals (docs/services.md), fed only by its referral-event feed:
 * the shared store (`shared/src/referral-feed/read-model.ts`) over `services.referrals` and `services.feed_cursors`.
 * Applying events also closes the case assignments of referrals that ended (`closeEndedCaseAssignments`).
 */
export const referralReadModel = new ReferralReadModel({ referrals, feedCursors }, { onApplied: closeEndedCaseAssignments });

/** Applies events and, when given, the cursor after them, in one transaction (tests feed the model so). */
export const applyReferralEvents = (db: Database, events: readonly ReferralFeedEvent[], endCursor: string | null = null): Promise<void> =>
  referralReadModel.apply(db, events, endCursor);

/** The read model and cursor as a feed store for `ReferralFeedConsumer` (main.ts, tests/support/stack.ts). */
export const referralReadModelStore = (db: Database): ReferralFeedStore => referralReadModel.store(db);

/** What a write does with the referral it names; each has the states it accepts. */
export type ReferralWrite = 'assignCase' | 'recordService' | 'recordFeedback';

type Status = ReferralRow['status'];
/**
 * Cases are assigned while the holding organisation works on the referral; services are recorded then and
 * also after completion (a visit entered late, or a follow-up visit, 回访); feedback (救后反馈) only once the
 * referral is completed.
 */
export const STATUSES_FOR: Record<ReferralWrite, ReadonlySet<Status>> = {
  assignCase: ReferralStates.accepted,
  recordService: new Set<Status>([...ReferralStates.accepted, 'COMPLETED']),
  recordFeedback: new Set<Status>(['COMPLETED']),
};

const DOING: Record<ReferralWrite, string> = {
  assignCase: 'A case is assigned only while the holding organisation works on the referral (ACCEPTED, IN_PROGRESS or ON_HOLD)',
  recordService: 'A service is recorded only for a referral that is accepted, in progress, on hold or completed',
  recordFeedback: 'Post-aid feedback is recorded only for a completed referral',
};


/** What a write adds to the checks of `referralForWrite`. */
export interface ReferralWriteOptions {
  /**
   * The write's row rule (`src/access.ts`): whether the caller may act on this referral. A referral the
   * caller may not act on is NOT_FOUND, exactly as an unknown one, before its household or state is checked.
   */
  mayAct?: (referral: ReferralRow) => boolean | Promise<boolean>;
  /** Answer another household with the same NOT_FOUND as an unknown referral (never confirm a household). */
  otherHouseholdIsNotFound?: boolean;
}

/**
 * The referral a write names, checked against the read model: it exists, an organisation caller's
 * organisation holds it, its household is the given one, and its state allows the write, as civil affairs
 * knows it now: the read model is first brought to the head of civil-affairs' feed (`findForWrite`), so a
 * cancellation committed before the write is seen; when the feed cannot answer in time the write is refused
 * with a retryable SERVICE_UNAVAILABLE and nothing is written. Throws NOT_FOUND (unknown, or held by another
 * organisation, or one the write's rule refuses: they look the same), BAD_USER_INPUT (householdId) or
 * INVALID_TRANSITION.
 */
export async function referralForWrite(
  db: Database,
  claims: Claims,
  write: ReferralWrite,
  input: { referralId: string; householdId: string },
  sync: ReferralCatchUp | null,
  logger?: Logger,
  options: ReferralWriteOptions = {},
): Promise<ReferralRow> {
  const organizationId = actingOrganization(claims);
  const allowed = STATUSES_FOR[write];
  const referral = await referralReadModel.findForWrite(db, input.referralId, sync, logger);
  const notFound = () =>
    domainError(
      ErrorCode.NOT_FOUND,
      organizationId
        ? 'Referral not found among those your organisation holds (if it was accepted just now, try again in a moment).'
        : 'Referral not found (if it was created just now, try again in a moment).',
    );
  if (!referral || (organizationId !== null && referral.organizationId !== organizationId)) throw notFound();
  // The caller's relation to the referral is decided before anything about it (household, state) is told.
  if (options.mayAct && !(await options.mayAct(referral))) throw notFound();
  if (referral.householdId !== input.householdId) {
    if (options.otherHouseholdIsNotFound) throw notFound();
    throw badInput('householdId does not match the household of this referral.', 'householdId');
  }
  if (!allowed.has(referral.status)) {
    throw domainError(ErrorCode.INVALID_TRANSITION, `${DOING[write]}; this referral is ${referral.status}.`);
  }
  return referral;
}

/**
 * One catch-up pull of the feed for a read that found nothing (waiting at most CATCH_UP_TIMEOUT_MS). A failure
 * is logged and swallowed: the read then decides on what the read model knows, and a write that needs the fact
 * refuses (deny by default).
 */
export async function catchUpQuietly(sync: ReferralCatchUp, logger?: Logger): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      sync.catchUp(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('catch-up timed out')), CATCH_UP_TIMEOUT_MS);
      }),
    ]);
  } catch (error) {
    logger?.warn({ err: (error as Error).message }, 'referral feed catch-up failed');
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The village of a household as services knows it: the 12-digit village of its referrals in the read model
 * (civil affairs tells services no other place of a household). Null when services knows none, or its
 * referrals disagree:
 * a write that needs the household's region then refuses (deny by default). When the read model knows no
 * referral of the household at all, one catch-up pull of the feed runs first.
 */
export async function knownHouseholdVillage(
  db: Database,
  householdId: string,
  sync: ReferralCatchUp | null,
  logger?: Logger,
): Promise<string | null> {
  const villages = async () => {
    const rows = await db.select({ villageCode: referrals.villageCode }).from(referrals).where(eq(referrals.householdId, householdId));
    return { known: rows.length > 0, villages: new Set(rows.map((r) => r.villageCode).filter((v): v is string => v !== null)) };
  };
  let found = await villages();
  if (!found.known && sync) {
    await catchUpQuietly(sync, logger);
    found = await villages();
  }
  return found.villages.size === 1 ? [...found.villages][0]! : null;
}

/** Whether the read model knows `needId` as the need of a referral of `householdId`. */
export async function isKnownNeedOf(db: Database, needId: string, householdId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(eq(referrals.needId, needId), eq(referrals.householdId, householdId)))
    .limit(1);
  return row !== undefined;
}
