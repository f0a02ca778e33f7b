import { badInput, domainError, ErrorCode } from '@aid/shared/errors/domain-errors.js';
import { isUuid } from '@aid/shared/domain/ids.js';
import { canSeeHousehold } from '../access.js';
import type { CivilAffairsContext } from '../context.js';
import type { PreAidCheckRow } from '../db/schema.js';
import { aidInWindow, assessPreAid, type CharityAidItem, type ServiceReceivedItem } from '../pre-aid.js';
import type { PreAidCheckResolvers } from '../generated/graphql.js';

/** A check row, plus the fields the gateway brings from charity and services for `@requires`. */
export type PreAidCheckParent = PreAidCheckRow & { charityAid?: CharityAidItem[] | null; servicesReceived?: ServiceReceivedItem[] | null };

interface PreAidCheckReference {
  id: string;
  householdId?: string;
  windowStart?: string;
  windowEnd?: string;
  charityAid?: CharityAidItem[] | null;
  servicesReceived?: ServiceReceivedItem[] | null;
}

async function assessment(check: PreAidCheckParent, context: CivilAffairsContext) {
  if (check.charityAid === null || check.servicesReceived === null) {
    // The gateway brought nulls: charity or services did not answer. No verdict on partial data.
    throw domainError(ErrorCode.SUBGRAPH_UNAVAILABLE, 'No verdict: charity or services data is unavailable right now; run the check again.');
  }
  if (!Array.isArray(check.charityAid) || !Array.isArray(check.servicesReceived)) {
    // Only the gateway can join charity and services data; a direct call cannot give a verdict.
    throw badInput('The verdict needs charityAid and servicesReceived: query the pre-aid check through the gateway.');
  }
  const aid = await context.loaders.aidByHousehold.load(check.householdId);
  return assessPreAid(check, aid, check.charityAid, check.servicesReceived);
}

export const PreAidCheck = {
  async __resolveReference(reference: PreAidCheckReference, context: CivilAffairsContext) {
    if (!isUuid(reference.id)) return null;
    const check = await context.loaders.preAidCheckById.load(reference.id);
    if (!check) return null;
    // The compound key must match the recorded check; a forged window gets nothing.
    if (
      (reference.householdId !== undefined && reference.householdId !== check.householdId) ||
      (reference.windowStart !== undefined && reference.windowStart !== check.windowStart) ||
      (reference.windowEnd !== undefined && reference.windowEnd !== check.windowEnd)
    ) {
      return null;
    }
    const household = await context.loaders.householdById.load(check.householdId);
    if (!household || !canSeeHousehold(context.claims, household)) return null;
    return { ...check, charityAid: reference.charityAid, servicesReceived: reference.servicesReceived };
  },
  household: (check: PreAidCheckRow, _: unknown, context: CivilAffairsContext) => context.loaders.householdById.load(check.householdId),
  governmentAid: async (check: PreAidCheckRow, _: unknown, context: CivilAffairsContext) =>
    aidInWindow(await context.loaders.aidByHousehold.load(check.householdId), check),
  verdict: async (check: PreAidCheckParent, _: unknown, context: CivilAffairsContext) => (await assessment(check, context)).verdict,
  explanation: async (check: PreAidCheckParent, _: unknown, context: CivilAffairsContext) => (await assessment(check, context)).explanation,
  checkedAt: (check: PreAidCheckRow) => check.checkedAt.toISOString(),
} satisfies PreAidCheckResolvers;
