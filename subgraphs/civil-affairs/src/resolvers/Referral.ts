import { isUuid } from '@aid/shared/domain/ids.js';
import { maskName } from '@aid/shared/security/personal-data-masks.js';
import { townName } from '@aid/shared/domain/regions.js';
import { canSeeHousehold, canSeeReferral, holderSeesHousehold } from '../access.js';
import type { CivilAffairsContext } from '../context.js';
import { consentCovers } from '../consent.js';
import type { ReferralRow, ReferralTransitionRow } from '../db/schema.js';
import { visibleHousehold } from './Household.js';
import type { ReferralResolvers, ReferralTransitionResolvers } from '../generated/graphql.js';
import { referencedRow } from '@aid/shared/database/batching.js';

/** The consent of a referral when the caller's organisation may see the household through it, else null. */
async function holderConsent(referral: ReferralRow, context: CivilAffairsContext) {
  const consent = await context.loaders.consentById.load(referral.consentId);
  return holderSeesHousehold(context.claims, referral, consent) ? consent : null;
}

/** A referral by id through the per-request loader, or null when unknown or not the caller's to see. */
export async function visibleReferral(id: string, context: CivilAffairsContext): Promise<ReferralRow | null> {
  if (!isUuid(id)) return null;
  const referral = await context.loaders.referralById.load(id);
  return referral && canSeeReferral(context.claims, referral) ? referral : null;
}

export const Referral = {
  __resolveReference: (reference: { id: string }, context: CivilAffairsContext) => visibleReferral(reference.id, context),
  need: (referral: ReferralRow, _: unknown, context: CivilAffairsContext) => referencedRow(context.loaders.needById.load(referral.needId), 'need'),
  async household(referral: ReferralRow, _: unknown, context: CivilAffairsContext) {
    if (!canSeeHousehold(context.claims, referral) && !(await holderConsent(referral, context))) return null;
    // A holder gets the household with the fields its consents cover only.
    return visibleHousehold(context, await context.loaders.householdById.load(referral.householdId));
  },
  claimedBy: (referral: ReferralRow) => (referral.organizationId ? { id: referral.organizationId } : null),
  directedTo: (referral: ReferralRow) => (referral.directedToOrganizationId ? { id: referral.directedToOrganizationId } : null),
  claimExpiresAt: (referral: ReferralRow) => (referral.status === 'RECEIVED' ? (referral.claimExpiresAt?.toISOString() ?? null) : null),
  consent: (referral: ReferralRow, _: unknown, context: CivilAffairsContext) =>
    canSeeHousehold(context.claims, referral) ? context.loaders.consentById.load(referral.consentId) : null,
  preAidCheck: (referral: ReferralRow, _: unknown, context: CivilAffairsContext) =>
    referral.preAidCheckId && canSeeHousehold(context.claims, referral) ? context.loaders.preAidCheckById.load(referral.preAidCheckId) : null,
  /** the holder sees what the consent covers, never an ID number. */
  async consentedContact(referral: ReferralRow, _: unknown, context: CivilAffairsContext) {
    const consent = await holderConsent(referral, context);
    if (!consent) return null;
    const [subject, members, household] = await Promise.all([
      context.loaders.personById.load(consent.subjectId),
      context.loaders.membersByHousehold.load(referral.householdId),
      context.loaders.householdById.load(referral.householdId),
    ]);
    if (!subject || !household) return null;
    // The contact route: the subject's phone, or for a child the guardian's.
    const contact = subject.phone ? subject : subject.guardianId ? members.find((m) => m.id === subject.guardianId) : undefined;
    const phone =
      consentCovers(consent, 'CONTACT') && contact?.phone
        ? await context.accessLog.record(
            { recordType: 'Person', recordId: contact.id, householdId: household.id, villageCode: household.villageCode, field: 'phone' },
            contact.phone,
          )
        : null;
    return {
      maskedName: consentCovers(consent, 'NAME') ? maskName(subject.fullName) : null,
      phone,
      townName: townName(household.townCode) ?? household.townCode,
      householdSize: consentCovers(consent, 'HOUSEHOLD_COMPOSITION') ? members.length : null,
    };
  },
  transitions: (referral: ReferralRow, _: unknown, context: CivilAffairsContext) => context.loaders.transitionsByReferral.load(referral.id),
  createdAt: (referral: ReferralRow) => referral.createdAt.toISOString(),
  updatedAt: (referral: ReferralRow) => referral.updatedAt.toISOString(),
} satisfies ReferralResolvers;

export const ReferralTransition = {
  from: (t: ReferralTransitionRow) => t.fromStatus,
  to: (t: ReferralTransitionRow) => t.toStatus,
  actorOrganization: (t: ReferralTransitionRow) => (t.actorOrganizationId ? { id: t.actorOrganizationId } : null),
  at: (t: ReferralTransitionRow) => t.at.toISOString(),
} satisfies ReferralTransitionResolvers;
