import { isUuid } from '@aid/shared/domain/ids.js';
import type { ServicesContext } from '../context.js';
import type { VolunteerRow } from '../db/schema.js';
import type { VolunteerResolvers } from '../generated/graphql.js';

export const minutesToHours = (minutes: number): number => Math.round((minutes / 60) * 100) / 100;

export const Volunteer = {
  __resolveReference: (reference: { id: string }, context: ServicesContext) =>
    isUuid(reference.id) ? context.loaders.volunteerById.load(reference.id) : null,
  hoursServed: async (volunteer: VolunteerRow, _: unknown, context: ServicesContext) =>
    minutesToHours(await context.loaders.minutesByVolunteer.load(volunteer.id)),
  teams: (volunteer: VolunteerRow, _: unknown, context: ServicesContext) => context.loaders.membershipsByVolunteer.load(volunteer.id),
  // 助人自助: the link to the household is guarded in the SDL (civil staff with household:read).
  recoveredHousehold: (volunteer: VolunteerRow) => (volunteer.householdId ? { id: volunteer.householdId } : null),
} satisfies VolunteerResolvers;
