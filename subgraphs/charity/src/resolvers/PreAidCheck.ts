import type { CharityContext } from '../context.js';
import { charityAidInWindow } from './Household.js';
import type { PreAidCheckResolvers } from '../generated/graphql.js';

/** The key civil-affairs sends for a recorded pre-aid check. */
export interface PreAidCheckKey {
  id: string;
  householdId: string;
  windowStart: string;
  windowEnd: string;
}

export const PreAidCheck = {
  __resolveReference: (reference: PreAidCheckKey) => reference,
  charityAid: (check: PreAidCheckKey, _: unknown, context: CharityContext) =>
    charityAidInWindow(context, check.householdId, check.windowStart, check.windowEnd),
} satisfies PreAidCheckResolvers;
