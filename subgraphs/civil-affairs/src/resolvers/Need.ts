import { isUuid } from '@aid/shared/domain/ids.js';
import { townName } from '@aid/shared/domain/regions.js';
import { canSeeHousehold, maySeeHealthData } from '../access.js';
import type { CivilAffairsContext } from '../context.js';
import type { NeedRow } from '../db/schema.js';
import { visibleHousehold } from './Household.js';
import type { NeedResolvers, NeedCoverageResolvers } from '../generated/graphql.js';

/**
 * A need's public fields (programme, gap, priority, summary) carry no personal data, so a reference to a
 * need resolves for any signed-in caller that reaches it through the graph (charity projects, micro-wishes);
 * its household stays behind the household row rules.
 */
export const Need = {
  async __resolveReference(reference: { id: string }, context: CivilAffairsContext) {
    if (!isUuid(reference.id)) return null;
    return context.loaders.needById.load(reference.id);
  },
  async household(need: NeedRow, _: unknown, context: CivilAffairsContext) {
    const household = await context.loaders.householdById.load(need.householdId);
    return household && canSeeHousehold(context.claims, household) ? household : visibleHousehold(context, household);
  },
  coverage: (need: NeedRow) => need,
  collectedAt: (need: NeedRow) => need.collectedAt.toISOString(),
  townName: (need: NeedRow) => townName(need.villageCode) ?? need.villageCode.slice(0, 9),
} satisfies NeedResolvers;

/** The coverage lines of a need; the medical ones are health data (see maySeeHealthData). */
export const NeedCoverage = {
  basicMedicalInsuranceFen: (need: NeedRow, _: unknown, context: CivilAffairsContext) =>
    maySeeHealthData(context.claims, need) ? need.basicMedicalInsuranceFen : null,
  criticalIllnessInsuranceFen: (need: NeedRow, _: unknown, context: CivilAffairsContext) =>
    maySeeHealthData(context.claims, need) ? need.criticalIllnessInsuranceFen : null,
  medicalAssistanceFen: (need: NeedRow, _: unknown, context: CivilAffairsContext) =>
    maySeeHealthData(context.claims, need) ? need.medicalAssistanceFen : null,
} satisfies NeedCoverageResolvers;
