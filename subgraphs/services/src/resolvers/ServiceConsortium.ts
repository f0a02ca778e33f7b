import { isUuid } from '@aid/shared/domain/ids.js';
import { referencedRow } from '@aid/shared/database/batching.js';
import type { ServicesContext } from '../context.js';
import type { ConsortiumMemberRow, ConsortiumRow } from '../db/schema.js';
import type { ConsortiumMemberResolvers, ServiceConsortiumResolvers } from '../generated/graphql.js';

export const ServiceConsortium = {
  __resolveReference: (reference: { id: string }, context: ServicesContext) =>
    isUuid(reference.id) ? context.loaders.consortiumById.load(reference.id) : null,
  parent: (consortium: ConsortiumRow, _: unknown, context: ServicesContext) =>
    consortium.parentId ? context.loaders.consortiumById.load(consortium.parentId) : null,
  children: (consortium: ConsortiumRow, _: unknown, context: ServicesContext) => context.loaders.consortiaByParent.load(consortium.id),
  memberOrganizations: (consortium: ConsortiumRow, _: unknown, context: ServicesContext) =>
    context.loaders.membersByConsortium.load(consortium.id),
  locations: (consortium: ConsortiumRow, _: unknown, context: ServicesContext) => context.loaders.locationsByConsortium.load(consortium.id),
  services: (consortium: ConsortiumRow, _: unknown, context: ServicesContext) => context.loaders.servicesByConsortium.load(consortium.id),
  professionals: (consortium: ConsortiumRow, _: unknown, context: ServicesContext) =>
    context.loaders.professionalsByConsortium.load(consortium.id),
  teams: (consortium: ConsortiumRow, _: unknown, context: ServicesContext) => context.loaders.teamsByConsortium.load(consortium.id),
} satisfies ServiceConsortiumResolvers;

export const ConsortiumMember = {
  organization: (member: ConsortiumMemberRow) => ({ id: member.organizationId }),
  consortium: (member: ConsortiumMemberRow, _: unknown, context: ServicesContext) =>
    referencedRow(context.loaders.consortiumById.load(member.consortiumId), 'consortium'),
} satisfies ConsortiumMemberResolvers;
