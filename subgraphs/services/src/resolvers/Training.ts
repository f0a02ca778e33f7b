import type { ServicesContext } from '../context.js';
import type { TrainingRow } from '../db/schema.js';
import { minutesToHours } from './Volunteer.js';
import { referencedRow } from '@aid/shared/database/batching.js';
import type { TrainingResolvers } from '../generated/graphql.js';

/** The rows a `loadMany` found (a missing or failed key is left out). */
const present = <T>(rows: readonly (T | null | Error)[]): T[] => rows.filter((row): row is T => row !== null && !(row instanceof Error));

const attendees = async <K extends 'organizationId' | 'professionalId' | 'volunteerId'>(training: TrainingRow, context: ServicesContext, key: K) =>
  (await context.loaders.attendanceByTraining.load(training.id)).flatMap((row) => (row[key] ? [row[key]!] : []));

export const Training = {
  consortium: (training: TrainingRow, _: unknown, context: ServicesContext) =>
    referencedRow(context.loaders.consortiumById.load(training.consortiumId), 'consortium'),
  hours: (training: TrainingRow) => minutesToHours(training.durationMinutes),
  attendanceCount: async (training: TrainingRow, _: unknown, context: ServicesContext) =>
    (await context.loaders.attendanceByTraining.load(training.id)).length,
  attendingOrganizations: async (training: TrainingRow, _: unknown, context: ServicesContext) =>
    (await attendees(training, context, 'organizationId')).map((id) => ({ id })),
  attendingProfessionals: async (training: TrainingRow, _: unknown, context: ServicesContext) =>
    present(await context.loaders.professionalById.loadMany(await attendees(training, context, 'professionalId'))),
  attendingVolunteers: async (training: TrainingRow, _: unknown, context: ServicesContext) =>
    present(await context.loaders.volunteerById.loadMany(await attendees(training, context, 'volunteerId'))),
} satisfies TrainingResolvers;
