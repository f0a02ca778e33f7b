/** Volunteers: registering one (masked label, skills, region) and linking a volunteer to the household they belong to. */
import { and, eq, isNull, or } from 'drizzle-orm';
import { hasRole } from '@aid/shared/security/auth.js';
import { todayInChina } from '@aid/shared/domain/calendar.js';
import { badInput, conflict, notFound } from '@aid/shared/errors/domain-errors.js';
import { isNingboCounty, regionCodeArgument } from '@aid/shared/domain/regions.js';
import { mayLinkVolunteerToHousehold } from './access.js';
import type { ServicesContext } from './context.js';
import { teamMemberships, volunteers, volunteerTeams, type VolunteerRow } from './db/schema.js';
import { requireMaskedLabel } from './input.js';
import { knownHouseholdVillage } from './referral-sync.js';
import { actsForOrganization } from '@aid/shared/security/claims.js';
import { optionalId, optionalText, requireId } from '@aid/shared/domain/input.js';

type VolunteerSkill = VolunteerRow['skills'][number];

function requireNingboRegion(code: string, field: string): string {
  regionCodeArgument(code, field, ['county', 'town', 'village']);
  if (!isNingboCounty(code.slice(0, 6))) throw badInput(`${field} must be a region code within Ningbo.`, field);
  return code;
}

export async function registerVolunteer(context: ServicesContext, { input }: { input: { maskedLabel: string; regionCode: string; skills: VolunteerSkill[]; teamId?: string | null; accountSubject?: string | null } }) {
  // Only a masked label is kept for volunteers (docs/services.md): a surname and stars, never a name.
  const maskedLabel = requireMaskedLabel(input.maskedLabel, 'maskedLabel');
  const regionCode = requireNingboRegion(input.regionCode, 'regionCode');
  const skills = [...new Set(input.skills)];
  if (skills.length === 0) throw badInput('skills must name at least one skill.', 'skills');
  const teamId = optionalId(input.teamId, 'teamId');
  const accountSubject = optionalText(input.accountSubject, 'accountSubject', 200);
  return context.db.transaction(async (tx) => {
    if (teamId) {
      const [team] = await tx.select().from(volunteerTeams).where(eq(volunteerTeams.id, teamId));
      const mayAdd = hasRole(context.claims, 'charity_federation') || actsForOrganization(context.claims, team?.organizationId);
      if (!team || !mayAdd) throw notFound('Volunteer team');
    }
    const inserted = tx.insert(volunteers).values({ maskedLabel, regionCode, skills, accountSubject, joinedOn: todayInChina() });
    const [volunteer] = accountSubject
      ? await inserted.onConflictDoNothing({ target: volunteers.accountSubject }).returning()
      : await inserted.returning();
    if (!volunteer) throw conflict('A volunteer with this account is already registered.');
    if (teamId) await tx.insert(teamMemberships).values({ teamId, volunteerId: volunteer.id, joinedOn: volunteer.joinedOn });
    return volunteer;
  });
}

export async function linkVolunteerToHousehold(context: ServicesContext, args: { volunteerId: string; householdId: string }) {
  const volunteerId = requireId(args.volunteerId, 'volunteerId');
  const householdId = requireId(args.householdId, 'householdId');
  const village = await knownHouseholdVillage(context.db, householdId, context.referralSync, context.logger);
  if (!mayLinkVolunteerToHousehold(context.claims, village)) throw notFound('Household');
  const [linked] = await context.db
    .update(volunteers)
    .set({ householdId })
    .where(and(eq(volunteers.id, volunteerId), or(isNull(volunteers.householdId), eq(volunteers.householdId, householdId))))
    .returning();
  if (linked) return linked;
  const [existing] = await context.db.select({ id: volunteers.id }).from(volunteers).where(eq(volunteers.id, volunteerId));
  if (!existing) throw notFound('Volunteer');
  throw conflict('This volunteer is already linked to another household.');
}
