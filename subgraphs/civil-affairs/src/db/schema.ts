import { bigint, date, index, integer, pgSchema, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';

/** Everything civil affairs stores lives in its own PostgreSQL schema; no other service reads it. */
export const civilAffairs = pgSchema('civil_affairs');

export const relationEnum = civilAffairs.enum('relation', ['HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'GRANDCHILD', 'OTHER']);

export const households = civilAffairs.table(
  'households',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyCode: varchar('county_code', { length: 6 }).notNull(),
    townCode: varchar('town_code', { length: 9 }).notNull(),
    villageCode: varchar('village_code', { length: 12 }).notNull(),
    address: text('address').notNull(),
    /** Annual household income in fen (分). */
    annualIncomeFen: bigint('annual_income_fen', { mode: 'number' }).notNull().default(0),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('households_village_idx').on(t.villageCode, t.id),
    index('households_registered_idx').on(t.registeredAt, t.id),
  ],
);

export const persons = civilAffairs.table(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    relation: relationEnum('relation').notNull(),
    fullName: text('full_name').notNull(),
    idNumber: varchar('id_number', { length: 18 }).notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    sex: varchar('sex', { length: 1 }).notNull(),
    phone: varchar('phone', { length: 20 }),
    guardianId: uuid('guardian_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('persons_household_idx').on(t.householdId),
    uniqueIndex('persons_id_number_key').on(t.idNumber),
  ],
);

export type HouseholdRow = typeof households.$inferSelect;
export type PersonRow = typeof persons.$inferSelect;
