import type { CharityContext } from '../context.js';
import type { DisbursementRow } from '../db/schema.js';
import type { CharityAidItemResolvers, DisbursementResolvers } from '../generated/graphql.js';
import { referencedRow } from '@aid/shared/database/batching.js';

export const Disbursement = {
  project: (disbursement: DisbursementRow, _: unknown, context: CharityContext) =>
    referencedRow(context.loaders.projectById.load(disbursement.projectId), 'project'),
  organization: (disbursement: DisbursementRow, _: unknown, context: CharityContext) =>
    referencedRow(context.loaders.organizationById.load(disbursement.organizationId), 'organisation'),
  referral: (disbursement: DisbursementRow) => ({ id: disbursement.referralId }),
  recordedAt: (disbursement: DisbursementRow) => disbursement.recordedAt.toISOString(),
} satisfies DisbursementResolvers;

/** A disbursement as the pre-aid check sees it. */
export const CharityAidItem = {
  project: Disbursement.project,
  organization: Disbursement.organization,
} satisfies CharityAidItemResolvers;
