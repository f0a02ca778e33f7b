import type { CharityContext } from '../context.js';
import type { SupervisionVisitRow } from '../db/schema.js';
import { actingSideName } from '../support.js';
import { isFollowUpOverdue } from '../supervision.js';

export const SupervisionVisit = {
  project: (visit: SupervisionVisitRow, _: unknown, context: CharityContext) => context.loaders.projectById.load(visit.projectId),
  supervisor: (visit: SupervisionVisitRow) => actingSideName(visit.supervisorKey),
  followUpOverdue: (visit: SupervisionVisitRow) => isFollowUpOverdue(visit),
  publishedAt: (visit: SupervisionVisitRow) => visit.publishedAt?.toISOString() ?? null,
};
