/** Guidance and cultivation (引导培育): training events of a consortium and who attended them. */
import { eq, inArray } from 'drizzle-orm';
import { requireDay, requireId } from '@aid/shared/domain/input.js';
import { todayInChina } from '@aid/shared/domain/calendar.js';
import { badInput, notFound } from '@aid/shared/errors/domain-errors.js';
import { mayManageConsortium } from './access.js';
import { consortiumForWrite, requireMembers } from './consortia.js';
import type { ServicesContext } from './context.js';
import { consortia, professionals, trainingAttendance, trainings, volunteers, type TrainingRow } from './db/schema.js';
import { distinctList, requireWorkText } from './input.js';

type TrainingKind = TrainingRow['kind'];

const MAX_ATTENDANCES = 200;

export async function recordTraining(
  context: ServicesContext,
  { input }: { input: { kind: TrainingKind; consortiumId: string; title: string; heldOn: string; hours: number } },
): Promise<TrainingRow> {
  const consortiumId = requireId(input.consortiumId, 'consortiumId');
  const title = requireWorkText(input.title, 'title', { min: 2, max: 80 });
  const heldOn = requireDay(input.heldOn, 'heldOn');
  const minutes = Number.isFinite(input.hours) ? Math.round(input.hours * 60) : 0;
  if (minutes < 1 || minutes > 24 * 60) throw badInput('hours must be more than 0 and at most 24.', 'hours');
  await consortiumForWrite(context.db, consortiumId, (c) => mayManageConsortium(context.claims, c));
  const [training] = await context.db
    .insert(trainings)
    .values({ kind: input.kind, consortiumId, title, heldOn, durationMinutes: minutes, recordedBySubject: context.claims.sub })
    .returning();
  return training!;
}

export async function recordTrainingAttendance(
  context: ServicesContext,
  args: { trainingId: string; input: { organizationIds?: string[] | null; professionalIds?: string[] | null; volunteerIds?: string[] | null } },
): Promise<TrainingRow> {
  const trainingId = requireId(args.trainingId, 'trainingId');
  const organizationIds = distinctList(args.input.organizationIds, 'organizationIds', MAX_ATTENDANCES).map((id) => requireId(id, 'organizationIds'));
  const professionalIds = distinctList(args.input.professionalIds, 'professionalIds', MAX_ATTENDANCES).map((id) => requireId(id, 'professionalIds'));
  const volunteerIds = distinctList(args.input.volunteerIds, 'volunteerIds', MAX_ATTENDANCES).map((id) => requireId(id, 'volunteerIds'));
  const total = organizationIds.length + professionalIds.length + volunteerIds.length;
  if (total === 0 || total > MAX_ATTENDANCES) throw badInput(`Name 1 to ${MAX_ATTENDANCES} attendees.`, 'organizationIds');

  const [found] = await context.db
    .select({ training: trainings, regionCode: consortia.regionCode })
    .from(trainings)
    .innerJoin(consortia, eq(consortia.id, trainings.consortiumId))
    .where(eq(trainings.id, trainingId));
  if (!found || !mayManageConsortium(context.claims, found)) throw notFound('Training');
  if (found.training.heldOn > todayInChina()) throw badInput('Attendance is recorded once the training has been held.', 'trainingId');
  await requireMembers(context.db, organizationIds, found, 'organizationIds');
  const known = async (table: typeof professionals | typeof volunteers, ids: string[]) =>
    ids.length === 0 ? 0 : (await context.db.select({ id: table.id }).from(table).where(inArray(table.id, ids))).length;
  if ((await known(professionals, professionalIds)) !== professionalIds.length) throw notFound('Professional');
  if ((await known(volunteers, volunteerIds)) !== volunteerIds.length) throw notFound('Volunteer');
  await context.db
    .insert(trainingAttendance)
    .values([
      ...organizationIds.map((organizationId) => ({ trainingId, organizationId })),
      ...professionalIds.map((professionalId) => ({ trainingId, professionalId })),
      ...volunteerIds.map((volunteerId) => ({ trainingId, volunteerId })),
    ])
    // Recording an attendance again changes nothing (one row per attendee and training).
    .onConflictDoNothing();
  return found.training;
}
