import { eq } from 'drizzle-orm';
import type { Claims } from '@aid/shared/security/auth.js';
import type { Database, Queryable } from '@aid/shared/database/database.js';
import { chinaDayStart } from '@aid/shared/domain/calendar.js';
import { notInFuture, requireDay, requireId } from '@aid/shared/domain/input.js';
import { badInput, domainError, ErrorCode, forbidden, notFound } from '@aid/shared/errors/domain-errors.js';
import { actingOrganization, actingSideOf, isActingSideOf, maySupervise } from './access.js';
import { projects, supervisionVisits, type SupervisionVisitRow } from './db/schema.js';
import { nonEmptyDistinct, publicText, today } from './validation.js';

/**
 * Supervision visits (专业督导): the federation or a county bureau visits a published or closed project, rates it,
 * records closed-list findings, a summary and, where needed, a follow-up with a due day; the organisation reports
 * the follow-up done; the supervising side publishes the result (信息公开). Follow-up: NONE, or OPEN → DONE.
 */

export interface RecordSupervisionVisitInput {
  projectId: string;
  visitedOn: string;
  rating: SupervisionVisitRow['rating'];
  findings: SupervisionVisitRow['findings'];
  summary: string;
  followUpAction?: string | null;
  followUpDueOn?: string | null;
}

export async function recordSupervisionVisit(db: Database, claims: Claims, input: RecordSupervisionVisitInput): Promise<SupervisionVisitRow> {
  const side = actingSideOf(claims);
  if (!side) throw forbidden('Supervision visits are recorded by a county civil officer (a 6-digit county region) or the charity federation.');
  const projectId = requireId(input.projectId, 'projectId');
  const visitedOn = requireDay(input.visitedOn, 'visitedOn');
  notInFuture(chinaDayStart(visitedOn), 'visitedOn');
  const findings = nonEmptyDistinct(input.findings, 'findings');
  const summary = publicText(input.summary, 'summary', { min: 2, max: 500 });
  const action = input.followUpAction?.trim() ? publicText(input.followUpAction, 'followUpAction', { min: 2, max: 500 }) : null;
  const dueOn = input.followUpDueOn ? requireDay(input.followUpDueOn, 'followUpDueOn') : null;
  if ((action === null) !== (dueOn === null)) {
    throw badInput('A follow-up needs both what to do (followUpAction) and by when (followUpDueOn), or neither.', action === null ? 'followUpAction' : 'followUpDueOn');
  }
  if (dueOn !== null && dueOn < visitedOn) throw badInput('followUpDueOn must not be before the visit.', 'followUpDueOn');
  // A poor rating always asks the organisation for something (不合格须整改).
  if (input.rating === 'POOR' && action === null) throw badInput('A POOR rating needs a follow-up (followUpAction and followUpDueOn).', 'followUpAction');

  return db.transaction(async (tx) => {
    const [project] = await tx.select().from(projects).where(eq(projects.id, projectId));
    // Drafts, projects under review and projects outside the caller's county read as not found.
    if (!project || !maySupervise(claims, project)) throw notFound('Charity project');
    const [inserted] = await tx
      .insert(supervisionVisits)
      .values({
        projectId,
        supervisorKey: side.key,
        visitedOn,
        rating: input.rating,
        findings,
        summary,
        followUpAction: action,
        followUpDueOn: dueOn,
        followUpStatus: action === null ? 'NONE' : 'OPEN',
        recordedBy: claims.sub,
      })
      .returning();
    return inserted!;
  });
}

async function lockVisit(db: Queryable, id: string): Promise<SupervisionVisitRow | undefined> {
  const [visit] = await db.select().from(supervisionVisits).where(eq(supervisionVisits.id, requireId(id, 'visitId'))).for('update');
  return visit;
}

/** The project's organisation reports the follow-up done: OPEN → DONE, with what it did. */
export async function reportSupervisionFollowUp(db: Database, claims: Claims, visitId: string, reportInput: string): Promise<SupervisionVisitRow> {
  const organizationId = actingOrganization(claims);
  if (!organizationId) throw forbidden('Sign in as the member organisation that runs the project.');
  const report = publicText(reportInput, 'report', { min: 2, max: 500 });
  return db.transaction(async (tx) => {
    const visit = await lockVisit(tx, visitId);
    const [project] = visit ? await tx.select().from(projects).where(eq(projects.id, visit.projectId)) : [];
    if (!visit || !project || project.organizationId !== organizationId) throw notFound('Supervision visit');
    if (visit.followUpStatus !== 'OPEN') {
      throw domainError(ErrorCode.INVALID_TRANSITION, `This visit's follow-up is ${visit.followUpStatus}; only an OPEN follow-up can be reported done.`);
    }
    const [updated] = await tx
      .update(supervisionVisits)
      .set({ followUpStatus: 'DONE', followUpReport: report, followUpDoneAt: new Date() })
      .where(eq(supervisionVisits.id, visit.id))
      .returning();
    return updated!;
  });
}

/** The supervising side publishes the result (信息公开); publishing twice is INVALID_TRANSITION. */
export async function publishSupervisionResult(db: Database, claims: Claims, visitId: string): Promise<SupervisionVisitRow> {
  return db.transaction(async (tx) => {
    const visit = await lockVisit(tx, visitId);
    if (!visit || !isActingSideOf(claims, visit.supervisorKey)) throw notFound('Supervision visit');
    if (visit.publishedAt !== null) throw domainError(ErrorCode.INVALID_TRANSITION, 'This result is already published.');
    const [updated] = await tx.update(supervisionVisits).set({ publishedAt: new Date() }).where(eq(supervisionVisits.id, visit.id)).returning();
    return updated!;
  });
}

/** True when an open follow-up is past its due day (China Standard Time). */
export function isFollowUpOverdue(visit: Pick<SupervisionVisitRow, 'followUpStatus' | 'followUpDueOn'>, now = new Date()): boolean {
  return visit.followUpStatus === 'OPEN' && visit.followUpDueOn !== null && visit.followUpDueOn < today(now);
}
