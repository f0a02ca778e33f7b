import { and, eq, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { CIVIL_STAFF, EVERYONE, SIGNED_IN, rule, type RowRules } from '@aid/shared/security/row-rules.js';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { hasRole, type Claims } from '@aid/shared/security/auth.js';
import type { Database, Queryable } from '@aid/shared/database/database.js';
import * as claimsOf from '@aid/shared/security/claims.js';
import { CIVIL_STAFF_ROLES } from '@aid/shared/security/roles.js';
import {
  caseAssignments,
  feedback,
  meetingAttendees,
  meetings,
  professionals,
  referrals,
  serviceRecords,
  teamMemberships,
  volunteers,
  type FeedbackRow,
  type FollowUpActionRow,
  type MeetingAttendeeRow,
  type MeetingRow,
  type ProfessionalRow,
  type PsychFileRow,
  type ServiceRecordRow,
  type VolunteerRow,
} from './db/schema.js';

/**
 * Row level: who may see which service rows. Not found and not allowed look the same:
 * callers get null or an empty list, never a hint that a row exists. Each rule below has its SQL twin for
 * list queries, kept side by side so they cannot drift.
 */

/** The caller as the services subgraph knows them: their professional or volunteer record, by token subject. */
export interface Viewer {
  professional: ProfessionalRow | null;
  /** Referrals assigned to the viewer's professional record (open or closed). */
  assignedReferralIds: ReadonlySet<string>;
  volunteer: VolunteerRow | null;
  /** Teams the viewer's volunteer record currently belongs to. */
  teamIds: ReadonlySet<string>;
}

const NO_ONE: Viewer = { professional: null, assignedReferralIds: new Set(), volunteer: null, teamIds: new Set() };

/** Loads the viewer once per request: at most two statements, and none for roles that are neither. */
export async function loadViewer(db: Database, claims: Claims): Promise<Viewer> {
  const viewer = { ...NO_ONE };
  if (hasRole(claims, 'professional')) {
    const [professional] = await db.select().from(professionals).where(eq(professionals.accountSubject, claims.sub));
    if (professional) {
      const rows = await db
        .select({ referralId: caseAssignments.referralId })
        .from(caseAssignments)
        .where(eq(caseAssignments.professionalId, professional.id));
      viewer.professional = professional;
      viewer.assignedReferralIds = new Set(rows.map((row) => row.referralId));
    }
  }
  if (hasRole(claims, 'volunteer')) {
    const [volunteer] = await db.select().from(volunteers).where(eq(volunteers.accountSubject, claims.sub));
    if (volunteer) {
      const rows = await db
        .select({ teamId: teamMemberships.teamId })
        .from(teamMemberships)
        .where(and(eq(teamMemberships.volunteerId, volunteer.id), isNull(teamMemberships.leftOn)));
      viewer.volunteer = volunteer;
      viewer.teamIds = new Set(rows.map((row) => row.teamId));
    }
  }
  return viewer;
}

/**
 * The assigned-case rule as SQL: rows whose referral (`referralId`) is one of the cases assigned to the
 * viewer's professional record (`Viewer.assignedReferralIds`), or null when the viewer has none.
 */
function assignedCase(viewer: Viewer, referralId: AnyPgColumn): SQL | null {
  return viewer.assignedReferralIds.size > 0 ? inArray(referralId, [...viewer.assignedReferralIds]) : null;
}

/**
 * Callers that see the records delivered in their region (`regionScope`, the full 6/9/12-digit region):
 * county officers and a region-bound provincial system. Village and town workers are not among them: they
 * see a household's services by the household rule (`visibleHouseholdServices`).
 */
function regionReader(claims: Claims): string | null {
  return claimsOf.regionScope(claims, ['civil_officer', 'provincial_system']);
}

/**
 * A service record is visible to: the federation; the provincial system (read-only, to join the aid outcomes
 * of the referral feed: province-wide, or its region); a county officer for services delivered in their
 * region (the performer's consortium region, copied at recording, under the officer's full region);
 * the delivering organisation; the performing professional and the professionals the case is assigned to;
 * the performing volunteer and their team.
 */
export function canSeeServiceRecord(claims: Claims, viewer: Viewer, record: ServiceRecordRow): boolean {
  if (hasRole(claims, 'charity_federation') || claimsOf.isProvinceWide(claims)) return true;
  if (claimsOf.regionCovers(regionReader(claims), record.regionCode)) return true;
  if (claimsOf.actsForOrganization(claims, record.organizationId)) return true;
  if (viewer.professional) {
    if (record.professionalId === viewer.professional.id) return true;
    if (record.referralId && viewer.assignedReferralIds.has(record.referralId)) return true;
  }
  if (viewer.volunteer) {
    if (record.volunteerId === viewer.volunteer.id) return true;
    if (record.teamId && viewer.teamIds.has(record.teamId)) return true;
  }
  return false;
}

/** Records delivered in a region: the performer's consortium region (copied at recording) under `prefix`. */
function deliveredIn(prefix: string): SQL {
  return claimsOf.regionCoversSql(prefix, serviceRecords.regionCode);
}

/** Records delivered by the caller's organisation (charity_org), or null for other callers. */
function deliveredByOwnOrganization(claims: Claims): SQL | null {
  return claimsOf.actingOrganization(claims) ? eq(serviceRecords.organizationId, claimsOf.actingOrganization(claims)!) : null;
}

/** The SQL twin of canSeeServiceRecord, or null when the caller may see no record at all. */
export function visibleServiceRecords(claims: Claims, viewer: Viewer): SQL | null {
  if (hasRole(claims, 'charity_federation') || claimsOf.isProvinceWide(claims)) return eq(serviceRecords.id, serviceRecords.id);
  const any: SQL[] = [];
  const region = regionReader(claims);
  if (region !== null) any.push(deliveredIn(region));
  const ownOrganization = deliveredByOwnOrganization(claims);
  if (ownOrganization) any.push(ownOrganization);
  if (viewer.professional) {
    any.push(eq(serviceRecords.professionalId, viewer.professional.id));
    const assigned = assignedCase(viewer, serviceRecords.referralId);
    if (assigned) any.push(assigned);
  }
  if (viewer.volunteer) {
    any.push(eq(serviceRecords.volunteerId, viewer.volunteer.id));
    if (viewer.teamIds.size > 0) any.push(inArray(serviceRecords.teamId, [...viewer.teamIds]));
  }
  return any.length === 0 ? null : or(...any)!;
}


/**
 * The 12-digit village of a service record's household when the record names no referral: the one village
 * that every referral of the household names in the read model, or null when services knows none, one is
 * unknown, or they disagree (then no region covers it). The performer's consortium region is not the
 * household's place (a town consortium serves every village of its town), so it decides nothing here.
 */
const householdVillage = sql<string | null>`(select min(known.village_code) from ${referrals} known
  where known.household_id = ${serviceRecords.householdId}
  having count(*) = count(known.village_code) and count(distinct known.village_code) = 1)`;

/**
 * A household's services (`Household.servicesReceived`, `PreAidCheck.servicesReceived`), as an SQL
 * condition over `service_records` LEFT JOINed to the referral read model `referrals` on the referral id,
 * or null when the caller sees none (then no query runs). These fields are reachable at the subgraph through
 * `_entities` by any household id, so the household's region is checked here, not only by civil affairs at
 * the gateway. The place of a record is its referral's village in the read model, or, for a record without
 * a referral, its household's village as the read model knows it (`householdVillage`).
 * - region-bound callers (`regionScope`, the full region: a village worker covers their village only):
 *   records whose village lies in their region; an unknown village is shown to none of them;
 * - the provincial system (no region): all;
 * - a charity organisation: the records it delivered (as `visibleServiceRecords`);
 * - everyone else (federation, professionals, volunteers: they follow cases, not households): nothing,
 *   which reads the same as a household without services.
 */
export function visibleHouseholdServices(claims: Claims): SQL | null {
  if (claimsOf.isProvinceWide(claims)) return sql`true`;
  const any: SQL[] = [];
  const scope = claimsOf.regionScope(claims);
  if (scope !== null) {
    any.push(
      or(
        and(isNotNull(serviceRecords.referralId), claimsOf.regionCoversSql(scope, referrals.villageCode)),
        and(isNull(serviceRecords.referralId), claimsOf.regionCoversSql(scope, householdVillage)),
      )!,
    );
  }
  const ownOrganization = deliveredByOwnOrganization(claims);
  if (ownOrganization) any.push(ownOrganization);
  return any.length === 0 ? null : or(...any)!;
}

/**
 * Post-aid feedback (`Referral.feedback`, 救后反馈), as an SQL condition over `feedback` LEFT JOINed to the
 * referral read model `referrals` on the referral id, or null when the caller sees none (then no query runs).
 * The field is reachable at the subgraph through `_entities` by any referral id, so the referral is checked
 * here:
 * - the federation and the provincial system without a region: all (the federation evaluates organisations'
 *   outcomes, the province reads them with the referral feed);
 * - region-bound callers (village and town workers, civil officers, a region-bound provincial system): the
 *   feedback of referrals whose village (read model) lies in their full region; an unknown village is shown
 *   to none;
 * - a charity organisation: the feedback of the referrals it holds (read model `organization_id`);
 * - a professional: the feedback of the cases assigned to them (`assignedCase`, the rule of service records);
 * - everyone else (volunteers included): nothing, which reads the same as a referral without feedback.
 * The viewer is loaded only for professionals (the other rules need no lookup).
 */
export async function visibleFeedback(claims: Claims, viewer: () => Promise<Viewer>): Promise<SQL | null> {
  if (hasRole(claims, 'charity_federation') || claimsOf.isProvinceWide(claims)) return sql`true`;
  const any: SQL[] = [];
  const scope = claimsOf.regionScope(claims);
  if (scope !== null) any.push(claimsOf.regionCoversSql(scope, referrals.villageCode));
  const organization = claimsOf.actingOrganization(claims);
  if (organization) any.push(eq(referrals.organizationId, organization));
  if (hasRole(claims, 'professional')) {
    const assigned = assignedCase(await viewer(), feedback.referralId);
    if (assigned) any.push(assigned);
  }
  return any.length === 0 ? null : or(...any)!;
}

/**
 * Notes are protected data: only the people who did or own the work read them (the performer, the
 * professionals assigned to the case, the delivering organisation). Federation and officers see the record
 * without its notes.
 */
export function canReadServiceNotes(claims: Claims, viewer: Viewer, record: ServiceRecordRow): boolean {
  if (claimsOf.actsForOrganization(claims, record.organizationId)) return true;
  if (viewer.professional) {
    if (record.professionalId === viewer.professional.id) return true;
    if (record.referralId && viewer.assignedReferralIds.has(record.referralId)) return true;
  }
  if (viewer.volunteer && record.volunteerId === viewer.volunteer.id) return true;
  return false;
}

/** A professional's cases are visible to the professional, their organisation and the federation. */
export function canSeeCasesOf(claims: Claims, viewer: Viewer, professional: ProfessionalRow): boolean {
  if (hasRole(claims, 'charity_federation')) return true;
  if (claimsOf.actsForOrganization(claims, professional.organizationId)) return true;
  return viewer.professional?.id === professional.id;
}

/**
 * 建档跟进 files are health data: only the counsellor the file is assigned to reads or writes it. Other
 * professionals, the counsellor's organisation, the federation and civil officers all get "not found".
 */
export function canReadPsychFile(viewer: Pick<Viewer, 'professional'>, file: PsychFileRow): boolean {
  return viewer.professional?.kind === 'PSYCHOLOGICAL_COUNSELLOR' && viewer.professional.id === file.counsellorId;
}

/** Whether the caller may act for a professional: the professional themself, or their organisation. */
export function actsForProfessional(claims: Claims, viewer: Viewer, professional: ProfessionalRow): boolean {
  if (viewer.professional?.id === professional.id) return true;
  return claimsOf.actsForOrganization(claims, professional.organizationId);
}

/** Whether the caller may act for a volunteer team: a current member, or the organisation running it. */
export function actsForTeam(claims: Claims, viewer: Viewer, team: { id: string; organizationId: string | null }): boolean {
  if (viewer.teamIds.has(team.id)) return true;
  return claimsOf.actsForOrganization(claims, team.organizationId);
}

/*
 * Write rules. Each mutation asks one of these before it writes; a caller the rule refuses gets the same
 * NOT_FOUND as for a row that does not exist. Facts about households and referrals come from the referral
 * read model (civil affairs' feed), never from the input; where services does not know a fact, the rule
 * refuses (deny by default).
 */

/**
 * Civil-affairs staff whose region (village, town or county) covers a household's village as services knows
 * it (`knownHouseholdVillage`: the village of its referrals); an unknown village (null) is covered by no one.
 */
export function isStaffOfHouseholdRegion(claims: Claims, village: string | null): boolean {
  return claimsOf.readsRegion(claims, village, CIVIL_STAFF_ROLES);
}

/** `collectMicroWish`: civil staff of the household's region (as services knows it) collect a wish for it. */
export function mayCollectMicroWish(claims: Claims, householdVillage: string | null): boolean {
  return isStaffOfHouseholdRegion(claims, householdVillage);
}

/** `linkVolunteerToHousehold`: civil staff of the household's region (as services knows it). */
export function mayLinkVolunteerToHousehold(claims: Claims, householdVillage: string | null): boolean {
  return isStaffOfHouseholdRegion(claims, householdVillage);
}

/** What services knows about the household of a micro-wish, for the rules of its transitions. */
export interface MicroWishFacts {
  /** The household's 12-digit village (`knownHouseholdVillage`), null when unknown. */
  householdVillage: string | null;
  /** Whether the caller's professional record has an open case of the wish's household. */
  caseOfHousehold: boolean;
}

/**
 * Whether the caller's professional record has an open case assignment for the household: the tie that lets
 * a professional enter the household's micro-wish confirmation or cancellation. One statement, none for a
 * caller who is not a professional.
 */
export async function hasOpenCaseOfHousehold(db: Queryable, viewer: Viewer, householdId: string): Promise<boolean> {
  if (!viewer.professional) return false;
  const [row] = await db
    .select({ id: caseAssignments.id })
    .from(caseAssignments)
    .where(
      and(eq(caseAssignments.professionalId, viewer.professional.id), eq(caseAssignments.householdId, householdId), isNull(caseAssignments.closedAt)),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * `confirmMicroWish` (the recipient's confirmation of receipt): civil staff of the household's region, or a
 * professional with an open case of the household. Not the delivering team or the donor: they would confirm
 * their own delivery.
 */
export function mayConfirmMicroWish(claims: Claims, facts: MicroWishFacts): boolean {
  if (isStaffOfHouseholdRegion(claims, facts.householdVillage)) return true;
  return hasRole(claims, 'professional') && facts.caseOfHousehold;
}

/** `cancelMicroWish`: as `mayConfirmMicroWish`, and the charity federation (which runs 善领) for any wish. */
export function mayCancelMicroWish(claims: Claims, facts: MicroWishFacts): boolean {
  return hasRole(claims, 'charity_federation') || mayConfirmMicroWish(claims, facts);
}

/**
 * `deliverMicroWish`: with a team the caller acts for (`actsForTeam`) whose consortium lies in the wish's
 * county. Donors and delivering teams are different people (善领), so the claimer is not asked.
 */
export function mayDeliverMicroWish(
  claims: Claims,
  viewer: Viewer,
  wish: { countyCode: string },
  team: { id: string; organizationId: string | null; regionCode: string },
): boolean {
  return actsForTeam(claims, viewer, team) && team.regionCode.startsWith(wish.countyCode);
}

/** The performer a `recordService` names, as services has it registered. */
export type ServicePerformer =
  | { kind: 'professional'; professional: ProfessionalRow }
  | { kind: 'team'; team: { id: string; organizationId: string | null }; volunteerId: string | null };

/**
 * Whether the caller may record a service in the performer's name: the professional themself or their
 * organisation (`actsForProfessional`); for a team, the organisation running it, or a current member of it
 * recording their own service (the volunteer named must be the caller's own registered volunteer record:
 * a member does not record in another member's name).
 */
export function mayActForPerformer(claims: Claims, viewer: Viewer, performer: ServicePerformer): boolean {
  if (performer.kind === 'professional') return actsForProfessional(claims, viewer, performer.professional);
  const { team, volunteerId } = performer;
  const organization = claimsOf.actingOrganization(claims);
  if (organization !== null && organization === team.organizationId) return true;
  return viewer.volunteer !== null && viewer.teamIds.has(team.id) && volunteerId === viewer.volunteer.id;
}

/**
 * `recordService`, the referral's side: a professional performs only on a case assigned to them; a team
 * only on a referral its organisation holds (a team run by no organisation records on no referral). The
 * caller's own tie to the performer is `mayActForPerformer`; an organisation caller must also hold the
 * referral (`referralForWrite`).
 */
export async function mayRecordServiceFor(
  db: Queryable,
  performer: ServicePerformer,
  referral: { id: string; organizationId: string | null },
): Promise<boolean> {
  if (performer.kind === 'team') return performer.team.organizationId !== null && performer.team.organizationId === referral.organizationId;
  const [assigned] = await db
    .select({ id: caseAssignments.id })
    .from(caseAssignments)
    .where(and(eq(caseAssignments.professionalId, performer.professional.id), eq(caseAssignments.referralId, referral.id)))
    .limit(1);
  return assigned !== undefined;
}

type RespondentType = FeedbackRow['respondentType'];

/**
 * The respondent types a role may ever record feedback as (its own; HOUSEHOLD only by civil staff, who enter
 * the household's answer on its behalf). Decided from the token alone, so refusing tells nothing about a
 * referral.
 */
export function mayRecordFeedbackTypeAsRole(claims: Claims, type: RespondentType): boolean {
  switch (type) {
    case 'HOUSEHOLD':
    case 'CIVIL_AFFAIRS_WORKER':
      return claimsOf.isCivilStaff(claims);
    case 'PROFESSIONAL':
      return hasRole(claims, 'professional');
    case 'VOLUNTEER':
      return hasRole(claims, 'volunteer');
    case 'CHARITY_ORGANIZATION':
      return claimsOf.actingOrganization(claims) !== null;
  }
}

/**
 * `recordFeedback`: the caller has a relation to the referral, and records as that relation:
 * - HOUSEHOLD (on the household's behalf) and CIVIL_AFFAIRS_WORKER: civil staff whose region covers the
 *   referral's village (read model; unknown village: no one);
 * - CHARITY_ORGANIZATION: the organisation holding the referral;
 * - PROFESSIONAL: a professional the case is assigned to;
 * - VOLUNTEER: a registered volunteer named on a service record of the referral.
 * Anyone else is refused as if the referral did not exist, so no one can pre-empt another's answer.
 */
export async function mayRecordFeedbackAs(
  db: Queryable,
  claims: Claims,
  viewer: Viewer,
  referral: { id: string; organizationId: string | null; villageCode: string | null },
  type: RespondentType,
): Promise<boolean> {
  if (!mayRecordFeedbackTypeAsRole(claims, type)) return false;
  switch (type) {
    case 'HOUSEHOLD':
    case 'CIVIL_AFFAIRS_WORKER':
      return isStaffOfHouseholdRegion(claims, referral.villageCode);
    case 'CHARITY_ORGANIZATION':
      return claimsOf.actsForOrganization(claims, referral.organizationId);
    case 'PROFESSIONAL':
      return viewer.assignedReferralIds.has(referral.id);
    case 'VOLUNTEER': {
      if (!viewer.volunteer) return false;
      const [served] = await db
        .select({ id: serviceRecords.id })
        .from(serviceRecords)
        .where(and(eq(serviceRecords.referralId, referral.id), eq(serviceRecords.volunteerId, viewer.volunteer.id)))
        .limit(1);
      return served !== undefined;
    }
  }
}

/*
 * Administration (docs/services.md, "Who administers what"). Consortia are set up by civil affairs (民政牵头);
 * the federation, which runs the consortia platform with it, admits organisations, adds sites and trains; an
 * organisation registers its own professionals and teams. Each rule is decided from the token and rows
 * services owns.
 */

/** The federation for any organisation, or the caller acting for this one (charity_org). */
export function managesOrganization(claims: Claims, organizationId: string | null | undefined): boolean {
  return hasRole(claims, 'charity_federation') || claimsOf.actsForOrganization(claims, organizationId);
}

/** A county officer (`civil_officer`) whose region covers a region code (a consortium's, a meeting's county). */
export function isCountyOfficerOf(claims: Claims, regionCode: string): boolean {
  return claimsOf.readsRegion(claims, regionCode, ['civil_officer']);
}

/** `createConsortium`, `setConsortiumBrand`: a county officer whose region covers the consortium's region. */
export function maySetUpConsortium(claims: Claims, regionCode: string): boolean {
  return isCountyOfficerOf(claims, regionCode);
}

/**
 * `admitOrganization`, `addServiceLocation`, `recordTraining`, `recordTrainingAttendance`: a county officer
 * whose region covers the consortium, or the charity federation.
 */
export function mayManageConsortium(claims: Claims, consortium: { regionCode: string }): boolean {
  return hasRole(claims, 'charity_federation') || isCountyOfficerOf(claims, consortium.regionCode);
}

/**
 * `reassignPsychologicalFile`: the file's counsellor (handing over), or the counsellor's organisation (the
 * counsellor left or is away). The organisation decides who follows the file but never reads it.
 */
export function mayHandOverPsychFile(claims: Claims, viewer: Viewer, file: PsychFileRow, counsellor: ProfessionalRow): boolean {
  return canReadPsychFile(viewer, file) || claimsOf.actsForOrganization(claims, counsellor.organizationId);
}

/*
 * Work coordination (工作协作): meetings of a county consortium. A meeting is seen by the county officers of
 * its county, by its attendees (civil staff by token subject, organisations by token `org`) and by the charity
 * federation (which coordinates the consortia city-wide). What an attendee reads of a case on the agenda is
 * civil affairs' decision: the agenda holds references only.
 */

/** Whether the caller may see a meeting, given its attendees. */
export function canSeeMeeting(claims: Claims, meeting: MeetingRow, attendees: readonly MeetingAttendeeRow[]): boolean {
  if (hasRole(claims, 'charity_federation') || isCountyOfficerOf(claims, meeting.countyCode)) return true;
  const organization = claimsOf.actingOrganization(claims);
  return attendees.some(
    (attendee) =>
      (claimsOf.isCivilStaff(claims) && attendee.officerSubject === claims.sub) ||
      (organization !== null && attendee.organizationId === organization),
  );
}

/** The SQL twin of canSeeMeeting over `meetings`, or null when the caller sees no meeting. */
export function visibleMeetings(claims: Claims): SQL | null {
  if (hasRole(claims, 'charity_federation')) return sql`true`;
  const any: SQL[] = [];
  const officerScope = claimsOf.regionScope(claims, ['civil_officer']);
  if (officerScope !== null) any.push(claimsOf.regionCoversSql(officerScope, meetings.countyCode));
  const attends = (condition: SQL) =>
    sql`exists (select 1 from ${meetingAttendees} where ${meetingAttendees.meetingId} = ${meetings.id} and ${condition})`;
  if (claimsOf.isCivilStaff(claims)) any.push(attends(eq(meetingAttendees.officerSubject, claims.sub)));
  const organization = claimsOf.actingOrganization(claims);
  if (organization) any.push(attends(eq(meetingAttendees.organizationId, organization)));
  return any.length === 0 ? null : or(...any)!;
}

/** `addAgendaItem`, `recordMeetingDecision`: a county officer of the meeting's county. */
export function mayCoordinateMeeting(claims: Claims, meeting: MeetingRow): boolean {
  return isCountyOfficerOf(claims, meeting.countyCode);
}

/** Whether the caller owns a follow-up action: the owning officer (civil staff, by subject) or organisation. */
export function ownsFollowUpAction(claims: Claims, action: FollowUpActionRow): boolean {
  if (action.ownerOfficerSubject !== null) return claimsOf.isCivilStaff(claims) && action.ownerOfficerSubject === claims.sub;
  return claimsOf.actsForOrganization(claims, action.ownerOrganizationId);
}

/** The caller's own follow-up actions (`myFollowUpActions`), as SQL, or null when they can own none. */
export function ownFollowUpActions(claims: Claims, columns: { officer: AnyPgColumn; organization: AnyPgColumn }): SQL | null {
  const organization = claimsOf.actingOrganization(claims);
  if (organization) return eq(columns.organization, organization);
  return claimsOf.isCivilStaff(claims) ? eq(columns.officer, claims.sub) : null;
}

/**
 * `updateFollowUpAction`: its owner, or a county officer of the meeting's county. Cancelling drops what the
 * meeting decided, so only the county officer may (`cancel`).
 */
export function mayUpdateFollowUpAction(claims: Claims, action: FollowUpActionRow, meeting: MeetingRow, cancel: boolean): boolean {
  if (isCountyOfficerOf(claims, meeting.countyCode)) return true;
  return !cancel && ownsFollowUpAction(claims, action);
}

/**
 * The row-rule registry of services: every root field, mutation and entity reference, the roles that reach
 * it, and which rows they get. A role not listed is refused before the resolver runs; the rows are decided by
 * the predicates above. `docs/authorization.md` is generated from this table.
 */
export const ROW_RULES: RowRules = {
  Query: {
    consortium: rule(EVERYONE, 'Any consortium (public: tier, region, brand, sites).'),
    consortia: rule(EVERYONE, 'All consortia (public).'),
    services: rule(EVERYONE, 'The public service catalogue.'),
    professional: rule(SIGNED_IN, 'Any professional\'s public profile; cases only for the professional, their organisation and the federation.'),
    myProfessionalProfile: rule(['professional'], 'The caller\'s own professional record.'),
    volunteer: rule(SIGNED_IN, 'Any volunteer\'s masked profile; the link to a household only for civil staff.'),
    volunteerTeam: rule(SIGNED_IN, 'Any team.'),
    serviceRecord: rule(
      [...CIVIL_STAFF, 'charity_federation', 'charity_org', 'professional', 'volunteer', 'provincial_system'],
      'The federation; the provincial system; officers of the region; the delivering organisation; the performer, assigned professionals, the team.',
    ),
    serviceRecords: rule(
      [...CIVIL_STAFF, 'charity_federation', 'charity_org', 'professional', 'volunteer', 'provincial_system'],
      'As serviceRecord, as a list.',
    ),
    psychologicalFile: rule(['professional'], 'Only the counsellor the file is assigned to.'),
    myPsychologicalFiles: rule(['professional'], 'The files assigned to the calling counsellor.'),
    myDeliveries: rule(['volunteer'], 'Wishes the calling volunteer claimed, or that a team of theirs delivered.'),
    microWish: rule(EVERYONE, 'A wish; its household link only for civil staff of its region.'),
    publishedMicroWishes: rule(EVERYONE, 'Published wishes (generic titles, no personal data).'),
    microWishes: rule(SIGNED_IN, 'Wishes of every status, for service readers.'),
    meeting: rule(
      [...CIVIL_STAFF, 'charity_federation', 'charity_org'],
      'County officers of the meeting\'s county; its attending officers (by subject) and organisations; the federation.',
    ),
    meetings: rule([...CIVIL_STAFF, 'charity_federation', 'charity_org'], 'As meeting, as a list.'),
    myFollowUpActions: rule([...CIVIL_STAFF, 'charity_org'], 'The actions the caller owns (officer by subject, organisation by org).'),
    trainings: rule(EVERYONE, 'All trainings (public); attendance of people only for signed-in callers.'),
  },
  Mutation: {
    assignCase: rule(['charity_org', 'charity_federation'], 'A professional of the caller\'s organisation, for a referral it holds and has accepted (confirmed with civil-affairs).'),
    recordService: rule(
      ['charity_org', 'professional', 'volunteer'],
      'A referral (required) held by the performer\'s organisation or assigned to the performing professional; the performer is registered, active, and the caller or acted for by the caller\'s organisation.',
    ),
    openPsychologicalFile: rule(['professional'], 'A counsellor, for a case assigned to them.'),
    addPsychologicalFileEntry: rule(['professional'], 'The counsellor the file is assigned to.'),
    collectMicroWish: rule(CIVIL_STAFF, 'A wish for a household whose known place (its referrals\' village) lies in the caller\'s region, in its county.'),
    claimMicroWish: rule(['charity_org', 'volunteer'], 'A published wish.'),
    deliverMicroWish: rule(['charity_org', 'volunteer'], 'A wish the caller (or their team) claimed.'),
    confirmMicroWish: rule([...CIVIL_STAFF, 'professional'], 'A delivered wish of the caller\'s region.'),
    cancelMicroWish: rule([...CIVIL_STAFF, 'professional', 'charity_federation'], 'An open wish of the caller\'s region (federation: any).'),
    recordFeedback: rule(
      [...CIVIL_STAFF, 'charity_org', 'professional', 'volunteer'],
      'A completed referral the caller has a relation to (staff of its region, the holder, an assigned professional, a volunteer who served it), as the caller\'s own respondent type.',
    ),
    registerVolunteer: rule(['charity_org', 'charity_federation'], 'A volunteer of the caller\'s organisation\'s teams (federation: any).'),
    linkVolunteerToHousehold: rule(CIVIL_STAFF, 'A household of the caller\'s region.'),
    createConsortium: rule(['civil_officer'], 'A region the officer\'s region covers, whose parent consortium exists.'),
    setConsortiumBrand: rule(['civil_officer'], 'A county consortium of the officer\'s region.'),
    admitOrganization: rule(['civil_officer', 'charity_federation'], 'A consortium of the officer\'s region (federation: any).'),
    addServiceLocation: rule(['civil_officer', 'charity_federation'], 'A consortium of the officer\'s region (federation: any), a site within it.'),
    registerProfessional: rule(['charity_org', 'charity_federation'], 'For the caller\'s organisation (federation: any), a member of the consortium or one above it.'),
    setProfessionalActive: rule(['charity_org', 'charity_federation'], 'A professional of the caller\'s organisation (federation: any).'),
    createVolunteerTeam: rule(['charity_org', 'charity_federation'], 'A team of the caller\'s organisation (federation: any), a member of the consortium or one above it.'),
    closePsychologicalFile: rule(['professional'], 'The counsellor the file is assigned to.'),
    reassignPsychologicalFile: rule(['professional', 'charity_org'], 'The file\'s counsellor or their organisation; to a counsellor of the same organisation.'),
    scheduleMeeting: rule(['civil_officer'], 'A county consortium of the officer\'s county; attending organisations are its members.'),
    addAgendaItem: rule(['civil_officer'], 'A meeting of the officer\'s county; a referral or need services knows, of that county.'),
    recordMeetingDecision: rule(['civil_officer'], 'A meeting of the officer\'s county that has begun; action owners attend it.'),
    updateFollowUpAction: rule([...CIVIL_STAFF, 'charity_org'], 'The action\'s owner, or a county officer of the meeting\'s county (who alone cancels).'),
    recordTraining: rule(['civil_officer', 'charity_federation'], 'A consortium of the officer\'s region (federation: any).'),
    recordTrainingAttendance: rule(['civil_officer', 'charity_federation'], 'As recordTraining; attendees registered, organisations members.'),
  },
  entities: {
    ServiceConsortium: rule(EVERYONE, 'As Query.consortium.'),
    Professional: rule(SIGNED_IN, 'As Query.professional.'),
    Volunteer: rule(SIGNED_IN, 'As Query.volunteer.'),
    VolunteerTeam: rule(SIGNED_IN, 'As Query.volunteerTeam.'),
    ServiceRecord: rule(
      [...CIVIL_STAFF, 'charity_federation', 'charity_org', 'professional', 'volunteer', 'provincial_system'],
      'As Query.serviceRecord.',
    ),
    MicroWish: rule(EVERYONE, 'As Query.microWish.'),
    Household: rule(
      [...CIVIL_STAFF, 'charity_org', 'provincial_system'],
      'servicesReceived: records for referrals of the caller\'s region (province-wide provincial system: all); an organisation: what it delivered.',
    ),
    PreAidCheck: rule(CIVIL_STAFF, 'servicesReceived in the check\'s window, by the Household rule.'),
    Referral: rule(
      [...CIVIL_STAFF, 'charity_org', 'charity_federation', 'professional', 'volunteer', 'provincial_system'],
      'serviceRecords by the service-record rule; feedback by the feedback rule.',
    ),
    Need: rule(
      [...CIVIL_STAFF, 'charity_org', 'charity_federation', 'professional', 'volunteer', 'provincial_system'],
      'microWish: the wish collected for the need.',
    ),
    CharityOrganization: rule(EVERYONE, 'teams, professionals and services of an organisation (each field guarded by its own directives).'),
  },
};
