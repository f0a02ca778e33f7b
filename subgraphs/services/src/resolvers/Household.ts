import { isUuid } from '@aid/shared/domain/ids.js';
import { parseWindow } from '../input.js';
import type { HouseholdResolvers } from '../generated/graphql.js';

/** Civil affairs owns Household; services adds the services it delivered (for the pre-aid check). */
export const Household = {
  __resolveReference: (reference: { id: string }) => (isUuid(reference.id) ? { id: reference.id.toLowerCase() } : null),
  servicesReceived: (household, args, context) =>
    context.loaders.servicesReceived.load({ householdId: household.id, window: parseWindow(args.from, args.to) }),
} satisfies HouseholdResolvers;
