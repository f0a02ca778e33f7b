import type { LapsedReferralResolvers, OfficerWorkListResolvers } from '../generated/graphql.js';
import { aidEndingSoon, repeatedlyLapsedReferrals, unclaimedReferrals, unreferredNeeds } from '../work-lists.js';

/** An officer's work lists: each field is one list of `src/work-lists.ts` over the parent's region. */
export const OfficerWorkList = {
  regionCode: (scope, _, context) => scope.region ?? context.claims.region ?? '',
  unreferredNeeds: (scope, args, context) => unreferredNeeds(context, scope, args.first),
  unclaimedReferrals: (scope, args, context) => unclaimedReferrals(context, scope, args),
  repeatedlyLapsedReferrals: (scope, args, context) => repeatedlyLapsedReferrals(context, scope, args),
  aidEndingSoon: (scope, args, context) => aidEndingSoon(context, scope, args),
} satisfies OfficerWorkListResolvers;

export const LapsedReferral = {
  referral: (lapsed) => lapsed,
} satisfies LapsedReferralResolvers;
