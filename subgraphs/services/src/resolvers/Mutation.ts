import { and, eq, getTableColumns, isNull, or } from 'drizzle-orm';
import { hasRole } from '@aid/shared/security/auth.js';
import type { Programme } from '@aid/shared/domain/vocabulary.js';
import { todayInChina } from '@aid/shared/domain/calendar.js';
import { badInput, conflict, domainError, ErrorCode, forbidden, notFound } from '@aid/shared/errors/domain-errors.js';
import { isNingboCounty, regionCodeArgument, regionLevel } from '@aid/shared/domain/regions.js';
import {
  actsForTeam,
  hasOpenCaseOfHousehold,
  mayActForPerformer,
  mayCancelMicroWish,
  mayCollectMicroWish,
  mayConfirmMicroWish,
  mayDeliverMicroWish,
  mayLinkVolunteerToHousehold,
  mayRecordFeedbackAs,
  mayRecordFeedbackTypeAsRole,
  mayRecordServiceFor,
  type MicroWishFacts,
  type ServicePerformer,
} from '../access.js';
import type { ServicesContext } from '../context.js';
import {
  caseAssignments,
  consortia,
  feedback,
  microWishes,
  microWishEvents,
  professionals,
  psychFileEntries,
  psychFiles,
  serviceRecords,
  teamMemberships,
  volunteers,
  volunteerTeams,
  type FeedbackRow,
  type MicroWishRow,
  type PsychFileRow,
  type VolunteerRow,
} from '../db/schema.js';
import { publicTextProblem, requireMaskedLabel } from '../input.js';
import { actorRole, transitionMicroWish } from '../micro-wishes.js';
import { isKnownNeedOf, knownHouseholdVillage, referralForWrite } from '../referral-sync.js';
import { isAllowedServiceType, PROFESSIONAL_ONLY, SERVICE_TYPES_BY_PROGRAMME, type ServiceType } from '../service-types.js';
import { actingOrganization, actsForOrganization } from '@aid/shared/security/claims.js';
import { notInFuture, optionalId, optionalText, requireDay, requireId, requireInstant, requireText } from '@aid/shared/domain/input.js';

type RiskLevel = PsychFileRow['riskLevel'];
type RespondentType = FeedbackRow['respondentType'];
type VolunteerSkill = VolunteerRow['skills'][number];

/** Largest value of a micro-wish: 1,000 CNY. Larger needs go through the need library and a project. */
export const MAX_MICRO_WISH_FEN = 100_000;

function requireNingboRegion(code: string, field: string): string {
  regionCodeArgument(code, field, ['county', 'town', 'village']);
  if (!isNingboCounty(code.slice(0, 6))) throw badInput(`${field} must be a region code within Ningbo.`, field);
  return code;
}

/** A public title says what is wished for, never who wishes it (`publicTextProblem`). */
function requireGenericTitle(value: string): string {
  const title = requireText(value, 'publicTitle', { min: 2, max: 40 });
  const problem = publicTextProblem(title);
  if (problem) throw badInput(`publicTitle must be generic, e.g. 一个新书包: ${problem}.`, 'publicTitle');
  return title;
}

/**
 * The wish a transition names, if the caller may act on it by `allowed` (a rule of `src/access.ts`); a
 * wish the caller may not act on is NOT_FOUND, exactly as a missing one, and its state is not told. The
 * household of a wish never changes, so the rule is asked before the transition locks the row.
 */
async function wishFor(context: ServicesContext, id: string, allowed: (wish: MicroWishRow) => boolean | Promise<boolean>): Promise<MicroWishRow> {
  const [wish] = await context.db.select().from(microWishes).where(eq(microWishes.id, id));
  if (!wish || !(await allowed(wish))) throw notFound('Micro-wish');
  return wish;
}

/** What services knows about a wish's household for the rules of its transitions. */
async function microWishFacts(context: ServicesContext, wish: MicroWishRow): Promise<MicroWishFacts> {
  return {
    householdVillage: await knownHouseholdVillage(context.db, wish.householdId, context.referralSync, context.logger),
    caseOfHousehold: await hasOpenCaseOfHousehold(context.db, await context.viewer(), wish.householdId),
  };
}

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

export const Mutation = {
  async assignCase(
    _: unknown,
    { input }: { input: { professionalId: string; referralId: string; householdId: string } },
    context: ServicesContext,
  ) {
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
  },

  async recordService(_: unknown, { input }: { input: RecordServiceInput }, context: ServicesContext) {
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
  },

  async openPsychologicalFile(
    _: unknown,
    {
      input,
    }: {
      input: { referralId: string; householdId: string; personId?: string | null; riskLevel: RiskLevel; assessment: string; nextReviewOn?: string | null };
    },
    context: ServicesContext,
  ) {
    const referralId = requireId(input.referralId, 'referralId');
    const householdId = requireId(input.householdId, 'householdId');
    const personId = optionalId(input.personId, 'personId');
    const assessment = requireText(input.assessment, 'assessment', { min: 1, max: 4000 });
    const nextReviewOn = input.nextReviewOn ? requireDay(input.nextReviewOn, 'nextReviewOn') : null;
    const { professional } = await context.viewer();
    if (professional?.kind !== 'PSYCHOLOGICAL_COUNSELLOR') {
      throw forbidden('Only a psychological counsellor with a professional record opens psychological files.');
    }
    return context.db.transaction(async (tx) => {
      const [assignment] = await tx
        .select()
        .from(caseAssignments)
        .where(and(eq(caseAssignments.professionalId, professional.id), eq(caseAssignments.referralId, referralId)));
      if (!assignment) throw domainError(ErrorCode.NOT_FOUND, 'This referral is not among your assigned cases.');
      if (assignment.householdId !== householdId) throw badInput('householdId does not match the household of this referral.', 'householdId');
      const [file] = await tx
        .insert(psychFiles)
        .values({ householdId, personId, referralId, counsellorId: professional.id, riskLevel: input.riskLevel, assessment, nextReviewOn })
        .returning();
      return file!;
    });
  },

  async addPsychologicalFileEntry(
    _: unknown,
    args: { fileId: string; input: { sessionMode: (typeof psychFileEntries.$inferInsert)['sessionMode']; riskLevel: RiskLevel; summary: string; occurredAt: string } },
    context: ServicesContext,
  ) {
    const fileId = requireId(args.fileId, 'fileId');
    const summary = requireText(args.input.summary, 'summary', { min: 1, max: 4000 });
    const occurredAt = notInFuture(requireInstant(args.input.occurredAt, 'occurredAt'), 'occurredAt');
    const { professional } = await context.viewer();
    return context.db.transaction(async (tx) => {
      const [file] = await tx.select().from(psychFiles).where(eq(psychFiles.id, fileId)).for('update');
      // Health data: for anyone but the assigned counsellor the file does not exist.
      if (!file || professional?.kind !== 'PSYCHOLOGICAL_COUNSELLOR' || file.counsellorId !== professional.id) {
        throw notFound('Psychological file');
      }
      if (file.status !== 'OPEN') throw badInput('This file is closed; open a new file to follow up again.', 'fileId');
      await tx.insert(psychFileEntries).values({ fileId, sessionMode: args.input.sessionMode, riskLevel: args.input.riskLevel, summary, occurredAt });
      const [updated] = await tx.update(psychFiles).set({ riskLevel: args.input.riskLevel }).where(eq(psychFiles.id, fileId)).returning();
      return updated!;
    });
  },

  async collectMicroWish(
    _: unknown,
    {
      input,
    }: {
      input: { householdId: string; countyCode: string; needId?: string | null; publicTitle: string; category: MicroWishRow['category']; valueFen: number };
    },
    context: ServicesContext,
  ) {
    const householdId = requireId(input.householdId, 'householdId');
    const needId = optionalId(input.needId, 'needId');
    if (regionLevel(input.countyCode) !== 'county' || !isNingboCounty(input.countyCode)) {
      throw badInput('countyCode must be the 6-digit code of a Ningbo district or county.', 'countyCode');
    }
    const publicTitle = requireGenericTitle(input.publicTitle);
    if (!Number.isInteger(input.valueFen) || input.valueFen < 1 || input.valueFen > MAX_MICRO_WISH_FEN) {
      throw badInput(`valueFen must be a whole number of fen from 1 to ${MAX_MICRO_WISH_FEN}.`, 'valueFen');
    }
    // Row level: the household's place as services knows it (its referrals' village), never the input's county.
    const village = await knownHouseholdVillage(context.db, householdId, context.referralSync, context.logger);
    if (!mayCollectMicroWish(context.claims, village)) throw notFound('Household');
    if (village!.slice(0, 6) !== input.countyCode) throw badInput("countyCode must be the county of the household's village.", 'countyCode');
    if (needId && !(await isKnownNeedOf(context.db, needId, householdId))) {
      throw badInput('needId must be a need of this household that services knows through a referral.', 'needId');
    }
    return context.db.transaction(async (tx) => {
      const [wish] = await tx
        .insert(microWishes)
        .values({
          householdId,
          needId,
          countyCode: input.countyCode,
          publicTitle,
          category: input.category,
          valueFen: input.valueFen,
          collectedBySubject: context.claims.sub,
        })
        .returning();
      await tx.insert(microWishEvents).values({
        wishId: wish!.id,
        fromStatus: null,
        toStatus: 'PUBLISHED',
        actorSubject: context.claims.sub,
        actorRole: actorRole(context.claims),
      });
      return wish!;
    });
  },

  claimMicroWish(_: unknown, args: { id: string }, context: ServicesContext) {
    const id = requireId(args.id, 'id');
    return transitionMicroWish(context.db, context.claims, id, 'claim', {
      claimedBySubject: context.claims.sub,
      claimedByOrganizationId: actingOrganization(context.claims),
      claimedAt: new Date(),
    });
  },

  async deliverMicroWish(_: unknown, args: { id: string; teamId: string }, context: ServicesContext) {
    const id = requireId(args.id, 'id');
    const teamId = requireId(args.teamId, 'teamId');
    const [team] = await context.db
      .select({ id: volunteerTeams.id, organizationId: volunteerTeams.organizationId, regionCode: consortia.regionCode })
      .from(volunteerTeams)
      .innerJoin(consortia, eq(consortia.id, volunteerTeams.consortiumId))
      .where(eq(volunteerTeams.id, teamId));
    const viewer = await context.viewer();
    if (!team || !actsForTeam(context.claims, viewer, team)) throw notFound('Volunteer team');
    await wishFor(context, id, (wish) => mayDeliverMicroWish(context.claims, viewer, wish, team));
    return transitionMicroWish(context.db, context.claims, id, 'deliver', { deliveredByTeamId: team.id, deliveredAt: new Date() });
  },

  async confirmMicroWish(_: unknown, args: { id: string }, context: ServicesContext) {
    const id = requireId(args.id, 'id');
    await wishFor(context, id, async (wish) => mayConfirmMicroWish(context.claims, await microWishFacts(context, wish)));
    return transitionMicroWish(context.db, context.claims, id, 'confirm', { confirmedAt: new Date() });
  },

  async cancelMicroWish(_: unknown, args: { id: string; reason: string }, context: ServicesContext) {
    const id = requireId(args.id, 'id');
    const reason = requireText(args.reason, 'reason', { min: 1, max: 200 });
    await wishFor(context, id, async (wish) => mayCancelMicroWish(context.claims, await microWishFacts(context, wish)));
    return transitionMicroWish(context.db, context.claims, id, 'cancel', { cancelledAt: new Date(), cancelReason: reason }, reason);
  },

  async recordFeedback(
    _: unknown,
    {
      input,
    }: {
      input: { referralId: string; householdId: string; organizationId?: string | null; respondentType: RespondentType; satisfaction: number; needMet: boolean };
    },
    context: ServicesContext,
  ) {
    const referralId = requireId(input.referralId, 'referralId');
    const householdId = requireId(input.householdId, 'householdId');
    const organizationId = optionalId(input.organizationId, 'organizationId');
    if (!Number.isInteger(input.satisfaction) || input.satisfaction < 1 || input.satisfaction > 5) {
      throw badInput('satisfaction must be a whole number from 1 to 5.', 'satisfaction');
    }
    if (!mayRecordFeedbackTypeAsRole(context.claims, input.respondentType)) {
      throw forbidden(
        `Your role cannot record feedback as ${input.respondentType}; record it as your own role (civil staff also record HOUSEHOLD answers).`,
      );
    }
    const viewer = await context.viewer();
    // Not found and not allowed look the same: a referral the caller has no relation to, or of another
    // household, is NOT_FOUND, and its state is not told.
    const referral = await referralForWrite(
      context.db,
      context.claims,
      'recordFeedback',
      { referralId, householdId },
      context.referralSync,
      context.logger,
      { mayAct: (r) => mayRecordFeedbackAs(context.db, context.claims, viewer, r, input.respondentType), otherHouseholdIsNotFound: true },
    );
    if (organizationId && organizationId !== referral.organizationId) {
      throw badInput('organizationId must be the organisation holding the referral (or left out).', 'organizationId');
    }
    return context.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(feedback)
        .values({
          referralId,
          householdId,
          organizationId: referral.organizationId,
          respondentType: input.respondentType,
          satisfaction: input.satisfaction,
          needMet: input.needMet,
          recordedBySubject: context.claims.sub,
        })
        .onConflictDoNothing({ target: [feedback.referralId, feedback.respondentType] })
        .returning();
      if (!row) throw conflict(`Feedback from ${input.respondentType} is already recorded for this referral.`);
      return row;
    });
  },

  async registerVolunteer(
    _: unknown,
    { input }: { input: { maskedLabel: string; regionCode: string; skills: VolunteerSkill[]; teamId?: string | null; accountSubject?: string | null } },
    context: ServicesContext,
  ) {
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
  },

  async linkVolunteerToHousehold(_: unknown, args: { volunteerId: string; householdId: string }, context: ServicesContext) {
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
  },
};
