import type { CharityContext } from '../context.js';
import type { DisbursementRow } from '../db/schema.js';

export const Disbursement = {
  project: (disbursement: DisbursementRow, _: unknown, context: CharityContext) => context.loaders.projectById.load(disbursement.projectId),
  organization: (disbursement: DisbursementRow, _: unknown, context: CharityContext) =>
    context.loaders.organizationById.load(disbursement.organizationId),
  referral: (disbursement: DisbursementRow) => ({ id: disbursement.referralId }),
  recordedAt: (disbursement: DisbursementRow) => disbursement.recordedAt.toISOString(),
};

/** A disbursement as the pre-aid check sees it. */
export const CharityAidItem = {
  project: Disbursement.project,
  organization: Disbursement.organization,
};
