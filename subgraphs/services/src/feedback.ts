/** Post-aid feedback (救后反馈) on a referral: who may answer, for which respondent, once per respondent and type. */
import { and, or } from 'drizzle-orm';
import { badInput, conflict, forbidden } from '@aid/shared/errors/domain-errors.js';
import { mayRecordFeedbackAs, mayRecordFeedbackTypeAsRole } from './access.js';
import type { ServicesContext } from './context.js';
import { feedback, type FeedbackRow } from './db/schema.js';
import { referralForWrite } from './referral-sync.js';
import { optionalId, requireId } from '@aid/shared/domain/input.js';

type RespondentType = FeedbackRow['respondentType'];

export async function recordFeedback(context: ServicesContext, { input }: { input: { referralId: string; householdId: string; organizationId?: string | null; respondentType: RespondentType; satisfaction: number; needMet: boolean }; }) {
  const referralId = requireId(input.referralId, 'referralId');
  const householdId = requireId(input.householdId, 'householdId');
  const organizationId = optionalId(input.organizationId, 'organizationId');
  if (!Number.isInteger(input.satisfaction) || input.satisfaction < 1 || input.satisfaction > 5) {
    throw badInput('satisfaction must be a whole number from 1 to 5.', 'satisfaction');
  }
  if (!mayRecordFeedbackTypeAsRole(context.claims, input.respondentType)) {
    throw forbidden(
      `Your role cannot record feedback as ${input.respondentType}; record it as your own role (civil staff also record HOUSEHOLD answers).`,
    );
  }
  const viewer = await context.viewer();
  // Not found and not allowed look the same: a referral the caller has no relation to, or of another
  // household, is NOT_FOUND, and its state is not told.
  const referral = await referralForWrite(
    context.db,
    context.claims,
    'recordFeedback',
    { referralId, householdId },
    context.referralSync,
    context.logger,
    { mayAct: (r) => mayRecordFeedbackAs(context.db, context.claims, viewer, r, input.respondentType), otherHouseholdIsNotFound: true },
  );
  if (organizationId && organizationId !== referral.organizationId) {
    throw badInput('organizationId must be the organisation holding the referral (or left out).', 'organizationId');
  }
  return context.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(feedback)
      .values({
        referralId,
        householdId,
        organizationId: referral.organizationId,
        respondentType: input.respondentType,
        satisfaction: input.satisfaction,
        needMet: input.needMet,
        recordedBySubject: context.claims.sub,
      })
      .onConflictDoNothing({ target: [feedback.referralId, feedback.respondentType] })
      .returning();
    if (!row) throw conflict(`Feedback from ${input.respondentType} is already recorded for this referral.`);
    return row;
  });
}
