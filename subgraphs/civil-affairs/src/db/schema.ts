import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  pgSchema,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
// The shared vocabulary (docs/contracts.md): one list for every subgraph's database enum of the same name.
import { OUTCOMES, PROGRAMMES, REFERRAL_STATUSES } from '@aid/shared/domain/vocabulary.js';

/** Everything civil affairs stores lives in its own PostgreSQL schema; no other service reads it. */
export const civilAffairs = pgSchema('civil_affairs');

export const relationEnum = civilAffairs.enum('relation', ['HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'GRANDCHILD', 'OTHER']);

export const aidCategoryEnum = civilAffairs.enum('aid_category', [
  'MINIMUM_LIVING_ALLOWANCE',
  'NEAR_POVERTY',
  'EXTREME_POVERTY',
  'ORPHAN',
  'CHILD_IN_DIFFICULTY',
  'LEFT_BEHIND_CHILD',
  'EXITED_AID',
  'REFUSED_APPLICANT',
  'TEMPORARY_AID',
  'OTHER_DEPARTMENT_AID',
  'DEPENDANTS_FAMILY',
  'LOW_INCOME_FAMILY',
]);

export const programmeEnum = civilAffairs.enum('programme', PROGRAMMES);

export const aidTypeEnum = civilAffairs.enum('aid_type', [
  'ALLOWANCE',
  'EXTREME_POVERTY_SUPPORT',
  'TEMPORARY_AID',
  'MEDICAL',
  'EDUCATION',
  'HOUSING',
  'EMPLOYMENT_ASSISTANCE',
]);

export const aidStatusEnum = civilAffairs.enum('aid_status', ['ACTIVE', 'SUSPENDED', 'ENDED']);

export const needPriorityEnum = civilAffairs.enum('need_priority', ['MAJOR_ILLNESS', 'DISASTER', 'SUDDEN_ACCIDENT', 'ROUTINE']);
export const intakeChannelEnum = civilAffairs.enum('intake_channel', [
  'ZHELIJIU_APP',
  'HOTLINE_81890',
  'HOME_VISIT',
  'PROACTIVE_DISCOVERY',
  'DEPARTMENT_PUSH',
]);
export const needStatusEnum = civilAffairs.enum('need_status', ['OPEN', 'REFERRED', 'MET', 'CLOSED']);

export const referralStatusEnum = civilAffairs.enum('referral_status', REFERRAL_STATUSES);

export const outcomeEnum = civilAffairs.enum('outcome', OUTCOMES);

export const consentMethodEnum = civilAffairs.enum('consent_method', ['WRITTEN', 'ELECTRONIC_SIGNATURE', 'ZHELIJIU_APP', 'ORAL_RECORDED']);

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

/** A household's registration in an aid category; `since` starts its window (see eligibility.ts). */
export const householdCategories = civilAffairs.table(
  'household_categories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    category: aidCategoryEnum('category').notNull(),
    since: date('since', { mode: 'string' }).notNull(),
    until: date('until', { mode: 'string' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('household_categories_household_idx').on(t.householdId),
    index('household_categories_category_idx').on(t.category, t.householdId),
  ],
);

export const aidRecords = civilAffairs.table(
  'aid_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    type: aidTypeEnum('type').notNull(),
    amountFen: integer('amount_fen').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    status: aidStatusEnum('status').notNull().default('ACTIVE'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('aid_records_household_idx').on(t.householdId, t.periodStart), index('aid_records_period_end_idx').on(t.status, t.periodEnd)],
);

export const needs = civilAffairs.table(
  'needs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    /** Copied from the household so region filters and the pool need no join. */
    villageCode: varchar('village_code', { length: 12 }).notNull(),
    programme: programmeEnum('programme').notNull(),
    subType: varchar('sub_type', { length: 40 }).notNull(),
    publicSummary: text('public_summary').notNull(),
    estimatedCostFen: integer('estimated_cost_fen').notNull(),
    basicMedicalInsuranceFen: integer('basic_medical_insurance_fen').notNull().default(0),
    criticalIllnessInsuranceFen: integer('critical_illness_insurance_fen').notNull().default(0),
    medicalAssistanceFen: integer('medical_assistance_fen').notNull().default(0),
    otherGovernmentAidFen: integer('other_government_aid_fen').notNull().default(0),
    gapFen: integer('gap_fen').notNull(),
    priority: needPriorityEnum('priority').notNull(),
    /** 1 = major illness ... 4 = routine: the default list order. */
    priorityRank: smallint('priority_rank').notNull(),
    channel: intakeChannelEnum('channel').notNull(),
    status: needStatusEnum('status').notNull().default('OPEN'),
    collectedBy: text('collected_by').notNull(),
    collectedAt: timestamp('collected_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('needs_household_idx').on(t.householdId),
    index('needs_order_idx').on(t.priorityRank, t.collectedAt, t.id),
    index('needs_village_idx').on(t.villageCode),
  ],
);

export const consents = civilAffairs.table(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    subjectId: uuid('subject_id')
      .notNull()
      .references(() => persons.id),
    givenById: uuid('given_by_id')
      .notNull()
      .references(() => persons.id),
    purposes: text('purposes').array().notNull(),
    dataCategories: text('data_categories').array().notNull(),
    allFederationMembers: boolean('all_federation_members').notNull(),
    recipientOrganizationIds: uuid('recipient_organization_ids').array().notNull(),
    method: consentMethodEnum('method').notNull(),
    validFrom: timestamp('valid_from', { withTimezone: true }).notNull(),
    validUntil: timestamp('valid_until', { withTimezone: true }).notNull(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawalReason: text('withdrawal_reason'),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('consents_household_idx').on(t.householdId)],
);

export const preAidChecks = civilAffairs.table(
  'pre_aid_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    programme: programmeEnum('programme').notNull(),
    windowStart: date('window_start', { mode: 'string' }).notNull(),
    windowEnd: date('window_end', { mode: 'string' }).notNull(),
    capFen: integer('cap_fen').notNull(),
    checkedBy: text('checked_by').notNull(),
    checkedAt: timestamp('checked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('pre_aid_checks_household_idx').on(t.householdId, t.programme, t.checkedAt)],
);

export const referrals = civilAffairs.table(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    needId: uuid('need_id')
      .notNull()
      .references(() => needs.id),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    consentId: uuid('consent_id')
      .notNull()
      .references(() => consents.id),
    preAidCheckId: uuid('pre_aid_check_id').references(() => preAidChecks.id),
    /** Copied from the need so region and programme filters need no join. */
    villageCode: varchar('village_code', { length: 12 }).notNull(),
    programme: programmeEnum('programme').notNull(),
    status: referralStatusEnum('status').notNull(),
    directedToOrganizationId: uuid('directed_to_organization_id'),
    organizationId: uuid('organization_id'),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    claimExpiresAt: timestamp('claim_expires_at', { withTimezone: true }),
    outcome: outcomeEnum('outcome'),
    statusReason: text('status_reason'),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('referrals_need_idx').on(t.needId),
    index('referrals_household_idx').on(t.householdId),
    index('referrals_consent_idx').on(t.consentId),
    index('referrals_status_idx').on(t.status, t.claimExpiresAt),
    index('referrals_status_updated_idx').on(t.status, t.updatedAt),
    index('referrals_organization_idx').on(t.organizationId, t.updatedAt),
    index('referrals_village_idx').on(t.villageCode),
    // Indicators (referralIndicators): the period filter, alone or within a county.
    index('referrals_created_idx').on(t.createdAt),
    index('referrals_county_created_idx').on(sql`left(${t.villageCode}, 6)`, t.createdAt),
  ],
);

/** Every referral transition with actor, time and reason (append-only). */
export const referralTransitions = civilAffairs.table(
  'referral_transitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id),
    fromStatus: referralStatusEnum('from_status'),
    toStatus: referralStatusEnum('to_status').notNull(),
    action: varchar('action', { length: 40 }).notNull(),
    actor: text('actor').notNull(),
    actorRole: varchar('actor_role', { length: 40 }).notNull(),
    actorOrganizationId: uuid('actor_organization_id'),
    reason: text('reason'),
    /** On a request: the pre-aid verdict it was judged by (量力而行). */
    preAidVerdict: varchar('pre_aid_verdict', { length: 30 }),
    /** On a request: an officer's reason for going ahead despite a blocking verdict. */
    overrideReason: text('override_reason'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('referral_transitions_referral_idx').on(t.referralId, t.at), index('referral_transitions_action_idx').on(t.action, t.referralId)],
);

/**
 * The transactional outbox of referral events. `sequence` is gap-free: it comes from the `outbox_counters`
 * row, incremented in the same transaction that writes the event (see outbox.ts).
 */
export const referralEvents = civilAffairs.table('referral_events', {
  sequence: bigint('sequence', { mode: 'number' }).primaryKey(),
  referralId: uuid('referral_id').notNull(),
  needId: uuid('need_id').notNull(),
  householdId: uuid('household_id').notNull(),
  /** The household's 9-digit town, for counts by town (the feed adds the village from the referral). */
  townCode: varchar('town_code', { length: 9 }),
  programme: programmeEnum('programme').notNull(),
  action: varchar('action', { length: 40 }).notNull(),
  fromStatus: referralStatusEnum('from_status'),
  status: referralStatusEnum('status').notNull(),
  organizationId: uuid('organization_id'),
  outcome: outcomeEnum('outcome'),
  reason: text('reason'),
  occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One row per gap-free sequence; its row lock orders concurrent writers. */
export const outboxCounters = civilAffairs.table('outbox_counters', {
  name: varchar('name', { length: 40 }).primaryKey(),
  value: bigint('value', { mode: 'number' }).notNull().default(0),
});

/** Append-only log of every read of a full personal-data value. */
export const accessLog = civilAffairs.table(
  'access_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actor: text('actor').notNull(),
    actorRole: varchar('actor_role', { length: 40 }).notNull(),
    actorOrganizationId: uuid('actor_organization_id'),
    purpose: text('purpose'),
    recordType: varchar('record_type', { length: 20 }).notNull(),
    recordId: uuid('record_id').notNull(),
    /** The household the record belongs to, so an officer can read the log of their region. */
    householdId: uuid('household_id').notNull(),
    villageCode: varchar('village_code', { length: 12 }).notNull(),
    fields: text('fields').array().notNull(),
    /** READ: full values were returned; ID_NUMBER_LOOKUP: an ID number was matched against the record (addPerson). */
    kind: varchar('kind', { length: 20 }).notNull().default('READ'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('access_log_record_idx').on(t.recordId, t.at), index('access_log_village_idx').on(t.villageCode, t.at)],
);

/**
 * A person submitted (addPerson) with an ID number already registered: the person is not created and the
 * submitter is not told. A county officer of the existing person's county resolves it.
 */
export const duplicateIdReviews = civilAffairs.table(
  'duplicate_id_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The person already registered with the ID number. */
    existingPersonId: uuid('existing_person_id')
      .notNull()
      .references(() => persons.id),
    /** The existing person's county: the office that resolves the review. */
    countyCode: varchar('county_code', { length: 6 }).notNull(),
    /** The household the person was submitted to. */
    submittedHouseholdId: uuid('submitted_household_id')
      .notNull()
      .references(() => households.id),
    submittedRelation: relationEnum('submitted_relation').notNull(),
    submittedFullName: text('submitted_full_name').notNull(),
    submittedPhone: varchar('submitted_phone', { length: 20 }),
    submittedGuardianId: uuid('submitted_guardian_id'),
    submittedBy: text('submitted_by').notNull(),
    submittedByRole: varchar('submitted_by_role', { length: 40 }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    /** PENDING until a county officer resolves it. */
    status: varchar('status', { length: 20 }).notNull().default('PENDING'),
  },
  (t) => [index('duplicate_id_reviews_county_idx').on(t.countyCode, t.status, t.submittedAt)],
);

export type HouseholdRow = typeof households.$inferSelect;
export type PersonRow = typeof persons.$inferSelect;
export type HouseholdCategoryRow = typeof householdCategories.$inferSelect;
export type AidRecordRow = typeof aidRecords.$inferSelect;
export type NeedRow = typeof needs.$inferSelect;
export type ConsentRow = typeof consents.$inferSelect;
export type PreAidCheckRow = typeof preAidChecks.$inferSelect;
export type ReferralRow = typeof referrals.$inferSelect;
export type ReferralTransitionRow = typeof referralTransitions.$inferSelect;
export type ReferralEventRow = typeof referralEvents.$inferSelect;
export type AccessLogRow = typeof accessLog.$inferSelect;
export type DuplicateIdReviewRow = typeof duplicateIdReviews.$inferSelect;
