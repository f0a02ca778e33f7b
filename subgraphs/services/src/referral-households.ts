import { eq } from 'drizzle-orm';
import type { Queryable } from '@aid/shared/database.js';
import { badInput } from '@aid/shared/errors.js';
import { caseAssignments, feedback, psychFiles, serviceRecords } from './db/schema.js';

/**
 * Services learns a referral's household from the writes that name both (assignments, records, files,
 * feedback). Until it keeps a read model of civil-affairs' referral feed (docs/services.md), it at least
 * refuses a write that pairs a known referral with a different household.
 */
export async function assertReferralHousehold(db: Queryable, referralId: string, householdId: string): Promise<void> {
  const known = await db
    .select({ householdId: caseAssignments.householdId })
    .from(caseAssignments)
    .where(eq(caseAssignments.referralId, referralId))
    .union(db.select({ householdId: serviceRecords.householdId }).from(serviceRecords).where(eq(serviceRecords.referralId, referralId)))
    .union(db.select({ householdId: psychFiles.householdId }).from(psychFiles).where(eq(psychFiles.referralId, referralId)))
    .union(db.select({ householdId: feedback.householdId }).from(feedback).where(eq(feedback.referralId, referralId)));
  if (known.some((row) => row.householdId !== householdId)) {
    throw badInput('householdId does not match the household of this referral.', 'householdId');
  }
}
