/**
 * The household register: registering a household, its aid categories and the government aid it receives, by
 * civil-affairs staff of its region.
 */
import { badInput, forbidden, notFound } from '@aid/shared/errors/domain-errors.js';
import { isUuid } from '@aid/shared/domain/ids.js';
import { isNingboCounty, townName } from '@aid/shared/domain/regions.js';
import { canSeeHousehold, isCivilStaff } from './access.js';
import { readsRegion } from '@aid/shared/security/claims.js';
import { CIVIL_STAFF_ROLES } from '@aid/shared/security/roles.js';
import type { CivilAffairsContext } from './context.js';
import { toIsoDate } from './dates.js';
import { aidRecords, householdCategories, households, type HouseholdRow } from './db/schema.js';
import { requireDay, requireFen, requireText } from '@aid/shared/domain/input.js';
import type { MutationAddHouseholdCategoryArgs, MutationRecordAidArgs, MutationRegisterHouseholdArgs } from './generated/graphql.js';

/** A household the caller may write to (staff of its region), or NOT_FOUND. */
export async function writableHousehold(context: CivilAffairsContext, id: string): Promise<HouseholdRow> {
  if (!isCivilStaff(context.claims)) throw forbidden();
  const household = isUuid(id) ? await context.loaders.householdById.load(id) : null;
  if (!household || !canSeeHousehold(context.claims, household)) throw notFound('Household');
  return household;
}

export async function registerHousehold(context: CivilAffairsContext, { input }: MutationRegisterHouseholdArgs) {
  if (!isCivilStaff(context.claims)) throw forbidden();
  if (!/^\d{12}$/.test(input.villageCode) || !isNingboCounty(input.villageCode.slice(0, 6)) || !townName(input.villageCode)) {
    throw badInput('villageCode must be the 12-digit code of a village in a known Ningbo town.', 'villageCode');
  }
  if (!readsRegion(context.claims, input.villageCode, CIVIL_STAFF_ROLES)) throw badInput('villageCode must lie within your region.', 'villageCode');
  const address = requireText(input.address, 'address', { min: 4, max: 200 });
  requireFen(input.annualIncomeFen, 'annualIncomeFen', { allowZero: true });
  const [row] = await context.db
    .insert(households)
    .values({
      countyCode: input.villageCode.slice(0, 6),
      townCode: input.villageCode.slice(0, 9),
      villageCode: input.villageCode,
      address,
      annualIncomeFen: input.annualIncomeFen,
      registeredAt: new Date(),
    })
    .returning();
  return row!;
}

export async function addHouseholdCategory(context: CivilAffairsContext, { input }: MutationAddHouseholdCategoryArgs) {
  const since = requireDay(input.since, 'since');
  const until = input.until ? requireDay(input.until, 'until') : null;
  if (until !== null && until < since) throw badInput('until must not be before since.', 'until');
  if (since > toIsoDate(new Date())) throw badInput('since must not be in the future.', 'since');
  const household = await writableHousehold(context, input.householdId);
  await context.db.insert(householdCategories).values({ householdId: household.id, category: input.category, since, until });
  return household;
}

export async function recordAid(context: CivilAffairsContext, { input }: MutationRecordAidArgs) {
  requireFen(input.amountFen, 'amountFen');
  const periodStart = requireDay(input.periodStart, 'periodStart');
  const periodEnd = requireDay(input.periodEnd, 'periodEnd');
  if (periodEnd < periodStart) throw badInput('periodEnd must not be before periodStart.', 'periodEnd');
  const household = await writableHousehold(context, input.householdId);
  const [row] = await context.db
    .insert(aidRecords)
    .values({ householdId: household.id, type: input.type, amountFen: input.amountFen, periodStart, periodEnd })
    .returning();
  return row!;
}
