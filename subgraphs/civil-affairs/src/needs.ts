/**
 * Recording a need in the need library (帮扶需求项目库): one standard form, a public summary free of personal data,
 * the gap computed.
 */
import { badInput } from '@aid/shared/errors/domain-errors.js';
import type { CivilAffairsContext } from './context.js';
import { needs } from './db/schema.js';
import { containsPersonalData, NEED_SUB_TYPES, needGapFen, PRIORITY_RANK } from './need-library.js';
import { requireFen, requireText } from '@aid/shared/domain/input.js';
import { writableHousehold } from './households.js';
import type { MutationRecordNeedArgs } from './generated/graphql.js';

export async function recordNeed(context: CivilAffairsContext, { input }: MutationRecordNeedArgs) {
  if (!NEED_SUB_TYPES[input.programme].includes(input.subType)) {
    throw badInput(`subType ${input.subType} does not belong to ${input.programme}; use one of ${NEED_SUB_TYPES[input.programme].join(', ')}.`, 'subType');
  }
  const summary = requireText(input.publicSummary, 'publicSummary', { min: 4, max: 500 });
  const cost = requireFen(input.estimatedCostFen, 'estimatedCostFen');
  const lines = {
    basicMedicalInsuranceFen: requireFen(input.basicMedicalInsuranceFen ?? 0, 'basicMedicalInsuranceFen', { allowZero: true }),
    criticalIllnessInsuranceFen: requireFen(input.criticalIllnessInsuranceFen ?? 0, 'criticalIllnessInsuranceFen', { allowZero: true }),
    medicalAssistanceFen: requireFen(input.medicalAssistanceFen ?? 0, 'medicalAssistanceFen', { allowZero: true }),
    otherGovernmentAidFen: requireFen(input.otherGovernmentAidFen ?? 0, 'otherGovernmentAidFen', { allowZero: true }),
  };
  const household = await writableHousehold(context, input.householdId);
  const members = await context.loaders.membersByHousehold.load(household.id);
  if (containsPersonalData(summary, members.map((m) => m.fullName))) {
    throw badInput('publicSummary must not contain personal data (names, ID numbers or phone numbers): it is shown to charities.', 'publicSummary');
  }
  const [row] = await context.db
    .insert(needs)
    .values({
      householdId: household.id,
      villageCode: household.villageCode,
      programme: input.programme,
      subType: input.subType,
      publicSummary: summary,
      estimatedCostFen: cost,
      ...lines,
      gapFen: needGapFen(cost, Object.values(lines)),
      priority: input.priority,
      priorityRank: PRIORITY_RANK[input.priority],
      channel: input.channel,
      collectedBy: context.claims.sub,
      collectedAt: new Date(),
    })
    .returning();
  return row!;
}
