import { badInput } from '@aid/shared/errors.js';
import { isUuid } from '@aid/shared/ids.js';
import { canSeeDisbursement } from '../access.js';
import type { CharityContext } from '../context.js';
import { today, windowDay } from '../validation.js';

/** Charity aid paid for a household's referrals in a window, as the caller may see it. */
export async function charityAidInWindow(context: CharityContext, householdId: string, from: string, to: string) {
  if (!isUuid(householdId)) return [];
  const window = { householdId, from: windowDay(from, 'from'), to: windowDay(to, 'to') };
  if (window.to < window.from) throw badInput('The window ends before it starts.', 'to');
  const rows = await context.loaders.charityAidByHousehold.load(window);
  return rows.filter((row) => canSeeDisbursement(context.claims, row));
}

export const Household = {
  __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
  charityAid: (household: { id: string }, args: { from?: string | null; to?: string | null }, context: CharityContext) => {
    const to = args.to ?? today();
    const from = args.from ?? today(new Date(Date.parse(`${windowDay(to, 'to')}T00:00:00Z`) - 365 * 86_400_000));
    return charityAidInWindow(context, household.id, from, to);
  },
};
