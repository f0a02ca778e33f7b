import { isUuid } from '@aid/shared/domain/ids.js';
import { countyName, townName } from '@aid/shared/domain/regions.js';
import { canSeeProject } from '../access.js';
import type { CharityContext } from '../context.js';
import type { OrganizationRow, QualificationRow } from '../db/schema.js';
import { holdsQualification, isValidOn } from '../organizations.js';
import { today } from '../validation.js';
import type { CharityOrganizationResolvers, CharityQualificationResolvers } from '../generated/graphql.js';

export const CharityOrganization = {
  async __resolveReference(reference: { id: string }, context: CharityContext) {
    return isUuid(reference.id) ? context.loaders.organizationById.load(reference.id) : null;
  },
  unifiedSocialCreditCode: (organization: OrganizationRow) => organization.uscc,
  countyName: (organization: OrganizationRow) => countyName(organization.regionCode) ?? organization.regionCode.slice(0, 6),
  townName: (organization: OrganizationRow) => (organization.regionCode.length >= 9 ? (townName(organization.regionCode) ?? null) : null),
  qualifications: (organization: OrganizationRow, _: unknown, context: CharityContext) =>
    context.loaders.qualificationsByOrganization.load(organization.id),
  isCertifiedCharity: async (organization: OrganizationRow, _: unknown, context: CharityContext) =>
    holdsQualification(await context.loaders.qualificationsByOrganization.load(organization.id), 'CERTIFIED_CHARITY'),
  canFundraisePublicly: async (organization: OrganizationRow, _: unknown, context: CharityContext) =>
    holdsQualification(await context.loaders.qualificationsByOrganization.load(organization.id), 'PUBLIC_FUNDRAISING'),
  resources: (organization: OrganizationRow, _: unknown, context: CharityContext) =>
    context.loaders.resourcesByOrganization.load(organization.id),
  projects: async (organization: OrganizationRow, _: unknown, context: CharityContext) =>
    (await context.loaders.projectsByOrganization.load(organization.id)).filter((project) => canSeeProject(context.claims, project)),
  registeredAt: (organization: OrganizationRow) => organization.registeredAt.toISOString(),
} satisfies CharityOrganizationResolvers;

export const CharityQualification = {
  isValid: (qualification: QualificationRow) => isValidOn(qualification, today()),
} satisfies CharityQualificationResolvers;
