/**
 * Recording and withdrawing a household member's consent; a withdrawal cancels every open referral that
 * depended on it.
 */
import { eq } from 'drizzle-orm';
import { badInput, conflict, notFound } from '@aid/shared/errors/domain-errors.js';
import { isUuid } from '@aid/shared/domain/ids.js';
import { canSeeHousehold, isCivilStaff } from './access.js';
import type { CivilAffairsContext } from './context.js';
import { addYears, toIsoDate } from './dates.js';
import { consents, households } from './db/schema.js';
import { isMinorOn } from './identity.js';
import { cancelReferralsOfConsent } from './referral-workflow.js';
import { requireDayOrInstant, requireText } from '@aid/shared/domain/input.js';
import { writableHousehold } from './households.js';
import type { MutationRecordConsentArgs, MutationWithdrawConsentArgs } from './generated/graphql.js';

export async function recordConsent(context: CivilAffairsContext, { input }: MutationRecordConsentArgs) {
  const now = new Date();
  if (!input.purposes.includes('REFERRAL')) throw badInput('A consent to referral must include the purpose REFERRAL.', 'purposes');
  if (input.dataCategories.length === 0) throw badInput('Name at least one data category the consent covers.', 'dataCategories');
  const recipients = [...new Set(input.recipientOrganizationIds ?? [])];
  if (recipients.some((id) => !isUuid(id))) throw badInput('recipientOrganizationIds must be organisation ids.', 'recipientOrganizationIds');
  if (input.allFederationMembers && recipients.length > 0) {
    throw badInput('Give either allFederationMembers or named recipients, not both.', 'recipientOrganizationIds');
  }
  if (!input.allFederationMembers && (recipients.length === 0 || recipients.length > 50)) {
    throw badInput('Name 1 to 50 recipient organisations, or set allFederationMembers.', 'recipientOrganizationIds');
  }
  const validFrom = input.validFrom ? requireDayOrInstant(input.validFrom, 'validFrom') : now;
  const validUntil = requireDayOrInstant(input.validUntil, 'validUntil');
  if (validUntil <= validFrom || validUntil <= now) throw badInput('validUntil must be after validFrom and in the future.', 'validUntil');
  if (toIsoDate(validUntil) > addYears(toIsoDate(validFrom), 3)) throw badInput('A consent is valid for at most 3 years.', 'validUntil');
  const household = await writableHousehold(context, input.householdId);
  const [subject, givenBy] = await Promise.all([
    isUuid(input.subjectId) ? context.loaders.personById.load(input.subjectId) : null,
    isUuid(input.givenById) ? context.loaders.personById.load(input.givenById) : null,
  ]);
  if (!subject || subject.householdId !== household.id) throw badInput('The subject must be a member of the household.', 'subjectId');
  if (!givenBy || givenBy.householdId !== household.id) throw badInput('The consent must be given by a member of the household.', 'givenById');
  if (isMinorOn(subject.birthDate, now)) {
    // PIPL art. 31: a child under 14 consents through the guardian.
    if (subject.guardianId !== givenBy.id) throw badInput("The subject is under 14: the consent must be given by the child's guardian.", 'givenById');
  } else if (subject.id !== givenBy.id) {
    throw badInput('An adult subject gives consent in person: givenById must be the subject.', 'givenById');
  }
  const [row] = await context.db
    .insert(consents)
    .values({
      householdId: household.id,
      subjectId: subject.id,
      givenById: givenBy.id,
      purposes: [...new Set(input.purposes)],
      dataCategories: [...new Set(input.dataCategories)],
      allFederationMembers: input.allFederationMembers,
      recipientOrganizationIds: recipients,
      method: input.method,
      validFrom,
      validUntil,
      recordedBy: context.claims.sub,
      recordedAt: now,
    })
    .returning();
  return row!;
}

export async function withdrawConsent(context: CivilAffairsContext, args: MutationWithdrawConsentArgs) {
  const reason = requireText(args.reason, 'reason', { min: 1, max: 1000 });
  if (!isCivilStaff(context.claims) || !isUuid(args.id)) throw notFound('Consent');
  const now = new Date();
  return context.db.transaction(async (tx) => {
    // Lock order: the consent, then its referrals (see referral-workflow.ts).
    const [consent] = await tx.select().from(consents).where(eq(consents.id, args.id)).for('update');
    if (!consent) throw notFound('Consent');
    const [household] = await tx.select().from(households).where(eq(households.id, consent.householdId));
    if (!household || !canSeeHousehold(context.claims, household)) throw notFound('Consent');
    if (consent.withdrawnAt) throw conflict('This consent has already been withdrawn.');
    const [updated] = await tx
      .update(consents)
      .set({ withdrawnAt: now, withdrawalReason: reason })
      .where(eq(consents.id, consent.id))
      .returning();
    await cancelReferralsOfConsent(tx, consent.id, context.claims, now);
    return updated!;
  });
}
