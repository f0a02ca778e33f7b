import { townName } from '@aid/shared/domain/regions.js';
import { isUuid } from '@aid/shared/domain/ids.js';
import { canSeeCasesOf } from '../access.js';
import type { ServicesContext } from '../context.js';
import type { CaseAssignmentRow, ProfessionalRow } from '../db/schema.js';
import { toIso } from '../input.js';
import type { CaseAssignmentResolvers, ProfessionalResolvers } from '../generated/graphql.js';
import { referencedRow } from '@aid/shared/database/batching.js';

/** Q12345678901 -> *******8901: the last four characters are enough to tell certificates apart. */
export function maskQualificationNumber(code: string): string {
  return `${'*'.repeat(Math.max(0, code.length - 4))}${code.slice(-4)}`;
}

export const Professional = {
  __resolveReference: (reference: { id: string }, context: ServicesContext) =>
    isUuid(reference.id) ? context.loaders.professionalById.load(reference.id) : null,
  maskedQualificationNumber: (professional: ProfessionalRow) => maskQualificationNumber(professional.qualificationCode),
  qualificationNumber: (professional: ProfessionalRow) => professional.qualificationCode,
  organization: (professional: ProfessionalRow) => ({ id: professional.organizationId }),
  consortium: (professional: ProfessionalRow, _: unknown, context: ServicesContext) =>
    referencedRow(context.loaders.consortiumById.load(professional.consortiumId), 'consortium'),
  serviceAreas: async (professional: ProfessionalRow, _: unknown, context: ServicesContext) =>
    (await context.loaders.serviceAreasByProfessional.load(professional.id)).map((area) => area.regionCode),
  async assignedCases(professional: ProfessionalRow, _: unknown, context: ServicesContext) {
    if (!canSeeCasesOf(context.claims, await context.viewer(), professional)) return [];
    return context.loaders.assignmentsByProfessional.load(professional.id);
  },
} satisfies ProfessionalResolvers;

export const CaseAssignment = {
  referral: (assignment: CaseAssignmentRow) => ({ id: assignment.referralId }),
  household: (assignment: CaseAssignmentRow) => ({ id: assignment.householdId }),
  professional: (assignment: CaseAssignmentRow, _: unknown, context: ServicesContext) =>
    referencedRow(context.loaders.professionalById.load(assignment.professionalId), 'professional'),
  assignedAt: (assignment: CaseAssignmentRow) => toIso(assignment.assignedAt),
  closedAt: (assignment: CaseAssignmentRow) => toIso(assignment.closedAt),
  referralStatus: async (assignment: CaseAssignmentRow, _: unknown, context: ServicesContext) =>
    (await context.loaders.referralFactById.load(assignment.referralId))?.status ?? null,
  programme: async (assignment: CaseAssignmentRow, _: unknown, context: ServicesContext) =>
    (await context.loaders.referralFactById.load(assignment.referralId))?.programme ?? null,
  async townName(assignment: CaseAssignmentRow, _: unknown, context: ServicesContext) {
    const town = (await context.loaders.referralFactById.load(assignment.referralId))?.townCode;
    return town ? (townName(town) ?? town) : null;
  },
} satisfies CaseAssignmentResolvers;
