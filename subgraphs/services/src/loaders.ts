import DataLoader from 'dataloader';
import { and, asc, count, desc, eq, getTableColumns, gt, inArray, isNull, lt, sql, sum, type SQL } from 'drizzle-orm';
import { groupByKeys, orderByKeys } from '@aid/shared/database/batching.js';
import type { Claims } from '@aid/shared/security/auth.js';
import type { Database } from '@aid/shared/database/database.js';
import { visibleFeedback, visibleHouseholdServices, type Viewer } from './access.js';
import {
  agendaItems,
  caseAssignments,
  consortia,
  consortiumMembers,
  feedback,
  followUpActions,
  meetingAttendees,
  meetingDecisions,
  meetings,
  psychFileHandovers,
  trainingAttendance,
  microWishes,
  microWishEvents,
  professionalServiceAreas,
  professionals,
  psychFileEntries,
  psychFiles,
  referrals,
  serviceLocations,
  serviceOfferings,
  serviceRecords,
  servicesAtLocation,
  teamMemberships,
  volunteers,
  volunteerTeams,
} from './db/schema.js';
import type { Window } from './input.js';

/** A household and a time window: the key of `servicesReceived` (a pre-aid check or a household query). */
export interface HouseholdWindow {
  householdId: string;
  window: Window;
}

const byId = <Row extends { id: string }>(load: (ids: string[]) => Promise<Row[]>) =>
  new DataLoader<string, Row | null>(async (ids) => orderByKeys(await load([...ids]), ids, (row) => row.id));

const grouped = <Row>(load: (keys: string[]) => Promise<Row[]>, keyOf: (row: Row) => string) =>
  new DataLoader<string, Row[]>(async (keys) => groupByKeys(await load([...keys]), keys, keyOf));

/** Sums of service minutes per performer, one GROUP BY per batch; 0 where there are none. */
const minutesBy = (db: Database, column: typeof serviceRecords.volunteerId | typeof serviceRecords.teamId) =>
  new DataLoader<string, number>(async (ids) => {
    const rows = await db
      .select({ key: column, minutes: sum(serviceRecords.durationMinutes).mapWith(Number) })
      .from(serviceRecords)
      .where(inArray(column, [...ids]))
      .groupBy(column);
    const map = new Map(rows.map((row) => [row.key!, row.minutes]));
    return ids.map((id) => map.get(id) ?? 0);
  });

/**
 * Per-request loaders: a new set for every request, so nothing is cached across callers. Loaders whose rows
 * depend on the caller take the row-level rule of `src/access.ts` into their one statement.
 */
export function createLoaders(db: Database, claims: Claims, viewer: () => Promise<Viewer>) {
  const visibleServices = visibleHouseholdServices(claims);
  let feedbackRule: Promise<SQL | null> | undefined;
  return {
    /** What services knows of referrals from civil affairs' feed (state, programme and town only). */
    referralFactById: byId((ids) =>
      db.select({ id: referrals.id, status: referrals.status, programme: referrals.programme, townCode: referrals.townCode }).from(referrals).where(inArray(referrals.id, ids)),
    ),
    consortiumById: byId((ids) => db.select().from(consortia).where(inArray(consortia.id, ids))),
    consortiaByParent: grouped(
      (ids) => db.select().from(consortia).where(inArray(consortia.parentId, ids)).orderBy(asc(consortia.regionCode)),
      (row) => row.parentId!,
    ),
    membersByConsortium: grouped(
      (ids) =>
        db
          .select()
          .from(consortiumMembers)
          .where(inArray(consortiumMembers.consortiumId, ids))
          .orderBy(asc(consortiumMembers.role), asc(consortiumMembers.joinedOn)),
      (row) => row.consortiumId,
    ),
    locationById: byId((ids) => db.select().from(serviceLocations).where(inArray(serviceLocations.id, ids))),
    locationsByConsortium: grouped(
      (ids) => db.select().from(serviceLocations).where(inArray(serviceLocations.consortiumId, ids)).orderBy(asc(serviceLocations.title)),
      (row) => row.consortiumId,
    ),
    serviceById: byId((ids) => db.select().from(serviceOfferings).where(inArray(serviceOfferings.id, ids))),
    servicesByConsortium: grouped(
      (ids) => db.select().from(serviceOfferings).where(inArray(serviceOfferings.consortiumId, ids)).orderBy(asc(serviceOfferings.title)),
      (row) => row.consortiumId,
    ),
    servicesByOrganization: grouped(
      (ids) =>
        db.select().from(serviceOfferings).where(inArray(serviceOfferings.organizationId, ids)).orderBy(asc(serviceOfferings.title)),
      (row) => row.organizationId!,
    ),
    servicesAtLocationByService: grouped(
      (ids) => db.select().from(servicesAtLocation).where(inArray(servicesAtLocation.serviceId, ids)),
      (row) => row.serviceId,
    ),
    servicesAtLocationByLocation: grouped(
      (ids) => db.select().from(servicesAtLocation).where(inArray(servicesAtLocation.locationId, ids)),
      (row) => row.locationId,
    ),

    professionalById: byId((ids) => db.select().from(professionals).where(inArray(professionals.id, ids))),
    professionalsByConsortium: grouped(
      (ids) => db.select().from(professionals).where(inArray(professionals.consortiumId, ids)).orderBy(asc(professionals.id)),
      (row) => row.consortiumId,
    ),
    professionalsByOrganization: grouped(
      (ids) => db.select().from(professionals).where(inArray(professionals.organizationId, ids)).orderBy(asc(professionals.id)),
      (row) => row.organizationId,
    ),
    serviceAreasByProfessional: grouped(
      (ids) =>
        db
          .select()
          .from(professionalServiceAreas)
          .where(inArray(professionalServiceAreas.professionalId, ids))
          .orderBy(asc(professionalServiceAreas.regionCode)),
      (row) => row.professionalId,
    ),
    assignmentsByProfessional: grouped(
      (ids) =>
        db.select().from(caseAssignments).where(inArray(caseAssignments.professionalId, ids)).orderBy(desc(caseAssignments.assignedAt)),
      (row) => row.professionalId,
    ),

    volunteerById: byId((ids) => db.select().from(volunteers).where(inArray(volunteers.id, ids))),
    teamById: byId((ids) => db.select().from(volunteerTeams).where(inArray(volunteerTeams.id, ids))),
    teamsByConsortium: grouped(
      (ids) => db.select().from(volunteerTeams).where(inArray(volunteerTeams.consortiumId, ids)).orderBy(asc(volunteerTeams.title)),
      (row) => row.consortiumId,
    ),
    teamsByOrganization: grouped(
      (ids) => db.select().from(volunteerTeams).where(inArray(volunteerTeams.organizationId, ids)).orderBy(asc(volunteerTeams.title)),
      (row) => row.organizationId!,
    ),
    membershipsByTeam: grouped(
      (ids) =>
        db.select().from(teamMemberships).where(inArray(teamMemberships.teamId, ids)).orderBy(asc(teamMemberships.role), asc(teamMemberships.joinedOn)),
      (row) => row.teamId,
    ),
    currentMemberCountByTeam: new DataLoader<string, number>(async (ids) => {
      const rows = await db
        .select({ teamId: teamMemberships.teamId, members: count() })
        .from(teamMemberships)
        .where(and(inArray(teamMemberships.teamId, [...ids]), isNull(teamMemberships.leftOn)))
        .groupBy(teamMemberships.teamId);
      const map = new Map(rows.map((row) => [row.teamId, row.members]));
      return ids.map((id) => map.get(id) ?? 0);
    }),
    membershipsByVolunteer: grouped(
      (ids) => db.select().from(teamMemberships).where(inArray(teamMemberships.volunteerId, ids)).orderBy(asc(teamMemberships.joinedOn)),
      (row) => row.volunteerId,
    ),
    minutesByVolunteer: minutesBy(db, serviceRecords.volunteerId),
    minutesByTeam: minutesBy(db, serviceRecords.teamId),

    serviceRecordById: byId((ids) => db.select().from(serviceRecords).where(inArray(serviceRecords.id, ids))),
    serviceRecordsByReferral: grouped(
      (ids) => db.select().from(serviceRecords).where(inArray(serviceRecords.referralId, ids)).orderBy(asc(serviceRecords.startedAt)),
      (row) => row.referralId!,
    ),
    /**
     * Services overlapping each key's window, as the caller may see them (`visibleHouseholdServices`, with the
     * referral read model joined for the household's town). One statement for the whole batch: the household
     * ids, bounded by the widest window asked for, then each key keeps its own overlap. No statement when the
     * caller may see no household's services.
     */
    servicesReceived: new DataLoader<HouseholdWindow, (typeof serviceRecords.$inferSelect)[], string>(
      async (keys) => {
        if (visibleServices === null) return keys.map(() => []);
        const households = [...new Set(keys.map((key) => key.householdId))];
        const conditions = [inArray(serviceRecords.householdId, households), visibleServices];
        if (keys.every((key) => key.window.from !== null)) {
          const earliest = Math.min(...keys.map((key) => key.window.from!.getTime()));
          conditions.push(gt(serviceRecords.endedAt, new Date(earliest)));
        }
        if (keys.every((key) => key.window.toExclusive !== null)) {
          const latest = Math.max(...keys.map((key) => key.window.toExclusive!.getTime()));
          conditions.push(lt(serviceRecords.startedAt, new Date(latest)));
        }
        const rows = await db
          .select(getTableColumns(serviceRecords))
          .from(serviceRecords)
          .leftJoin(referrals, eq(referrals.id, serviceRecords.referralId))
          .where(and(...conditions))
          .orderBy(asc(serviceRecords.startedAt), asc(serviceRecords.id));
        return keys.map(({ householdId, window }) =>
          rows.filter(
            (row) =>
              row.householdId === householdId &&
              (window.from === null || row.endedAt > window.from) &&
              (window.toExclusive === null || row.startedAt < window.toExclusive),
          ),
        );
      },
      { cacheKeyFn: (key) => `${key.householdId}|${key.window.from?.toISOString() ?? ''}|${key.window.toExclusive?.toISOString() ?? ''}` },
    ),

    psychFileById: byId((ids) => db.select().from(psychFiles).where(inArray(psychFiles.id, ids))),
    entriesByPsychFile: grouped(
      (ids) => db.select().from(psychFileEntries).where(inArray(psychFileEntries.fileId, ids)).orderBy(asc(psychFileEntries.occurredAt)),
      (row) => row.fileId,
    ),

    handoversByPsychFile: grouped(
      (ids) =>
        db.select().from(psychFileHandovers).where(inArray(psychFileHandovers.fileId, ids)).orderBy(asc(psychFileHandovers.handedOverAt)),
      (row) => row.fileId,
    ),

    /** Meetings by id, unfiltered: callers reach a meeting only through `canSeeMeeting` or an action they own. */
    meetingById: byId((ids) => db.select().from(meetings).where(inArray(meetings.id, ids))),
    attendeesByMeeting: grouped(
      (ids) => db.select().from(meetingAttendees).where(inArray(meetingAttendees.meetingId, ids)).orderBy(asc(meetingAttendees.id)),
      (row) => row.meetingId,
    ),
    agendaByMeeting: grouped(
      (ids) => db.select().from(agendaItems).where(inArray(agendaItems.meetingId, ids)).orderBy(asc(agendaItems.position)),
      (row) => row.meetingId,
    ),
    agendaItemById: byId((ids) => db.select().from(agendaItems).where(inArray(agendaItems.id, ids))),
    decisionsByMeeting: grouped(
      (ids) =>
        db.select().from(meetingDecisions).where(inArray(meetingDecisions.meetingId, ids)).orderBy(asc(meetingDecisions.recordedAt), asc(meetingDecisions.id)),
      (row) => row.meetingId,
    ),
    actionsByDecision: grouped(
      (ids) =>
        db.select().from(followUpActions).where(inArray(followUpActions.decisionId, ids)).orderBy(asc(followUpActions.dueOn), asc(followUpActions.id)),
      (row) => row.decisionId,
    ),

    attendanceByTraining: grouped(
      (ids) => db.select().from(trainingAttendance).where(inArray(trainingAttendance.trainingId, ids)).orderBy(asc(trainingAttendance.recordedAt), asc(trainingAttendance.id)),
      (row) => row.trainingId,
    ),

    microWishById: byId((ids) => db.select().from(microWishes).where(inArray(microWishes.id, ids))),
    /** The latest wish per need (a cancelled wish may be followed by a new one). */
    latestMicroWishByNeed: new DataLoader<string, typeof microWishes.$inferSelect | null>(async (ids) => {
      const rows = await db
        .selectDistinctOn([microWishes.needId])
        .from(microWishes)
        .where(inArray(microWishes.needId, [...ids]))
        .orderBy(microWishes.needId, desc(microWishes.publishedAt), desc(microWishes.id));
      return orderByKeys(rows, ids, (row) => row.needId!);
    }),
    eventsByMicroWish: grouped(
      (ids) =>
        db
          .select()
          .from(microWishEvents)
          .where(inArray(microWishEvents.wishId, ids))
          .orderBy(asc(microWishEvents.occurredAt), sql`${microWishEvents.fromStatus} nulls first`),
      (row) => row.wishId,
    ),

    /**
     * Feedback per referral, as the caller may see it (`visibleFeedback`, with the referral read model joined
     * for the referral's town and holding organisation): one statement per batch, none when the caller may
     * see no feedback.
     */
    feedbackByReferral: grouped(
      async (ids) => {
        const visible = await (feedbackRule ??= visibleFeedback(claims, viewer));
        if (visible === null) return [];
        return db
          .select(getTableColumns(feedback))
          .from(feedback)
          .leftJoin(referrals, eq(referrals.id, feedback.referralId))
          .where(and(inArray(feedback.referralId, ids), visible))
          .orderBy(asc(feedback.recordedAt), asc(feedback.id));
      },
      (row) => row.referralId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
