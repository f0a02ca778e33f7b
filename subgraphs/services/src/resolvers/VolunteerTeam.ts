import { isUuid } from '@aid/shared/domain/ids.js';
import type { ServicesContext } from '../context.js';
import type { TeamMembershipRow, VolunteerTeamRow } from '../db/schema.js';
import { minutesToHours } from './Volunteer.js';

export const VolunteerTeam = {
  __resolveReference: (reference: { id: string }, context: ServicesContext) =>
    isUuid(reference.id) ? context.loaders.teamById.load(reference.id) : null,
  consortium: (team: VolunteerTeamRow, _: unknown, context: ServicesContext) => context.loaders.consortiumById.load(team.consortiumId),
  organization: (team: VolunteerTeamRow) => (team.organizationId ? { id: team.organizationId } : null),
  members: (team: VolunteerTeamRow, _: unknown, context: ServicesContext) => context.loaders.membershipsByTeam.load(team.id),
  memberCount: (team: VolunteerTeamRow, _: unknown, context: ServicesContext) => context.loaders.currentMemberCountByTeam.load(team.id),
  hoursServed: async (team: VolunteerTeamRow, _: unknown, context: ServicesContext) =>
    minutesToHours(await context.loaders.minutesByTeam.load(team.id)),
};

export const VolunteerTeamMembership = {
  volunteer: (membership: TeamMembershipRow, _: unknown, context: ServicesContext) =>
    context.loaders.volunteerById.load(membership.volunteerId),
  team: (membership: TeamMembershipRow, _: unknown, context: ServicesContext) => context.loaders.teamById.load(membership.teamId),
};
