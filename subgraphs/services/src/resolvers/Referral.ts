import { isUuid } from '@aid/shared/domain/ids.js';
import { canSeeServiceRecord } from '../access.js';
import type { ServicesContext } from '../context.js';
import type { ReferralResolvers } from '../generated/graphql.js';

/** Civil affairs owns Referral; services adds what was delivered for it and the feedback on it. */
export const Referral = {
  __resolveReference: (reference: { id: string }) => (isUuid(reference.id) ? { id: reference.id.toLowerCase() } : null),
  async serviceRecords(referral: { id: string }, _: unknown, context: ServicesContext) {
    const [records, viewer] = await Promise.all([context.loaders.serviceRecordsByReferral.load(referral.id), context.viewer()]);
    return records.filter((record) => canSeeServiceRecord(context.claims, viewer, record));
  },
  feedback: (referral: { id: string }, _: unknown, context: ServicesContext) => context.loaders.feedbackByReferral.load(referral.id),
} satisfies ReferralResolvers;
