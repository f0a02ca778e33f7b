import { and, eq, sql } from 'drizzle-orm';
import type { Claims } from '@aid/shared/security/auth.js';
import type { Database, Queryable } from '@aid/shared/database/database.js';
import { badInput, domainError, ErrorCode, forbidden, notFound } from '@aid/shared/errors/domain-errors.js';
import type { Logger } from '@aid/shared/runtime/logger.js';
import { actingOrganization } from './access.js';
import type { ReferralCatchUp } from './context.js';
import { disbursements, projects, type DisbursementRow, type ReferralRow } from './db/schema.js';
import { idempotencyKey, replay, requestHash } from './idempotency.js';
import { referralReadModel } from './referral-sync.js';
import { nonEmptyDistinct, today } from './validation.js';
import { ReferralStates } from '@aid/shared/domain/vocabulary.js';
import { requireDay, requireFen, requireId } from '@aid/shared/domain/input.js';

export interface RecordDisbursementInput {
  idempotencyKey: string;
  projectId: string;
  referralId: string;
  amountFen: number;
  purpose: DisbursementRow['purpose'];
  reasonCodes: DisbursementRow['reasonCodes'];
  disbursedOn: string;
}

function normalise(input: RecordDisbursementInput, now: Date) {
  const disbursedOn = requireDay(input.disbursedOn, 'disbursedOn');
  const day = today(now);
  if (disbursedOn > day) throw badInput('disbursedOn must not be in the future.', 'disbursedOn');
  const yearAgo = today(new Date(now.getTime() - 366 * 86_400_000));
  if (disbursedOn < yearAgo) throw badInput('disbursedOn must lie within the last year.', 'disbursedOn');
  return {
    projectId: requireId(input.projectId, 'projectId'),
    referralId: requireId(input.referralId, 'referralId'),
    amountFen: requireFen(input.amountFen, 'amountFen'),
    purpose: input.purpose,
    reasonCodes: nonEmptyDistinct(input.reasonCodes, 'reasonCodes'),
    disbursedOn,
  };
}

async function findByKey(db: Queryable, organizationId: string, key: string): Promise<DisbursementRow | undefined> {
  const [row] = await db
    .select()
    .from(disbursements)
    .where(and(eq(disbursements.organizationId, organizationId), eq(disbursements.idempotencyKey, key)));
  return row;
}

/**
 * Pays money from a published project of the caller's organisation for a referral it holds, in one
 * transaction. The project row is locked, so concurrent payments from one project queue and each sees the
 * money the others took: the project never pays out more than it raised.
 */
export async function recordDisbursement(
  db: Database,
  claims: Claims,
  input: RecordDisbursementInput,
  sync: ReferralCatchUp | null,
  logger?: Logger,
): Promise<DisbursementRow> {
  const organizationId = actingOrganization(claims);
  if (!organizationId) throw forbidden('Sign in as a member organisation to pay for referrals.');
  const key = idempotencyKey(input.idempotencyKey);
  const now = new Date();
  const payment = normalise(input, now);
  const hash = requestHash(payment);

  const previous = await findByKey(db, organizationId, key);
  if (previous) return replay(previous, hash);

  // The referral as civil affairs knows it now: the read model is brought to the head of its feed first (a
  // withdrawal committed before this payment is seen); a feed that cannot answer in time refuses the payment
  // (SERVICE_UNAVAILABLE, retryable) before anything is written.
  const referral = await referralReadModel.findForWrite(db, payment.referralId, sync, logger);
  // A referral of another organisation looks exactly like an unknown one.
  if (!referral || referral.organizationId !== organizationId) {
    throw notFound('Referral (not held by your organisation; if you accepted it just now, try again in a moment)');
  }
  // The holding organisation pays only once it has accepted the referral and while it works on it.
  if (!ReferralStates.accepted.has(referral.status)) {
    throw forbidden(`Money can be paid only for a referral your organisation has accepted; this one is ${referral.status}.`);
  }

  return db.transaction(async (tx) => {
    const [project] = await tx.select().from(projects).where(eq(projects.id, payment.projectId)).for('update');
    if (!project || project.organizationId !== organizationId) throw notFound('Charity project');
    const raced = await findByKey(tx, organizationId, key);
    if (raced) return replay(raced, hash);
    if (project.status !== 'PUBLISHED') {
      throw badInput(`Only a published project pays out; this project is ${project.status}.`, 'projectId');
    }
    if (project.programme !== referral.programme) {
      throw badInput(`This project serves ${project.programme}; the referral is ${referral.programme}.`, 'projectId');
    }
    const available = project.raisedFen - project.disbursedFen;
    if (payment.amountFen > available) {
      throw domainError(
        ErrorCode.LIMIT_EXCEEDED,
        `The project has ${available} fen left, less than the ${payment.amountFen} fen asked: pay less or from another project.`,
        { field: 'amountFen' },
      );
    }
    const [inserted] = await tx
      .insert(disbursements)
      .values({
        ...payment,
        organizationId,
        householdId: referral.householdId,
        townCode: referral.townCode,
        programme: project.programme,
        idempotencyKey: key,
        requestHash: hash,
        recordedBy: claims.sub,
      })
      .onConflictDoNothing({ target: [disbursements.organizationId, disbursements.idempotencyKey] })
      .returning();
    if (!inserted) return replay((await findByKey(tx, organizationId, key))!, hash);
    await tx
      .update(projects)
      .set({ disbursedFen: sql`${projects.disbursedFen} + ${payment.amountFen}`, version: sql`${projects.version} + 1`, updatedAt: now })
      .where(eq(projects.id, project.id));
    return inserted;
  });
}
