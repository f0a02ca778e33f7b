import type { FeedbackRow } from '../db/schema.js';
import { toIso } from '../input.js';
import type { FeedbackResolvers } from '../generated/graphql.js';

export const Feedback = {
  referral: (row: FeedbackRow) => ({ id: row.referralId }),
  organization: (row: FeedbackRow) => (row.organizationId ? { id: row.organizationId } : null),
  recordedAt: (row: FeedbackRow) => toIso(row.recordedAt),
} satisfies FeedbackResolvers;
