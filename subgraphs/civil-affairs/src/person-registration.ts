import { eq } from 'drizzle-orm';
import type { Claims } from '@aid/shared/security/auth.js';
import type { Database } from '@aid/shared/database/database.js';
import { badInput, notFound } from '@aid/shared/errors/domain-errors.js';
import { isUuid } from '@aid/shared/domain/ids.js';
import { canWriteHousehold, isGuardianFor } from './access.js';
import { accessLog, duplicateIdReviews, households, persons, type PersonRow } from './db/schema.js';
import { isMinorOn, requireValidIdNumber } from './identity.js';

/** What addPerson is given. */
export interface PersonSubmissionInput {
  householdId: string;
  relation: string;
  fullName: string;
  idNumber: string;
  phone?: string | null;
  guardianId?: string | null;
}

/** The one answer addPerson gives, whether the person was registered or the ID number goes to review. */
export interface PersonSubmission {
  householdId: string;
  message: string;
}

/**
 * Fixed wording: the same for a new person and for an ID number registered elsewhere, so the answer is no
 * oracle for which ID numbers exist.
 */
export const PERSON_SUBMISSION_MESSAGE =
  'Received. Once registered, the person is listed among the household\'s members; a submission that needs a check goes to the county office.';

/**
 * addPerson (see docs/civil-affairs.md, "Adding a person"). Validates the input (BAD_USER_INPUT, nothing
 * written), then in one transaction re-reads every fact it relies on: the household lies in the caller's
 * region, the guardian of a child is an adult of that household. Then:
 *
 * - an ID number registered nowhere: the person is created;
 * - an ID number registered anywhere (the caller's region or not): no person is created; a PENDING duplicate
 *   ID review is written for the county office of the existing person, and the match is written to the
 *   access log as an ID-number lookup of the existing record.
 *
 * Both answer the same `PersonSubmission`, so the response never tells whether the number exists.
 */
export async function submitPerson(db: Database, claims: Claims, input: PersonSubmissionInput, now = new Date()): Promise<PersonSubmission> {
  const parsed = requireValidIdNumber(input.idNumber, now);
  const fullName = input.fullName.trim();
  if (fullName.length < 1 || fullName.length > 50) throw badInput('fullName must be 1 to 50 characters.', 'fullName');
  const phone = input.phone?.trim() || null;
  if (phone !== null && !/^1\d{10}$/.test(phone)) throw badInput('phone must be an 11-digit mobile number starting with 1.', 'phone');
  const minor = isMinorOn(parsed.birthDate, now);
  // A child under 14 acts, and consents, through a guardian (PIPL art. 31).
  if (minor && !input.guardianId) throw badInput('A child under 14 needs a guardian: give guardianId, an adult of the same household.', 'guardianId');
  if (!minor && input.guardianId) throw badInput('Only a child under 14 has a guardian link.', 'guardianId');
  if (!isUuid(input.householdId)) throw notFound('Household');

  return db.transaction(async (tx) => {
    // The household, read at write time (shared lock: it cannot change under the insert).
    const [household] = await tx.select().from(households).where(eq(households.id, input.householdId)).for('share');
    if (!household || !canWriteHousehold(claims, household)) throw notFound('Household');
    let guardianId: string | null = null;
    if (minor) {
      const [guardian] = isUuid(input.guardianId!) ? await tx.select().from(persons).where(eq(persons.id, input.guardianId!)) : [];
      const problem = isGuardianFor(household, guardian ?? null, now);
      if (problem === 'NOT_IN_HOUSEHOLD') throw badInput('The guardian must be a member of the same household.', 'guardianId');
      if (problem === 'NOT_ADULT') throw badInput('The guardian must be an adult (18 or older).', 'guardianId');
      guardianId = guardian!.id;
    }
    const [created] = await tx
      .insert(persons)
      .values({
        householdId: household.id,
        relation: input.relation as PersonRow['relation'],
        fullName,
        idNumber: parsed.idNumber,
        birthDate: parsed.birthDate,
        sex: parsed.sex,
        phone,
        guardianId,
      })
      .onConflictDoNothing({ target: persons.idNumber })
      .returning({ id: persons.id });
    if (!created) {
      // The ID number is registered already (before, or by a concurrent submission).
      const [existing] = await tx
        .select({ id: persons.id, householdId: persons.householdId, villageCode: households.villageCode })
        .from(persons)
        .innerJoin(households, eq(households.id, persons.householdId))
        .where(eq(persons.idNumber, parsed.idNumber));
      if (existing) {
        await tx.insert(duplicateIdReviews).values({
          existingPersonId: existing.id,
          countyCode: existing.villageCode.slice(0, 6),
          submittedHouseholdId: household.id,
          submittedRelation: input.relation as PersonRow['relation'],
          submittedFullName: fullName,
          submittedPhone: phone,
          submittedGuardianId: guardianId,
          submittedBy: claims.sub,
          submittedByRole: claims.roles.join(','),
          submittedAt: now,
        });
        // The match is a lookup of the existing record by its full ID number: logged where its officers read.
        await tx.insert(accessLog).values({
          actor: claims.sub,
          actorRole: claims.roles.join(','),
          actorOrganizationId: claims.org ?? null,
          purpose: claims.purpose ?? null,
          recordType: 'Person',
          recordId: existing.id,
          householdId: existing.householdId,
          villageCode: existing.villageCode,
          fields: ['idNumber'],
          kind: 'ID_NUMBER_LOOKUP',
          at: new Date(),
        });
      }
    }
    return { householdId: household.id, message: PERSON_SUBMISSION_MESSAGE };
  });
}
