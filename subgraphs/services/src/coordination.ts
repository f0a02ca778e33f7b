/**
 * Work coordination (工作协作): consultation meetings of a county consortium (定期议事会商) and case conferences
 * on difficult cases (疑难杂症会商), their agendas, decisions and follow-up actions. Cases are held by reference
 * (civil-affairs referral and need ids) and checked against the referral read model, never copied.
 */
import { and, eq, max } from 'drizzle-orm';
import { chinaDay } from '@aid/shared/domain/calendar.js';
import { optionalId, requireDay, requireId, requireInstant } from '@aid/shared/domain/input.js';
import type { ReferralStatus } from '@aid/shared/domain/vocabulary.js';
import { badInput, conflict, domainError, ErrorCode, forbidden, notFound } from '@aid/shared/errors/domain-errors.js';
import type { Queryable } from '@aid/shared/database/database.js';
import { isCountyOfficerOf, mayCoordinateMeeting, mayUpdateFollowUpAction } from './access.js';
import { consortiumForWrite, requireMembers } from './consortia.js';
import type { ServicesContext } from './context.js';
import {
  agendaItems,
  followUpActions,
  meetingAttendees,
  meetingDecisions,
  meetings,
  referrals,
  type AgendaItemRow,
  type FollowUpActionRow,
  type MeetingRow,
} from './db/schema.js';
import { distinctList, optionalWorkText, requireSubject, requireWorkText } from './input.js';
import { catchUpQuietly, referralReadModel } from './referral-sync.js';

type MeetingKind = MeetingRow['kind'];
type AgendaReason = AgendaItemRow['reason'];
type FollowUpStatus = FollowUpActionRow['status'];

const MAX_ATTENDEES = 30;
const MAX_ACTIONS = 20;

/**
 * The referral states each reason fits: a referral is discussed as unclaimed while it waits in the pool, as
 * failed once it failed, as repeatedly released while it is back in the pool or claimed again. OVER_CAP and
 * OTHER fit any state.
 */
const STATES_FOR_REASON: Partial<Record<AgendaReason, ReadonlySet<ReferralStatus>>> = {
  UNCLAIMED: new Set(['REQUESTED']),
  FAILED: new Set(['FAILED']),
  REPEATEDLY_RELEASED: new Set(['REQUESTED', 'RECEIVED']),
};

/** Reasons a need (rather than a referral) may be on the agenda for: the others are states of a referral. */
const NEED_REASONS: ReadonlySet<AgendaReason> = new Set(['OVER_CAP', 'OTHER']);

/** The status changes of a follow-up action. */
const NEXT_STATUSES: Record<FollowUpStatus, ReadonlySet<FollowUpStatus>> = {
  OPEN: new Set(['IN_PROGRESS', 'DONE', 'CANCELLED']),
  IN_PROGRESS: new Set(['DONE', 'CANCELLED']),
  DONE: new Set(),
  CANCELLED: new Set(),
};

/** The meeting a write names, locked, if the caller may coordinate it; NOT_FOUND otherwise, as an unknown id. */
async function meetingForWrite(tx: Queryable, context: ServicesContext, meetingId: string): Promise<MeetingRow> {
  const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, meetingId)).for('update');
  if (!meeting || !mayCoordinateMeeting(context.claims, meeting)) throw notFound('Meeting');
  return meeting;
}

export async function scheduleMeeting(
  context: ServicesContext,
  {
    input,
  }: { input: { kind: MeetingKind; consortiumId: string; title: string; scheduledAt: string; officerSubjects: string[]; organizationIds: string[] } },
): Promise<MeetingRow> {
  const consortiumId = requireId(input.consortiumId, 'consortiumId');
  const title = requireWorkText(input.title, 'title', { min: 2, max: 80 });
  const scheduledAt = requireInstant(input.scheduledAt, 'scheduledAt');
  const officers = distinctList(input.officerSubjects, 'officerSubjects', MAX_ATTENDEES).map((subject) => requireSubject(subject, 'officerSubjects'));
  const organizations = distinctList(input.organizationIds, 'organizationIds', MAX_ATTENDEES).map((id) => requireId(id, 'organizationIds'));
  const consortium = await consortiumForWrite(context.db, consortiumId, (c) => isCountyOfficerOf(context.claims, c.regionCode));
  if (consortium.tier !== 'COUNTY') throw badInput('Meetings are held by a county consortium: name the county consortium.', 'consortiumId');
  await requireMembers(context.db, organizations, consortium, 'organizationIds');
  // The scheduling officer attends their own meeting.
  const subjects = [...new Set([context.claims.sub, ...officers])];
  return context.db.transaction(async (tx) => {
    const [meeting] = await tx
      .insert(meetings)
      .values({ kind: input.kind, consortiumId, countyCode: consortium.regionCode, title, scheduledAt, scheduledBySubject: context.claims.sub })
      .returning();
    await tx.insert(meetingAttendees).values([
      ...subjects.map((officerSubject) => ({ meetingId: meeting!.id, officerSubject })),
      ...organizations.map((organizationId) => ({ meetingId: meeting!.id, organizationId })),
    ]);
    return meeting!;
  });
}

/** A count a reason carries: required with that reason, refused with any other. */
function reasonCount(value: number | null | undefined, field: string, required: boolean, [min, most]: readonly [number, number]): number | null {
  if (value === null || value === undefined) {
    if (required) throw badInput(`${field} is required with this reason.`, field);
    return null;
  }
  if (!required) throw badInput(`${field} belongs to another reason: leave it out.`, field);
  if (!Number.isInteger(value) || value < min || value > most) throw badInput(`${field} must be a whole number from ${min} to ${most}.`, field);
  return value;
}

/**
 * The county a case on the agenda lies in, as services knows it from civil affairs' feed, or null when it is
 * not known: a referral (confirmed with the head of the feed first, as every write that relies on a referral)
 * with its state, or a need through the referrals made of it.
 */
async function caseFacts(
  context: ServicesContext,
  subject: { referralId: string } | { needId: string },
): Promise<{ villageCode: string | null; status: ReferralStatus | null } | null> {
  if ('referralId' in subject) {
    const referral = await referralReadModel.findForWrite(context.db, subject.referralId, context.referralSync, context.logger);
    return referral ? { villageCode: referral.villageCode, status: referral.status } : null;
  }
  const villagesOfNeed = () =>
    context.db.selectDistinct({ villageCode: referrals.villageCode }).from(referrals).where(eq(referrals.needId, subject.needId));
  let rows = await villagesOfNeed();
  if (rows.length === 0 && context.referralSync) {
    await catchUpQuietly(context.referralSync, context.logger);
    rows = await villagesOfNeed();
  }
  // A need belongs to one household, so its referrals name one village; anything else is not a known place.
  return rows.length === 1 ? { villageCode: rows[0]!.villageCode, status: null } : null;
}

export async function addAgendaItem(
  context: ServicesContext,
  args: {
    meetingId: string;
    input: { referralId?: string | null; needId?: string | null; reason: AgendaReason; unclaimedDays?: number | null; releaseCount?: number | null; note?: string | null };
  },
): Promise<AgendaItemRow> {
  const meetingId = requireId(args.meetingId, 'meetingId');
  const { input } = args;
  const referralId = optionalId(input.referralId, 'referralId');
  const needId = optionalId(input.needId, 'needId');
  if ((referralId === null) === (needId === null)) throw badInput('Name exactly one of referralId or needId.', 'referralId');
  if (needId !== null && !NEED_REASONS.has(input.reason)) {
    throw badInput(`A need is discussed as OVER_CAP or OTHER; ${input.reason} is a state of a referral: name the referral.`, 'reason');
  }
  const unclaimedDays = reasonCount(input.unclaimedDays, 'unclaimedDays', input.reason === 'UNCLAIMED', [1, 3650]);
  const releaseCount = reasonCount(input.releaseCount, 'releaseCount', input.reason === 'REPEATEDLY_RELEASED', [2, 100]);
  const note = optionalWorkText(input.note, 'note');
  if (input.reason === 'OTHER' && note === null) throw badInput('Say in the note why the case is discussed (reason OTHER).', 'note');

  // The meeting first (a caller who may not coordinate it learns nothing about the case), then the case.
  const [visible] = await context.db.select().from(meetings).where(eq(meetings.id, meetingId));
  if (!visible || !mayCoordinateMeeting(context.claims, visible)) throw notFound('Meeting');
  const facts = await caseFacts(context, referralId ? { referralId } : { needId: needId! });
  // A case outside the meeting's county is not the officer's to discuss: NOT_FOUND, as an unknown one.
  if (!facts || !facts.villageCode?.startsWith(visible.countyCode)) throw notFound(referralId ? 'Referral' : 'Need');
  const states = STATES_FOR_REASON[input.reason];
  if (states && facts.status !== null && !states.has(facts.status)) {
    throw badInput(`reason ${input.reason} does not fit this referral, which is ${facts.status}.`, 'reason');
  }
  return context.db.transaction(async (tx) => {
    // The meeting row is locked, so concurrent additions take consecutive positions.
    const meeting = await meetingForWrite(tx, context, meetingId);
    const [last] = await tx.select({ position: max(agendaItems.position) }).from(agendaItems).where(eq(agendaItems.meetingId, meeting.id));
    const [item] = await tx
      .insert(agendaItems)
      .values({
        meetingId,
        position: (last?.position ?? 0) + 1,
        referralId,
        needId,
        reason: input.reason,
        unclaimedDays,
        releaseCount,
        note,
        addedBySubject: context.claims.sub,
      })
      .onConflictDoNothing()
      .returning();
    if (!item) throw conflict('This case is already on the meeting\'s agenda.');
    return item;
  });
}

interface ActionInput {
  description: string;
  ownerOfficerSubject?: string | null;
  ownerOrganizationId?: string | null;
  dueOn: string;
}

export async function recordMeetingDecision(
  context: ServicesContext,
  args: { meetingId: string; input: { agendaItemId?: string | null; summary: string; actions: ActionInput[] } },
) {
  const meetingId = requireId(args.meetingId, 'meetingId');
  const agendaItemId = optionalId(args.input.agendaItemId, 'agendaItemId');
  const summary = requireWorkText(args.input.summary, 'summary', { min: 1, max: 1000 });
  if (args.input.actions.length > MAX_ACTIONS) throw badInput(`actions may name at most ${MAX_ACTIONS} actions.`, 'actions');
  const actions = args.input.actions.map((action, index) => {
    const field = (name: string) => `actions[${index}].${name}`;
    const officer = action.ownerOfficerSubject ? requireSubject(action.ownerOfficerSubject, field('ownerOfficerSubject')) : null;
    const organization = optionalId(action.ownerOrganizationId, field('ownerOrganizationId'));
    if ((officer === null) === (organization === null)) throw badInput('Name exactly one owner: an officer subject or an organisation.', field('ownerOfficerSubject'));
    return {
      description: requireWorkText(action.description, field('description'), { min: 1, max: 500 }),
      ownerOfficerSubject: officer,
      ownerOrganizationId: organization,
      dueOn: requireDay(action.dueOn, field('dueOn')),
      field,
    };
  });
  return context.db.transaction(async (tx) => {
    const meeting = await meetingForWrite(tx, context, meetingId);
    if (meeting.scheduledAt.getTime() > Date.now() + 5 * 60_000) {
      throw badInput('A decision is recorded once the meeting has begun.', 'meetingId');
    }
    if (agendaItemId) {
      const [item] = await tx
        .select({ id: agendaItems.id })
        .from(agendaItems)
        .where(and(eq(agendaItems.id, agendaItemId), eq(agendaItems.meetingId, meetingId)));
      if (!item) throw badInput("agendaItemId is not on this meeting's agenda.", 'agendaItemId');
    }
    const attendees = await tx.select().from(meetingAttendees).where(eq(meetingAttendees.meetingId, meetingId));
    const meetingDay = chinaDay(meeting.scheduledAt);
    for (const action of actions) {
      const attends = attendees.some((a) =>
        action.ownerOfficerSubject !== null ? a.officerSubject === action.ownerOfficerSubject : a.organizationId === action.ownerOrganizationId,
      );
      if (!attends) {
        const field = action.ownerOfficerSubject !== null ? 'ownerOfficerSubject' : 'ownerOrganizationId';
        throw badInput('An action is owned by an attendee of the meeting.', action.field(field));
      }
      if (action.dueOn < meetingDay) throw badInput("dueOn cannot be before the meeting's day.", action.field('dueOn'));
    }
    const [decision] = await tx
      .insert(meetingDecisions)
      .values({ meetingId, agendaItemId, summary, recordedBySubject: context.claims.sub })
      .returning();
    if (actions.length > 0) {
      await tx.insert(followUpActions).values(
        actions.map(({ field: _, ...action }) => ({ ...action, decisionId: decision!.id, meetingId, updatedBySubject: context.claims.sub })),
      );
    }
    return decision!;
  });
}

export async function updateFollowUpAction(
  context: ServicesContext,
  args: { actionId: string; input: { status: FollowUpStatus; note?: string | null; expectedVersion?: number | null } },
): Promise<FollowUpActionRow> {
  const actionId = requireId(args.actionId, 'actionId');
  const note = optionalWorkText(args.input.note, 'note');
  const { status, expectedVersion } = args.input;
  return context.db.transaction(async (tx) => {
    const [action] = await tx.select().from(followUpActions).where(eq(followUpActions.id, actionId)).for('update');
    const [meeting] = action ? await tx.select().from(meetings).where(eq(meetings.id, action.meetingId)) : [];
    if (!action || !meeting || !mayUpdateFollowUpAction(context.claims, action, meeting, false)) throw notFound('Follow-up action');
    if (status === 'CANCELLED' && !mayUpdateFollowUpAction(context.claims, action, meeting, true)) {
      throw forbidden('Only a county officer of the meeting\'s county cancels what a meeting decided.');
    }
    if (expectedVersion !== null && expectedVersion !== undefined && expectedVersion !== action.version) {
      throw conflict('The action changed since you read it: read it again, then decide.');
    }
    if (!NEXT_STATUSES[action.status].has(status)) {
      throw domainError(ErrorCode.INVALID_TRANSITION, `A follow-up action that is ${action.status} cannot become ${status}.`);
    }
    const [updated] = await tx
      .update(followUpActions)
      .set({ status, statusNote: note ?? action.statusNote, version: action.version + 1, updatedBySubject: context.claims.sub, updatedAt: new Date() })
      .where(eq(followUpActions.id, actionId))
      .returning();
    return updated!;
  });
}

/** The follow-up states `myFollowUpActions` lists when no status is asked for: what is still to do. */
export const OPEN_FOLLOW_UPS: readonly FollowUpStatus[] = ['OPEN', 'IN_PROGRESS'];
