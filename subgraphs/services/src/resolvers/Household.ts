import { isUuid } from '@aid/shared/domain/ids.js';
import type { ServicesContext } from '../context.js';
import { parseWindow } from '../input.js';

/** Civil affairs owns Household; services adds the services it delivered (for the pre-aid check). */
export const Household = {
  __resolveReference: (reference: { id: string }) => (isUuid(reference.id) ? { id: reference.id.toLowerCase() } : null),
  servicesReceived: (household: { id: string }, args: { from?: string | null; to?: string | null }, context: ServicesContext) =>
    context.loaders.servicesReceived.load({ householdId: household.id, window: parseWindow(args.from, args.to) }),
};
