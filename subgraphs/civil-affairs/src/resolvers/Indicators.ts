import type { ReferralIndicatorsResolvers } from '../generated/graphql.js';
import { needsByChannel } from '../indicators.js';

/** The needs-by-channel rows are read only when asked for (a second statement), for the period the parent applied. */
export const ReferralIndicators = {
  needsByChannel: (indicators, _, context) => needsByChannel(context.db, context.claims, indicators),
} satisfies ReferralIndicatorsResolvers;
