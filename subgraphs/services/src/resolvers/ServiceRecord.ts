import { isUuid } from '@aid/shared/domain/ids.js';
import { canReadServiceNotes, canSeeServiceRecord } from '../access.js';
import type { ServicesContext } from '../context.js';
import type { ServiceRecordRow } from '../db/schema.js';
import { toIso } from '../input.js';
import { minutesToHours } from './Volunteer.js';
import type { ServiceReceivedItemResolvers, ServiceRecordResolvers } from '../generated/graphql.js';

/** Loads a record if the caller may see it; null otherwise (not found and not allowed look the same). */
export async function visibleServiceRecord(id: string, context: ServicesContext): Promise<ServiceRecordRow | null> {
  if (!isUuid(id)) return null;
  const record = await context.loaders.serviceRecordById.load(id);
  return record && canSeeServiceRecord(context.claims, await context.viewer(), record) ? record : null;
}

export const ServiceRecord = {
  __resolveReference: (reference: { id: string }, context: ServicesContext) => visibleServiceRecord(reference.id, context),
  referral: (record: ServiceRecordRow) => (record.referralId ? { id: record.referralId } : null),
  need: (record: ServiceRecordRow) => (record.needId ? { id: record.needId } : null),
  household: (record: ServiceRecordRow) => ({ id: record.householdId }),
  professional: (record: ServiceRecordRow, _: unknown, context: ServicesContext) =>
    record.professionalId ? context.loaders.professionalById.load(record.professionalId) : null,
  team: (record: ServiceRecordRow, _: unknown, context: ServicesContext) =>
    record.teamId ? context.loaders.teamById.load(record.teamId) : null,
  volunteer: (record: ServiceRecordRow, _: unknown, context: ServicesContext) =>
    record.volunteerId ? context.loaders.volunteerById.load(record.volunteerId) : null,
  organization: (record: ServiceRecordRow) => (record.organizationId ? { id: record.organizationId } : null),
  startedAt: (record: ServiceRecordRow) => toIso(record.startedAt),
  endedAt: (record: ServiceRecordRow) => toIso(record.endedAt),
  hours: (record: ServiceRecordRow) => minutesToHours(record.durationMinutes),
  notes: async (record: ServiceRecordRow, _: unknown, context: ServicesContext) =>
    canReadServiceNotes(context.claims, await context.viewer(), record) ? record.notes : null,
  recordedAt: (record: ServiceRecordRow) => toIso(record.recordedAt),
} satisfies ServiceRecordResolvers;

/** The pre-aid check's view of a record: programme, kind, hours, period and outcome only. */
export const ServiceReceivedItem = {
  hours: (record: ServiceRecordRow) => minutesToHours(record.durationMinutes),
  startedAt: (record: ServiceRecordRow) => toIso(record.startedAt),
  endedAt: (record: ServiceRecordRow) => toIso(record.endedAt),
} satisfies ServiceReceivedItemResolvers;
