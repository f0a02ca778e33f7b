import { badInput } from '@aid/shared/errors/domain-errors.js';
import { isUuid } from '@aid/shared/domain/ids.js';
import type { CharityContext } from '../context.js';
import { today, windowDay } from '../validation.js';
import type { HouseholdResolvers } from '../generated/graphql.js';

/**
 * Charity aid paid for a household's referrals in a window, as the caller may see it: the loader's statement
 * applies the row-level rule (`visibleHouseholdAid` in src/access.ts), so an `_entities` call straight to
 * this subgraph gets no more than the gateway path.
 */
export async function charityAidInWindow(context: CharityContext, householdId: string, from: string, to: string) {
  if (!isUuid(householdId)) return [];
  const window = { householdId, from: windowDay(from, 'from'), to: windowDay(to, 'to') };
  if (window.to < window.from) throw badInput('The window ends before it starts.', 'to');
  return context.loaders.charityAidByHousehold.load(window);
}

export const Household = {
  __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
  charityAid: (household, args, context) => {
    const to = args.to ?? today();
    const from = args.from ?? today(new Date(Date.parse(`${windowDay(to, 'to')}T00:00:00Z`) - 365 * 86_400_000));
    return charityAidInWindow(context, household.id, from, to);
  },
} satisfies HouseholdResolvers;
