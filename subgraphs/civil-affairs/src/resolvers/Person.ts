import { isUuid } from '@aid/shared/ids.js';
import { maskIdNumber, maskName, maskPhone } from '@aid/shared/masking-pii.js';
import { canSeeHousehold } from '../access.js';
import type { CivilAffairsContext } from '../context.js';
import type { PersonRow } from '../db/schema.js';
import { ageOn } from '../identity.js';

export const Person = {
  async __resolveReference(reference: { id: string }, context: CivilAffairsContext) {
    if (!isUuid(reference.id)) return null;
    const person = await context.loaders.personById.load(reference.id);
    if (!person) return null;
    const household = await context.loaders.householdById.load(person.householdId);
    return household && canSeeHousehold(context.claims, household) ? person : null;
  },
  household: (person: PersonRow, _: unknown, context: CivilAffairsContext) =>
    context.loaders.householdById.load(person.householdId),
  maskedName: (person: PersonRow) => maskName(person.fullName),
  maskedIdNumber: (person: PersonRow) => maskIdNumber(person.idNumber),
  maskedPhone: (person: PersonRow) => (person.phone ? maskPhone(person.phone) : null),
  age: (person: PersonRow) => ageOn(person.birthDate, new Date()),
  isMinor: (person: PersonRow) => ageOn(person.birthDate, new Date()) < 14,
};
