/**
 * Running a pre-aid check (救前查询): the window and the cap it is judged against, recorded for the household.
 */
import { badInput } from '@aid/shared/errors/domain-errors.js';
import type { CivilAffairsContext } from './context.js';
import { addYears } from './dates.js';
import { preAidChecks } from './db/schema.js';
import { requireDay } from '@aid/shared/domain/input.js';
import { writableHousehold } from './households.js';
import type { MutationRunPreAidCheckArgs } from './generated/graphql.js';

export async function runPreAidCheck(context: CivilAffairsContext, args: MutationRunPreAidCheckArgs) {
  const windowStart = requireDay(args.windowStart, 'windowStart');
  const windowEnd = requireDay(args.windowEnd, 'windowEnd');
  if (windowEnd < windowStart) throw badInput('windowEnd must not be before windowStart.', 'windowEnd');
  if (windowEnd > addYears(windowStart, 3)) throw badInput('A pre-aid check window spans at most 3 years.', 'windowEnd');
  const household = await writableHousehold(context, args.householdId);
  const [row] = await context.db
    .insert(preAidChecks)
    .values({
      householdId: household.id,
      programme: args.programme,
      windowStart,
      windowEnd,
      capFen: context.config.programmeCapsFen[args.programme],
      checkedBy: context.claims.sub,
      checkedAt: new Date(),
    })
    .returning();
  return row!;
}
