import { isUuid } from '@aid/shared/domain/ids.js';
import { maskIdNumber, maskName, maskPhone } from '@aid/shared/security/personal-data-masks.js';
import { canSeeHousehold, maySeeMinorData } from '../access.js';
import type { FieldRead } from '../access-log.js';
import type { CivilAffairsContext } from '../context.js';
import type { PersonRow } from '../db/schema.js';
import { ageOn, isMinorOn } from '../identity.js';
import type { PersonResolvers } from '../generated/graphql.js';
import { referencedRow } from '@aid/shared/database/batching.js';

/** Returns a full personal-data value after logging the read (one insert per batch of reads). */
async function logged<T>(person: PersonRow, field: string, value: T, context: CivilAffairsContext): Promise<T> {
  if (value === null || value === undefined) return value;
  const household = await context.loaders.householdById.load(person.householdId);
  const read: FieldRead = { recordType: 'Person', recordId: person.id, householdId: person.householdId, villageCode: household?.villageCode ?? '', field };
  return context.accessLog.record(read, value);
}

export const Person = {
  async __resolveReference(reference: { id: string }, context: CivilAffairsContext) {
    if (!isUuid(reference.id)) return null;
    const person = await context.loaders.personById.load(reference.id);
    if (!person) return null;
    const household = await context.loaders.householdById.load(person.householdId);
    return household && canSeeHousehold(context.claims, household) ? person : null;
  },
  household: (person: PersonRow, _: unknown, context: CivilAffairsContext) => referencedRow(context.loaders.householdById.load(person.householdId), 'household'),
  maskedName: (person: PersonRow) => maskName(person.fullName),
  fullName: (person: PersonRow, _: unknown, context: CivilAffairsContext) => logged(person, 'fullName', person.fullName, context),
  idNumber: (person: PersonRow, _: unknown, context: CivilAffairsContext) => logged(person, 'idNumber', person.idNumber, context),
  maskedIdNumber: (person: PersonRow) => maskIdNumber(person.idNumber),
  phone: (person: PersonRow, _: unknown, context: CivilAffairsContext) => logged(person, 'phone', person.phone, context),
  maskedPhone: (person: PersonRow) => (person.phone ? maskPhone(person.phone) : null),
  birthDate: (person: PersonRow, _: unknown, context: CivilAffairsContext) => logged(person, 'birthDate', person.birthDate, context),
  age: (person: PersonRow) => ageOn(person.birthDate, new Date()),
  isMinor: (person: PersonRow) => isMinorOn(person.birthDate, new Date()),
  /** Minors' data: the guardian link of a child (see maySeeMinorData). */
  async guardian(person: PersonRow, _: unknown, context: CivilAffairsContext) {
    if (!person.guardianId) return null;
    const household = await context.loaders.householdById.load(person.householdId);
    return maySeeMinorData(context.claims, household) ? context.loaders.personById.load(person.guardianId) : null;
  },
} satisfies PersonResolvers;
