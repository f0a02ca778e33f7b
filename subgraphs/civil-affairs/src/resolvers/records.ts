import type { AccessLogRow, AidRecordRow, HouseholdCategoryRow, ReferralEventRow } from '../db/schema.js';
import type { CivilAffairsContext } from '../context.js';
import { AID_TYPE_PROGRAMME } from '../pre-aid.js';
import { visibleReferral } from './Referral.js';

/** Small record types that only format their rows. */
export const AidRecord = {
  programme: (aid: AidRecordRow) => AID_TYPE_PROGRAMME[aid.type],
};

export const HouseholdCategory = {
  until: (category: HouseholdCategoryRow) => category.until,
};

export const ReferralEvent = {
  occurredAt: (event: ReferralEventRow) => event.occurredAt.toISOString(),
  /** The referral as it stands now, under the referral row rules; a page of events costs one statement. */
  referral: (event: ReferralEventRow, _: unknown, context: CivilAffairsContext) => visibleReferral(event.referralId, context),
};

export const AccessLogEntry = {
  actorOrganization: (entry: AccessLogRow) => entry.actorOrganizationId,
  at: (entry: AccessLogRow) => entry.at.toISOString(),
};
