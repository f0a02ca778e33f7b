import type { FeedbackRow } from '../db/schema.js';
import { toIso } from '../input.js';

export const Feedback = {
  referral: (row: FeedbackRow) => ({ id: row.referralId }),
  organization: (row: FeedbackRow) => (row.organizationId ? { id: row.organizationId } : null),
  recordedAt: (row: FeedbackRow) => toIso(row.recordedAt),
};
