import { isUuid } from '@aid/shared/domain/ids.js';
import type { ServicesContext } from '../context.js';
import type { TeamMembershipRow, VolunteerTeamRow } from '../db/schema.js';
import { minutesToHours } from './Volunteer.js';
import type { VolunteerTeamMembershipResolvers, VolunteerTeamResolvers } from '../generated/graphql.js';
import { referencedRow } from '@aid/shared/database/batching.js';

export const VolunteerTeam = {
  __resolveReference: (reference: { id: string }, context: ServicesContext) =>
    isUuid(reference.id) ? context.loaders.teamById.load(reference.id) : null,
  consortium: (team: VolunteerTeamRow, _: unknown, context: ServicesContext) => referencedRow(context.loaders.consortiumById.load(team.consortiumId), 'consortium'),
  organization: (team: VolunteerTeamRow) => (team.organizationId ? { id: team.organizationId } : null),
  members: (team: VolunteerTeamRow, _: unknown, context: ServicesContext) => context.loaders.membershipsByTeam.load(team.id),
  memberCount: (team: VolunteerTeamRow, _: unknown, context: ServicesContext) => context.loaders.currentMemberCountByTeam.load(team.id),
  hoursServed: async (team: VolunteerTeamRow, _: unknown, context: ServicesContext) =>
    minutesToHours(await context.loaders.minutesByTeam.load(team.id)),
} satisfies VolunteerTeamResolvers;

export const VolunteerTeamMembership = {
  volunteer: (membership: TeamMembershipRow, _: unknown, context: ServicesContext) =>
    referencedRow(context.loaders.volunteerById.load(membership.volunteerId), 'volunteer'),
  team: (membership: TeamMembershipRow, _: unknown, context: ServicesContext) => referencedRow(context.loaders.teamById.load(membership.teamId), 'team'),
} satisfies VolunteerTeamMembershipResolvers;
