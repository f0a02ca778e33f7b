import { and, eq, sql } from 'drizzle-orm';
import type { Claims } from '@aid/shared/security/auth.js';
import type { Database, Transaction } from '@aid/shared/database/database.js';
import type { Programme } from '@aid/shared/domain/vocabulary.js';
import { badInput, conflict, domainError, ErrorCode, forbidden, notFound, UnreachableCaseError } from '@aid/shared/errors/domain-errors.js';
import { actingOrganization, canSeeProject, isFederation } from './access.js';
import { projects, projectTransitions, qualifications, type OrganizationRow, type ProjectRow, type ProjectStatus } from './db/schema.js';
import { fundForProject } from './funds.js';
import { holdsQualification, loadActingOrganization } from './organizations.js';
import { countyOrTown, publicText, today } from './validation.js';
import { optionalText, requireDay, requireFen, requireId, requireText } from '@aid/shared/domain/input.js';

/**
 * Charity projects and their review flow by the charity federation:
 *   DRAFT → UNDER_REVIEW → PUBLISHED → CLOSED, and UNDER_REVIEW → DRAFT on rejection (with a reason).
 * Each transition is one conditional update plus its history row, in one transaction; anything else is
 * INVALID_TRANSITION and writes nothing.
 */
export const REVIEW_FLOW = {
  SUBMIT: { from: 'DRAFT', to: 'UNDER_REVIEW', verb: 'submitted for review' },
  APPROVE: { from: 'UNDER_REVIEW', to: 'PUBLISHED', verb: 'approved' },
  REJECT: { from: 'UNDER_REVIEW', to: 'DRAFT', verb: 'rejected' },
  CLOSE: { from: 'PUBLISHED', to: 'CLOSED', verb: 'closed' },
} as const satisfies Record<string, { from: ProjectStatus; to: ProjectStatus; verb: string }>;
export type ReviewAction = keyof typeof REVIEW_FLOW;

export interface ProjectInput {
  name: string;
  programme: Programme;
  fundraisingMode: ProjectRow['fundraisingMode'];
  purpose: string;
  periodStart: string;
  periodEnd: string;
  regionCode: string;
  responsiblePerson: string;
  useOfFunds: string;
  filingNumber?: string | null;
  targetFen: number;
  fundId?: string | null;
}

/** Validates a project and its fundraising plan against the organisation that runs it. */
function validatePlan(input: ProjectInput, organization: OrganizationRow) {
  if (!organization.programmes.includes(input.programme)) {
    throw badInput(`Your organisation serves ${organization.programmes.join(', ')}; a project must serve one of them.`, 'programme');
  }
  const periodStart = requireDay(input.periodStart, 'periodStart');
  const periodEnd = requireDay(input.periodEnd, 'periodEnd');
  if (periodEnd < periodStart) throw badInput('periodEnd must not be before periodStart.', 'periodEnd');
  return {
    name: publicText(input.name, 'name', { min: 2, max: 100 }),
    programme: input.programme,
    fundraisingMode: input.fundraisingMode,
    purpose: publicText(input.purpose, 'purpose', { min: 2, max: 500 }),
    periodStart,
    periodEnd,
    regionCode: countyOrTown(input.regionCode, 'regionCode'),
    responsiblePerson: requireText(input.responsiblePerson, 'responsiblePerson', { min: 2, max: 64 }),
    useOfFunds: publicText(input.useOfFunds, 'useOfFunds', { min: 2, max: 1000 }),
    filingNumber: optionalText(input.filingNumber, 'filingNumber', 64),
    targetFen: requireFen(input.targetFen, 'targetFen'),
  };
}

async function recordTransition(
  tx: Transaction,
  projectId: string,
  action: 'CREATE' | ReviewAction,
  fromStatus: ProjectStatus | null,
  toStatus: ProjectStatus,
  actor: string,
  reason: string | null,
) {
  await tx.insert(projectTransitions).values({ projectId, action, fromStatus, toStatus, actor, reason });
}

export async function createProject(db: Database, claims: Claims, input: ProjectInput): Promise<ProjectRow> {
  const organization = await loadActingOrganization(db, claims);
  const plan = validatePlan(input, organization);
  return db.transaction(async (tx) => {
    const fundId = await fundForProject(tx, input.fundId, organization.id, plan.programme);
    const [project] = await tx.insert(projects).values({ ...plan, fundId, organizationId: organization.id, status: 'DRAFT' }).returning();
    await recordTransition(tx, project!.id, 'CREATE', null, 'DRAFT', claims.sub, null);
    return project!;
  });
}

/** Locks a project the caller may see, or says it is not found. */
async function lockProject(tx: Transaction, claims: Claims, id: string): Promise<ProjectRow> {
  const [project] = await tx.select().from(projects).where(eq(projects.id, requireId(id, 'id'))).for('update');
  if (!project || !canSeeProject(claims, project)) throw notFound('Charity project');
  return project;
}

export async function updateProject(
  db: Database,
  claims: Claims,
  id: string,
  expectedVersion: number,
  input: ProjectInput,
): Promise<ProjectRow> {
  const organization = await loadActingOrganization(db, claims);
  const plan = validatePlan(input, organization);
  return db.transaction(async (tx) => {
    const project = await lockProject(tx, claims, id);
    if (project.organizationId !== organization.id) throw notFound('Charity project');
    if (project.status !== 'DRAFT') {
      throw domainError(ErrorCode.INVALID_TRANSITION, `Only a draft can be edited; this project is ${project.status}.`);
    }
    if (project.version !== expectedVersion) {
      throw conflict(`The project changed since you read it (version ${project.version}, not ${expectedVersion}): reload and edit again.`);
    }
    const fundId = await fundForProject(tx, input.fundId, organization.id, plan.programme);
    const [updated] = await tx
      .update(projects)
      .set({ ...plan, fundId, version: project.version + 1, updatedAt: new Date() })
      .where(and(eq(projects.id, project.id), eq(projects.version, expectedVersion)))
      .returning();
    return updated!;
  });
}

/** Who may take each step: the owning organisation submits, the federation reviews, either closes. */
function mayAct(claims: Claims, action: ReviewAction, project: ProjectRow): boolean {
  const owner = actingOrganization(claims) === project.organizationId;
  switch (action) {
    case 'SUBMIT':
      return owner;
    case 'APPROVE':
    case 'REJECT':
      return isFederation(claims);
    case 'CLOSE':
      return owner || isFederation(claims);
    default:
      throw new UnreachableCaseError(action);
  }
}

/**
 * Before a project goes to review and again before it is published: the plan must still run, and the
 * fundraising mode needs its legal basis (慈善法: public fundraising needs the qualification and a filed
 * plan; directed fundraising is open to charity organisations).
 */
async function checkReadyForFundraising(tx: Transaction, project: ProjectRow): Promise<void> {
  const day = today();
  if (project.periodEnd < day) throw badInput('The fundraising period has already ended: move periodEnd and submit again.', 'periodEnd');
  if (project.fundraisingMode === 'NONE') return;
  const held = await tx.select().from(qualifications).where(eq(qualifications.organizationId, project.organizationId));
  if (project.fundraisingMode === 'PUBLIC') {
    if (!holdsQualification(held, 'PUBLIC_FUNDRAISING', day)) {
      throw forbidden('Public fundraising needs a public-fundraising qualification (公开募捐资格) valid today.');
    }
    if (!project.filingNumber) {
      throw badInput('Public fundraising needs the filing number (备案编号) of the plan with civil affairs.', 'filingNumber');
    }
  } else if (!holdsQualification(held, 'CERTIFIED_CHARITY', day)) {
    throw forbidden('Directed fundraising needs a certified-charity qualification (认定慈善组织) valid today.');
  }
}

/** Takes one step of the review flow, or refuses it with nothing written. */
export async function transitionProject(
  db: Database,
  claims: Claims,
  id: string,
  action: ReviewAction,
  reasonInput?: string | null,
): Promise<ProjectRow> {
  const rule = REVIEW_FLOW[action];
  const reason =
    action === 'REJECT' || action === 'CLOSE' ? requireText(reasonInput ?? '', 'reason', { min: 2, max: 500 }) : optionalText(reasonInput, 'reason');
  return db.transaction(async (tx) => {
    const project = await lockProject(tx, claims, id);
    if (!mayAct(claims, action, project)) throw forbidden(`Your role may not have a project ${rule.verb}.`);
    if (project.status !== rule.from) {
      throw domainError(
        ErrorCode.INVALID_TRANSITION,
        `A project in ${project.status} cannot be ${rule.verb}; only a project in ${rule.from} can.`,
      );
    }
    if (action === 'SUBMIT' || action === 'APPROVE') await checkReadyForFundraising(tx, project);
    const now = new Date();
    const [updated] = await tx
      .update(projects)
      .set({
        status: rule.to,
        version: sql`${projects.version} + 1`,
        updatedAt: now,
        ...(action === 'REJECT' ? { rejectionReason: reason } : {}),
        ...(action === 'APPROVE' ? { publishedAt: now, rejectionReason: null } : {}),
        ...(action === 'CLOSE' ? { closedAt: now } : {}),
      })
      .where(and(eq(projects.id, project.id), eq(projects.status, rule.from)))
      .returning();
    if (!updated) throw conflict('The project changed at the same moment: reload and try again.');
    await recordTransition(tx, project.id, action, rule.from, rule.to, claims.sub, reason);
    return updated;
  });
}
