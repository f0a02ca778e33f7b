import type { AccessLogRow, AidRecordRow, HouseholdCategoryRow, ReferralEventRow } from '../db/schema.js';
import { AID_TYPE_PROGRAMME } from '../pre-aid.js';

/** Small record types that only format their rows. */
export const AidRecord = {
  programme: (aid: AidRecordRow) => AID_TYPE_PROGRAMME[aid.type],
};

export const HouseholdCategory = {
  until: (category: HouseholdCategoryRow) => category.until,
};

export const ReferralEvent = {
  occurredAt: (event: ReferralEventRow) => event.occurredAt.toISOString(),
};

export const AccessLogEntry = {
  actorOrganization: (entry: AccessLogRow) => entry.actorOrganizationId,
  at: (entry: AccessLogRow) => entry.at.toISOString(),
};
