/** Psychological files (善解): opening one for a household member and adding entries, counsellor only. */
import { and, eq } from 'drizzle-orm';
import { badInput, domainError, ErrorCode, forbidden, notFound } from '@aid/shared/errors/domain-errors.js';
import type { ServicesContext } from './context.js';
import { caseAssignments, psychFileEntries, psychFiles, type PsychFileRow } from './db/schema.js';
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

export async function addPsychologicalFileEntry(context: ServicesContext, args: { fileId: string; input: { sessionMode: (typeof psychFileEntries.$inferInsert)['sessionMode']; riskLevel: RiskLevel; summary: string; occurredAt: string } }) {
  const fileId = requireId(args.fileId, 'fileId');
  const summary = requireText(args.input.summary, 'summary', { min: 1, max: 4000 });
  const occurredAt = notInFuture(requireInstant(args.input.occurredAt, 'occurredAt'), 'occurredAt');
  const { professional } = await context.viewer();
  return context.db.transaction(async (tx) => {
    const [file] = await tx.select().from(psychFiles).where(eq(psychFiles.id, fileId)).for('update');
    // Health data: for anyone but the assigned counsellor the file does not exist.
    if (!file || professional?.kind !== 'PSYCHOLOGICAL_COUNSELLOR' || file.counsellorId !== professional.id) {
      throw notFound('Psychological file');
    }
    if (file.status !== 'OPEN') throw badInput('This file is closed; open a new file to follow up again.', 'fileId');
    await tx.insert(psychFileEntries).values({ fileId, sessionMode: args.input.sessionMode, riskLevel: args.input.riskLevel, summary, occurredAt });
    const [updated] = await tx.update(psychFiles).set({ riskLevel: args.input.riskLevel }).where(eq(psychFiles.id, fileId)).returning();
    return updated!;
  });
}
