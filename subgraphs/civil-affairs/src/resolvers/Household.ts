import { countyName, townName } from '@aid/shared/regions.js';
import { isUuid } from '@aid/shared/ids.js';
import { canSeeHousehold } from '../access.js';
import type { CivilAffairsContext } from '../context.js';
import type { HouseholdRow } from '../db/schema.js';

export const Household = {
  async __resolveReference(reference: { id: string }, context: CivilAffairsContext) {
    if (!isUuid(reference.id)) return null;
    const household = await context.loaders.householdById.load(reference.id);
    return household && canSeeHousehold(context.claims, household) ? household : null;
  },
  countyName: (household: HouseholdRow) => countyName(household.countyCode) ?? household.countyCode,
  townName: (household: HouseholdRow) => townName(household.townCode) ?? household.townCode,
  size: async (household: HouseholdRow, _: unknown, context: CivilAffairsContext) =>
    (await context.loaders.membersByHousehold.load(household.id)).length,
  members: (household: HouseholdRow, _: unknown, context: CivilAffairsContext) =>
    context.loaders.membersByHousehold.load(household.id),
  registeredAt: (household: HouseholdRow) => household.registeredAt.toISOString(),
};
