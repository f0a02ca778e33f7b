import { hasRole, type Claims } from '@aid/shared/auth.js';
import type { Database } from '@aid/shared/database.js';
import { badInput, domainError, ErrorCode } from '@aid/shared/errors.js';
import type { Logger } from '@aid/shared/logger.js';
import type { ReferralFeedEvent, ReferralFeedStore } from '@aid/shared/referral-feed.js';
import { ACCEPTED_STATUSES, ReferralReadModel, type ReferralCatchUp } from '@aid/shared/referral-read-model.js';
import { feedCursors, referrals, type ReferralRow } from './db/schema.js';

/**
 * Services' read model of civil-affairs' referrals (docs/services.md), fed only by its referral-event feed:
 * the shared store (`shared/src/referral-read-model.ts`) over `services.referrals` and `services.feed_cursors`.
 */
export const referralReadModel = new ReferralReadModel({ referrals, feedCursors });

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
  assignCase: ACCEPTED_STATUSES,
  recordService: new Set<Status>([...ACCEPTED_STATUSES, 'COMPLETED']),
  recordFeedback: new Set<Status>(['COMPLETED']),
};

const DOING: Record<ReferralWrite, string> = {
  assignCase: 'A case is assigned only while the holding organisation works on the referral (ACCEPTED, IN_PROGRESS or ON_HOLD)',
  recordService: 'A service is recorded only for a referral that is accepted, in progress, on hold or completed',
  recordFeedback: 'Post-aid feedback is recorded only for a completed referral',
};

/** The organisation a caller acts for when it signs in as a charity organisation; others act for none. */
export function actingOrganization(claims: Claims): string | null {
  return hasRole(claims, 'charity_org') && claims.org ? claims.org : null;
}

/**
 * The referral a write names, checked against the read model: it exists, an organisation caller's
 * organisation holds it, its household is the given one, and its state allows the write. When the read
 * model does not (yet) say so, one catch-up pull of the feed runs first. Throws NOT_FOUND (unknown, or held
 * by another organisation: they look the same), BAD_USER_INPUT (householdId) or INVALID_TRANSITION.
 */
export async function referralForWrite(
  db: Database,
  claims: Claims,
  write: ReferralWrite,
  input: { referralId: string; householdId: string },
  sync: ReferralCatchUp | null,
  logger?: Logger,
): Promise<ReferralRow> {
  const organizationId = actingOrganization(claims);
  const allowed = STATUSES_FOR[write];
  const enough = (r: ReferralRow) =>
    (organizationId === null || r.organizationId === organizationId) && r.householdId === input.householdId && allowed.has(r.status);
  const referral = await referralReadModel.findForWrite(db, input.referralId, enough, sync, logger);
  if (!referral || (organizationId !== null && referral.organizationId !== organizationId)) {
    throw domainError(
      ErrorCode.NOT_FOUND,
      organizationId
        ? 'Referral not found among those your organisation holds (if it was accepted just now, try again in a moment).'
        : 'Referral not found (if it was created just now, try again in a moment).',
    );
  }
  if (referral.householdId !== input.householdId) {
    throw badInput('householdId does not match the household of this referral.', 'householdId');
  }
  if (!allowed.has(referral.status)) {
    throw domainError(ErrorCode.INVALID_TRANSITION, `${DOING[write]}; this referral is ${referral.status}.`);
  }
  return referral;
}
