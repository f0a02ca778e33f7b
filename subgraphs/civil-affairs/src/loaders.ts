import DataLoader from 'dataloader';
import { asc, desc, eq, inArray } from 'drizzle-orm';
import { groupByKeys, orderByKeys } from '@aid/shared/database/batching.js';
import type { Database } from '@aid/shared/database/database.js';
import {
  aidRecords,
  consents,
  householdCategories,
  households,
  needs,
  persons,
  preAidChecks,
  referrals,
  referralTransitions,
  type AidRecordRow,
  type ConsentRow,
  type HouseholdCategoryRow,
  type HouseholdRow,
  type NeedRow,
  type PersonRow,
  type PreAidCheckRow,
  type ReferralRow,
  type ReferralTransitionRow,
} from './db/schema.js';

/** One row per id: one `WHERE id IN (...)` per batch. */
function byId<Row extends { id: string }>(load: (ids: string[]) => Promise<Row[]>) {
  return new DataLoader<string, Row | null>(async (ids) => orderByKeys(await load([...ids]), ids, (row) => row.id));
}

/** All rows per parent id: one `WHERE parent IN (...)` per batch. */
function byParent<Row>(load: (ids: string[]) => Promise<Row[]>, keyOf: (row: Row) => string) {
  return new DataLoader<string, Row[]>(async (ids) => groupByKeys(await load([...ids]), ids, keyOf));
}

/** Per-request loaders: a new set for every request, so nothing is cached across callers. */
export function createLoaders(db: Database) {
  return {
    householdById: byId<HouseholdRow>((ids) => db.select().from(households).where(inArray(households.id, ids))),
    personById: byId<PersonRow>((ids) => db.select().from(persons).where(inArray(persons.id, ids))),
    needById: byId<NeedRow>((ids) => db.select().from(needs).where(inArray(needs.id, ids))),
    consentById: byId<ConsentRow>((ids) => db.select().from(consents).where(inArray(consents.id, ids))),
    referralById: byId<ReferralRow>((ids) => db.select().from(referrals).where(inArray(referrals.id, ids))),
    preAidCheckById: byId<PreAidCheckRow>((ids) => db.select().from(preAidChecks).where(inArray(preAidChecks.id, ids))),
    membersByHousehold: byParent<PersonRow>(
      (ids) =>
        db.select().from(persons).where(inArray(persons.householdId, ids)).orderBy(persons.householdId, persons.relation, persons.birthDate),
      (row) => row.householdId,
    ),
    categoriesByHousehold: byParent<HouseholdCategoryRow>(
      (ids) => db.select().from(householdCategories).where(inArray(householdCategories.householdId, ids)).orderBy(householdCategories.since),
      (row) => row.householdId,
    ),
    aidByHousehold: byParent<AidRecordRow>(
      (ids) => db.select().from(aidRecords).where(inArray(aidRecords.householdId, ids)).orderBy(desc(aidRecords.periodStart)),
      (row) => row.householdId,
    ),
    needsByHousehold: byParent<NeedRow>(
      (ids) => db.select().from(needs).where(inArray(needs.householdId, ids)).orderBy(needs.priorityRank, needs.collectedAt),
      (row) => row.householdId,
    ),
    consentsByHousehold: byParent<ConsentRow>(
      (ids) => db.select().from(consents).where(inArray(consents.householdId, ids)).orderBy(desc(consents.recordedAt)),
      (row) => row.householdId,
    ),
    referralsByHousehold: byParent<ReferralRow>(
      (ids) => db.select().from(referrals).where(inArray(referrals.householdId, ids)).orderBy(desc(referrals.createdAt)),
      (row) => row.householdId,
    ),
    checksByHousehold: byParent<PreAidCheckRow>(
      (ids) => db.select().from(preAidChecks).where(inArray(preAidChecks.householdId, ids)).orderBy(desc(preAidChecks.checkedAt)),
      (row) => row.householdId,
    ),
    transitionsByReferral: byParent<ReferralTransitionRow>(
      (ids) =>
        db.select().from(referralTransitions).where(inArray(referralTransitions.referralId, ids)).orderBy(asc(referralTransitions.at)),
      (row) => row.referralId,
    ),
    /** Transitions of all referrals of each household, for the household's history (one join per batch). */
    transitionsByHousehold: byParent<ReferralTransitionRow & { householdId: string }>(
      async (ids) =>
        (
          await db
            .select({ transition: referralTransitions, householdId: referrals.householdId })
            .from(referralTransitions)
            .innerJoin(referrals, eq(referrals.id, referralTransitions.referralId))
            .where(inArray(referrals.householdId, ids))
        ).map((r) => ({ ...r.transition, householdId: r.householdId })),
      (row) => row.householdId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
