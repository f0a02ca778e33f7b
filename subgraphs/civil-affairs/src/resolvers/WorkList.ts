import type { CivilAffairsContext } from '../context.js';
import type { ReferralRow } from '../db/schema.js';
import { aidEndingSoon, repeatedlyLapsedReferrals, unclaimedReferrals, unreferredNeeds, type WorkListScope } from '../work-lists.js';

type Page = { first?: number | null };

/** An officer's work lists: each field is one list of `src/work-lists.ts` over the parent's region. */
export const OfficerWorkList = {
  regionCode: (scope: WorkListScope, _: unknown, context: CivilAffairsContext) => scope.region ?? context.claims.region ?? '',
  unreferredNeeds: (scope: WorkListScope, args: Page, context: CivilAffairsContext) => unreferredNeeds(context, scope, args.first),
  unclaimedReferrals: (scope: WorkListScope, args: Page & { olderThanDays?: number | null }, context: CivilAffairsContext) =>
    unclaimedReferrals(context, scope, args),
  repeatedlyLapsedReferrals: (scope: WorkListScope, args: Page & { minLapses?: number | null }, context: CivilAffairsContext) =>
    repeatedlyLapsedReferrals(context, scope, args),
  aidEndingSoon: (scope: WorkListScope, args: Page & { withinDays?: number | null }, context: CivilAffairsContext) => aidEndingSoon(context, scope, args),
};

export const LapsedReferral = {
  referral: (lapsed: ReferralRow & { lapses: number }) => lapsed,
};
