import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';
import { groupByKeys, orderByKeys } from '@aid/shared/batching.js';
import type { Database } from '@aid/shared/database.js';
import { households, persons, type HouseholdRow, type PersonRow } from './db/schema.js';

/** Per-request loaders: a new set for every request, so nothing is cached across callers. */
export function createLoaders(db: Database) {
  return {
    householdById: new DataLoader<string, HouseholdRow | null>(async (ids) =>
      orderByKeys(await db.select().from(households).where(inArray(households.id, [...ids])), ids, (row) => row.id),
    ),
    personById: new DataLoader<string, PersonRow | null>(async (ids) =>
      orderByKeys(await db.select().from(persons).where(inArray(persons.id, [...ids])), ids, (row) => row.id),
    ),
    membersByHousehold: new DataLoader<string, PersonRow[]>(async (ids) =>
      groupByKeys(
        await db
          .select()
          .from(persons)
          .where(inArray(persons.householdId, [...ids]))
          .orderBy(persons.householdId, persons.relation, persons.birthDate),
        ids,
        (row) => row.householdId,
      ),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
