import { isUuid } from '@aid/shared/domain/ids.js';
import { pageSize } from '@aid/shared/database/pagination.js';
import { countyName, townName } from '@aid/shared/domain/regions.js';
import { canSeeProject, canSeeProjectInternals } from '../access.js';
import type { CharityContext } from '../context.js';
import type { DonationRow, ProjectRow, ProjectTransitionRow } from '../db/schema.js';
import { suppressSmallCounts } from '../disclosure.js';
import type { CharityProjectResolvers, FundraisingPlanResolvers, ProjectTransitionResolvers, PublicDonorResolvers } from '../generated/graphql.js';
import { referencedRow } from '@aid/shared/database/batching.js';

const iso = (value: Date | null) => value?.toISOString() ?? null;

export const CharityProject = {
  async __resolveReference(reference: { id: string }, context: CharityContext) {
    if (!isUuid(reference.id)) return null;
    const project = await context.loaders.projectById.load(reference.id);
    return project && canSeeProject(context.claims, project) ? project : null;
  },
  organization: (project: ProjectRow, _: unknown, context: CharityContext) =>
    referencedRow(context.loaders.organizationById.load(project.organizationId), 'organisation'),
  plan: (project: ProjectRow) => project,
  availableFen: (project: ProjectRow) => project.raisedFen - project.disbursedFen,
  rejectionReason: (project: ProjectRow, _: unknown, context: CharityContext) =>
    canSeeProjectInternals(context.claims, project) ? project.rejectionReason : null,
  reviewHistory: async (project: ProjectRow, _: unknown, context: CharityContext) =>
    canSeeProjectInternals(context.claims, project) ? context.loaders.transitionsByProject.load(project.id) : [],
  publicDonors: (project, args, context) =>
    context.loaders.publicDonorsByProject(pageSize(args.first)).load(project.id),
  recipients: async (project: ProjectRow, _: unknown, context: CharityContext) =>
    suppressSmallCounts(await context.loaders.recipientGroupsByProject.load(project.id)),
  createdAt: (project: ProjectRow) => project.createdAt.toISOString(),
  publishedAt: (project: ProjectRow) => iso(project.publishedAt),
  closedAt: (project: ProjectRow) => iso(project.closedAt),
} satisfies CharityProjectResolvers;

export const FundraisingPlan = {
  regionName: (project: ProjectRow) =>
    project.regionCode.length === 9
      ? `${countyName(project.regionCode) ?? ''}${townName(project.regionCode) ?? project.regionCode}`
      : (countyName(project.regionCode) ?? project.regionCode),
  responsiblePerson: (project: ProjectRow, _: unknown, context: CharityContext) =>
    canSeeProjectInternals(context.claims, project) ? project.responsiblePerson : null,
} satisfies FundraisingPlanResolvers;

export const ProjectTransition = {
  at: (transition: ProjectTransitionRow) => transition.at.toISOString(),
} satisfies ProjectTransitionResolvers;

export const PublicDonor = {
  // Only donations with publishName and not anonymous reach here (publicDonorsByProject), so a name is set.
  donorName: (donation: DonationRow) => donation.donorName!,
  donatedAt: (donation: DonationRow) => donation.donatedAt.toISOString(),
} satisfies PublicDonorResolvers;
