import { isUuid } from '@aid/shared/domain/ids.js';
import { canReadPsychFile } from '../access.js';
import type { ServicesContext } from '../context.js';
import type { PsychFileEntryRow, PsychFileHandoverRow, PsychFileRow } from '../db/schema.js';
import { toIso } from '../input.js';
import type { PsychologicalFileEntryResolvers, PsychologicalFileHandoverResolvers, PsychologicalFileResolvers } from '../generated/graphql.js';
import { referencedRow } from '@aid/shared/database/batching.js';

/** Loads a file for its assigned counsellor; null for anyone else (health data, 建档跟进). */
export async function readablePsychFile(id: string, context: ServicesContext): Promise<PsychFileRow | null> {
  if (!isUuid(id)) return null;
  const file = await context.loaders.psychFileById.load(id);
  return file && canReadPsychFile(await context.viewer(), file) ? file : null;
}

export const PsychologicalFile = {
  household: (file: PsychFileRow) => ({ id: file.householdId }),
  referral: (file: PsychFileRow) => (file.referralId ? { id: file.referralId } : null),
  counsellor: (file: PsychFileRow, _: unknown, context: ServicesContext) => referencedRow(context.loaders.professionalById.load(file.counsellorId), 'counsellor'),
  openedAt: (file: PsychFileRow) => toIso(file.openedAt),
  closedAt: (file: PsychFileRow) => toIso(file.closedAt),
  handovers: (file: PsychFileRow, _: unknown, context: ServicesContext) => context.loaders.handoversByPsychFile.load(file.id),
  entries: (file: PsychFileRow, _: unknown, context: ServicesContext) => context.loaders.entriesByPsychFile.load(file.id),
} satisfies PsychologicalFileResolvers;

export const PsychologicalFileEntry = {
  occurredAt: (entry: PsychFileEntryRow) => toIso(entry.occurredAt),
} satisfies PsychologicalFileEntryResolvers;

export const PsychologicalFileHandover = {
  fromCounsellor: (handover: PsychFileHandoverRow, _: unknown, context: ServicesContext) =>
    referencedRow(context.loaders.professionalById.load(handover.fromCounsellorId), 'fromCounsellor'),
  toCounsellor: (handover: PsychFileHandoverRow, _: unknown, context: ServicesContext) =>
    referencedRow(context.loaders.professionalById.load(handover.toCounsellorId), 'toCounsellor'),
  handedOverAt: (handover: PsychFileHandoverRow) => toIso(handover.handedOverAt),
} satisfies PsychologicalFileHandoverResolvers;
