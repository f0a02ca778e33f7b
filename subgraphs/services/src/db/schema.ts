import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
// The shared vocabulary (docs/contracts.md): one list for every subgraph's database enum of the same name.
import { OUTCOMES, PROGRAMMES, REFERRAL_STATUSES } from '@aid/shared/domain/vocabulary.js';
import { feedCursorColumns, referralReadModelColumns, referralReadModelIndexes } from '@aid/shared/referral-feed/read-model.js';

/**
 * Everything the services subgraph stores lives in its own PostgreSQL schema; no other service reads it.
 * Recipients appear only as opaque household / person / referral / need ids: no column here may hold a
 * recipient's name, ID number, phone or address (a test checks the column names against a deny-list).
 * Professionals and volunteers are kept to a masked display label and their account subject.
 */
export const services = pgSchema('services');

export const programmeEnum = services.enum('programme', PROGRAMMES);
export const outcomeEnum = services.enum('outcome', OUTCOMES);
export const referralStatusEnum = services.enum('referral_status', REFERRAL_STATUSES);
export const consortiumTierEnum = services.enum('consortium_tier', ['COUNTY', 'TOWN', 'VILLAGE']);
export const memberRoleEnum = services.enum('consortium_member_role', ['LEAD', 'MEMBER']);
export const serviceStatusEnum = services.enum('service_status', ['ACTIVE', 'INACTIVE', 'TEMPORARILY_CLOSED', 'DEFUNCT']);
export const capacityUnitEnum = services.enum('capacity_unit', ['PERSONS_PER_MONTH', 'SESSIONS_PER_MONTH', 'HOURS_PER_MONTH']);
export const serviceTypeEnum = services.enum('service_type', [
  'VISITING_CARE',
  'PSYCHOLOGICAL_COMFORT',
  'REHABILITATION',
  'SOCIAL_INTEGRATION',
  'CAPACITY_BUILDING',
  'RESOURCE_LINKING',
  'MEAL_DELIVERY',
  'HOSPICE',
  'HOTLINE',
  'CASEWORK',
  'LECTURE',
  'GROUP_COUNSELLING',
]);
export const professionalKindEnum = services.enum('professional_kind', [
  'SOCIAL_WORKER',
  'PSYCHOLOGICAL_COUNSELLOR',
  'LAWYER',
  'OTHER',
]);
export const volunteerSkillEnum = services.enum('volunteer_skill', [
  'ELDERLY_CARE',
  'CHILD_TUTORING',
  'PSYCHOLOGICAL_SUPPORT',
  'MEDICAL_ESCORT',
  'HOUSING_REPAIR',
  'LEGAL_AID',
  'DELIVERY',
  'COOKING',
  'DIGITAL_HELP',
  'EVENT_ORGANISING',
  'OTHER',
]);
export const teamRoleEnum = services.enum('team_role', ['LEADER', 'MEMBER']);
export const psychFileStatusEnum = services.enum('psych_file_status', ['OPEN', 'CLOSED']);
export const riskLevelEnum = services.enum('risk_level', ['LOW', 'MEDIUM', 'HIGH', 'CRISIS']);
export const psychSessionModeEnum = services.enum('psych_session_mode', [
  'HOTLINE',
  'CASEWORK',
  'HOME_VISIT',
  'GROUP_COUNSELLING',
  'ONLINE',
]);
export const microWishStatusEnum = services.enum('micro_wish_status', ['PUBLISHED', 'CLAIMED', 'DELIVERED', 'CONFIRMED', 'CANCELLED']);
export const microWishCategoryEnum = services.enum('micro_wish_category', [
  'STUDY_SUPPLIES',
  'BOOKS',
  'CLOTHING',
  'DAILY_NECESSITIES',
  'FOOD',
  'SMALL_APPLIANCE',
  'TOYS',
  'OTHER',
]);
export const meetingKindEnum = services.enum('meeting_kind', ['CONSULTATION', 'CASE_CONFERENCE']);
export const agendaReasonEnum = services.enum('agenda_reason', ['UNCLAIMED', 'FAILED', 'OVER_CAP', 'REPEATEDLY_RELEASED', 'OTHER']);
export const followUpStatusEnum = services.enum('follow_up_status', ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED']);
export const trainingKindEnum = services.enum('training_kind', ['PROFESSIONAL', 'POLICY', 'SYSTEM']);
export const respondentTypeEnum = services.enum('respondent_type', [
  'HOUSEHOLD',
  'CHARITY_ORGANIZATION',
  'CIVIL_AFFAIRS_WORKER',
  'PROFESSIONAL',
  'VOLUNTEER',
]);

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** 助联体: one per region at its tier (county 6 digits, town 9, village 12), linked to the tier above. */
export const consortia = services.table(
  'consortia',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tier: consortiumTierEnum('tier').notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    title: text('title').notNull(),
    parentId: uuid('parent_id'),
    /** The county's brand (一地一品), e.g. 海曙·善暖三江: county consortia only. */
    brand: text('brand'),
    establishedOn: date('established_on', { mode: 'string' }).notNull(),
    createdBySubject: varchar('created_by_subject', { length: 200 }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('consortia_region_key').on(t.regionCode),
    check('consortia_brand_county', sql`${t.brand} is null or ${t.tier} = 'COUNTY'`),
    // Region filters are prefix matches (LIKE '330203%'): a pattern-ops index serves them under any collation.
    index('consortia_region_prefix_idx').on(t.regionCode.op('varchar_pattern_ops')),
    index('consortia_parent_idx').on(t.parentId),
    index('consortia_tier_region_idx').on(t.tier, t.regionCode),
  ],
);

/**
 * Member organisations of a consortium (ids of charity's CharityOrganization). Each row is the dated record of
 * the organisation entering the consortium (入驻): `joined_on`, and who recorded it.
 */
export const consortiumMembers = services.table(
  'consortium_members',
  {
    consortiumId: uuid('consortium_id').notNull().references(() => consortia.id),
    organizationId: uuid('organization_id').notNull(),
    role: memberRoleEnum('role').notNull().default('MEMBER'),
    joinedOn: date('joined_on', { mode: 'string' }).notNull(),
    /** What the organisation brings to the consortium (入驻 services), no personal data. */
    description: text('description'),
    recordedBySubject: varchar('recorded_by_subject', { length: 200 }),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.consortiumId, t.organizationId] }),
    index('consortium_members_org_idx').on(t.organizationId),
    // One lead organisation (牵头单位) per consortium, also under concurrent admissions.
    uniqueIndex('consortium_members_one_lead').on(t.consortiumId).where(sql`${t.role} = 'LEAD'`),
  ],
);

/** Open Referral HSDS `location`: a service site of a consortium (not anyone's home). */
export const serviceLocations = services.table(
  'service_locations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consortiumId: uuid('consortium_id').notNull().references(() => consortia.id),
    title: text('title').notNull(),
    description: text('description'),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
  },
  (t) => [index('service_locations_consortium_idx').on(t.consortiumId)],
);

/** Open Referral HSDS `service`: what a consortium (through a member organisation) offers. */
export const serviceOfferings = services.table(
  'service_offerings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consortiumId: uuid('consortium_id').notNull().references(() => consortia.id),
    organizationId: uuid('organization_id'),
    title: text('title').notNull(),
    description: text('description').notNull(),
    programme: programmeEnum('programme').notNull(),
    serviceTypes: serviceTypeEnum('service_types').array().notNull(),
    eligibilityDescription: text('eligibility_description').notNull(),
    capacityMaximum: integer('capacity_maximum').notNull(),
    capacityUnit: capacityUnitEnum('capacity_unit').notNull(),
    status: serviceStatusEnum('status').notNull().default('ACTIVE'),
    createdAt: createdAt(),
  },
  (t) => [
    index('service_offerings_consortium_idx').on(t.consortiumId),
    index('service_offerings_org_idx').on(t.organizationId),
    index('service_offerings_programme_idx').on(t.programme),
    index('service_offerings_title_idx').on(t.title, t.id),
    check('service_offerings_capacity_positive', sql`${t.capacityMaximum} > 0`),
  ],
);

/** Open Referral HSDS `service_at_location`: a service delivered at a site. */
export const servicesAtLocation = services.table(
  'services_at_location',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceId: uuid('service_id').notNull().references(() => serviceOfferings.id),
    locationId: uuid('location_id').notNull().references(() => serviceLocations.id),
    description: text('description'),
  },
  (t) => [
    uniqueIndex('services_at_location_key').on(t.serviceId, t.locationId),
    index('services_at_location_location_idx').on(t.locationId),
  ],
);

/** Social workers, counsellors, lawyers. `account_subject` is the `sub` of their token. */
export const professionals = services.table(
  'professionals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: professionalKindEnum('kind').notNull(),
    /** A masked display label such as 王** 社工: enough to greet, never a full name. */
    maskedLabel: text('masked_label').notNull(),
    qualificationCode: varchar('qualification_code', { length: 40 }).notNull(),
    organizationId: uuid('organization_id').notNull(),
    consortiumId: uuid('consortium_id').notNull().references(() => consortia.id),
    programmes: programmeEnum('programmes').array().notNull(),
    accountSubject: varchar('account_subject', { length: 200 }),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('professionals_account_key').on(t.accountSubject),
    index('professionals_org_idx').on(t.organizationId),
    index('professionals_consortium_idx').on(t.consortiumId),
  ],
);

/** The regions (county, town or village codes) a professional serves. */
export const professionalServiceAreas = services.table(
  'professional_service_areas',
  {
    professionalId: uuid('professional_id').notNull().references(() => professionals.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.professionalId, t.regionCode] }), index('professional_service_areas_region_idx').on(t.regionCode)],
);

/** A referral (civil-affairs id) assigned to a professional: the row-level key to cases, records and files. */
export const caseAssignments = services.table(
  'case_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    professionalId: uuid('professional_id').notNull().references(() => professionals.id),
    referralId: uuid('referral_id').notNull(),
    householdId: uuid('household_id').notNull(),
    assignedBySubject: varchar('assigned_by_subject', { length: 200 }).notNull(),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('case_assignments_key').on(t.professionalId, t.referralId),
    index('case_assignments_referral_idx').on(t.referralId),
  ],
);

export const volunteerTeams = services.table(
  'volunteer_teams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    consortiumId: uuid('consortium_id').notNull().references(() => consortia.id),
    organizationId: uuid('organization_id'),
    skills: volunteerSkillEnum('skills').array().notNull(),
    foundedOn: date('founded_on', { mode: 'string' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('volunteer_teams_consortium_idx').on(t.consortiumId), index('volunteer_teams_org_idx').on(t.organizationId)],
);

/**
 * Volunteers. `household_id` links a helper from a recovered household (助人自助): protected, readable only
 * with household:read.
 */
export const volunteers = services.table(
  'volunteers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    maskedLabel: text('masked_label').notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    skills: volunteerSkillEnum('skills').array().notNull(),
    accountSubject: varchar('account_subject', { length: 200 }),
    householdId: uuid('household_id'),
    joinedOn: date('joined_on', { mode: 'string' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('volunteers_account_key').on(t.accountSubject), index('volunteers_household_idx').on(t.householdId)],
);

export const teamMemberships = services.table(
  'team_memberships',
  {
    teamId: uuid('team_id').notNull().references(() => volunteerTeams.id),
    volunteerId: uuid('volunteer_id').notNull().references(() => volunteers.id),
    role: teamRoleEnum('role').notNull().default('MEMBER'),
    joinedOn: date('joined_on', { mode: 'string' }).notNull(),
    leftOn: date('left_on', { mode: 'string' }),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.volunteerId] }), index('team_memberships_volunteer_idx').on(t.volunteerId)],
);

/**
 * One delivered service for a referral or a need. The performer is a professional or a volunteer team
 * (optionally naming the volunteer); organisation and region are copied from the performer at recording.
 */
export const serviceRecords = services.table(
  'service_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    referralId: uuid('referral_id'),
    needId: uuid('need_id'),
    householdId: uuid('household_id').notNull(),
    programme: programmeEnum('programme').notNull(),
    serviceType: serviceTypeEnum('service_type').notNull(),
    professionalId: uuid('professional_id').references(() => professionals.id),
    teamId: uuid('team_id').references(() => volunteerTeams.id),
    volunteerId: uuid('volunteer_id').references(() => volunteers.id),
    organizationId: uuid('organization_id'),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    outcome: outcomeEnum('outcome').notNull(),
    notes: text('notes'),
    recordedBySubject: varchar('recorded_by_subject', { length: 200 }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('service_records_referral_idx').on(t.referralId),
    index('service_records_need_idx').on(t.needId),
    index('service_records_household_idx').on(t.householdId, t.startedAt),
    index('service_records_professional_idx').on(t.professionalId, t.startedAt),
    index('service_records_team_idx').on(t.teamId),
    index('service_records_volunteer_idx').on(t.volunteerId),
    index('service_records_org_idx').on(t.organizationId, t.startedAt),
    index('service_records_region_idx').on(t.regionCode.op('varchar_pattern_ops')),
    index('service_records_started_idx').on(t.startedAt, t.id),
    check('service_records_one_performer', sql`(${t.professionalId} is null) <> (${t.teamId} is null)`),
    check('service_records_volunteer_in_team', sql`${t.volunteerId} is null or ${t.teamId} is not null`),
    check('service_records_subject', sql`${t.referralId} is not null or ${t.needId} is not null`),
    check('service_records_period', sql`${t.endedAt} > ${t.startedAt}`),
    check('service_records_duration', sql`${t.durationMinutes} > 0`),
  ],
);

/** 建档跟进: a long-term psychological file (health data), readable only by its assigned counsellor. */
export const psychFiles = services.table(
  'psych_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id').notNull(),
    personId: uuid('person_id'),
    referralId: uuid('referral_id'),
    counsellorId: uuid('counsellor_id').notNull().references(() => professionals.id),
    status: psychFileStatusEnum('status').notNull().default('OPEN'),
    riskLevel: riskLevelEnum('risk_level').notNull(),
    assessment: text('assessment').notNull(),
    nextReviewOn: date('next_review_on', { mode: 'string' }),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Why the counsellor closed the file (health data, like the assessment). */
    closingSummary: text('closing_summary'),
  },
  (t) => [index('psych_files_counsellor_idx').on(t.counsellorId, t.openedAt), index('psych_files_household_idx').on(t.householdId)],
);

export const psychFileEntries = services.table(
  'psych_file_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fileId: uuid('file_id').notNull().references(() => psychFiles.id),
    sessionMode: psychSessionModeEnum('session_mode').notNull(),
    riskLevel: riskLevelEnum('risk_level').notNull(),
    summary: text('summary').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('psych_file_entries_file_idx').on(t.fileId, t.occurredAt)],
);

/** Every handover of a psychological file from one counsellor to another, with who decided it and why. */
export const psychFileHandovers = services.table(
  'psych_file_handovers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fileId: uuid('file_id').notNull().references(() => psychFiles.id),
    fromCounsellorId: uuid('from_counsellor_id').notNull().references(() => professionals.id),
    toCounsellorId: uuid('to_counsellor_id').notNull().references(() => professionals.id),
    reason: text('reason').notNull(),
    bySubject: varchar('by_subject', { length: 200 }).notNull(),
    byRole: varchar('by_role', { length: 40 }).notNull(),
    handedOverAt: timestamp('handed_over_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('psych_file_handovers_file_idx').on(t.fileId, t.handedOverAt)],
);

/**
 * 微心愿 (善领). The public sees title, category, value and county only; the household link is protected.
 * `version` grows with every transition (optimistic check for clients).
 */
export const microWishes = services.table(
  'micro_wishes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    needId: uuid('need_id'),
    householdId: uuid('household_id').notNull(),
    countyCode: varchar('county_code', { length: 6 }).notNull(),
    publicTitle: varchar('public_title', { length: 40 }).notNull(),
    category: microWishCategoryEnum('category').notNull(),
    valueFen: integer('value_fen').notNull(),
    status: microWishStatusEnum('status').notNull().default('PUBLISHED'),
    collectedBySubject: varchar('collected_by_subject', { length: 200 }).notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    claimedBySubject: varchar('claimed_by_subject', { length: 200 }),
    claimedByOrganizationId: uuid('claimed_by_organization_id'),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    deliveredByTeamId: uuid('delivered_by_team_id').references(() => volunteerTeams.id),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelReason: text('cancel_reason'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('micro_wishes_status_idx').on(t.status, t.publishedAt, t.id),
    index('micro_wishes_published_idx').on(t.publishedAt, t.id),
    index('micro_wishes_county_idx').on(t.countyCode, t.status, t.publishedAt),
    index('micro_wishes_claimed_by_idx').on(t.claimedBySubject),
    index('micro_wishes_delivered_by_idx').on(t.deliveredByTeamId),
    index('micro_wishes_need_idx').on(t.needId),
    index('micro_wishes_household_idx').on(t.householdId),
    check('micro_wishes_value', sql`${t.valueFen} > 0`),
  ],
);

/** Every micro-wish transition with actor and reason, written in the same transaction as the transition. */
export const microWishEvents = services.table(
  'micro_wish_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    wishId: uuid('wish_id').notNull().references(() => microWishes.id),
    fromStatus: microWishStatusEnum('from_status'),
    toStatus: microWishStatusEnum('to_status').notNull(),
    actorSubject: varchar('actor_subject', { length: 200 }).notNull(),
    actorRole: varchar('actor_role', { length: 40 }).notNull(),
    reason: text('reason'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('micro_wish_events_wish_idx').on(t.wishId, t.occurredAt)],
);

/** 救后反馈: one answer per respondent type for a completed referral. */
export const feedback = services.table(
  'feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    referralId: uuid('referral_id').notNull(),
    householdId: uuid('household_id').notNull(),
    organizationId: uuid('organization_id'),
    respondentType: respondentTypeEnum('respondent_type').notNull(),
    satisfaction: integer('satisfaction').notNull(),
    needMet: boolean('need_met').notNull(),
    recordedBySubject: varchar('recorded_by_subject', { length: 200 }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('feedback_referral_respondent_key').on(t.referralId, t.respondentType),
    check('feedback_satisfaction_range', sql`${t.satisfaction} between 1 and 5`),
  ],
);

/**
 * 工作协作: a consultation meeting of a county consortium (定期议事会商) or a case conference on difficult
 * cases (疑难杂症会商). `county_code` is copied from the consortium for the row rules.
 */
export const meetings = services.table(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: meetingKindEnum('kind').notNull(),
    consortiumId: uuid('consortium_id').notNull().references(() => consortia.id),
    countyCode: varchar('county_code', { length: 6 }).notNull(),
    title: text('title').notNull(),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }).notNull(),
    scheduledBySubject: varchar('scheduled_by_subject', { length: 200 }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('meetings_county_idx').on(t.countyCode, t.scheduledAt, t.id),
    index('meetings_consortium_idx').on(t.consortiumId, t.scheduledAt),
    index('meetings_scheduled_idx').on(t.scheduledAt, t.id),
  ],
);

/** Who attends a meeting: a civil-affairs officer (by token subject) or a member organisation (by id). */
export const meetingAttendees = services.table(
  'meeting_attendees',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id').notNull().references(() => meetings.id),
    officerSubject: varchar('officer_subject', { length: 200 }),
    organizationId: uuid('organization_id'),
  },
  (t) => [
    uniqueIndex('meeting_attendees_officer_key').on(t.meetingId, t.officerSubject),
    uniqueIndex('meeting_attendees_org_key').on(t.meetingId, t.organizationId),
    index('meeting_attendees_officer_idx').on(t.officerSubject),
    index('meeting_attendees_org_idx').on(t.organizationId),
    check('meeting_attendees_one', sql`(${t.officerSubject} is null) <> (${t.organizationId} is null)`),
  ],
);

/**
 * An item on a meeting's agenda: a referral or a need (civil-affairs ids only, never their data) and why it
 * is discussed. Numbers of the reason (days unclaimed, times released) are the officer's statement.
 */
export const agendaItems = services.table(
  'agenda_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id').notNull().references(() => meetings.id),
    position: integer('position').notNull(),
    referralId: uuid('referral_id'),
    needId: uuid('need_id'),
    reason: agendaReasonEnum('reason').notNull(),
    unclaimedDays: integer('unclaimed_days'),
    releaseCount: integer('release_count'),
    note: text('note'),
    addedBySubject: varchar('added_by_subject', { length: 200 }).notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('agenda_items_position_key').on(t.meetingId, t.position),
    uniqueIndex('agenda_items_referral_key').on(t.meetingId, t.referralId),
    uniqueIndex('agenda_items_need_key').on(t.meetingId, t.needId),
    index('agenda_items_referral_idx').on(t.referralId),
    index('agenda_items_need_idx').on(t.needId),
    check('agenda_items_one_subject', sql`(${t.referralId} is null) <> (${t.needId} is null)`),
    check('agenda_items_unclaimed_days', sql`${t.unclaimedDays} is null or ${t.unclaimedDays} > 0`),
    check('agenda_items_release_count', sql`${t.releaseCount} is null or ${t.releaseCount} > 1`),
  ],
);

/** A decision of a meeting, on one agenda item or on the meeting as a whole. */
export const meetingDecisions = services.table(
  'meeting_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id').notNull().references(() => meetings.id),
    agendaItemId: uuid('agenda_item_id').references(() => agendaItems.id),
    summary: text('summary').notNull(),
    recordedBySubject: varchar('recorded_by_subject', { length: 200 }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('meeting_decisions_meeting_idx').on(t.meetingId, t.recordedAt), index('meeting_decisions_item_idx').on(t.agendaItemId)],
);

/**
 * A follow-up action of a decision: an owner (an attending officer or organisation), a due date and a status.
 * `version` grows with every status change (optimistic check for clients).
 */
export const followUpActions = services.table(
  'follow_up_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    decisionId: uuid('decision_id').notNull().references(() => meetingDecisions.id),
    meetingId: uuid('meeting_id').notNull().references(() => meetings.id),
    description: text('description').notNull(),
    ownerOfficerSubject: varchar('owner_officer_subject', { length: 200 }),
    ownerOrganizationId: uuid('owner_organization_id'),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: followUpStatusEnum('status').notNull().default('OPEN'),
    statusNote: text('status_note'),
    version: integer('version').notNull().default(1),
    updatedBySubject: varchar('updated_by_subject', { length: 200 }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('follow_up_actions_decision_idx').on(t.decisionId),
    index('follow_up_actions_meeting_idx').on(t.meetingId),
    index('follow_up_actions_officer_idx').on(t.ownerOfficerSubject, t.status, t.dueOn),
    index('follow_up_actions_org_idx').on(t.ownerOrganizationId, t.status, t.dueOn),
    check('follow_up_actions_one_owner', sql`(${t.ownerOfficerSubject} is null) <> (${t.ownerOrganizationId} is null)`),
  ],
);

/** 引导培育: a training event of a consortium (专业培训, 政策培训, 系统应用培训). */
export const trainings = services.table(
  'trainings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: trainingKindEnum('kind').notNull(),
    consortiumId: uuid('consortium_id').notNull().references(() => consortia.id),
    title: text('title').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    recordedBySubject: varchar('recorded_by_subject', { length: 200 }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('trainings_consortium_idx').on(t.consortiumId, t.heldOn),
    index('trainings_held_idx').on(t.heldOn, t.id),
    check('trainings_duration', sql`${t.durationMinutes} > 0`),
  ],
);

/** Who attended a training: an organisation, a professional or a volunteer (exactly one). */
export const trainingAttendance = services.table(
  'training_attendance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trainingId: uuid('training_id').notNull().references(() => trainings.id),
    organizationId: uuid('organization_id'),
    professionalId: uuid('professional_id').references(() => professionals.id),
    volunteerId: uuid('volunteer_id').references(() => volunteers.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('training_attendance_org_key').on(t.trainingId, t.organizationId),
    uniqueIndex('training_attendance_professional_key').on(t.trainingId, t.professionalId),
    uniqueIndex('training_attendance_volunteer_key').on(t.trainingId, t.volunteerId),
    index('training_attendance_professional_idx').on(t.professionalId),
    index('training_attendance_volunteer_idx').on(t.volunteerId),
    check(
      'training_attendance_one',
      sql`num_nonnulls(${t.organizationId}, ${t.professionalId}, ${t.volunteerId}) = 1`,
    ),
  ],
);

/**
 * Local read model of civil-affairs' referrals, fed only by its referral-event feed (docs/services.md): enough
 * to check a write's referral (exists, household, holding organisation, state), never any personal data.
 */
export const referrals = services.table(
  'referrals',
  referralReadModelColumns({ programme: programmeEnum, status: referralStatusEnum }),
  (t) => referralReadModelIndexes(t),
);

/** Where each feed consumer stands: the cursor to resume from, written with the events it covers. */
export const feedCursors = services.table('feed_cursors', feedCursorColumns());

export type ConsortiumRow = typeof consortia.$inferSelect;
export type ConsortiumMemberRow = typeof consortiumMembers.$inferSelect;
export type ServiceLocationRow = typeof serviceLocations.$inferSelect;
export type ServiceOfferingRow = typeof serviceOfferings.$inferSelect;
export type ServiceAtLocationRow = typeof servicesAtLocation.$inferSelect;
export type ProfessionalRow = typeof professionals.$inferSelect;
export type CaseAssignmentRow = typeof caseAssignments.$inferSelect;
export type VolunteerTeamRow = typeof volunteerTeams.$inferSelect;
export type VolunteerRow = typeof volunteers.$inferSelect;
export type TeamMembershipRow = typeof teamMemberships.$inferSelect;
export type ServiceRecordRow = typeof serviceRecords.$inferSelect;
export type PsychFileRow = typeof psychFiles.$inferSelect;
export type PsychFileEntryRow = typeof psychFileEntries.$inferSelect;
export type MicroWishRow = typeof microWishes.$inferSelect;
export type MicroWishEventRow = typeof microWishEvents.$inferSelect;
export type FeedbackRow = typeof feedback.$inferSelect;
export type ReferralRow = typeof referrals.$inferSelect;
export type PsychFileHandoverRow = typeof psychFileHandovers.$inferSelect;
export type MeetingRow = typeof meetings.$inferSelect;
export type MeetingAttendeeRow = typeof meetingAttendees.$inferSelect;
export type AgendaItemRow = typeof agendaItems.$inferSelect;
export type MeetingDecisionRow = typeof meetingDecisions.$inferSelect;
export type FollowUpActionRow = typeof followUpActions.$inferSelect;
export type TrainingRow = typeof trainings.$inferSelect;
export type TrainingAttendanceRow = typeof trainingAttendance.$inferSelect;
