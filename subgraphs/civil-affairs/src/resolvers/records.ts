import { maskName } from '@aid/shared/security/personal-data-masks.js';
import { townName } from '@aid/shared/domain/regions.js';
import { canSeeHousehold } from '../access.js';
import type { AccessLogRow, AidRecordRow, DuplicateIdReviewRow, HouseholdCategoryRow, ReferralEventRow } from '../db/schema.js';
import type { CivilAffairsContext } from '../context.js';
import { AID_TYPE_PROGRAMME } from '../pre-aid.js';
import { visibleReferral } from './Referral.js';
import { visibleHousehold } from './Household.js';
import { notFound } from '@aid/shared/errors/domain-errors.js';
import type { AidRecordResolvers, HouseholdCategoryResolvers, ReferralEventResolvers, AccessLogEntryResolvers, DuplicateIdReviewResolvers } from '../generated/graphql.js';

/** Small record types that only format their rows. */
export const AidRecord = {
  programme: (aid: AidRecordRow) => AID_TYPE_PROGRAMME[aid.type],
  /** By the household rule; a household the caller may not see is NOT_FOUND at this field, never silent. */
  async household(aid: AidRecordRow, _: unknown, context: CivilAffairsContext) {
    const household = await visibleHousehold(context, await context.loaders.householdById.load(aid.householdId));
    if (!household) throw notFound('Household');
    return household;
  },
} satisfies AidRecordResolvers;

export const HouseholdCategory = {
  until: (category: HouseholdCategoryRow) => category.until,
} satisfies HouseholdCategoryResolvers;

export const ReferralEvent = {
  occurredAt: (event: ReferralEventRow) => event.occurredAt.toISOString(),
  /**
   * The household's village, from the referral (fixed when the referral is created, so every event of it,
   * old ones included, carries the same village); batched: a page of events costs one statement.
   */
  villageCode: async (event: ReferralEventRow, _: unknown, context: CivilAffairsContext) =>
    (await context.loaders.referralById.load(event.referralId))?.villageCode ?? null,
  /** The referral as it stands now, under the referral row rules; a page of events costs one statement. */
  referral: (event: ReferralEventRow, _: unknown, context: CivilAffairsContext) => visibleReferral(event.referralId, context),
} satisfies ReferralEventResolvers;

export const AccessLogEntry = {
  actorOrganization: (entry: AccessLogRow) => entry.actorOrganizationId,
  at: (entry: AccessLogRow) => entry.at.toISOString(),
} satisfies AccessLogEntryResolvers;

/** A pending review with the town of the submitting household (Query.duplicateIdReviews joins it). */
export type ReviewedDuplicate = DuplicateIdReviewRow & { submittedTownCode: string };

/** A review as its county officer reads it: the existing person in full rights, the submission masked. */
export const DuplicateIdReview = {
  async existingPerson(review: DuplicateIdReviewRow, _: unknown, context: CivilAffairsContext) {
    const person = await context.loaders.personById.load(review.existingPersonId);
    const household = person ? await context.loaders.householdById.load(person.householdId) : null;
    return household && canSeeHousehold(context.claims, household) ? person : null;
  },
  submittedTownName: (review: ReviewedDuplicate) => townName(review.submittedTownCode) ?? review.submittedTownCode,
  submittedMaskedName: (review: DuplicateIdReviewRow) => maskName(review.submittedFullName),
  submittedAt: (review: DuplicateIdReviewRow) => review.submittedAt.toISOString(),
} satisfies DuplicateIdReviewResolvers;
