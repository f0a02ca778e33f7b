import { referencedRow } from '@aid/shared/database/batching.js';
import type { CharityContext } from '../context.js';
import type { SupervisionVisitRow } from '../db/schema.js';
import type { SupervisionVisitResolvers } from '../generated/graphql.js';
import { actingSideName } from '../support.js';
import { isFollowUpOverdue } from '../supervision.js';

export const SupervisionVisit = {
  project: (visit: SupervisionVisitRow, _: unknown, context: CharityContext) =>
    referencedRow(context.loaders.projectById.load(visit.projectId), 'project'),
  supervisor: (visit: SupervisionVisitRow) => actingSideName(visit.supervisorKey),
  followUpOverdue: (visit: SupervisionVisitRow) => isFollowUpOverdue(visit),
  publishedAt: (visit: SupervisionVisitRow) => visit.publishedAt?.toISOString() ?? null,
} satisfies SupervisionVisitResolvers;
