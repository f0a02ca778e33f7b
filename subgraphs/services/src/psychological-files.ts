/** Psychological files (善解): opening one for a household member and adding entries, counsellor only. */
import { and, eq } from 'drizzle-orm';
import type { Queryable } from '@aid/shared/database/database.js';
import { badInput, domainError, ErrorCode, forbidden, notFound } from '@aid/shared/errors/domain-errors.js';
import type { ServicesContext } from './context.js';
import { caseAssignments, professionals, psychFileEntries, psychFileHandovers, psychFiles, type PsychFileHandoverRow, type PsychFileRow } from './db/schema.js';
import { canReadPsychFile, mayHandOverPsychFile } from './access.js';
import { requireWorkText } from './input.js';
import { notInFuture, optionalId, requireDay, requireId, requireInstant, requireText } from '@aid/shared/domain/input.js';

type RiskLevel = PsychFileRow['riskLevel'];

export async function openPsychologicalFile(context: ServicesContext, { input }: { input: { referralId: string; householdId: string; personId?: string | null; riskLevel: RiskLevel; assessment: string; nextReviewOn?: string | null }; }) {
  const referralId = requireId(input.referralId, 'referralId');
  const householdId = requireId(input.householdId, 'householdId');
  const personId = optionalId(input.personId, 'personId');
  const assessment = requireText(input.assessment, 'assessment', { min: 1, max: 4000 });
  const nextReviewOn = input.nextReviewOn ? requireDay(input.nextReviewOn, 'nextReviewOn') : null;
  const { professional } = await context.viewer();
  if (professional?.kind !== 'PSYCHOLOGICAL_COUNSELLOR') {
    throw forbidden('Only a psychological counsellor with a professional record opens psychological files.');
  }
  return context.db.transaction(async (tx) => {
    const [assignment] = await tx
      .select()
      .from(caseAssignments)
      .where(and(eq(caseAssignments.professionalId, professional.id), eq(caseAssignments.referralId, referralId)));
    if (!assignment) throw domainError(ErrorCode.NOT_FOUND, 'This referral is not among your assigned cases.');
    if (assignment.householdId !== householdId) throw badInput('householdId does not match the household of this referral.', 'householdId');
    const [file] = await tx
      .insert(psychFiles)
      .values({ householdId, personId, referralId, counsellorId: professional.id, riskLevel: input.riskLevel, assessment, nextReviewOn })
      .returning();
    return file!;
  });
}

type Viewer = Awaited<ReturnType<ServicesContext['viewer']>>;

/**
 * The file a counsellor writes to, locked for the write: NOT_FOUND for anyone but its counsellor (health data:
 * for them it does not exist), BAD_USER_INPUT when it is closed.
 */
async function ownOpenFile(tx: Queryable, fileId: string, professional: Viewer['professional']): Promise<PsychFileRow> {
  const [file] = await tx.select().from(psychFiles).where(eq(psychFiles.id, fileId)).for('update');
  if (!file || !canReadPsychFile({ professional }, file)) throw notFound('Psychological file');
  if (file.status !== 'OPEN') throw badInput('This file is closed; open a new file to follow up again.', 'fileId');
  return file;
}

export async function addPsychologicalFileEntry(context: ServicesContext, args: { fileId: string; input: { sessionMode: (typeof psychFileEntries.$inferInsert)['sessionMode']; riskLevel: RiskLevel; summary: string; occurredAt: string } }) {
  const fileId = requireId(args.fileId, 'fileId');
  const summary = requireText(args.input.summary, 'summary', { min: 1, max: 4000 });
  const occurredAt = notInFuture(requireInstant(args.input.occurredAt, 'occurredAt'), 'occurredAt');
  const { professional } = await context.viewer();
  return context.db.transaction(async (tx) => {
    const file = await ownOpenFile(tx, fileId, professional);
    await tx.insert(psychFileEntries).values({ fileId, sessionMode: args.input.sessionMode, riskLevel: args.input.riskLevel, summary, occurredAt });
    const [updated] = await tx.update(psychFiles).set({ riskLevel: args.input.riskLevel }).where(eq(psychFiles.id, fileId)).returning();
    return updated!;
  });
}

export async function closePsychologicalFile(context: ServicesContext, args: { fileId: string; closingSummary: string }): Promise<PsychFileRow> {
  const fileId = requireId(args.fileId, 'fileId');
  const closingSummary = requireText(args.closingSummary, 'closingSummary', { min: 1, max: 2000 });
  const { professional } = await context.viewer();
  return context.db.transaction(async (tx) => {
    await ownOpenFile(tx, fileId, professional);
    const [closed] = await tx
      .update(psychFiles)
      .set({ status: 'CLOSED', closedAt: new Date(), closingSummary })
      .where(eq(psychFiles.id, fileId))
      .returning();
    return closed!;
  });
}

/**
 * Hands an open file to another counsellor of the same organisation (`mayHandOverPsychFile`): the counsellor
 * or their organisation. The new counsellor becomes the only reader. Answers with the handover, never the file
 * (the organisation must not read health data).
 */
export async function reassignPsychologicalFile(
  context: ServicesContext,
  args: { fileId: string; counsellorId: string; reason: string },
): Promise<PsychFileHandoverRow> {
  const fileId = requireId(args.fileId, 'fileId');
  const counsellorId = requireId(args.counsellorId, 'counsellorId');
  const reason = requireWorkText(args.reason, 'reason', { min: 1, max: 200 });
  const viewer = await context.viewer();
  return context.db.transaction(async (tx) => {
    const [file] = await tx.select().from(psychFiles).where(eq(psychFiles.id, fileId)).for('update');
    const [current] = file ? await tx.select().from(professionals).where(eq(professionals.id, file.counsellorId)) : [];
    if (!file || !current || !mayHandOverPsychFile(context.claims, viewer, file, current)) throw notFound('Psychological file');
    if (file.status !== 'OPEN') throw badInput('This file is closed: a closed file is not handed over.', 'fileId');
    const [next] = await tx.select().from(professionals).where(eq(professionals.id, counsellorId));
    // Another organisation's professional is not one the caller may name: NOT_FOUND, as an unknown one.
    if (!next || next.organizationId !== current.organizationId) throw notFound('Professional');
    if (next.id === current.id) throw badInput('The file is already with this counsellor.', 'counsellorId');
    if (next.kind !== 'PSYCHOLOGICAL_COUNSELLOR' || !next.active) {
      throw badInput('counsellorId must be an active psychological counsellor.', 'counsellorId');
    }
    await tx.update(psychFiles).set({ counsellorId: next.id }).where(eq(psychFiles.id, fileId));
    // Recorded as the relation that allowed the handover: the counsellor themself, or their organisation.
    const role = viewer.professional?.id === current.id ? 'professional' : 'charity_org';
    const [handover] = await tx
      .insert(psychFileHandovers)
      .values({ fileId, fromCounsellorId: current.id, toCounsellorId: next.id, reason, bySubject: context.claims.sub, byRole: role })
      .returning();
    return handover!;
  });
}
