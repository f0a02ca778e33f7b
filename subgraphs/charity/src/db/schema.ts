import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgSchema,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
// The shared vocabulary (docs/contracts.md): one list for every subgraph's database enum of the same name.
import { PROGRAMMES, REFERRAL_STATUSES } from '@aid/shared/domain/vocabulary.js';
import { feedCursorColumns, referralReadModelColumns, referralReadModelIndexes } from '@aid/shared/referral-feed/read-model.js';

/**
 * Everything the charity subgraph stores lives in its own PostgreSQL schema; no other service reads it.
 * It holds organisations, projects and money, and refers to recipients only by opaque ids: no column here
 * may hold a recipient's name, ID number, phone or address (test/privacy.test.ts inspects the columns).
 * drizzle-kit loads this file, so it imports only drizzle-orm; the value lists match shared/src/domain/vocabulary.ts
 * (a test checks that).
 */
export const charity = pgSchema('charity');

export const programmeEnum = charity.enum('programme', PROGRAMMES);
export const legalFormEnum = charity.enum('legal_form', ['FOUNDATION', 'SOCIAL_ORGANIZATION', 'SOCIAL_SERVICE_INSTITUTION']);
export const tierEnum = charity.enum('consortium_tier', ['COUNTY', 'TOWN', 'VILLAGE']);
export const qualificationKindEnum = charity.enum('qualification_kind', ['CERTIFIED_CHARITY', 'PUBLIC_FUNDRAISING']);
export const fundraisingModeEnum = charity.enum('fundraising_mode', ['PUBLIC', 'DIRECTED', 'NONE']);
export const projectStatusEnum = charity.enum('project_status', ['DRAFT', 'UNDER_REVIEW', 'PUBLISHED', 'CLOSED']);
export const projectActionEnum = charity.enum('project_action', ['CREATE', 'SUBMIT', 'APPROVE', 'REJECT', 'CLOSE']);
export const donorKindEnum = charity.enum('donor_kind', ['INDIVIDUAL', 'ORGANIZATION']);
export const donationChannelEnum = charity.enum('donation_channel', [
  'BANK_TRANSFER',
  'ONLINE_PLATFORM',
  'MOBILE_PAYMENT',
  'CASH',
  'IN_KIND',
]);
export const disbursementPurposeEnum = charity.enum('disbursement_purpose', [
  'MEDICAL_EXPENSES',
  'EDUCATION_COSTS',
  'HOUSING_REPAIR',
  'FURNITURE_AND_APPLIANCES',
  'EMPLOYMENT_TRAINING',
  'ELDERLY_MEALS',
  'HOSPICE_CARE',
  'PSYCHOLOGICAL_SERVICES',
  'MICRO_WISH_GOODS',
  'DAILY_NECESSITIES',
  'CARE_SERVICES',
]);
export const disbursementReasonEnum = charity.enum('disbursement_reason', [
  'MAJOR_ILLNESS',
  'DISASTER',
  'SUDDEN_ACCIDENT',
  'GAP_AFTER_GOVERNMENT_AID',
  'SCHOOL_COSTS',
  'UNSAFE_HOUSING',
  'LOSS_OF_INCOME',
  'CARE_NEEDS',
]);
export const referralStatusEnum = charity.enum('referral_status', REFERRAL_STATUSES);
export const fundKindEnum = charity.enum('fund_kind', ['SPECIAL_ASSISTANCE', 'NAMED']);
export const supportKindEnum = charity.enum('support_kind', ['GOVERNMENT_PURCHASE', 'VENTURE_GRANT']);
export const supportStatusEnum = charity.enum('support_status', ['AWARDED', 'IN_DELIVERY', 'COMPLETED', 'TERMINATED']);
export const commendationLevelEnum = charity.enum('commendation_level', ['CITY', 'COUNTY']);
export const honoreeKindEnum = charity.enum('honoree_kind', ['ORGANIZATION', 'INDIVIDUAL']);
export const supervisionRatingEnum = charity.enum('supervision_rating', ['EXCELLENT', 'GOOD', 'ADEQUATE', 'POOR']);
export const supervisionFindingEnum = charity.enum('supervision_finding', [
  'FUNDS_USED_AS_PLANNED',
  'GOOD_PRACTICE',
  'RECORDS_INCOMPLETE',
  'DISCLOSURE_LATE',
  'BUDGET_DEVIATION',
  'SERVICE_BELOW_STANDARD',
  'FEEDBACK_MISSING',
]);
export const followUpStatusEnum = charity.enum('follow_up_status', ['NONE', 'OPEN', 'DONE']);
export const honoreeRoleEnum = charity.enum('honoree_role', ['VOLUNTEER', 'SOCIAL_WORKER', 'CHARITY_STAFF', 'DONOR']);

/** Receipt numbers of donations (捐赠票据号), one sequence for the whole federation. */
export const receiptNumberSeq = charity.sequence('receipt_number_seq', { startWith: 1 });

/** Charity organisations (慈善组织) that are members of the federation's consortia. */
export const organizations = charity.table(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The organisation's registered name (an organisation, never a person). */
    name: text('name').notNull(),
    /** Unified social credit code (统一社会信用代码, GB 32100-2015). */
    uscc: varchar('uscc', { length: 18 }).notNull(),
    legalForm: legalFormEnum('legal_form').notNull(),
    tier: tierEnum('tier').notNull(),
    /** County (6), town (9) or village (12) code of the consortium the organisation serves. */
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    programmes: programmeEnum('programmes').array().notNull(),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('organizations_uscc_key').on(t.uscc),
    index('organizations_region_idx').on(t.regionCode, t.id),
    index('organizations_name_idx').on(t.name, t.id),
  ],
);

/** Legal qualifications with their validity: certified charity (认定慈善组织), public fundraising (公开募捐资格). */
export const qualifications = charity.table(
  'organization_qualifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    kind: qualificationKindEnum('kind').notNull(),
    /** Number of the certificate or approval document. */
    certificateNumber: varchar('certificate_number', { length: 64 }).notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    /** Last day of validity; null when open-ended. */
    validUntil: date('valid_until', { mode: 'string' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('qualifications_organization_idx').on(t.organizationId, t.kind, t.validFrom),
    check('qualifications_validity_check', sql`${t.validUntil} is null or ${t.validUntil} >= ${t.validFrom}`),
  ],
);

/** The organisation's resource library (帮扶资源库): what it can offer and how much. */
export const resources = charity.table(
  'organization_resources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    programme: programmeEnum('programme').notNull(),
    /** What is offered, e.g. 助学金, 上门助浴, 适老化改造. */
    title: text('title').notNull(),
    /** Unit of the capacity, e.g. 人次/月, 户/年. */
    unit: varchar('unit', { length: 32 }).notNull(),
    capacity: integer('capacity').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('resources_organization_idx').on(t.organizationId, t.programme),
    check('resources_capacity_check', sql`${t.capacity} > 0`),
  ],
);

/**
 * Funds (基金) held by a member organisation: special social-assistance funds (社会救助专项基金) and named
 * charity funds (慈善冠名基金). Projects raise into and pay out from a fund (`projects.fund_id`); a fund's
 * money is the sum of its projects', never a second copy of it.
 */
export const funds = charity.table(
  'funds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: fundKindEnum('kind').notNull(),
    /** The fund's public title (a fund, never a person). */
    title: text('title').notNull(),
    /** The organisation that holds and manages the fund. */
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    /**
     * The sponsor a named fund is called after (冠名方): a company or a donor who asked for the fund to carry
     * their name, published by that agreement. Null for special funds. Never a recipient.
     */
    sponsor: varchar('sponsor', { length: 100 }),
    programmes: programmeEnum('programmes').array().notNull(),
    /** The county (6 digits) the fund serves. */
    regionCode: varchar('region_code', { length: 6 }).notNull(),
    purpose: text('purpose').notNull(),
    establishedOn: date('established_on', { mode: 'string' }).notNull(),
    recordedBy: varchar('recorded_by', { length: 128 }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('funds_title_key').on(t.title),
    index('funds_organization_idx').on(t.organizationId),
    index('funds_kind_idx').on(t.kind, t.establishedOn, t.id),
    index('funds_established_idx').on(t.establishedOn, t.id),
    check('funds_sponsor_check', sql`(${t.kind} = 'NAMED') = (${t.sponsor} is not null)`),
  ],
);

/** Charity projects (慈善项目) with the fundraising plan the regulator requires, and their money totals. */
export const projects = charity.table(
  'projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    /** The project's title (a project, never a person). */
    name: text('name').notNull(),
    programme: programmeEnum('programme').notNull(),
    fundraisingMode: fundraisingModeEnum('fundraising_mode').notNull(),
    purpose: text('purpose').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    /** County (6) or town (9) code where funds are raised and used (募捐区域). */
    regionCode: varchar('region_code', { length: 9 }).notNull(),
    /**
     * The organisation's staff member responsible for the plan (方案负责人), as the regulator requires it in
     * the fundraising plan. Organisation staff, never a recipient.
     */
    responsiblePerson: varchar('responsible_person', { length: 64 }).notNull(),
    useOfFunds: text('use_of_funds').notNull(),
    /** Filing number of the fundraising plan with civil affairs (备案编号); required for public fundraising. */
    filingNumber: varchar('filing_number', { length: 64 }),
    targetFen: bigint('target_fen', { mode: 'number' }).notNull(),
    /** The fund (基金) the project raises into and pays out from; null for a project outside any fund. */
    fundId: uuid('fund_id').references(() => funds.id),
    raisedFen: bigint('raised_fen', { mode: 'number' }).notNull().default(0),
    disbursedFen: bigint('disbursed_fen', { mode: 'number' }).notNull().default(0),
    status: projectStatusEnum('status').notNull().default('DRAFT'),
    /** Why the last review sent the project back to draft. */
    rejectionReason: text('rejection_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('projects_organization_idx').on(t.organizationId, t.createdAt, t.id),
    index('projects_status_idx').on(t.status, t.createdAt, t.id),
    index('projects_programme_status_idx').on(t.programme, t.status),
    index('projects_fund_idx').on(t.fundId, t.status),
    check('projects_money_check', sql`${t.disbursedFen} >= 0 and ${t.disbursedFen} <= ${t.raisedFen} and ${t.targetFen} > 0`),
    check('projects_period_check', sql`${t.periodEnd} >= ${t.periodStart}`),
  ],
);

/** Every review-flow transition of a project: who, when, from and to, and why. */
export const projectTransitions = charity.table(
  'project_transitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    action: projectActionEnum('action').notNull(),
    fromStatus: projectStatusEnum('from_status'),
    toStatus: projectStatusEnum('to_status').notNull(),
    /** The token subject of the acting account. */
    actor: varchar('actor', { length: 128 }).notNull(),
    reason: text('reason'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('project_transitions_project_idx').on(t.projectId, t.at)],
);

/**
 * Donations into a project. `donor_name` is the DONOR's name (a person or company that gives money), kept
 * so the organisation can issue a receipt and, only with `publish_name`, thank the donor publicly. It never
 * holds a recipient's name. Null for anonymous donations.
 */
export const donations = charity.table(
  'donations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    donorKind: donorKindEnum('donor_kind').notNull(),
    anonymous: boolean('anonymous').notNull(),
    donorName: varchar('donor_name', { length: 100 }),
    /** The donor agreed that their name is published (信息公开). */
    publishName: boolean('publish_name').notNull().default(false),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    channel: donationChannelEnum('channel').notNull(),
    /** Restricted (定向/限定性) donations serve only the project's stated use. */
    restricted: boolean('restricted').notNull(),
    receiptNumber: varchar('receipt_number', { length: 32 }).notNull(),
    donatedAt: timestamp('donated_at', { withTimezone: true }).notNull(),
    idempotencyKey: varchar('idempotency_key', { length: 128 }).notNull(),
    /** SHA-256 of the normalised request, to tell a retry from a reused key. */
    requestHash: varchar('request_hash', { length: 64 }).notNull(),
    recordedBy: varchar('recorded_by', { length: 128 }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('donations_idempotency_key').on(t.organizationId, t.idempotencyKey),
    uniqueIndex('donations_receipt_number_key').on(t.receiptNumber),
    index('donations_project_idx').on(t.projectId, t.donatedAt, t.id),
    check('donations_amount_check', sql`${t.amountFen} > 0`),
    check('donations_anonymous_check', sql`not (${t.anonymous} and (${t.donorName} is not null or ${t.publishName}))`),
    check('donations_publish_check', sql`not ${t.publishName} or ${t.donorName} is not null`),
  ],
);

/**
 * Money paid from a project for a referral (救助资金拨付). The recipient is known only by the opaque
 * referral and household ids and the 9-digit town code (for anonymous counts by town). Who may see a
 * disbursement by region is decided on the recipient's village in the referral read model (joined on
 * `referral_id`), the one place charity keeps it; a disbursement row never holds a village.
 */
export const disbursements = charity.table(
  'disbursements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    referralId: uuid('referral_id').notNull(),
    householdId: uuid('household_id').notNull(),
    townCode: varchar('town_code', { length: 9 }),
    programme: programmeEnum('programme').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    purpose: disbursementPurposeEnum('purpose').notNull(),
    reasonCodes: disbursementReasonEnum('reason_codes').array().notNull(),
    disbursedOn: date('disbursed_on', { mode: 'string' }).notNull(),
    idempotencyKey: varchar('idempotency_key', { length: 128 }).notNull(),
    requestHash: varchar('request_hash', { length: 64 }).notNull(),
    recordedBy: varchar('recorded_by', { length: 128 }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('disbursements_idempotency_key').on(t.organizationId, t.idempotencyKey),
    index('disbursements_project_idx').on(t.projectId, t.disbursedOn, t.id),
    index('disbursements_referral_idx').on(t.referralId, t.disbursedOn),
    index('disbursements_household_idx').on(t.householdId, t.disbursedOn),
    index('disbursements_town_idx').on(t.programme, t.townCode),
    check('disbursements_amount_check', sql`${t.amountFen} > 0`),
  ],
);

/**
 * Incentives and support (激励扶持) paid to member organisations: government purchase of services (政府购买服务,
 * by a county's civil-affairs bureau) and venture-philanthropy grants (公益创投, by the charity federation).
 * Public (信息公开). The awarding body is derived from the recording token, never typed in.
 */
export const supportAwards = charity.table(
  'support_awards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: supportKindEnum('kind').notNull(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    /** The public title of the service bought or the venture funded. */
    title: text('title').notNull(),
    programme: programmeEnum('programme').notNull(),
    /** The county (6 digits) whose bureau bought the service; null for a federation grant (city-wide). */
    countyCode: varchar('county_code', { length: 6 }),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    status: supportStatusEnum('status').notNull().default('AWARDED'),
    /** Why the award was closed as completed or terminated. */
    closingReason: text('closing_reason'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    idempotencyKey: varchar('idempotency_key', { length: 128 }).notNull(),
    /** SHA-256 of the normalised request, to tell a retry from a reused key. */
    requestHash: varchar('request_hash', { length: 64 }).notNull(),
    /** The awarding side: a county bureau (`county:<code>`) or the federation (`federation`). */
    awarderKey: varchar('awarder_key', { length: 32 }).notNull(),
    recordedBy: varchar('recorded_by', { length: 128 }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('support_awards_idempotency_key').on(t.awarderKey, t.idempotencyKey),
    index('support_awards_organization_idx').on(t.organizationId, t.periodStart),
    index('support_awards_kind_idx').on(t.kind, t.periodStart, t.id),
    index('support_awards_period_idx').on(t.periodStart, t.id),
    check('support_awards_amount_check', sql`${t.amountFen} > 0`),
    check('support_awards_period_check', sql`${t.periodEnd} >= ${t.periodStart}`),
    check('support_awards_county_check', sql`(${t.kind} = 'GOVERNMENT_PURCHASE') = (${t.countyCode} is not null)`),
  ],
);

/** What an award pays for (项目产出): a deliverable with its target and what has been delivered. */
export const supportDeliverables = charity.table(
  'support_deliverables',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    awardId: uuid('award_id')
      .notNull()
      .references(() => supportAwards.id),
    /** Order within the award, from 1. */
    position: integer('position').notNull(),
    /** What is delivered, e.g. 入户探访, 团体辅导. */
    description: text('description').notNull(),
    /** The unit, e.g. 人次, 场, 户. */
    unit: varchar('unit', { length: 32 }).notNull(),
    targetQuantity: integer('target_quantity').notNull(),
    deliveredQuantity: integer('delivered_quantity').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('support_deliverables_award_position_key').on(t.awardId, t.position),
    check('support_deliverables_quantity_check', sql`${t.targetQuantity} > 0 and ${t.deliveredQuantity} >= 0`),
  ],
);

/**
 * Commendations (表彰) of organisations and of individuals who served (volunteers, social workers, staff,
 * donors). An individual is kept only as a masked display (王**), never a full name, an ID or a phone.
 */
export const commendations = charity.table(
  'commendations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The honour, e.g. 2025年度宁波市慈善工作先进集体. */
    title: text('title').notNull(),
    level: commendationLevelEnum('level').notNull(),
    /** The county (6 digits) for a county commendation; null for the city's. */
    countyCode: varchar('county_code', { length: 6 }),
    honoreeKind: honoreeKindEnum('honoree_kind').notNull(),
    /** The organisation commended, or the individual's organisation (optional). */
    organizationId: uuid('organization_id').references(() => organizations.id),
    /** An individual's masked display (family name and asterisks); null for an organisation. */
    honoreeMasked: varchar('honoree_masked', { length: 16 }),
    honoreeRole: honoreeRoleEnum('honoree_role'),
    citation: text('citation').notNull(),
    awardedOn: date('awarded_on', { mode: 'string' }).notNull(),
    awarderKey: varchar('awarder_key', { length: 32 }).notNull(),
    recordedBy: varchar('recorded_by', { length: 128 }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('commendations_awarded_idx').on(t.awardedOn, t.id),
    index('commendations_organization_idx').on(t.organizationId),
    check(
      'commendations_honoree_check',
      sql`(${t.honoreeKind} = 'ORGANIZATION' and ${t.organizationId} is not null and ${t.honoreeMasked} is null and ${t.honoreeRole} is null)
        or (${t.honoreeKind} = 'INDIVIDUAL' and ${t.honoreeMasked} is not null and ${t.honoreeRole} is not null)`,
    ),
    check('commendations_level_check', sql`(${t.level} = 'COUNTY') = (${t.countyCode} is not null)`),
  ],
);

/**
 * Supervision visits (专业督导) to charity projects by the federation or a county's civil-affairs bureau: a rating,
 * closed-list findings, a published summary and a follow-up the organisation reports on. Results are public
 * (信息公开) once the supervising side publishes them. Texts are published and checked for personal data.
 */
export const supervisionVisits = charity.table(
  'supervision_visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    /** The supervising side: `federation` or `county:<code>` (as for incentives). */
    supervisorKey: varchar('supervisor_key', { length: 32 }).notNull(),
    visitedOn: date('visited_on', { mode: 'string' }).notNull(),
    rating: supervisionRatingEnum('rating').notNull(),
    findings: supervisionFindingEnum('findings').array().notNull(),
    summary: text('summary').notNull(),
    followUpAction: text('follow_up_action'),
    followUpDueOn: date('follow_up_due_on', { mode: 'string' }),
    followUpStatus: followUpStatusEnum('follow_up_status').notNull(),
    /** What the organisation reports it did about the follow-up. */
    followUpReport: text('follow_up_report'),
    followUpDoneAt: timestamp('follow_up_done_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    recordedBy: varchar('recorded_by', { length: 128 }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('supervision_visits_project_idx').on(t.projectId, t.visitedOn),
    index('supervision_visits_published_idx').on(t.publishedAt),
    check(
      'supervision_visits_follow_up_check',
      sql`(${t.followUpStatus} = 'NONE') = (${t.followUpAction} is null) and (${t.followUpAction} is null) = (${t.followUpDueOn} is null)
        and (${t.followUpStatus} = 'DONE') = (${t.followUpDoneAt} is not null)`,
    ),
  ],
);

/**
 * Local read model of civil-affairs' referrals, fed only by its referral-event feed (docs/charity.md):
 * enough to check that the paying organisation holds a referral, never any personal data.
 */
export const referrals = charity.table(
  'referrals',
  referralReadModelColumns({ programme: programmeEnum, status: referralStatusEnum }),
  (t) => referralReadModelIndexes(t),
);

/** Where each feed consumer stands: the cursor to resume from, written with the events it covers. */
export const feedCursors = charity.table('feed_cursors', feedCursorColumns());

export type OrganizationRow = typeof organizations.$inferSelect;
export type QualificationRow = typeof qualifications.$inferSelect;
export type ResourceRow = typeof resources.$inferSelect;
export type ProjectRow = typeof projects.$inferSelect;
export type ProjectTransitionRow = typeof projectTransitions.$inferSelect;
export type DonationRow = typeof donations.$inferSelect;
export type DisbursementRow = typeof disbursements.$inferSelect;
export type ReferralRow = typeof referrals.$inferSelect;
export type FundRow = typeof funds.$inferSelect;
export type SupportAwardRow = typeof supportAwards.$inferSelect;
export type SupportDeliverableRow = typeof supportDeliverables.$inferSelect;
export type CommendationRow = typeof commendations.$inferSelect;
export type SupervisionVisitRow = typeof supervisionVisits.$inferSelect;
export type ProjectStatus = ProjectRow['status'];
