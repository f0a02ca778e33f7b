import { isUuid } from '@aid/shared/domain/ids.js';
import type { ServicesContext } from '../context.js';
import type { CharityOrganizationResolvers } from '../generated/graphql.js';

/** Charity owns CharityOrganization; services adds the teams, professionals and services it runs. */
export const CharityOrganization = {
  __resolveReference: (reference: { id: string }) => (isUuid(reference.id) ? { id: reference.id.toLowerCase() } : null),
  teams: (organization: { id: string }, _: unknown, context: ServicesContext) => context.loaders.teamsByOrganization.load(organization.id),
  professionals: (organization: { id: string }, _: unknown, context: ServicesContext) =>
    context.loaders.professionalsByOrganization.load(organization.id),
  services: (organization: { id: string }, _: unknown, context: ServicesContext) =>
    context.loaders.servicesByOrganization.load(organization.id),
} satisfies CharityOrganizationResolvers;
