import { and, eq, sql } from 'drizzle-orm';
import type { Claims } from '@aid/shared/security/auth.js';
import type { Database, Queryable } from '@aid/shared/database/database.js';
import { MAX_FEN } from '@aid/shared/domain/vocabulary.js';
import { badInput, domainError, ErrorCode, forbidden, notFound } from '@aid/shared/errors/domain-errors.js';
import { actingOrganization } from './access.js';
import { donations, projects, receiptNumberSeq, type DonationRow } from './db/schema.js';
import { idempotencyKey, replay, requestHash } from './idempotency.js';
import { today } from './validation.js';
import { notInFuture, requireFen, requireId, requireInstant, requireText } from '@aid/shared/domain/input.js';

const RECEIPT_SEQUENCE = `${receiptNumberSeq.schema}.${receiptNumberSeq.seqName}`;

/** The next receipt number (捐赠票据号) of a year, e.g. NBCS202600000042, from one federation-wide sequence. */
export function nextReceiptNumber(year: number) {
  return sql<string>`${`NBCS${year}`} || lpad(nextval(${RECEIPT_SEQUENCE})::text, 8, '0')`;
}

export interface RecordDonationInput {
  idempotencyKey: string;
  projectId: string;
  amountFen: number;
  donorKind: DonationRow['donorKind'];
  anonymous?: boolean | null;
  donorName?: string | null;
  publishName?: boolean | null;
  channel: DonationRow['channel'];
  restricted: boolean;
  donatedAt?: string | null;
}

/** Checks a donation and puts it in the form that is stored and hashed. */
function normalise(input: RecordDonationInput, now: Date) {
  const anonymous = input.anonymous ?? false;
  const publishName = input.publishName ?? false;
  const name = input.donorName?.trim() ? input.donorName : null;
  if (anonymous && (name !== null || publishName)) {
    throw badInput('An anonymous donation keeps no donor name and publishes none: leave donorName and publishName out.', 'donorName');
  }
  if (!anonymous && name === null) throw badInput('donorName is required unless the donation is anonymous (it goes on the receipt).', 'donorName');
  const donatedAt = input.donatedAt ? notInFuture(requireInstant(input.donatedAt, 'donatedAt'), 'donatedAt', now) : null;
  return {
    projectId: requireId(input.projectId, 'projectId'),
    amountFen: requireFen(input.amountFen, 'amountFen'),
    donorKind: input.donorKind,
    anonymous,
    donorName: name === null ? null : requireText(name, 'donorName', { min: 1, max: 100 }),
    publishName,
    channel: input.channel,
    restricted: input.restricted,
    donatedAt,
  };
}

async function findByKey(db: Queryable, organizationId: string, key: string): Promise<DonationRow | undefined> {
  const [row] = await db
    .select()
    .from(donations)
    .where(and(eq(donations.organizationId, organizationId), eq(donations.idempotencyKey, key)));
  return row;
}

/**
 * Records a donation into a published project of the caller's organisation and adds it to the project's
 * total, in one transaction. The project row is locked first, so requests with the same key queue behind
 * each other and the later ones find the first donation; the unique (organisation, key) index is the last
 * guard. The key is scoped to the organisation, so one organisation's keys never reveal another's.
 */
export async function recordDonation(db: Database, claims: Claims, input: RecordDonationInput): Promise<DonationRow> {
  const organizationId = actingOrganization(claims);
  if (!organizationId) throw forbidden('Sign in as a member organisation to record donations.');
  const key = idempotencyKey(input.idempotencyKey);
  const now = new Date();
  const donation = normalise(input, now);
  const hash = requestHash({ ...donation, donatedAt: donation.donatedAt?.toISOString() ?? null });

  const previous = await findByKey(db, organizationId, key);
  if (previous) return replay(previous, hash);

  return db.transaction(async (tx) => {
    const [project] = await tx.select().from(projects).where(eq(projects.id, donation.projectId)).for('update');
    if (!project || project.organizationId !== organizationId) throw notFound('Charity project');
    const raced = await findByKey(tx, organizationId, key);
    if (raced) return replay(raced, hash);
    if (project.status !== 'PUBLISHED') {
      throw badInput(`Only published projects take donations; this project is ${project.status}.`, 'projectId');
    }
    if (project.raisedFen + donation.amountFen > MAX_FEN) {
      throw domainError(ErrorCode.LIMIT_EXCEEDED, 'This project cannot record more money (its total would exceed 21,474,836.47 CNY): open a new project.');
    }
    const donatedAt = donation.donatedAt ?? now;
    const year = Number(today(donatedAt).slice(0, 4));
    const [inserted] = await tx
      .insert(donations)
      .values({
        ...donation,
        donatedAt,
        organizationId,
        receiptNumber: nextReceiptNumber(year),
        idempotencyKey: key,
        requestHash: hash,
        recordedBy: claims.sub,
      })
      .onConflictDoNothing({ target: [donations.organizationId, donations.idempotencyKey] })
      .returning();
    if (!inserted) return replay((await findByKey(tx, organizationId, key))!, hash);
    await tx
      .update(projects)
      .set({ raisedFen: sql`${projects.raisedFen} + ${donation.amountFen}`, version: sql`${projects.version} + 1`, updatedAt: now })
      .where(eq(projects.id, project.id));
    return inserted;
  });
}
