/** Case work of the services subgraph: assigning a referral to a professional, recording a service delivered. */
import { and, eq, getTableColumns, isNull, or } from 'drizzle-orm';
import { hasRole } from '@aid/shared/security/auth.js';
import type { Programme } from '@aid/shared/domain/vocabulary.js';
import { badInput, conflict, notFound } from '@aid/shared/errors/domain-errors.js';
import { mayActForPerformer, mayRecordServiceFor, type ServicePerformer } from './access.js';
import type { ServicesContext } from './context.js';
import { caseAssignments, consortia, professionals, serviceRecords, teamMemberships, volunteerTeams } from './db/schema.js';
import { referralForWrite } from './referral-sync.js';
import { isAllowedServiceType, PROFESSIONAL_ONLY, SERVICE_TYPES_BY_PROGRAMME, type ServiceType } from './service-types.js';
import { actsForOrganization } from '@aid/shared/security/claims.js';
import { notInFuture, optionalId, optionalText, requireId, requireInstant } from '@aid/shared/domain/input.js';

interface RecordServiceInput {
  referralId?: string | null;
  needId?: string | null;
  householdId: string;
  programme: Programme;
  serviceType: ServiceType;
  performer: { professionalId?: string | null; teamId?: string | null; volunteerId?: string | null };
  startedAt: string;
  endedAt: string;
  hours: number;
  outcome: (typeof serviceRecords.$inferInsert)['outcome'];
  notes?: string | null;
}

export async function assignCase(context: ServicesContext, { input }: { input: { professionalId: string; referralId: string; householdId: string } }) {
  const professionalId = requireId(input.professionalId, 'professionalId');
  const referralId = requireId(input.referralId, 'referralId');
  const householdId = requireId(input.householdId, 'householdId');
  await referralForWrite(context.db, context.claims, 'assignCase', { referralId, householdId }, context.referralSync, context.logger);
  return context.db.transaction(async (tx) => {
    const [professional] = await tx.select().from(professionals).where(eq(professionals.id, professionalId));
    const ownOrganization = hasRole(context.claims, 'charity_federation') || actsForOrganization(context.claims, professional?.organizationId);
    if (!professional || !ownOrganization) throw notFound('Professional');
    if (!professional.active) throw badInput('This professional does not take cases at present.', 'professionalId');
    const [assignment] = await tx
      .insert(caseAssignments)
      .values({ professionalId, referralId, householdId, assignedBySubject: context.claims.sub })
      .onConflictDoNothing({ target: [caseAssignments.professionalId, caseAssignments.referralId] })
      .returning();
    if (!assignment) throw conflict('This case is already assigned to the professional.');
    return assignment;
  });
}

export async function recordService(context: ServicesContext, { input }: { input: RecordServiceInput }) {
  const referralId = optionalId(input.referralId, 'referralId');
  const needId = optionalId(input.needId, 'needId');
  if (!referralId) {
    // Services knows a household's needs only through its referrals (docs/services.md).
    throw badInput('Give the referralId the service was delivered for: a need is confirmed only through its referral.', 'referralId');
  }
  const householdId = requireId(input.householdId, 'householdId');
  if (!isAllowedServiceType(input.programme, input.serviceType)) {
    const allowed = SERVICE_TYPES_BY_PROGRAMME[input.programme].join(', ');
    throw badInput(`serviceType ${input.serviceType} is not delivered under ${input.programme}; use one of ${allowed}.`, 'serviceType');
  }
  const professionalId = optionalId(input.performer.professionalId, 'performer.professionalId');
  const teamId = optionalId(input.performer.teamId, 'performer.teamId');
  const volunteerId = optionalId(input.performer.volunteerId, 'performer.volunteerId');
  if ((professionalId === null) === (teamId === null)) {
    throw badInput('performer must name exactly one of professionalId or teamId.', 'performer');
  }
  if (volunteerId && !teamId) throw badInput("performer.volunteerId needs the volunteer's teamId.", 'performer.volunteerId');
  if (teamId && PROFESSIONAL_ONLY.has(input.serviceType)) {
    throw badInput(`${input.serviceType} must be performed by a professional, not a volunteer team.`, 'performer');
  }
  const startedAt = requireInstant(input.startedAt, 'startedAt');
  const endedAt = notInFuture(requireInstant(input.endedAt, 'endedAt'), 'endedAt');
  if (endedAt <= startedAt) throw badInput('endedAt must be after startedAt.', 'endedAt');
  const minutes = Number.isFinite(input.hours) ? Math.round(input.hours * 60) : 0;
  if (minutes < 1 || minutes > Math.ceil((endedAt.getTime() - startedAt.getTime()) / 60_000)) {
    throw badInput('hours must be at least one minute and at most the time between startedAt and endedAt.', 'hours');
  }
  const notes = optionalText(input.notes, 'notes', 2000);
  const viewer = await context.viewer();

  // The performer first: registered, active, and the caller or someone the caller acts for.
  let performer: ServicePerformer;
  let delivered: { organizationId: string | null; regionCode: string };
  if (professionalId) {
    const [professional] = await context.db
      .select({ ...getTableColumns(professionals), regionCode: consortia.regionCode })
      .from(professionals)
      .innerJoin(consortia, eq(consortia.id, professionals.consortiumId))
      .where(eq(professionals.id, professionalId));
    if (!professional) throw notFound('Professional');
    performer = { kind: 'professional', professional };
    if (!mayActForPerformer(context.claims, viewer, performer)) throw notFound('Professional');
    if (!professional.active) throw badInput('This professional does not take cases at present.', 'performer.professionalId');
    delivered = professional;
  } else {
    const [team] = await context.db
      .select({ ...getTableColumns(volunteerTeams), regionCode: consortia.regionCode })
      .from(volunteerTeams)
      .innerJoin(consortia, eq(consortia.id, volunteerTeams.consortiumId))
      .where(eq(volunteerTeams.id, teamId!));
    if (!team) throw notFound('Volunteer team');
    // A member of the team records their own service: the volunteer is the caller unless named.
    const performedBy = volunteerId ?? (viewer.volunteer && viewer.teamIds.has(team.id) ? viewer.volunteer.id : null);
    performer = { kind: 'team', team, volunteerId: performedBy };
    if (!mayActForPerformer(context.claims, viewer, performer)) throw notFound('Volunteer team');
    if (performedBy) {
      const [member] = await context.db
        .select({ volunteerId: teamMemberships.volunteerId })
        .from(teamMemberships)
        .where(and(eq(teamMemberships.teamId, team.id), eq(teamMemberships.volunteerId, performedBy), isNull(teamMemberships.leftOn)));
      if (!member) throw badInput('performer.volunteerId is not a current member of the team.', 'performer.volunteerId');
    }
    delivered = team;
  }
  const performedByVolunteer = performer.kind === 'team' ? performer.volunteerId : null;

  // Then the referral (read model fed by civil affairs): known, one the performer may serve, of the given
  // household, in a state that allows service, of the given programme and need.
  const referral = await referralForWrite(
    context.db,
    context.claims,
    'recordService',
    { referralId, householdId },
    context.referralSync,
    context.logger,
    { mayAct: (r) => mayRecordServiceFor(context.db, performer, r) },
  );
  if (referral.programme !== input.programme) {
    throw badInput(`programme must be the referral's programme, ${referral.programme}.`, 'programme');
  }
  if (needId && needId !== referral.needId) throw badInput('needId does not match the need of this referral.', 'needId');

  return context.db.transaction(async (tx) => {
    const [record] = await tx
      .insert(serviceRecords)
      .values({
        referralId,
        needId: needId ?? referral.needId,
        householdId,
        programme: input.programme,
        serviceType: input.serviceType,
        professionalId,
        teamId,
        volunteerId: performedByVolunteer,
        organizationId: delivered.organizationId,
        regionCode: delivered.regionCode,
        startedAt,
        endedAt,
        durationMinutes: minutes,
        outcome: input.outcome,
        notes,
        recordedBySubject: context.claims.sub,
      })
      .returning();
    return record!;
  });
}
