import { isUuid } from '@aid/shared/domain/ids.js';
import { canSeeMeeting } from '../access.js';
import type { ServicesContext } from '../context.js';
import type { AgendaItemRow, FollowUpActionRow, MeetingAttendeeRow, MeetingDecisionRow, MeetingRow } from '../db/schema.js';
import { toIso } from '../input.js';
import { referencedRow } from '@aid/shared/database/batching.js';
import type {
  AgendaItemResolvers,
  FollowUpActionResolvers,
  MeetingAttendeeResolvers,
  MeetingDecisionResolvers,
  MeetingResolvers,
} from '../generated/graphql.js';

/** Loads a meeting for a caller who may see it (`canSeeMeeting`); null for anyone else, as for an unknown id. */
export async function visibleMeeting(id: string, context: ServicesContext): Promise<MeetingRow | null> {
  if (!isUuid(id)) return null;
  const meeting = await context.loaders.meetingById.load(id.toLowerCase());
  if (!meeting) return null;
  return canSeeMeeting(context.claims, meeting, await context.loaders.attendeesByMeeting.load(meeting.id)) ? meeting : null;
}

export const Meeting = {
  consortium: (meeting: MeetingRow, _: unknown, context: ServicesContext) =>
    referencedRow(context.loaders.consortiumById.load(meeting.consortiumId), 'consortium'),
  scheduledAt: (meeting: MeetingRow) => toIso(meeting.scheduledAt),
  attendees: (meeting: MeetingRow, _: unknown, context: ServicesContext) => context.loaders.attendeesByMeeting.load(meeting.id),
  agenda: (meeting: MeetingRow, _: unknown, context: ServicesContext) => context.loaders.agendaByMeeting.load(meeting.id),
  decisions: (meeting: MeetingRow, _: unknown, context: ServicesContext) => context.loaders.decisionsByMeeting.load(meeting.id),
} satisfies MeetingResolvers;

export const MeetingAttendee = {
  organization: (attendee: MeetingAttendeeRow) => (attendee.organizationId ? { id: attendee.organizationId } : null),
} satisfies MeetingAttendeeResolvers;

/** A case on the agenda is a reference: civil affairs resolves it under the caller's own row rules. */
export const AgendaItem = {
  referral: (item: AgendaItemRow) => (item.referralId ? { id: item.referralId } : null),
  need: (item: AgendaItemRow) => (item.needId ? { id: item.needId } : null),
  addedAt: (item: AgendaItemRow) => toIso(item.addedAt),
} satisfies AgendaItemResolvers;

export const MeetingDecision = {
  agendaItem: (decision: MeetingDecisionRow, _: unknown, context: ServicesContext) =>
    decision.agendaItemId ? context.loaders.agendaItemById.load(decision.agendaItemId) : null,
  recordedAt: (decision: MeetingDecisionRow) => toIso(decision.recordedAt),
  actions: (decision: MeetingDecisionRow, _: unknown, context: ServicesContext) => context.loaders.actionsByDecision.load(decision.id),
} satisfies MeetingDecisionResolvers;

export const FollowUpAction = {
  ownerOrganization: (action: FollowUpActionRow) => (action.ownerOrganizationId ? { id: action.ownerOrganizationId } : null),
  updatedAt: (action: FollowUpActionRow) => toIso(action.updatedAt),
  // Reached from a meeting the caller sees, or from an action the caller owns (owners attend the meeting).
  meeting: (action: FollowUpActionRow, _: unknown, context: ServicesContext) => referencedRow(context.loaders.meetingById.load(action.meetingId), 'meeting'),
} satisfies FollowUpActionResolvers;
