/** Volunteers: registering one (masked label, skills, region) and linking a volunteer to the household they belong to. */
import { and, eq, isNull, or } from 'drizzle-orm';
import { todayInChina } from '@aid/shared/domain/calendar.js';
import { badInput, conflict, notFound } from '@aid/shared/errors/domain-errors.js';
import { managesOrganization, mayLinkVolunteerToHousehold } from './access.js';
import { consortiumForWrite, registeringOrganization, requireMembers, requireNingboRegion } from './consortia.js';
import type { ServicesContext } from './context.js';
import { teamMemberships, volunteers, volunteerTeams, type VolunteerRow, type VolunteerTeamRow } from './db/schema.js';
import { distinctList, requireMaskedLabel, requirePastDay, requireWorkText } from './input.js';
import { knownHouseholdVillage } from './referral-sync.js';
import { optionalId, optionalText, requireId } from '@aid/shared/domain/input.js';

type VolunteerSkill = VolunteerRow['skills'][number];


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
      if (!team || !managesOrganization(context.claims, team.organizationId)) throw notFound('Volunteer team');
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

export async function createVolunteerTeam(
  context: ServicesContext,
  { input }: { input: { title: string; consortiumId: string; organizationId?: string | null; skills: VolunteerSkill[]; foundedOn: string } },
): Promise<VolunteerTeamRow> {
  const title = requireWorkText(input.title, 'title', { min: 2, max: 60 });
  const consortiumId = requireId(input.consortiumId, 'consortiumId');
  const skills = distinctList(input.skills, 'skills', 11);
  if (skills.length === 0) throw badInput('skills must name at least one skill.', 'skills');
  const foundedOn = requirePastDay(input.foundedOn, 'foundedOn', todayInChina());
  // An organisation registers its own team; the federation may register one run by no organisation (社区自组织).
  const organizationId = registeringOrganization(context, input.organizationId, false);
  const consortium = await consortiumForWrite(context.db, consortiumId, () => true);
  if (organizationId !== null) await requireMembers(context.db, [organizationId], consortium, 'consortiumId');
  const [team] = await context.db.insert(volunteerTeams).values({ title, consortiumId, organizationId, skills, foundedOn }).returning();
  return team!;
}
