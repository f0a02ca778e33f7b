import { isUuid } from '@aid/shared/domain/ids.js';
import { canSeeDisbursement } from '../access.js';
import type { CharityContext } from '../context.js';
import type { ReferralResolvers } from '../generated/graphql.js';

export const Referral = {
  __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
  fundings: async (referral: { id: string }, _: unknown, context: CharityContext) =>
    isUuid(referral.id)
      ? (await context.loaders.disbursementsByReferral.load(referral.id)).filter((row) => canSeeDisbursement(context.claims, row))
      : [],
} satisfies ReferralResolvers;
