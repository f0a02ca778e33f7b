import type { GraphQLResolveInfo } from 'graphql';
import type { ConsortiumRow as ConsortiumRowModel, ConsortiumMemberRow as ConsortiumMemberRowModel, ServiceLocationRow as ServiceLocationRowModel, ServiceOfferingRow as ServiceOfferingRowModel, ServiceAtLocationRow as ServiceAtLocationRowModel, ProfessionalRow as ProfessionalRowModel, CaseAssignmentRow as CaseAssignmentRowModel, VolunteerRow as VolunteerRowModel, VolunteerTeamRow as VolunteerTeamRowModel, TeamMembershipRow as TeamMembershipRowModel, ServiceRecordRow as ServiceRecordRowModel, PsychFileRow as PsychFileRowModel, PsychFileEntryRow as PsychFileEntryRowModel, MicroWishRow as MicroWishRowModel, MicroWishEventRow as MicroWishEventRowModel, FeedbackRow as FeedbackRowModel, PsychFileHandoverRow as PsychFileHandoverRowModel, MeetingRow as MeetingRowModel, MeetingAttendeeRow as MeetingAttendeeRowModel, AgendaItemRow as AgendaItemRowModel, MeetingDecisionRow as MeetingDecisionRowModel, FollowUpActionRow as FollowUpActionRowModel, TrainingRow as TrainingRowModel } from '../db/schema.js';
import type { ResolvedCheck as ResolvedCheckModel } from '../resolvers/PreAidCheck.js';
import type { ServicesContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Input of `admitOrganization` (入驻). */
export type AdmitOrganizationInput = {
  /** The consortium entered. */
  consortiumId: Scalars['ID']['input'];
  /** What it brings to the consortium (up to 500 characters, no personal data). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The day it entered, YYYY-MM-DD (not in the future, not before the consortium was established). */
  joinedOn: Scalars['String']['input'];
  /** The organisation entering (charity subgraph id). */
  organizationId: Scalars['ID']['input'];
  /** Lead or ordinary member (default MEMBER). */
  role?: InputMaybe<ConsortiumMemberRole>;
};

/** A case on a meeting's agenda: a referral or a need, by reference, and why it is discussed. */
export type AgendaItem = {
  __typename?: 'AgendaItem';
  /** When it was added, ISO 8601. */
  addedAt: Scalars['String']['output'];
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** The need discussed (owned by civil affairs, which decides what the caller reads of it). */
  need?: Maybe<Need>;
  /** The officer's note (no personal data). */
  note?: Maybe<Scalars['String']['output']>;
  /** Its place on the agenda, from 1. */
  position: Scalars['Int']['output'];
  /** Why it is discussed. */
  reason: AgendaReason;
  /** The referral discussed (owned by civil affairs, which decides what the caller reads of it). */
  referral?: Maybe<Referral>;
  /** For REPEATEDLY_RELEASED: how many times the claim was released, as the officer stated it. */
  releaseCount?: Maybe<Scalars['Int']['output']>;
  /** For UNCLAIMED: how many days it has waited, as the officer stated it. */
  unclaimedDays?: Maybe<Scalars['Int']['output']>;
};

/** Input of `addAgendaItem`: exactly one of `referralId` and `needId`. */
export type AgendaItemInput = {
  /** The need to discuss (civil-affairs id); allowed with OVER_CAP or OTHER. */
  needId?: InputMaybe<Scalars['ID']['input']>;
  /** A note (up to 500 characters, no personal data); required for OTHER. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Why it is discussed. */
  reason: AgendaReason;
  /** The referral to discuss (civil-affairs id). */
  referralId?: InputMaybe<Scalars['ID']['input']>;
  /** For REPEATEDLY_RELEASED (required there): times released, 2-100. */
  releaseCount?: InputMaybe<Scalars['Int']['input']>;
  /** For UNCLAIMED (required there): days unclaimed, 1-3650. */
  unclaimedDays?: InputMaybe<Scalars['Int']['input']>;
};

/** Why a case is on a meeting's agenda. */
export type AgendaReason =
  /** Failed (转介失败): the referral ended without the help. */
  | 'FAILED'
  /** Other (其他): another reason, given in the note. */
  | 'OTHER'
  /** Over the cap (超出救助上限): the need's aid from all sources would exceed the programme's cap (量力而行). */
  | 'OVER_CAP'
  /** Repeatedly released (多次释放): the referral's claim was released or lapsed more than once (`releaseCount`). */
  | 'REPEATEDLY_RELEASED'
  /** Unclaimed (长期未认领): no organisation has claimed the referral for a number of days (`unclaimedDays`). */
  | 'UNCLAIMED';

/** Input of `assignCase`. */
export type AssignCaseInput = {
  /** The referral's household (civil-affairs id). */
  householdId: Scalars['ID']['input'];
  /** The professional to assign. */
  professionalId: Scalars['ID']['input'];
  /** The referral (civil-affairs id). */
  referralId: Scalars['ID']['input'];
};

/** Units of service capacity. */
export type CapacityUnit =
  /** Hours of service per month (小时/月). */
  | 'HOURS_PER_MONTH'
  /** People served per month (人/月). */
  | 'PERSONS_PER_MONTH'
  /** Sessions held per month (场次/月). */
  | 'SESSIONS_PER_MONTH';

/** A referral (case) assigned to a professional. */
export type CaseAssignment = {
  __typename?: 'CaseAssignment';
  /** When it was assigned, ISO 8601. */
  assignedAt: Scalars['String']['output'];
  /** When the assignment ended, ISO 8601; null while open. */
  closedAt?: Maybe<Scalars['String']['output']>;
  /** The household of the referral, by opaque id (civil affairs decides what the caller may read). */
  household?: Maybe<Household>;
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** The professional the case is assigned to. */
  professional: Professional;
  /** The referral's programme, from the same feed; null while services has not heard of it. */
  programme?: Maybe<Programme>;
  /** The referral (owned by civil affairs). */
  referral?: Maybe<Referral>;
  /**
   * The referral's state as services last heard it from civil affairs' referral feed (seconds behind at most), so
   * the professional can follow the case; null while services has not heard of it.
   */
  referralStatus?: Maybe<ReferralStatus>;
  /**
   * The town of the referral's household, from civil affairs' referral feed (a town name, never the village or
   * address); null while services has not heard of the referral.
   */
  townName?: Maybe<Scalars['String']['output']>;
};

/**
 * A charity organisation (慈善组织) that is a member of the federation's service consortia: a foundation, a
 * social organisation or a social service institution. Registry information, public.
 */
export type CharityOrganization = {
  __typename?: 'CharityOrganization';
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** Professionals working for the organisation. */
  professionals?: Maybe<Array<Professional>>;
  /** Services (HSDS) the organisation delivers in the consortia. */
  services?: Maybe<Array<Service>>;
  /** Volunteer teams the organisation runs. */
  teams?: Maybe<Array<VolunteerTeam>>;
};

/** Input of `collectMicroWish`. */
export type CollectMicroWishInput = {
  /** What it asks for. */
  category: MicroWishCategory;
  /** The county (6-digit code of a Ningbo district or county) of the household's town. */
  countyCode: Scalars['String']['input'];
  /** The household the wish is for (civil-affairs id); never published. */
  householdId: Scalars['ID']['input'];
  /** The need in the standard need library it answers, if recorded there. */
  needId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * A generic public title (2-40 characters) with no personal data, e.g. 一个新书包. Refused: 5 or more digits
   * in a row once separators are removed and full-width digits and Chinese numerals are read as digits;
   * contact handles; diagnosis and health words; a surname with an honorific (王阿姨, 李某, 张建国先生).
   */
  publicTitle: Scalars['String']['input'];
  /** Its value in fen (1 to 100,000 fen: micro-wishes are small). */
  valueFen: Scalars['Int']['input'];
};

/** A charity organisation's membership in a consortium: the dated record of its entry (入驻). */
export type ConsortiumMember = {
  __typename?: 'ConsortiumMember';
  /** The consortium it entered. */
  consortium: ServiceConsortium;
  /** What the organisation brings to the consortium, if recorded. */
  description?: Maybe<Scalars['String']['output']>;
  /** When it entered (入驻), YYYY-MM-DD. */
  joinedOn: Scalars['String']['output'];
  /** The member organisation (owned by the charity subgraph). */
  organization?: Maybe<CharityOrganization>;
  /** Lead organisation or ordinary member. */
  role: ConsortiumMemberRole;
};

/** The role of an organisation in a consortium. */
export type ConsortiumMemberRole =
  /** The organisation that leads the consortium (牵头单位). */
  | 'LEAD'
  /** An ordinary member organisation (成员单位). */
  | 'MEMBER';

/** The tier of a service consortium (助联体), following the administrative levels. */
export type ConsortiumTier =
  /** District or county consortium (区县助联体). */
  | 'COUNTY'
  /** Town or street consortium (乡镇/街道助联体). */
  | 'TOWN'
  /** Village or community consortium (村/社区助联体). */
  | 'VILLAGE';

/** Input of `createConsortium`. */
export type CreateConsortiumInput = {
  /** The county's brand (一地一品, 2-40 characters); county consortia only. */
  brand?: InputMaybe<Scalars['String']['input']>;
  /** When it was established, YYYY-MM-DD (not in the future). */
  establishedOn: Scalars['String']['input'];
  /** The region: a Ningbo county (6 digits), town (9) or village (12) code; the tier follows from it. */
  regionCode: Scalars['String']['input'];
  /** Its title (2-60 characters), e.g. 海曙区鼓楼街道助联体. */
  title: Scalars['String']['input'];
};

/** Input of `createVolunteerTeam`. */
export type CreateVolunteerTeamInput = {
  /** The consortium it registers with. */
  consortiumId: Scalars['ID']['input'];
  /** When it was founded, YYYY-MM-DD (not in the future). */
  foundedOn: Scalars['String']['input'];
  /** The organisation running it: left out for an organisation (its own); optional for the federation. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The skills it offers (at least one). */
  skills: Array<VolunteerSkill>;
  /** The team's title (2-60 characters). */
  title: Scalars['String']['input'];
};

/** Post-aid feedback (救后反馈) on a completed referral. */
export type Feedback = {
  __typename?: 'Feedback';
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** Whether the need was met. */
  needMet: Scalars['Boolean']['output'];
  /** The organisation the feedback is about, if named. */
  organization?: Maybe<CharityOrganization>;
  /** When it was recorded, ISO 8601. */
  recordedAt: Scalars['String']['output'];
  /** The referral (owned by civil affairs). */
  referral?: Maybe<Referral>;
  /** Who answered. */
  respondentType: RespondentType;
  /** Satisfaction from 1 (very dissatisfied) to 5 (very satisfied). */
  satisfaction: Scalars['Int']['output'];
};

/**
 * A follow-up action a meeting decided: what, who owns it (an attending officer or organisation), by when, and
 * where it stands.
 */
export type FollowUpAction = {
  __typename?: 'FollowUpAction';
  /** What is to be done (no personal data). */
  description: Scalars['String']['output'];
  /** When it is due, YYYY-MM-DD. */
  dueOn: Scalars['String']['output'];
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** The meeting that decided it. */
  meeting: Meeting;
  /** The owning officer's account subject, when an officer owns it. */
  ownerOfficerSubject?: Maybe<Scalars['String']['output']>;
  /** The owning organisation, when an organisation owns it (owned by the charity subgraph). */
  ownerOrganization?: Maybe<CharityOrganization>;
  /** Where it stands. */
  status: FollowUpStatus;
  /** The owner's latest note on it (no personal data). */
  statusNote?: Maybe<Scalars['String']['output']>;
  /** When it last changed, ISO 8601. */
  updatedAt: Scalars['String']['output'];
  /** Grows with every change; pass it as `expectedVersion` to update only what you read. */
  version: Scalars['Int']['output'];
};

/** One follow-up action of a decision: exactly one owner. */
export type FollowUpActionInput = {
  /** What is to be done (1-500 characters, no personal data). */
  description: Scalars['String']['input'];
  /** When it is due, YYYY-MM-DD (not before the meeting's day). */
  dueOn: Scalars['String']['input'];
  /** The owning officer's account subject: an attendee of the meeting. */
  ownerOfficerSubject?: InputMaybe<Scalars['String']['input']>;
  /** The owning organisation: an attendee of the meeting. */
  ownerOrganizationId?: InputMaybe<Scalars['ID']['input']>;
};

/** The states of a follow-up action. */
export type FollowUpStatus =
  /** Cancelled (已撤销): dropped by a county officer. */
  | 'CANCELLED'
  /** Done (已办结). */
  | 'DONE'
  /** In progress (办理中): under way. */
  | 'IN_PROGRESS'
  /** Open (待办): decided, not started. */
  | 'OPEN';

/**
 * A household registered with civil affairs (登记困难家庭). Other subgraphs refer to it by `id` only and add
 * their own fields (charity aid received, services received); personal data stays here.
 */
export type Household = {
  __typename?: 'Household';
  /** Opaque, stable id. Safe to share with charity and services subgraphs. */
  id: Scalars['ID']['output'];
  /**
   * Services the household received that overlap the window, oldest first: programme, kind, hours and outcome
   * only, no notes. Both bounds optional (YYYY-MM-DD or ISO 8601; a date-only `to` includes that whole day).
   */
  servicesReceived?: Maybe<Array<ServiceReceivedItem>>;
};


/**
 * A household registered with civil affairs (登记困难家庭). Other subgraphs refer to it by `id` only and add
 * their own fields (charity aid received, services received); personal data stays here.
 */
export type HouseholdServicesReceivedArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A consultation meeting or case conference of a county consortium (工作协作). Its agenda points to referrals
 * and needs by reference only: what an attendee reads of a case is decided by civil affairs under the
 * attendee's own rights, never copied here.
 */
export type Meeting = {
  __typename?: 'Meeting';
  /** The agenda, in order. */
  agenda: Array<AgendaItem>;
  /** Who attends: officers and organisations. */
  attendees: Array<MeetingAttendee>;
  /** The county consortium holding it. */
  consortium: ServiceConsortium;
  /** Its decisions, oldest first. */
  decisions: Array<MeetingDecision>;
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** Consultation meeting or case conference. */
  kind: MeetingKind;
  /** When it is (or was) held, ISO 8601. */
  scheduledAt: Scalars['String']['output'];
  /** Its title, e.g. 2025年第二季度助联体议事会. */
  title: Scalars['String']['output'];
};

/** One attendee of a meeting: an officer or an organisation (exactly one of the two fields is set). */
export type MeetingAttendee = {
  __typename?: 'MeetingAttendee';
  /** The civil-affairs officer's account subject (a staff account, never a recipient). */
  officerSubject?: Maybe<Scalars['String']['output']>;
  /** The attending member organisation (owned by the charity subgraph). */
  organization?: Maybe<CharityOrganization>;
};

/** A page of meetings (Relay cursor connection). */
export type MeetingConnection = {
  __typename?: 'MeetingConnection';
  /** The meetings on this page with their cursors. */
  edges: Array<MeetingEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** A decision of a meeting, with its follow-up actions. */
export type MeetingDecision = {
  __typename?: 'MeetingDecision';
  /** The follow-up actions, earliest due first. */
  actions: Array<FollowUpAction>;
  /** The agenda item decided on; null for a decision on the whole meeting. */
  agendaItem?: Maybe<AgendaItem>;
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** When it was recorded, ISO 8601. */
  recordedAt: Scalars['String']['output'];
  /** What was decided (no personal data). */
  summary: Scalars['String']['output'];
};

/** Input of `recordMeetingDecision`. */
export type MeetingDecisionInput = {
  /** Its follow-up actions (at most 20). */
  actions: Array<FollowUpActionInput>;
  /** The agenda item decided on; left out for a decision on the whole meeting. */
  agendaItemId?: InputMaybe<Scalars['ID']['input']>;
  /** What was decided (1-1000 characters, no personal data). */
  summary: Scalars['String']['input'];
};

/** One meeting in a page. */
export type MeetingEdge = {
  __typename?: 'MeetingEdge';
  /** Opaque cursor: pass it as `after` to continue after this meeting. */
  cursor: Scalars['String']['output'];
  /** The meeting. */
  node: Meeting;
};

/** The kinds of meeting of work coordination (工作协作). */
export type MeetingKind =
  /** A case conference on difficult cases (疑难杂症会商). */
  | 'CASE_CONFERENCE'
  /** A regular consultation meeting of the county consortium (定期议事会商). */
  | 'CONSULTATION';

/**
 * A micro-wish (微心愿, 善领): collected on a visit, published with a generic public title and value, claimed by a
 * donor, delivered by a volunteer team, confirmed by the recipient. The public sees no personal data.
 */
export type MicroWish = {
  __typename?: 'MicroWish';
  /** Why it was cancelled. */
  cancelReason?: Maybe<Scalars['String']['output']>;
  /** When it was cancelled, ISO 8601. */
  cancelledAt?: Maybe<Scalars['String']['output']>;
  /** What it asks for. */
  category: MicroWishCategory;
  /** When it was claimed, ISO 8601. */
  claimedAt?: Maybe<Scalars['String']['output']>;
  /** True when the signed-in caller claimed it. */
  claimedByMe: Scalars['Boolean']['output'];
  /** The claiming organisation, when the donor claimed for one. */
  claimedByOrganization?: Maybe<CharityOrganization>;
  /** When receipt was confirmed, ISO 8601. */
  confirmedAt?: Maybe<Scalars['String']['output']>;
  /** The county (6-digit code) where it was collected. */
  countyCode: Scalars['String']['output'];
  /** When it was delivered, ISO 8601. */
  deliveredAt?: Maybe<Scalars['String']['output']>;
  /** The team that delivered it. */
  deliveredBy?: Maybe<VolunteerTeam>;
  /** Its transitions, oldest first. */
  history: Array<MicroWishEvent>;
  /** The household it is for (protected: civil-affairs staff with household rights only). */
  household?: Maybe<Household>;
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** The need in the standard need library it answers, if any. */
  need?: Maybe<Need>;
  /** A generic public title, e.g. 一个新书包 (no names, no places below the county). */
  publicTitle: Scalars['String']['output'];
  /** When it was published, ISO 8601. */
  publishedAt: Scalars['String']['output'];
  /** Its state. */
  status: MicroWishStatus;
  /** Its value in fen (分). */
  valueFen: Scalars['Int']['output'];
};

/** What a micro-wish asks for, in generic terms. */
export type MicroWishCategory =
  /** Books (图书). */
  | 'BOOKS'
  /** Clothes and shoes (衣物鞋帽). */
  | 'CLOTHING'
  /** Everyday goods (生活用品). */
  | 'DAILY_NECESSITIES'
  /** Food (食品). */
  | 'FOOD'
  /** Anything else (其他). */
  | 'OTHER'
  /** A small household appliance (小家电). */
  | 'SMALL_APPLIANCE'
  /** School bags and stationery (学习用品). */
  | 'STUDY_SUPPLIES'
  /** Toys (玩具). */
  | 'TOYS';

/** A page of micro-wishes (Relay cursor connection). */
export type MicroWishConnection = {
  __typename?: 'MicroWishConnection';
  /** The wishes on this page with their cursors. */
  edges: Array<MicroWishEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** One micro-wish in a page. */
export type MicroWishEdge = {
  __typename?: 'MicroWishEdge';
  /** Opaque cursor: pass it as `after` to continue after this wish. */
  cursor: Scalars['String']['output'];
  /** The wish. */
  node: MicroWish;
};

/** One transition of a micro-wish. */
export type MicroWishEvent = {
  __typename?: 'MicroWishEvent';
  /** The role of the actor. */
  actorRole: Scalars['String']['output'];
  /** The state before; null when the wish was published. */
  from?: Maybe<MicroWishStatus>;
  /** When it happened, ISO 8601. */
  occurredAt: Scalars['String']['output'];
  /** The reason given, if any. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The state after. */
  to: MicroWishStatus;
};

/** The states of a micro-wish. */
export type MicroWishStatus =
  /** Cancelled before delivery (已取消). */
  | 'CANCELLED'
  /** Claimed by a donor (已认领). */
  | 'CLAIMED'
  /** Receipt confirmed by the recipient (已确认收到; recorded by a worker). */
  | 'CONFIRMED'
  /** Delivered by a volunteer team (已送达). */
  | 'DELIVERED'
  /** Published, waiting for a donor (待认领). */
  | 'PUBLISHED';

/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Puts a referral or a need on a meeting's agenda with the reason it is discussed. The referral (or the need,
   * through its referral) must be one services knows from civil affairs' feed, of the meeting's county, and its
   * state must fit the reason (UNCLAIMED: in the pool; FAILED: failed; REPEATEDLY_RELEASED: back in the pool or
   * claimed again). Only a county officer of the meeting's county; a case outside it is NOT_FOUND.
   */
  addAgendaItem: AgendaItem;
  /** Adds a follow-up to a psychological file. Only the file's counsellor may; for anyone else it does not exist. */
  addPsychologicalFileEntry: PsychologicalFile;
  /**
   * Adds a service site (HSDS `location`, a public place, never a home) to a consortium, within its region: a
   * county officer whose region covers the consortium, or the charity federation.
   */
  addServiceLocation: ServiceLocation;
  /**
   * Records an organisation entering a consortium (入驻) on a date: it becomes a member, lead or ordinary. A county
   * officer whose region covers the consortium, or the charity federation. Entering twice is CONFLICT; a
   * consortium has one lead.
   */
  admitOrganization: ConsortiumMember;
  /**
   * Assigns a referral (case) to a professional of the caller's organisation (or, for the federation, any
   * professional). The professional then sees the case's service records and may open files for it.
   */
  assignCase: CaseAssignment;
  /**
   * Cancels a wish that is not yet delivered (PUBLISHED or CLAIMED → CANCELLED), with a reason: civil staff of
   * the household's region, a professional with an open case of the household, or the charity federation.
   */
  cancelMicroWish: MicroWish;
  /**
   * A donor claims a published wish (PUBLISHED → CLAIMED). Of two concurrent claims exactly one wins; the other
   * gets CONFLICT.
   */
  claimMicroWish: MicroWish;
  /**
   * Closes a psychological file with a closing summary (health data). Only the file's counsellor; for anyone else
   * it does not exist. A closed file takes no follow-ups.
   */
  closePsychologicalFile: PsychologicalFile;
  /**
   * Records a micro-wish collected on a visit and publishes it (state PUBLISHED) with a generic public title and
   * value. Only civil-affairs staff whose region covers the household's town as services knows it (the town of
   * its referrals) collect; a household services knows no referral of is NOT_FOUND. The household link is kept
   * but never published.
   */
  collectMicroWish: MicroWish;
  /**
   * Records that the recipient confirmed receipt (DELIVERED → CONFIRMED), entered by civil staff of the
   * household's region or a professional with an open case of the household; for anyone else the wish is
   * NOT_FOUND.
   */
  confirmMicroWish: MicroWish;
  /**
   * Sets up a service consortium (助联体) for a county (6 digits), town (9) or village (12) of Ningbo: the tier
   * follows the code, the parent is the consortium of the region above (which must exist; none for a county).
   * Only a county officer whose region covers the region; one consortium per region (CONFLICT otherwise).
   */
  createConsortium: ServiceConsortium;
  /**
   * Registers a volunteer team (志愿服务队) with a consortium: an organisation for a team it runs (a member of the
   * consortium or of one above it), or the federation (for a member organisation, or a team run by none).
   */
  createVolunteerTeam: VolunteerTeam;
  /** A volunteer team of the wish's county delivers a claimed wish (CLAIMED → DELIVERED). */
  deliverMicroWish: MicroWish;
  /**
   * Links a volunteer to the recovered household they come from (助人自助: recipients who became helpers).
   * Protected: only civil-affairs staff with household rights set or read this link, and only for a household
   * of their region as services knows it (the town of its referrals); any other household is NOT_FOUND.
   */
  linkVolunteerToHousehold: Volunteer;
  /**
   * Opens a long-term psychological file (建档跟进) for a case assigned to the signed-in counsellor, who becomes
   * the only reader of the file.
   */
  openPsychologicalFile: PsychologicalFile;
  /**
   * Hands an open psychological file to another counsellor of the same organisation, who becomes its only reader
   * (the previous counsellor loses it). The file's counsellor, or their organisation (which never reads the file:
   * the answer carries no health data). For anyone else the file does not exist.
   */
  reassignPsychologicalFile: PsychologicalFileHandover;
  /**
   * Records post-aid feedback (救后反馈) on a completed referral: one answer per respondent type, each only by
   * callers related to the referral as that type (HOUSEHOLD and CIVIL_AFFAIRS_WORKER: civil staff of the
   * referral's region; CHARITY_ORGANIZATION: the holding organisation; PROFESSIONAL: an assigned professional;
   * VOLUNTEER: a volunteer who served it). Anyone else, or another household, gets NOT_FOUND.
   */
  recordFeedback: Feedback;
  /**
   * Records a decision of a meeting that has begun, on one of its agenda items or on the whole meeting, with its
   * follow-up actions; each action's owner must attend the meeting. Only a county officer of the meeting's county.
   */
  recordMeetingDecision: MeetingDecision;
  /**
   * Records a delivered service for a referral services knows (from civil affairs' referral feed), of the given
   * household, accepted, in progress, on hold or completed. The performer must be registered and be the caller
   * (a professional; a volunteer recording their own service with their current team) or act for the caller's
   * organisation; a professional records only for cases assigned to them, a team only on referrals its
   * organisation holds. A referral the caller may not serve is NOT_FOUND, as an unknown one.
   */
  recordService: ServiceRecord;
  /**
   * Records a training event (引导培育) of a consortium: a county officer whose region covers the consortium, or
   * the charity federation.
   */
  recordTraining: Training;
  /**
   * Records who attended a training: member organisations (of its consortium or one above), registered
   * professionals and volunteers. Recording someone twice changes nothing. As `recordTraining`.
   */
  recordTrainingAttendance: Training;
  /**
   * Registers a professional (social worker, counsellor, lawyer, other) with a consortium: an organisation for
   * itself (it must be a member of the consortium or of a consortium above it), or the federation for any member
   * organisation. Only a masked label is kept.
   */
  registerProfessional: Professional;
  /** Registers a volunteer, optionally in a team of the caller's organisation. */
  registerVolunteer: Volunteer;
  /**
   * Schedules a consultation meeting (定期议事会商) or a case conference (疑难杂症会商) of a county consortium,
   * with its attendees: officers by token subject (the caller always attends) and member organisations of the
   * consortium. Only a county officer of the consortium's county.
   */
  scheduleMeeting: Meeting;
  /**
   * Sets or clears a county consortium's brand (一地一品). Only a county officer of that county; a town or
   * village consortium has no brand of its own (BAD_USER_INPUT).
   */
  setConsortiumBrand: ServiceConsortium;
  /**
   * Sets whether a professional takes cases (an inactive one is assigned no new case and records no service):
   * their organisation, or the federation. Others get NOT_FOUND.
   */
  setProfessionalActive: Professional;
  /**
   * Moves a follow-up action on (OPEN → IN_PROGRESS → DONE; OPEN or IN_PROGRESS → CANCELLED by a county officer
   * only). Its owner, or a county officer of the meeting's county; for anyone else it is NOT_FOUND. A stale
   * `expectedVersion` is CONFLICT.
   */
  updateFollowUpAction: FollowUpAction;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationAddAgendaItemArgs = {
  input: AgendaItemInput;
  meetingId: Scalars['ID']['input'];
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationAddPsychologicalFileEntryArgs = {
  fileId: Scalars['ID']['input'];
  input: PsychologicalFileEntryInput;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationAddServiceLocationArgs = {
  input: ServiceLocationInput;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationAdmitOrganizationArgs = {
  input: AdmitOrganizationInput;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationAssignCaseArgs = {
  input: AssignCaseInput;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationCancelMicroWishArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationClaimMicroWishArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationClosePsychologicalFileArgs = {
  closingSummary: Scalars['String']['input'];
  fileId: Scalars['ID']['input'];
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationCollectMicroWishArgs = {
  input: CollectMicroWishInput;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationConfirmMicroWishArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationCreateConsortiumArgs = {
  input: CreateConsortiumInput;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationCreateVolunteerTeamArgs = {
  input: CreateVolunteerTeamInput;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationDeliverMicroWishArgs = {
  id: Scalars['ID']['input'];
  teamId: Scalars['ID']['input'];
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationLinkVolunteerToHouseholdArgs = {
  householdId: Scalars['ID']['input'];
  volunteerId: Scalars['ID']['input'];
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationOpenPsychologicalFileArgs = {
  input: OpenPsychologicalFileInput;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationReassignPsychologicalFileArgs = {
  counsellorId: Scalars['ID']['input'];
  fileId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationRecordFeedbackArgs = {
  input: RecordFeedbackInput;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationRecordMeetingDecisionArgs = {
  input: MeetingDecisionInput;
  meetingId: Scalars['ID']['input'];
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationRecordServiceArgs = {
  input: RecordServiceInput;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationRecordTrainingArgs = {
  input: RecordTrainingInput;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationRecordTrainingAttendanceArgs = {
  input: TrainingAttendanceInput;
  trainingId: Scalars['ID']['input'];
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationRegisterProfessionalArgs = {
  input: RegisterProfessionalInput;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationRegisterVolunteerArgs = {
  input: RegisterVolunteerInput;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationScheduleMeetingArgs = {
  input: ScheduleMeetingInput;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationSetConsortiumBrandArgs = {
  brand?: InputMaybe<Scalars['String']['input']>;
  consortiumId: Scalars['ID']['input'];
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationSetProfessionalActiveArgs = {
  active: Scalars['Boolean']['input'];
  professionalId: Scalars['ID']['input'];
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationUpdateFollowUpActionArgs = {
  actionId: Scalars['ID']['input'];
  input: UpdateFollowUpActionInput;
};

/**
 * A need in the standard need library (帮扶需求项目库): what a household needs, what is already covered and the
 * gap left for charities.
 */
export type Need = {
  __typename?: 'Need';
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** The latest micro-wish published for the need, if any. */
  microWish?: Maybe<MicroWish>;
};

/** Input of `openPsychologicalFile`. */
export type OpenPsychologicalFileInput = {
  /** The initial assessment (health data, 1-4000 characters). */
  assessment: Scalars['String']['input'];
  /** The referral's household (civil-affairs id). */
  householdId: Scalars['ID']['input'];
  /** When the next review is due, YYYY-MM-DD. */
  nextReviewOn?: InputMaybe<Scalars['String']['input']>;
  /** The household member the file is about (civil-affairs person id), if known. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** The referral assigned to the caller that the file is opened for. */
  referralId: Scalars['ID']['input'];
  /** The initial risk level. */
  riskLevel: RiskLevel;
};

/** How a referral or a service ended. */
export type Outcome =
  /** The household could not be reached (无法联系). */
  | 'COULD_NOT_CONTACT'
  /** The household declined the help (本人拒绝). */
  | 'DECLINED'
  /** The need was met (已获帮扶). */
  | 'GOT_HELP'
  /** The household was found not eligible (不符合条件). */
  | 'NOT_ELIGIBLE'
  /** The provider had no capacity (无力承接). */
  | 'NO_CAPACITY'
  /** The need was partly met (部分帮扶). */
  | 'PARTLY_HELPED'
  /** The case was referred to another provider (转介他处). */
  | 'REFERRED_ELSEWHERE';

/** Paging state of a connection (Relay). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item on this page, to pass as `after`. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * A pre-aid check (救前查询) of one household over a window. Charity adds `charityAid` and services adds
 * `servicesReceived` by the compound key; civil affairs computes the verdict from them and government aid.
 */
export type PreAidCheck = {
  __typename?: 'PreAidCheck';
  /** The household checked (opaque id). */
  householdId: Scalars['ID']['output'];
  /** Opaque id of the recorded check. */
  id: Scalars['ID']['output'];
  /** Services the household received in the window (from the services subgraph). */
  servicesReceived?: Maybe<Array<ServiceReceivedItem>>;
  /** Last day of the window, ISO date. */
  windowEnd: Scalars['String']['output'];
  /** First day of the window, ISO date. */
  windowStart: Scalars['String']['output'];
};

/**
 * A professional who delivers services: social worker, psychological counsellor, lawyer or other. Only a masked
 * display label is kept; they are contacted through their organisation.
 */
export type Professional = {
  __typename?: 'Professional';
  /** Whether they currently take cases. */
  active: Scalars['Boolean']['output'];
  /**
   * Cases (referrals) assigned to them. Visible to the professional themself, their organisation and the
   * federation; empty for anyone else.
   */
  assignedCases: Array<CaseAssignment>;
  /** The consortium they are registered with. */
  consortium: ServiceConsortium;
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** Their kind. */
  kind: ProfessionalKind;
  /** A masked display label, e.g. 王** (社工). */
  maskedLabel: Scalars['String']['output'];
  /** The qualification certificate number with all but the last 4 characters masked. */
  maskedQualificationNumber: Scalars['String']['output'];
  /** The organisation they work for (owned by the charity subgraph). */
  organization?: Maybe<CharityOrganization>;
  /** The programmes they serve. */
  programmes: Array<Programme>;
  /** The full qualification certificate number, for the federation's qualification review (资格审核). */
  qualificationNumber?: Maybe<Scalars['String']['output']>;
  /** The regions they serve (county, town or village codes). */
  serviceAreas: Array<Scalars['String']['output']>;
};

/** The kinds of professional in the consortia. */
export type ProfessionalKind =
  /** Lawyer (律师). */
  | 'LAWYER'
  /** Another qualified professional (其他专业人员; e.g. rehabilitation therapist). */
  | 'OTHER'
  /** Psychological counsellor (心理咨询师). */
  | 'PSYCHOLOGICAL_COUNSELLOR'
  /** Social worker (社工师). */
  | 'SOCIAL_WORKER';

/** The eight programmes of the charity linkage (八大善扶工程). */
export type Programme =
  /** Basic help: goods, housekeeping, care (善助). */
  | 'BASIC_ASSISTANCE'
  /** Education aid by school stage (善学). */
  | 'EDUCATION'
  /** Elderly meals and hospice care (善养). */
  | 'ELDERLY_CARE'
  /** Employment: training and public-welfare jobs (善业). */
  | 'EMPLOYMENT'
  /** Housing repair and furniture (善居). */
  | 'HOUSING'
  /** Medical costs left after basic insurance, critical-illness insurance and medical assistance (善医). */
  | 'MEDICAL'
  /** Micro-wishes claimed by donors, delivered by volunteers (善领). */
  | 'MICRO_WISH'
  /** Psychological support (善解). */
  | 'PSYCHOLOGICAL';

/**
 * A long-term psychological file (建档跟进, 善解). Health data: only the counsellor it is assigned to reads it,
 * through the gateway and at this subgraph alike; for anyone else it does not exist.
 */
export type PsychologicalFile = {
  __typename?: 'PsychologicalFile';
  /** The counsellor's assessment (health data). */
  assessment: Scalars['String']['output'];
  /** When it was closed, ISO 8601; null while open. */
  closedAt?: Maybe<Scalars['String']['output']>;
  /** The counsellor's closing summary (health data); null while open. */
  closingSummary?: Maybe<Scalars['String']['output']>;
  /** The assigned counsellor. */
  counsellor: Professional;
  /** Follow-ups, oldest first. */
  entries: Array<PsychologicalFileEntry>;
  /** Handovers from one counsellor to another, oldest first. */
  handovers: Array<PsychologicalFileHandover>;
  /** The household, by opaque id. */
  household?: Maybe<Household>;
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** When the next review is due, YYYY-MM-DD. */
  nextReviewOn?: Maybe<Scalars['String']['output']>;
  /** When it was opened, ISO 8601. */
  openedAt: Scalars['String']['output'];
  /** The household member the file is about, by opaque civil-affairs person id, if recorded. */
  personId?: Maybe<Scalars['ID']['output']>;
  /** The referral it was opened for, if any. */
  referral?: Maybe<Referral>;
  /** The current risk level. */
  riskLevel: RiskLevel;
  /** Open or closed. */
  status: PsychologicalFileStatus;
};

/** One follow-up in a psychological file. */
export type PsychologicalFileEntry = {
  __typename?: 'PsychologicalFileEntry';
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** When it took place, ISO 8601. */
  occurredAt: Scalars['String']['output'];
  /** The risk level assessed at this follow-up. */
  riskLevel: RiskLevel;
  /** How it took place. */
  sessionMode: PsychologicalSessionMode;
  /** What happened (health data). */
  summary: Scalars['String']['output'];
};

/** Input of `addPsychologicalFileEntry`. */
export type PsychologicalFileEntryInput = {
  /** When it took place, ISO 8601 (not in the future). */
  occurredAt: Scalars['String']['input'];
  /** The risk level assessed; it becomes the file's current level. */
  riskLevel: RiskLevel;
  /** How it took place. */
  sessionMode: PsychologicalSessionMode;
  /** What happened (health data, 1-4000 characters). */
  summary: Scalars['String']['input'];
};

/**
 * A psychological file handed from one counsellor to another. Carries no health data: the organisation that
 * hands a file over reads this, never the file.
 */
export type PsychologicalFileHandover = {
  __typename?: 'PsychologicalFileHandover';
  /** The file's id (readable only by its counsellor). */
  fileId: Scalars['ID']['output'];
  /** The counsellor who gave the file up. */
  fromCounsellor: Professional;
  /** When, ISO 8601. */
  handedOverAt: Scalars['String']['output'];
  /** Why it was handed over. */
  reason: Scalars['String']['output'];
  /** The counsellor who took it over. */
  toCounsellor: Professional;
};

/** Whether a psychological file is followed up. */
export type PsychologicalFileStatus =
  /** Closed (已结案). */
  | 'CLOSED'
  /** Followed up (跟进中). */
  | 'OPEN';

/** How a psychological follow-up took place. */
export type PsychologicalSessionMode =
  /** A casework session (个案辅导). */
  | 'CASEWORK'
  /** A group counselling session (团体辅导). */
  | 'GROUP_COUNSELLING'
  /** A home visit (入户走访). */
  | 'HOME_VISIT'
  /** By the psychological hotline (心理热线). */
  | 'HOTLINE'
  /** An online session (线上咨询). */
  | 'ONLINE';

/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type Query = {
  __typename?: 'Query';
  /** Service consortia, ordered by region code, as a cursor-paginated connection. Public directory information. */
  consortia: ServiceConsortiumConnection;
  /** One service consortium (助联体) by id. Public directory information. */
  consortium?: Maybe<ServiceConsortium>;
  /**
   * One consultation meeting or case conference (工作协作) by id, if the caller may see it: county officers of
   * the meeting's county, the officers and organisations attending it, and the charity federation. Not found and
   * not allowed look the same (null).
   */
  meeting?: Maybe<Meeting>;
  /**
   * The meetings the caller may see (as `meeting`), most recently scheduled first, as a cursor-paginated
   * connection.
   */
  meetings: MeetingConnection;
  /** One micro-wish by id. Its public fields are readable by anyone. */
  microWish?: Maybe<MicroWish>;
  /** Micro-wishes in any state, newest first, for service staff. */
  microWishes: MicroWishConnection;
  /**
   * The signed-in volunteer's deliveries (work list): micro-wishes they claimed themselves or that a team they
   * belong to delivered, in one state or all, most recently claimed first. Empty for a token with no volunteer
   * record.
   */
  myDeliveries: Array<MicroWish>;
  /**
   * The follow-up actions the signed-in caller owns (an officer by token subject, an organisation by the `org`
   * of its token), earliest due first, at most 500: the owner's work list of what meetings decided.
   */
  myFollowUpActions: Array<FollowUpAction>;
  /** The professional record of the signed-in professional (matched by the token subject), if any. */
  myProfessionalProfile?: Maybe<Professional>;
  /** The psychological files assigned to the signed-in counsellor, most recently opened first. */
  myPsychologicalFiles: Array<PsychologicalFile>;
  /** One professional by id. */
  professional?: Maybe<Professional>;
  /**
   * A long-term psychological file (建档跟进) by id. Health data: only the counsellor it is assigned to reads it;
   * for anyone else it does not exist.
   */
  psychologicalFile?: Maybe<PsychologicalFile>;
  /**
   * Published micro-wishes (微心愿) waiting for a donor, newest first: generic title, category, value and
   * county only. Readable without signing in.
   */
  publishedMicroWishes: MicroWishConnection;
  /**
   * One service record by id, if the caller may see it (the performer, an assigned professional, the delivering
   * organisation, the federation, or a county officer of the region). Not found and not allowed look the same.
   */
  serviceRecord?: Maybe<ServiceRecord>;
  /**
   * Service records the caller may see, newest first: a professional sees the cases assigned to them, an
   * organisation its own records, a volunteer their team's, a county officer those delivered in the county.
   */
  serviceRecords: ServiceRecordConnection;
  /** Services offered in a region (Open Referral HSDS `service`), ordered by title. Public directory information. */
  services: ServiceConnection;
  /**
   * Training events (引导培育: professional, policy and system-use training), most recent first, as a
   * cursor-paginated connection. Public directory information; who attended is for signed-in callers.
   */
  trainings: TrainingConnection;
  /** One volunteer by id. */
  volunteer?: Maybe<Volunteer>;
  /** One volunteer team by id. */
  volunteerTeam?: Maybe<VolunteerTeam>;
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryConsortiaArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  tier?: InputMaybe<ConsortiumTier>;
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryConsortiumArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  consortiumId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<MeetingKind>;
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryMicroWishArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryMicroWishesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  countyCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<MicroWishStatus>;
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryMyDeliveriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<MicroWishStatus>;
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryMyFollowUpActionsArgs = {
  status?: InputMaybe<FollowUpStatus>;
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryProfessionalArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryPsychologicalFileArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryPublishedMicroWishesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  countyCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryServiceRecordArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryServiceRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  programme?: InputMaybe<Programme>;
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  programme?: InputMaybe<Programme>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryTrainingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  consortiumId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<TrainingKind>;
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryVolunteerArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryVolunteerTeamArgs = {
  id: Scalars['ID']['input'];
};

/** Input of `recordFeedback`. */
export type RecordFeedbackInput = {
  /** The referral's household (civil-affairs id). */
  householdId: Scalars['ID']['input'];
  /** Whether the need was met. */
  needMet: Scalars['Boolean']['input'];
  /** The organisation the feedback is about: the one holding the referral (left out: the holder). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The completed referral (civil-affairs id). */
  referralId: Scalars['ID']['input'];
  /** Who answered. */
  respondentType: RespondentType;
  /** Satisfaction from 1 to 5. */
  satisfaction: Scalars['Int']['input'];
};

/** Input of `recordService`. */
export type RecordServiceInput = {
  /** When it ended, ISO 8601 (after the start, not in the future). */
  endedAt: Scalars['String']['input'];
  /** Hours of service (more than 0, at most the time between start and end). */
  hours: Scalars['Float']['input'];
  /** The household served (civil-affairs id): the referral's. */
  householdId: Scalars['ID']['input'];
  /** The need served (civil-affairs id); if given, it must be the referral's need (left out: the referral's). */
  needId?: InputMaybe<Scalars['ID']['input']>;
  /** Notes (protected data, up to 2000 characters). */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** How it ended. */
  outcome: Outcome;
  /** Who performed it. */
  performer: ServicePerformerInput;
  /** The programme. */
  programme: Programme;
  /**
   * The referral served (civil-affairs id). Required: services knows a household's needs only through their
   * referrals, so a service for a need alone is refused.
   */
  referralId?: InputMaybe<Scalars['ID']['input']>;
  /** The kind of service; it must be one the programme allows. */
  serviceType: ServiceType;
  /** When it started, ISO 8601. */
  startedAt: Scalars['String']['input'];
};

/** Input of `recordTraining`. */
export type RecordTrainingInput = {
  /** The consortium holding it. */
  consortiumId: Scalars['ID']['input'];
  /** The day it is held, YYYY-MM-DD. */
  heldOn: Scalars['String']['input'];
  /** How long it lasts, in hours (more than 0, at most 24). */
  hours: Scalars['Float']['input'];
  /** Professional, policy or system-use training. */
  kind: TrainingKind;
  /** Its title (2-80 characters, no personal data). */
  title: Scalars['String']['input'];
};

/**
 * A referral (转介) of a need to charities, following the closed-loop workflow (HL7 FHIR SDOH Task with a
 * claim step). Every transition is recorded with actor, time and reason.
 */
export type Referral = {
  __typename?: 'Referral';
  /** Post-aid feedback (救后反馈) on the referral: satisfaction and whether the need was met. */
  feedback?: Maybe<Array<Feedback>>;
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /**
   * Services delivered for the referral that the caller may see, oldest first. Readers of the referral feed
   * (`feed:read`, the provincial system) get them as the feed's aid outcomes, without notes.
   */
  serviceRecords?: Maybe<Array<ServiceRecord>>;
};

/** States of a referral: the closed-loop referral workflow with a claim step (owned by civil affairs). */
export type ReferralStatus =
  /** Accepted by the claiming organisation (已接收). */
  | 'ACCEPTED'
  /** Cancelled, with a reason (已取消; automatic on consent withdrawal). */
  | 'CANCELLED'
  /** Finished with an outcome (已完成). */
  | 'COMPLETED'
  /** Being prepared by civil affairs (草稿). */
  | 'DRAFT'
  /** Should never have existed (误录). */
  | 'ENTERED_IN_ERROR'
  /** Ended without the help, with an outcome (未成功). */
  | 'FAILED'
  /** Help under way (帮扶中). */
  | 'IN_PROGRESS'
  /** Paused (暂停). */
  | 'ON_HOLD'
  /** Claimed by an organisation (已认领), waiting for it to accept. */
  | 'RECEIVED'
  /** Rejected, with a reason (已拒绝). */
  | 'REJECTED'
  /** In the pool (待认领), waiting for an organisation to claim it. */
  | 'REQUESTED';

/** Input of `registerProfessional`. */
export type RegisterProfessionalInput = {
  /** The `sub` of their account, if they sign in. */
  accountSubject?: InputMaybe<Scalars['String']['input']>;
  /** The consortium they register with. */
  consortiumId: Scalars['ID']['input'];
  /** Their kind. */
  kind: ProfessionalKind;
  /** A masked name: a surname and one to three `*` (as volunteers' labels); the kind is added to the label. */
  maskedName: Scalars['String']['input'];
  /** Their organisation: left out for an organisation (its own); required for the federation. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The programmes they serve (at least one). */
  programmes: Array<Programme>;
  /** The qualification certificate number (6-40 letters, digits or dashes). */
  qualificationNumber: Scalars['String']['input'];
  /** The regions they serve (county, town or village codes within the consortium's county; at least one). */
  serviceAreas: Array<Scalars['String']['input']>;
};

/** Input of `registerVolunteer`. */
export type RegisterVolunteerInput = {
  /** The `sub` of the volunteer's account, if they sign in. */
  accountSubject?: InputMaybe<Scalars['String']['input']>;
  /**
   * A masked display label: a surname and one to three `*`, 2-4 characters (李**, 王*, 欧阳*; or a Latin
   * initial, W**); never a given name, digits or spaces.
   */
  maskedLabel: Scalars['String']['input'];
  /** The county, town or village code where they volunteer. */
  regionCode: Scalars['String']['input'];
  /** Their skills (at least one). */
  skills: Array<VolunteerSkill>;
  /** A team to join as a member, if any: for an organisation, one of its own teams. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

/** Who answered a feedback request. */
export type RespondentType =
  /** The charity organisation that helped (慈善组织). */
  | 'CHARITY_ORGANIZATION'
  /** A civil-affairs worker (民政工作人员). */
  | 'CIVIL_AFFAIRS_WORKER'
  /** The aided household (受助对象). */
  | 'HOUSEHOLD'
  /** The professional who served the case (专业人员). */
  | 'PROFESSIONAL'
  /** A volunteer who served the case (志愿者). */
  | 'VOLUNTEER';

/** How serious a psychological situation is. */
export type RiskLevel =
  /** Crisis (危机): immediate intervention. */
  | 'CRISIS'
  /** High risk (高风险): frequent follow-up and a safety plan. */
  | 'HIGH'
  /** Low risk (低风险): routine follow-up. */
  | 'LOW'
  /** Medium risk (中风险): closer follow-up. */
  | 'MEDIUM';

/** Input of `scheduleMeeting`. */
export type ScheduleMeetingInput = {
  /** The county consortium holding it. */
  consortiumId: Scalars['ID']['input'];
  /** Consultation meeting or case conference. */
  kind: MeetingKind;
  /** Attending officers by account subject (the caller is added); at most 30. */
  officerSubjects: Array<Scalars['String']['input']>;
  /** Attending organisations: members of the consortium; at most 30. */
  organizationIds: Array<Scalars['ID']['input']>;
  /** When it is held, ISO 8601 with a time zone. */
  scheduledAt: Scalars['String']['input'];
  /** Its title (2-80 characters, no personal data). */
  title: Scalars['String']['input'];
};

/** A service offered by a consortium (Open Referral HSDS `service`). */
export type Service = {
  __typename?: 'Service';
  /** How much it can take on (HSDS `service_capacity`). */
  capacity: ServiceCapacity;
  /** The consortium offering it. */
  consortium: ServiceConsortium;
  /** What the service does. */
  description: Scalars['String']['output'];
  /** Who may use it (HSDS `eligibility_description`). */
  eligibilityDescription: Scalars['String']['output'];
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** Where it is delivered. */
  locations: Array<ServiceAtLocation>;
  /** The member organisation that delivers it, if one does. */
  organization?: Maybe<CharityOrganization>;
  /** The programme it belongs to. */
  programme: Programme;
  /** The kinds of service delivered under it. */
  serviceTypes: Array<ServiceType>;
  /** Whether it is currently offered (HSDS `status`). */
  status: ServiceStatus;
  /** The service's title. */
  title: Scalars['String']['output'];
};

/** A service delivered at a site (Open Referral HSDS `service_at_location`). */
export type ServiceAtLocation = {
  __typename?: 'ServiceAtLocation';
  /** Anything specific to this service at this site. */
  description?: Maybe<Scalars['String']['output']>;
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** The site. */
  location: ServiceLocation;
  /** The service. */
  service: Service;
};

/** The capacity of a service (HSDS `service_capacity`). */
export type ServiceCapacity = {
  __typename?: 'ServiceCapacity';
  /** The most the service can take on per unit. */
  maximum: Scalars['Int']['output'];
  /** The unit of `maximum`. */
  unit: CapacityUnit;
};

/** A page of services (Relay cursor connection). */
export type ServiceConnection = {
  __typename?: 'ServiceConnection';
  /** The services on this page with their cursors. */
  edges: Array<ServiceEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/**
 * A service consortium (助联体): the organisations, sites and services of one region at one tier, linked to the
 * consortium of the tier above.
 */
export type ServiceConsortium = {
  __typename?: 'ServiceConsortium';
  /** The county's brand (一地一品), e.g. 海曙·善暖三江; county consortia only, null where none is set. */
  brand?: Maybe<Scalars['String']['output']>;
  /** The consortia of the tier below. */
  children: Array<ServiceConsortium>;
  /** When it was established, YYYY-MM-DD. */
  establishedOn: Scalars['String']['output'];
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** Its service sites (HSDS `location`). */
  locations: Array<ServiceLocation>;
  /** Member charity organisations. */
  memberOrganizations: Array<ConsortiumMember>;
  /** The consortium of the tier above; null for a county consortium. */
  parent?: Maybe<ServiceConsortium>;
  /** Professionals registered with it. */
  professionals: Array<Professional>;
  /** The region it covers: a 6-digit county, 9-digit town or 12-digit village code. */
  regionCode: Scalars['String']['output'];
  /** The services it offers (HSDS `service`). */
  services: Array<Service>;
  /** Volunteer teams registered with it. */
  teams: Array<VolunteerTeam>;
  /** County, town or village tier. */
  tier: ConsortiumTier;
  /** Its title, e.g. 海曙区助联体. */
  title: Scalars['String']['output'];
};

/** A page of consortia (Relay cursor connection). */
export type ServiceConsortiumConnection = {
  __typename?: 'ServiceConsortiumConnection';
  /** The consortia on this page with their cursors. */
  edges: Array<ServiceConsortiumEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** One consortium in a page. */
export type ServiceConsortiumEdge = {
  __typename?: 'ServiceConsortiumEdge';
  /** Opaque cursor: pass it as `after` to continue after this consortium. */
  cursor: Scalars['String']['output'];
  /** The consortium. */
  node: ServiceConsortium;
};

/** One service in a page. */
export type ServiceEdge = {
  __typename?: 'ServiceEdge';
  /** Opaque cursor: pass it as `after` to continue after this service. */
  cursor: Scalars['String']['output'];
  /** The service. */
  node: Service;
};

/** A service site (Open Referral HSDS `location`). A public place, never a recipient's home. */
export type ServiceLocation = {
  __typename?: 'ServiceLocation';
  /** The consortium running the site. */
  consortium: ServiceConsortium;
  /** What visitors find there. */
  description?: Maybe<Scalars['String']['output']>;
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** Latitude (WGS 84), if known. */
  latitude?: Maybe<Scalars['Float']['output']>;
  /** Longitude (WGS 84), if known. */
  longitude?: Maybe<Scalars['Float']['output']>;
  /** The county, town or village code of the site. */
  regionCode: Scalars['String']['output'];
  /** The services delivered at this site. */
  services: Array<ServiceAtLocation>;
  /** The site's title, e.g. 鼓楼街道社会工作站. */
  title: Scalars['String']['output'];
};

/** Input of `addServiceLocation`. */
export type ServiceLocationInput = {
  /** The consortium running the site. */
  consortiumId: Scalars['ID']['input'];
  /** What visitors find there (up to 500 characters, no personal data). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Latitude (WGS 84, within Ningbo: 28.8 to 30.5). */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** Longitude (WGS 84, within Ningbo: 120.8 to 122.5). */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** The site's region code: the consortium's region or one within it. */
  regionCode: Scalars['String']['input'];
  /** The site's title (2-60 characters), e.g. 鼓楼街道社会工作站. */
  title: Scalars['String']['input'];
};

/** Who performed a service: exactly one of a professional or a team (optionally naming a member). */
export type ServicePerformerInput = {
  /** The performing professional. */
  professionalId?: InputMaybe<Scalars['ID']['input']>;
  /** The performing volunteer team. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * The volunteer of that team who performed it, a current member. A volunteer recording for themself may leave
   * it out (it is then the caller) and may not name another member.
   */
  volunteerId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * One service a household received in a window, as the pre-aid check (救前查询) reads it. Shared value type:
 * civil affairs declares the subset its verdict requires.
 */
export type ServiceReceivedItem = {
  __typename?: 'ServiceReceivedItem';
  /** When it ended, ISO 8601. */
  endedAt: Scalars['String']['output'];
  /** Hours of service. */
  hours: Scalars['Float']['output'];
  /** How it ended. */
  outcome: Outcome;
  /** The programme. */
  programme: Programme;
  /** The kind of service. */
  serviceType: ServiceType;
  /** When the service started, ISO 8601. */
  startedAt: Scalars['String']['output'];
};

/** One service delivered for a referral or a need: who performed it, what, when, how long and how it ended. */
export type ServiceRecord = {
  __typename?: 'ServiceRecord';
  /** When it ended, ISO 8601. */
  endedAt: Scalars['String']['output'];
  /** Hours of service (at most the time between start and end). */
  hours: Scalars['Float']['output'];
  /** The household served, by opaque id (civil affairs decides what the caller may read). */
  household?: Maybe<Household>;
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** The need it was delivered for, if any (owned by civil affairs). */
  need?: Maybe<Need>;
  /**
   * The performer's notes (protected data). Readable by the performer, the professionals assigned to the case and
   * the delivering organisation; null for everyone else.
   */
  notes?: Maybe<Scalars['String']['output']>;
  /** The delivering organisation, if any (owned by the charity subgraph). */
  organization?: Maybe<CharityOrganization>;
  /** How it ended. */
  outcome: Outcome;
  /** The professional who performed it, when a professional did. */
  professional?: Maybe<Professional>;
  /** The programme. */
  programme: Programme;
  /** When it was recorded, ISO 8601. */
  recordedAt: Scalars['String']['output'];
  /** The referral it was delivered for, if any (owned by civil affairs). */
  referral?: Maybe<Referral>;
  /** The kind of service. */
  serviceType: ServiceType;
  /** When the service started, ISO 8601. */
  startedAt: Scalars['String']['output'];
  /** The volunteer team that performed it, when a team did. */
  team?: Maybe<VolunteerTeam>;
  /** The volunteer of the team who performed it, if named. */
  volunteer?: Maybe<Volunteer>;
};

/** A page of service records (Relay cursor connection). */
export type ServiceRecordConnection = {
  __typename?: 'ServiceRecordConnection';
  /** The records on this page with their cursors. */
  edges: Array<ServiceRecordEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** One service record in a page. */
export type ServiceRecordEdge = {
  __typename?: 'ServiceRecordEdge';
  /** Opaque cursor: pass it as `after` to continue after this record. */
  cursor: Scalars['String']['output'];
  /** The record. */
  node: ServiceRecord;
};

/** Whether a service is offered (HSDS `status`). */
export type ServiceStatus =
  /** Offered now (服务中). */
  | 'ACTIVE'
  /** Permanently ended (已终止). */
  | 'DEFUNCT'
  /** Not offered at present (未开展). */
  | 'INACTIVE'
  /** Closed for a while, expected back (暂停服务). */
  | 'TEMPORARILY_CLOSED';

/** Kinds of service, each allowed under certain programmes. */
export type ServiceType =
  /** Capacity building (能力提升). */
  | 'CAPACITY_BUILDING'
  /** Casework (个案辅导). */
  | 'CASEWORK'
  /** Group counselling (团体辅导). */
  | 'GROUP_COUNSELLING'
  /** Hospice care (安宁疗护). */
  | 'HOSPICE'
  /** Psychological hotline (心理热线). */
  | 'HOTLINE'
  /** Lecture (讲座). */
  | 'LECTURE'
  /** Meal delivery (助餐送餐). */
  | 'MEAL_DELIVERY'
  /** Psychological comfort (心理慰藉). */
  | 'PSYCHOLOGICAL_COMFORT'
  /** Rehabilitation (康复服务). */
  | 'REHABILITATION'
  /** Linking resources (资源链接). */
  | 'RESOURCE_LINKING'
  /** Social integration (社会融入). */
  | 'SOCIAL_INTEGRATION'
  /** Visiting care (探访关爱). */
  | 'VISITING_CARE';

/** A volunteer's role in a team. */
export type TeamRole =
  /** Team leader (队长). */
  | 'LEADER'
  /** Ordinary member (队员). */
  | 'MEMBER';

/** A training event of a consortium (引导培育) and who attended it. */
export type Training = {
  __typename?: 'Training';
  /** How many attendances are recorded (organisations, professionals and volunteers). */
  attendanceCount: Scalars['Int']['output'];
  /** The organisations that attended. */
  attendingOrganizations: Array<Maybe<CharityOrganization>>;
  /** The professionals who attended (masked labels only). */
  attendingProfessionals: Array<Professional>;
  /** The volunteers who attended (masked labels only). */
  attendingVolunteers: Array<Volunteer>;
  /** The consortium that held it. */
  consortium: ServiceConsortium;
  /** The day it was held, YYYY-MM-DD. */
  heldOn: Scalars['String']['output'];
  /** How long it lasted, in hours. */
  hours: Scalars['Float']['output'];
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** Professional, policy or system-use training. */
  kind: TrainingKind;
  /** Its title. */
  title: Scalars['String']['output'];
};

/** Input of `recordTrainingAttendance`: who attended (at most 200 in all). */
export type TrainingAttendanceInput = {
  /** Organisations: members of the training's consortium or of a consortium above it. */
  organizationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Registered professionals. */
  professionalIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Registered volunteers. */
  volunteerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A page of trainings (Relay cursor connection). */
export type TrainingConnection = {
  __typename?: 'TrainingConnection';
  /** The trainings on this page with their cursors. */
  edges: Array<TrainingEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** One training in a page. */
export type TrainingEdge = {
  __typename?: 'TrainingEdge';
  /** Opaque cursor: pass it as `after` to continue after this training. */
  cursor: Scalars['String']['output'];
  /** The training. */
  node: Training;
};

/** The kinds of training (引导培育). */
export type TrainingKind =
  /** Policy training (政策培训). */
  | 'POLICY'
  /** Professional skills training (专业培训). */
  | 'PROFESSIONAL'
  /** Training in using the system (系统应用培训). */
  | 'SYSTEM';

/** Input of `updateFollowUpAction`. */
export type UpdateFollowUpActionInput = {
  /** The `version` the caller read; if the action changed since, CONFLICT and nothing is written. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** A note on the change (up to 500 characters, no personal data). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The new state. */
  status: FollowUpStatus;
};

/**
 * A volunteer. Only a masked display label is kept. A volunteer may come from a recovered household (助人自助);
 * that link is protected.
 */
export type Volunteer = {
  __typename?: 'Volunteer';
  /** Hours of recorded service they took part in. */
  hoursServed: Scalars['Float']['output'];
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** When they registered, YYYY-MM-DD. */
  joinedOn: Scalars['String']['output'];
  /** A masked display label, e.g. 李**. */
  maskedLabel: Scalars['String']['output'];
  /**
   * The recovered household the volunteer comes from (助人自助), if linked. Protected: civil-affairs staff with
   * household rights only.
   */
  recoveredHousehold?: Maybe<Household>;
  /** The county, town or village code where they volunteer. */
  regionCode: Scalars['String']['output'];
  /** Their skills. */
  skills: Array<VolunteerSkill>;
  /** Their team memberships, current and past. */
  teams: Array<VolunteerTeamMembership>;
};

/** Skills volunteers offer. */
export type VolunteerSkill =
  /** Tutoring and homework help for children (课业辅导). */
  | 'CHILD_TUTORING'
  /** Cooking for meal services (助餐烹饪). */
  | 'COOKING'
  /** Delivering goods and meals (物资配送). */
  | 'DELIVERY'
  /** Help with phones, apps and online services (数字技能帮助). */
  | 'DIGITAL_HELP'
  /** Care and company for older people (助老陪伴). */
  | 'ELDERLY_CARE'
  /** Organising community events (活动组织). */
  | 'EVENT_ORGANISING'
  /** Small housing repairs (房屋小修). */
  | 'HOUSING_REPAIR'
  /** Help with legal paperwork (法律文书协助) under a lawyer's guidance. */
  | 'LEGAL_AID'
  /** Accompanying people to hospital appointments (就医陪诊). */
  | 'MEDICAL_ESCORT'
  /** Anything else (其他). */
  | 'OTHER'
  /** Listening and emotional support (心理支持) under a counsellor's guidance. */
  | 'PSYCHOLOGICAL_SUPPORT';

/** A volunteer team (志愿服务队) registered with a consortium, possibly run by a member organisation. */
export type VolunteerTeam = {
  __typename?: 'VolunteerTeam';
  /** The consortium it is registered with. */
  consortium: ServiceConsortium;
  /** When it was founded, YYYY-MM-DD. */
  foundedOn: Scalars['String']['output'];
  /** Hours of recorded service by the team. */
  hoursServed: Scalars['Float']['output'];
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** How many current members it has. */
  memberCount: Scalars['Int']['output'];
  /** Its members, current and past. */
  members: Array<VolunteerTeamMembership>;
  /** The organisation running it, if any. */
  organization?: Maybe<CharityOrganization>;
  /** Skills the team offers. */
  skills: Array<VolunteerSkill>;
  /** The team's title. */
  title: Scalars['String']['output'];
};

/** A volunteer's membership in a team. */
export type VolunteerTeamMembership = {
  __typename?: 'VolunteerTeamMembership';
  /** When they joined, YYYY-MM-DD. */
  joinedOn: Scalars['String']['output'];
  /** When they left, YYYY-MM-DD; null while a member. */
  leftOn?: Maybe<Scalars['String']['output']>;
  /** Leader or member. */
  role: TeamRole;
  /** The team. */
  team: VolunteerTeam;
  /** The volunteer. */
  volunteer: Volunteer;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  CharityOrganization: CharityOrganization;
  Household: Household;
  MicroWish: MicroWish;
  Need: Need;
  PreAidCheck: PreAidCheck;
  Professional: Professional;
  Referral: Referral;
  ServiceConsortium: ServiceConsortium;
  ServiceRecord: ServiceRecord;
  Volunteer: Volunteer;
  VolunteerTeam: VolunteerTeam;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  CharityOrganization:
    ( { __typename: 'CharityOrganization' }
    & GraphQLRecursivePick<FederationTypes['CharityOrganization'], {"id":true}> );
  Household:
    ( { __typename: 'Household' }
    & GraphQLRecursivePick<FederationTypes['Household'], {"id":true}> );
  MicroWish:
    ( { __typename: 'MicroWish' }
    & GraphQLRecursivePick<FederationTypes['MicroWish'], {"id":true}> );
  Need:
    ( { __typename: 'Need' }
    & GraphQLRecursivePick<FederationTypes['Need'], {"id":true}> );
  PreAidCheck:
    ( { __typename: 'PreAidCheck' }
    & GraphQLRecursivePick<FederationTypes['PreAidCheck'], {"id":true,"householdId":true,"windowStart":true,"windowEnd":true}> );
  Professional:
    ( { __typename: 'Professional' }
    & GraphQLRecursivePick<FederationTypes['Professional'], {"id":true}> );
  Referral:
    ( { __typename: 'Referral' }
    & GraphQLRecursivePick<FederationTypes['Referral'], {"id":true}> );
  ServiceConsortium:
    ( { __typename: 'ServiceConsortium' }
    & GraphQLRecursivePick<FederationTypes['ServiceConsortium'], {"id":true}> );
  ServiceRecord:
    ( { __typename: 'ServiceRecord' }
    & GraphQLRecursivePick<FederationTypes['ServiceRecord'], {"id":true}> );
  Volunteer:
    ( { __typename: 'Volunteer' }
    & GraphQLRecursivePick<FederationTypes['Volunteer'], {"id":true}> );
  VolunteerTeam:
    ( { __typename: 'VolunteerTeam' }
    & GraphQLRecursivePick<FederationTypes['VolunteerTeam'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AdmitOrganizationInput: AdmitOrganizationInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AgendaItem: ResolverTypeWrapper<AgendaItemRowModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AgendaItemInput: AgendaItemInput;
  AgendaReason: AgendaReason;
  AssignCaseInput: AssignCaseInput;
  CapacityUnit: CapacityUnit;
  CaseAssignment: ResolverTypeWrapper<CaseAssignmentRowModel>;
  CharityOrganization: ResolverTypeWrapper<Omit<CharityOrganization, 'professionals' | 'services' | 'teams'> & { professionals?: Maybe<Array<ResolversTypes['Professional']>>, services?: Maybe<Array<ResolversTypes['Service']>>, teams?: Maybe<Array<ResolversTypes['VolunteerTeam']>> }>;
  CollectMicroWishInput: CollectMicroWishInput;
  ConsortiumMember: ResolverTypeWrapper<ConsortiumMemberRowModel>;
  ConsortiumMemberRole: ConsortiumMemberRole;
  ConsortiumTier: ConsortiumTier;
  CreateConsortiumInput: CreateConsortiumInput;
  CreateVolunteerTeamInput: CreateVolunteerTeamInput;
  Feedback: ResolverTypeWrapper<FeedbackRowModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  FollowUpAction: ResolverTypeWrapper<FollowUpActionRowModel>;
  FollowUpActionInput: FollowUpActionInput;
  FollowUpStatus: FollowUpStatus;
  Household: ResolverTypeWrapper<Omit<Household, 'servicesReceived'> & { servicesReceived?: Maybe<Array<ResolversTypes['ServiceReceivedItem']>> }>;
  Meeting: ResolverTypeWrapper<MeetingRowModel>;
  MeetingAttendee: ResolverTypeWrapper<MeetingAttendeeRowModel>;
  MeetingConnection: ResolverTypeWrapper<Omit<MeetingConnection, 'edges'> & { edges: Array<ResolversTypes['MeetingEdge']> }>;
  MeetingDecision: ResolverTypeWrapper<MeetingDecisionRowModel>;
  MeetingDecisionInput: MeetingDecisionInput;
  MeetingEdge: ResolverTypeWrapper<Omit<MeetingEdge, 'node'> & { node: ResolversTypes['Meeting'] }>;
  MeetingKind: MeetingKind;
  MicroWish: ResolverTypeWrapper<MicroWishRowModel>;
  MicroWishCategory: MicroWishCategory;
  MicroWishConnection: ResolverTypeWrapper<Omit<MicroWishConnection, 'edges'> & { edges: Array<ResolversTypes['MicroWishEdge']> }>;
  MicroWishEdge: ResolverTypeWrapper<Omit<MicroWishEdge, 'node'> & { node: ResolversTypes['MicroWish'] }>;
  MicroWishEvent: ResolverTypeWrapper<MicroWishEventRowModel>;
  MicroWishStatus: MicroWishStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Need: ResolverTypeWrapper<Omit<Need, 'microWish'> & { microWish?: Maybe<ResolversTypes['MicroWish']> }>;
  OpenPsychologicalFileInput: OpenPsychologicalFileInput;
  Outcome: Outcome;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PreAidCheck: ResolverTypeWrapper<ResolvedCheckModel>;
  Professional: ResolverTypeWrapper<ProfessionalRowModel>;
  ProfessionalKind: ProfessionalKind;
  Programme: Programme;
  PsychologicalFile: ResolverTypeWrapper<PsychFileRowModel>;
  PsychologicalFileEntry: ResolverTypeWrapper<PsychFileEntryRowModel>;
  PsychologicalFileEntryInput: PsychologicalFileEntryInput;
  PsychologicalFileHandover: ResolverTypeWrapper<PsychFileHandoverRowModel>;
  PsychologicalFileStatus: PsychologicalFileStatus;
  PsychologicalSessionMode: PsychologicalSessionMode;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordFeedbackInput: RecordFeedbackInput;
  RecordServiceInput: RecordServiceInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  RecordTrainingInput: RecordTrainingInput;
  Referral: ResolverTypeWrapper<Omit<Referral, 'feedback' | 'serviceRecords'> & { feedback?: Maybe<Array<ResolversTypes['Feedback']>>, serviceRecords?: Maybe<Array<ResolversTypes['ServiceRecord']>> }>;
  ReferralStatus: ReferralStatus;
  RegisterProfessionalInput: RegisterProfessionalInput;
  RegisterVolunteerInput: RegisterVolunteerInput;
  RespondentType: RespondentType;
  RiskLevel: RiskLevel;
  ScheduleMeetingInput: ScheduleMeetingInput;
  Service: ResolverTypeWrapper<ServiceOfferingRowModel>;
  ServiceAtLocation: ResolverTypeWrapper<ServiceAtLocationRowModel>;
  ServiceCapacity: ResolverTypeWrapper<ServiceCapacity>;
  ServiceConnection: ResolverTypeWrapper<Omit<ServiceConnection, 'edges'> & { edges: Array<ResolversTypes['ServiceEdge']> }>;
  ServiceConsortium: ResolverTypeWrapper<ConsortiumRowModel>;
  ServiceConsortiumConnection: ResolverTypeWrapper<Omit<ServiceConsortiumConnection, 'edges'> & { edges: Array<ResolversTypes['ServiceConsortiumEdge']> }>;
  ServiceConsortiumEdge: ResolverTypeWrapper<Omit<ServiceConsortiumEdge, 'node'> & { node: ResolversTypes['ServiceConsortium'] }>;
  ServiceEdge: ResolverTypeWrapper<Omit<ServiceEdge, 'node'> & { node: ResolversTypes['Service'] }>;
  ServiceLocation: ResolverTypeWrapper<ServiceLocationRowModel>;
  ServiceLocationInput: ServiceLocationInput;
  ServicePerformerInput: ServicePerformerInput;
  ServiceReceivedItem: ResolverTypeWrapper<ServiceRecordRowModel>;
  ServiceRecord: ResolverTypeWrapper<ServiceRecordRowModel>;
  ServiceRecordConnection: ResolverTypeWrapper<Omit<ServiceRecordConnection, 'edges'> & { edges: Array<ResolversTypes['ServiceRecordEdge']> }>;
  ServiceRecordEdge: ResolverTypeWrapper<Omit<ServiceRecordEdge, 'node'> & { node: ResolversTypes['ServiceRecord'] }>;
  ServiceStatus: ServiceStatus;
  ServiceType: ServiceType;
  TeamRole: TeamRole;
  Training: ResolverTypeWrapper<TrainingRowModel>;
  TrainingAttendanceInput: TrainingAttendanceInput;
  TrainingConnection: ResolverTypeWrapper<Omit<TrainingConnection, 'edges'> & { edges: Array<ResolversTypes['TrainingEdge']> }>;
  TrainingEdge: ResolverTypeWrapper<Omit<TrainingEdge, 'node'> & { node: ResolversTypes['Training'] }>;
  TrainingKind: TrainingKind;
  UpdateFollowUpActionInput: UpdateFollowUpActionInput;
  Volunteer: ResolverTypeWrapper<VolunteerRowModel>;
  VolunteerSkill: VolunteerSkill;
  VolunteerTeam: ResolverTypeWrapper<VolunteerTeamRowModel>;
  VolunteerTeamMembership: ResolverTypeWrapper<TeamMembershipRowModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AdmitOrganizationInput: AdmitOrganizationInput;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  AgendaItem: AgendaItemRowModel;
  Int: Scalars['Int']['output'];
  AgendaItemInput: AgendaItemInput;
  AssignCaseInput: AssignCaseInput;
  CaseAssignment: CaseAssignmentRowModel;
  CharityOrganization: Omit<CharityOrganization, 'professionals' | 'services' | 'teams'> & { professionals?: Maybe<Array<ResolversParentTypes['Professional']>>, services?: Maybe<Array<ResolversParentTypes['Service']>>, teams?: Maybe<Array<ResolversParentTypes['VolunteerTeam']>> } | FederationReferenceTypes['CharityOrganization'];
  CollectMicroWishInput: CollectMicroWishInput;
  ConsortiumMember: ConsortiumMemberRowModel;
  CreateConsortiumInput: CreateConsortiumInput;
  CreateVolunteerTeamInput: CreateVolunteerTeamInput;
  Feedback: FeedbackRowModel;
  Boolean: Scalars['Boolean']['output'];
  FollowUpAction: FollowUpActionRowModel;
  FollowUpActionInput: FollowUpActionInput;
  Household: Omit<Household, 'servicesReceived'> & { servicesReceived?: Maybe<Array<ResolversParentTypes['ServiceReceivedItem']>> } | FederationReferenceTypes['Household'];
  Meeting: MeetingRowModel;
  MeetingAttendee: MeetingAttendeeRowModel;
  MeetingConnection: Omit<MeetingConnection, 'edges'> & { edges: Array<ResolversParentTypes['MeetingEdge']> };
  MeetingDecision: MeetingDecisionRowModel;
  MeetingDecisionInput: MeetingDecisionInput;
  MeetingEdge: Omit<MeetingEdge, 'node'> & { node: ResolversParentTypes['Meeting'] };
  MicroWish: MicroWishRowModel;
  MicroWishConnection: Omit<MicroWishConnection, 'edges'> & { edges: Array<ResolversParentTypes['MicroWishEdge']> };
  MicroWishEdge: Omit<MicroWishEdge, 'node'> & { node: ResolversParentTypes['MicroWish'] };
  MicroWishEvent: MicroWishEventRowModel;
  Mutation: Record<PropertyKey, never>;
  Need: Omit<Need, 'microWish'> & { microWish?: Maybe<ResolversParentTypes['MicroWish']> } | FederationReferenceTypes['Need'];
  OpenPsychologicalFileInput: OpenPsychologicalFileInput;
  PageInfo: PageInfo;
  PreAidCheck: ResolvedCheckModel;
  Professional: ProfessionalRowModel;
  PsychologicalFile: PsychFileRowModel;
  PsychologicalFileEntry: PsychFileEntryRowModel;
  PsychologicalFileEntryInput: PsychologicalFileEntryInput;
  PsychologicalFileHandover: PsychFileHandoverRowModel;
  Query: Record<PropertyKey, never>;
  RecordFeedbackInput: RecordFeedbackInput;
  RecordServiceInput: RecordServiceInput;
  Float: Scalars['Float']['output'];
  RecordTrainingInput: RecordTrainingInput;
  Referral: Omit<Referral, 'feedback' | 'serviceRecords'> & { feedback?: Maybe<Array<ResolversParentTypes['Feedback']>>, serviceRecords?: Maybe<Array<ResolversParentTypes['ServiceRecord']>> } | FederationReferenceTypes['Referral'];
  RegisterProfessionalInput: RegisterProfessionalInput;
  RegisterVolunteerInput: RegisterVolunteerInput;
  ScheduleMeetingInput: ScheduleMeetingInput;
  Service: ServiceOfferingRowModel;
  ServiceAtLocation: ServiceAtLocationRowModel;
  ServiceCapacity: ServiceCapacity;
  ServiceConnection: Omit<ServiceConnection, 'edges'> & { edges: Array<ResolversParentTypes['ServiceEdge']> };
  ServiceConsortium: ConsortiumRowModel;
  ServiceConsortiumConnection: Omit<ServiceConsortiumConnection, 'edges'> & { edges: Array<ResolversParentTypes['ServiceConsortiumEdge']> };
  ServiceConsortiumEdge: Omit<ServiceConsortiumEdge, 'node'> & { node: ResolversParentTypes['ServiceConsortium'] };
  ServiceEdge: Omit<ServiceEdge, 'node'> & { node: ResolversParentTypes['Service'] };
  ServiceLocation: ServiceLocationRowModel;
  ServiceLocationInput: ServiceLocationInput;
  ServicePerformerInput: ServicePerformerInput;
  ServiceReceivedItem: ServiceRecordRowModel;
  ServiceRecord: ServiceRecordRowModel;
  ServiceRecordConnection: Omit<ServiceRecordConnection, 'edges'> & { edges: Array<ResolversParentTypes['ServiceRecordEdge']> };
  ServiceRecordEdge: Omit<ServiceRecordEdge, 'node'> & { node: ResolversParentTypes['ServiceRecord'] };
  Training: TrainingRowModel;
  TrainingAttendanceInput: TrainingAttendanceInput;
  TrainingConnection: Omit<TrainingConnection, 'edges'> & { edges: Array<ResolversParentTypes['TrainingEdge']> };
  TrainingEdge: Omit<TrainingEdge, 'node'> & { node: ResolversParentTypes['Training'] };
  UpdateFollowUpActionInput: UpdateFollowUpActionInput;
  Volunteer: VolunteerRowModel;
  VolunteerTeam: VolunteerTeamRowModel;
  VolunteerTeamMembership: TeamMembershipRowModel;
};

export type AgendaItemResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['AgendaItem'] = ResolversParentTypes['AgendaItem']> = {
  addedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  need?: Resolver<Maybe<ResolversTypes['Need']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['AgendaReason'], ParentType, ContextType>;
  referral?: Resolver<Maybe<ResolversTypes['Referral']>, ParentType, ContextType>;
  releaseCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unclaimedDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CaseAssignmentResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['CaseAssignment'] = ResolversParentTypes['CaseAssignment']> = {
  assignedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  household?: Resolver<Maybe<ResolversTypes['Household']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  professional?: Resolver<ResolversTypes['Professional'], ParentType, ContextType>;
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType>;
  referral?: Resolver<Maybe<ResolversTypes['Referral']>, ParentType, ContextType>;
  referralStatus?: Resolver<Maybe<ResolversTypes['ReferralStatus']>, ParentType, ContextType>;
  townName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CharityOrganizationResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['CharityOrganization'] = ResolversParentTypes['CharityOrganization'], FederationReferenceType extends FederationReferenceTypes['CharityOrganization'] = FederationReferenceTypes['CharityOrganization']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CharityOrganization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  professionals?: Resolver<Maybe<Array<ResolversTypes['Professional']>>, ParentType, ContextType>;
  services?: Resolver<Maybe<Array<ResolversTypes['Service']>>, ParentType, ContextType>;
  teams?: Resolver<Maybe<Array<ResolversTypes['VolunteerTeam']>>, ParentType, ContextType>;
};

export type ConsortiumMemberResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ConsortiumMember'] = ResolversParentTypes['ConsortiumMember']> = {
  consortium?: Resolver<ResolversTypes['ServiceConsortium'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  joinedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['CharityOrganization']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ConsortiumMemberRole'], ParentType, ContextType>;
};

export type FeedbackResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['Feedback'] = ResolversParentTypes['Feedback']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  needMet?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['CharityOrganization']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  referral?: Resolver<Maybe<ResolversTypes['Referral']>, ParentType, ContextType>;
  respondentType?: Resolver<ResolversTypes['RespondentType'], ParentType, ContextType>;
  satisfaction?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FollowUpActionResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['FollowUpAction'] = ResolversParentTypes['FollowUpAction']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  ownerOfficerSubject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownerOrganization?: Resolver<Maybe<ResolversTypes['CharityOrganization']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FollowUpStatus'], ParentType, ContextType>;
  statusNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HouseholdResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['Household'] = ResolversParentTypes['Household'], FederationReferenceType extends FederationReferenceTypes['Household'] = FederationReferenceTypes['Household']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Household']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  servicesReceived?: Resolver<Maybe<Array<ResolversTypes['ServiceReceivedItem']>>, ParentType, ContextType, Partial<HouseholdServicesReceivedArgs>>;
};

export type MeetingResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  agenda?: Resolver<Array<ResolversTypes['AgendaItem']>, ParentType, ContextType>;
  attendees?: Resolver<Array<ResolversTypes['MeetingAttendee']>, ParentType, ContextType>;
  consortium?: Resolver<ResolversTypes['ServiceConsortium'], ParentType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['MeetingDecision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MeetingKind'], ParentType, ContextType>;
  scheduledAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MeetingAttendeeResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['MeetingAttendee'] = ResolversParentTypes['MeetingAttendee']> = {
  officerSubject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['CharityOrganization']>, ParentType, ContextType>;
};

export type MeetingConnectionResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['MeetingConnection'] = ResolversParentTypes['MeetingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MeetingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MeetingDecisionResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['MeetingDecision'] = ResolversParentTypes['MeetingDecision']> = {
  actions?: Resolver<Array<ResolversTypes['FollowUpAction']>, ParentType, ContextType>;
  agendaItem?: Resolver<Maybe<ResolversTypes['AgendaItem']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MeetingEdgeResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['MeetingEdge'] = ResolversParentTypes['MeetingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
};

export type MicroWishResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['MicroWish'] = ResolversParentTypes['MicroWish'], FederationReferenceType extends FederationReferenceTypes['MicroWish'] = FederationReferenceTypes['MicroWish']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MicroWish']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cancelReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['MicroWishCategory'], ParentType, ContextType>;
  claimedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  claimedByMe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  claimedByOrganization?: Resolver<Maybe<ResolversTypes['CharityOrganization']>, ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countyCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deliveredBy?: Resolver<Maybe<ResolversTypes['VolunteerTeam']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['MicroWishEvent']>, ParentType, ContextType>;
  household?: Resolver<Maybe<ResolversTypes['Household']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  need?: Resolver<Maybe<ResolversTypes['Need']>, ParentType, ContextType>;
  publicTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MicroWishStatus'], ParentType, ContextType>;
  valueFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MicroWishConnectionResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['MicroWishConnection'] = ResolversParentTypes['MicroWishConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MicroWishEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MicroWishEdgeResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['MicroWishEdge'] = ResolversParentTypes['MicroWishEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MicroWish'], ParentType, ContextType>;
};

export type MicroWishEventResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['MicroWishEvent'] = ResolversParentTypes['MicroWishEvent']> = {
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['MicroWishStatus']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['MicroWishStatus'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addAgendaItem?: Resolver<ResolversTypes['AgendaItem'], ParentType, ContextType, RequireFields<MutationAddAgendaItemArgs, 'input' | 'meetingId'>>;
  addPsychologicalFileEntry?: Resolver<ResolversTypes['PsychologicalFile'], ParentType, ContextType, RequireFields<MutationAddPsychologicalFileEntryArgs, 'fileId' | 'input'>>;
  addServiceLocation?: Resolver<ResolversTypes['ServiceLocation'], ParentType, ContextType, RequireFields<MutationAddServiceLocationArgs, 'input'>>;
  admitOrganization?: Resolver<ResolversTypes['ConsortiumMember'], ParentType, ContextType, RequireFields<MutationAdmitOrganizationArgs, 'input'>>;
  assignCase?: Resolver<ResolversTypes['CaseAssignment'], ParentType, ContextType, RequireFields<MutationAssignCaseArgs, 'input'>>;
  cancelMicroWish?: Resolver<ResolversTypes['MicroWish'], ParentType, ContextType, RequireFields<MutationCancelMicroWishArgs, 'id' | 'reason'>>;
  claimMicroWish?: Resolver<ResolversTypes['MicroWish'], ParentType, ContextType, RequireFields<MutationClaimMicroWishArgs, 'id'>>;
  closePsychologicalFile?: Resolver<ResolversTypes['PsychologicalFile'], ParentType, ContextType, RequireFields<MutationClosePsychologicalFileArgs, 'closingSummary' | 'fileId'>>;
  collectMicroWish?: Resolver<ResolversTypes['MicroWish'], ParentType, ContextType, RequireFields<MutationCollectMicroWishArgs, 'input'>>;
  confirmMicroWish?: Resolver<ResolversTypes['MicroWish'], ParentType, ContextType, RequireFields<MutationConfirmMicroWishArgs, 'id'>>;
  createConsortium?: Resolver<ResolversTypes['ServiceConsortium'], ParentType, ContextType, RequireFields<MutationCreateConsortiumArgs, 'input'>>;
  createVolunteerTeam?: Resolver<ResolversTypes['VolunteerTeam'], ParentType, ContextType, RequireFields<MutationCreateVolunteerTeamArgs, 'input'>>;
  deliverMicroWish?: Resolver<ResolversTypes['MicroWish'], ParentType, ContextType, RequireFields<MutationDeliverMicroWishArgs, 'id' | 'teamId'>>;
  linkVolunteerToHousehold?: Resolver<ResolversTypes['Volunteer'], ParentType, ContextType, RequireFields<MutationLinkVolunteerToHouseholdArgs, 'householdId' | 'volunteerId'>>;
  openPsychologicalFile?: Resolver<ResolversTypes['PsychologicalFile'], ParentType, ContextType, RequireFields<MutationOpenPsychologicalFileArgs, 'input'>>;
  reassignPsychologicalFile?: Resolver<ResolversTypes['PsychologicalFileHandover'], ParentType, ContextType, RequireFields<MutationReassignPsychologicalFileArgs, 'counsellorId' | 'fileId' | 'reason'>>;
  recordFeedback?: Resolver<ResolversTypes['Feedback'], ParentType, ContextType, RequireFields<MutationRecordFeedbackArgs, 'input'>>;
  recordMeetingDecision?: Resolver<ResolversTypes['MeetingDecision'], ParentType, ContextType, RequireFields<MutationRecordMeetingDecisionArgs, 'input' | 'meetingId'>>;
  recordService?: Resolver<ResolversTypes['ServiceRecord'], ParentType, ContextType, RequireFields<MutationRecordServiceArgs, 'input'>>;
  recordTraining?: Resolver<ResolversTypes['Training'], ParentType, ContextType, RequireFields<MutationRecordTrainingArgs, 'input'>>;
  recordTrainingAttendance?: Resolver<ResolversTypes['Training'], ParentType, ContextType, RequireFields<MutationRecordTrainingAttendanceArgs, 'input' | 'trainingId'>>;
  registerProfessional?: Resolver<ResolversTypes['Professional'], ParentType, ContextType, RequireFields<MutationRegisterProfessionalArgs, 'input'>>;
  registerVolunteer?: Resolver<ResolversTypes['Volunteer'], ParentType, ContextType, RequireFields<MutationRegisterVolunteerArgs, 'input'>>;
  scheduleMeeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationScheduleMeetingArgs, 'input'>>;
  setConsortiumBrand?: Resolver<ResolversTypes['ServiceConsortium'], ParentType, ContextType, RequireFields<MutationSetConsortiumBrandArgs, 'consortiumId'>>;
  setProfessionalActive?: Resolver<ResolversTypes['Professional'], ParentType, ContextType, RequireFields<MutationSetProfessionalActiveArgs, 'active' | 'professionalId'>>;
  updateFollowUpAction?: Resolver<ResolversTypes['FollowUpAction'], ParentType, ContextType, RequireFields<MutationUpdateFollowUpActionArgs, 'actionId' | 'input'>>;
};

export type NeedResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['Need'] = ResolversParentTypes['Need'], FederationReferenceType extends FederationReferenceTypes['Need'] = FederationReferenceTypes['Need']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Need']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  microWish?: Resolver<Maybe<ResolversTypes['MicroWish']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PreAidCheckResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['PreAidCheck'] = ResolversParentTypes['PreAidCheck'], FederationReferenceType extends FederationReferenceTypes['PreAidCheck'] = FederationReferenceTypes['PreAidCheck']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PreAidCheck']> | FederationReferenceType, FederationReferenceType, ContextType>;
  householdId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  servicesReceived?: Resolver<Maybe<Array<ResolversTypes['ServiceReceivedItem']>>, ParentType, ContextType>;
  windowEnd?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  windowStart?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProfessionalResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['Professional'] = ResolversParentTypes['Professional'], FederationReferenceType extends FederationReferenceTypes['Professional'] = FederationReferenceTypes['Professional']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Professional']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  assignedCases?: Resolver<Array<ResolversTypes['CaseAssignment']>, ParentType, ContextType>;
  consortium?: Resolver<ResolversTypes['ServiceConsortium'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProfessionalKind'], ParentType, ContextType>;
  maskedLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maskedQualificationNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['CharityOrganization']>, ParentType, ContextType>;
  programmes?: Resolver<Array<ResolversTypes['Programme']>, ParentType, ContextType>;
  qualificationNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceAreas?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PsychologicalFileResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['PsychologicalFile'] = ResolversParentTypes['PsychologicalFile']> = {
  assessment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closingSummary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  counsellor?: Resolver<ResolversTypes['Professional'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['PsychologicalFileEntry']>, ParentType, ContextType>;
  handovers?: Resolver<Array<ResolversTypes['PsychologicalFileHandover']>, ParentType, ContextType>;
  household?: Resolver<Maybe<ResolversTypes['Household']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nextReviewOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  referral?: Resolver<Maybe<ResolversTypes['Referral']>, ParentType, ContextType>;
  riskLevel?: Resolver<ResolversTypes['RiskLevel'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PsychologicalFileStatus'], ParentType, ContextType>;
};

export type PsychologicalFileEntryResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['PsychologicalFileEntry'] = ResolversParentTypes['PsychologicalFileEntry']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  riskLevel?: Resolver<ResolversTypes['RiskLevel'], ParentType, ContextType>;
  sessionMode?: Resolver<ResolversTypes['PsychologicalSessionMode'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PsychologicalFileHandoverResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['PsychologicalFileHandover'] = ResolversParentTypes['PsychologicalFileHandover']> = {
  fileId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fromCounsellor?: Resolver<ResolversTypes['Professional'], ParentType, ContextType>;
  handedOverAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toCounsellor?: Resolver<ResolversTypes['Professional'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  consortia?: Resolver<ResolversTypes['ServiceConsortiumConnection'], ParentType, ContextType, RequireFields<QueryConsortiaArgs, 'first'>>;
  consortium?: Resolver<Maybe<ResolversTypes['ServiceConsortium']>, ParentType, ContextType, RequireFields<QueryConsortiumArgs, 'id'>>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType, RequireFields<QueryMeetingArgs, 'id'>>;
  meetings?: Resolver<ResolversTypes['MeetingConnection'], ParentType, ContextType, RequireFields<QueryMeetingsArgs, 'first'>>;
  microWish?: Resolver<Maybe<ResolversTypes['MicroWish']>, ParentType, ContextType, RequireFields<QueryMicroWishArgs, 'id'>>;
  microWishes?: Resolver<ResolversTypes['MicroWishConnection'], ParentType, ContextType, RequireFields<QueryMicroWishesArgs, 'first'>>;
  myDeliveries?: Resolver<Array<ResolversTypes['MicroWish']>, ParentType, ContextType, RequireFields<QueryMyDeliveriesArgs, 'first'>>;
  myFollowUpActions?: Resolver<Array<ResolversTypes['FollowUpAction']>, ParentType, ContextType, Partial<QueryMyFollowUpActionsArgs>>;
  myProfessionalProfile?: Resolver<Maybe<ResolversTypes['Professional']>, ParentType, ContextType>;
  myPsychologicalFiles?: Resolver<Array<ResolversTypes['PsychologicalFile']>, ParentType, ContextType>;
  professional?: Resolver<Maybe<ResolversTypes['Professional']>, ParentType, ContextType, RequireFields<QueryProfessionalArgs, 'id'>>;
  psychologicalFile?: Resolver<Maybe<ResolversTypes['PsychologicalFile']>, ParentType, ContextType, RequireFields<QueryPsychologicalFileArgs, 'id'>>;
  publishedMicroWishes?: Resolver<ResolversTypes['MicroWishConnection'], ParentType, ContextType, RequireFields<QueryPublishedMicroWishesArgs, 'first'>>;
  serviceRecord?: Resolver<Maybe<ResolversTypes['ServiceRecord']>, ParentType, ContextType, RequireFields<QueryServiceRecordArgs, 'id'>>;
  serviceRecords?: Resolver<ResolversTypes['ServiceRecordConnection'], ParentType, ContextType, RequireFields<QueryServiceRecordsArgs, 'first'>>;
  services?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, RequireFields<QueryServicesArgs, 'first'>>;
  trainings?: Resolver<ResolversTypes['TrainingConnection'], ParentType, ContextType, RequireFields<QueryTrainingsArgs, 'first'>>;
  volunteer?: Resolver<Maybe<ResolversTypes['Volunteer']>, ParentType, ContextType, RequireFields<QueryVolunteerArgs, 'id'>>;
  volunteerTeam?: Resolver<Maybe<ResolversTypes['VolunteerTeam']>, ParentType, ContextType, RequireFields<QueryVolunteerTeamArgs, 'id'>>;
};

export type ReferralResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['Referral'] = ResolversParentTypes['Referral'], FederationReferenceType extends FederationReferenceTypes['Referral'] = FederationReferenceTypes['Referral']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Referral']> | FederationReferenceType, FederationReferenceType, ContextType>;
  feedback?: Resolver<Maybe<Array<ResolversTypes['Feedback']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  serviceRecords?: Resolver<Maybe<Array<ResolversTypes['ServiceRecord']>>, ParentType, ContextType>;
};

export type ServiceResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service']> = {
  capacity?: Resolver<ResolversTypes['ServiceCapacity'], ParentType, ContextType>;
  consortium?: Resolver<ResolversTypes['ServiceConsortium'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eligibilityDescription?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locations?: Resolver<Array<ResolversTypes['ServiceAtLocation']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['CharityOrganization']>, ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  serviceTypes?: Resolver<Array<ResolversTypes['ServiceType']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServiceStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ServiceAtLocationResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceAtLocation'] = ResolversParentTypes['ServiceAtLocation']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['ServiceLocation'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
};

export type ServiceCapacityResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceCapacity'] = ResolversParentTypes['ServiceCapacity']> = {
  maximum?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['CapacityUnit'], ParentType, ContextType>;
};

export type ServiceConnectionResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceConnection'] = ResolversParentTypes['ServiceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ServiceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ServiceConsortiumResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceConsortium'] = ResolversParentTypes['ServiceConsortium'], FederationReferenceType extends FederationReferenceTypes['ServiceConsortium'] = FederationReferenceTypes['ServiceConsortium']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ServiceConsortium']> | FederationReferenceType, FederationReferenceType, ContextType>;
  brand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['ServiceConsortium']>, ParentType, ContextType>;
  establishedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locations?: Resolver<Array<ResolversTypes['ServiceLocation']>, ParentType, ContextType>;
  memberOrganizations?: Resolver<Array<ResolversTypes['ConsortiumMember']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['ServiceConsortium']>, ParentType, ContextType>;
  professionals?: Resolver<Array<ResolversTypes['Professional']>, ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  teams?: Resolver<Array<ResolversTypes['VolunteerTeam']>, ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['ConsortiumTier'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ServiceConsortiumConnectionResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceConsortiumConnection'] = ResolversParentTypes['ServiceConsortiumConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ServiceConsortiumEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ServiceConsortiumEdgeResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceConsortiumEdge'] = ResolversParentTypes['ServiceConsortiumEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceConsortium'], ParentType, ContextType>;
};

export type ServiceEdgeResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceEdge'] = ResolversParentTypes['ServiceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
};

export type ServiceLocationResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceLocation'] = ResolversParentTypes['ServiceLocation']> = {
  consortium?: Resolver<ResolversTypes['ServiceConsortium'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  longitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['ServiceAtLocation']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ServiceReceivedItemResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceReceivedItem'] = ResolversParentTypes['ServiceReceivedItem']> = {
  endedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['Outcome'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  serviceType?: Resolver<ResolversTypes['ServiceType'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ServiceRecordResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceRecord'] = ResolversParentTypes['ServiceRecord'], FederationReferenceType extends FederationReferenceTypes['ServiceRecord'] = FederationReferenceTypes['ServiceRecord']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ServiceRecord']> | FederationReferenceType, FederationReferenceType, ContextType>;
  endedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  household?: Resolver<Maybe<ResolversTypes['Household']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  need?: Resolver<Maybe<ResolversTypes['Need']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['CharityOrganization']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['Outcome'], ParentType, ContextType>;
  professional?: Resolver<Maybe<ResolversTypes['Professional']>, ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  referral?: Resolver<Maybe<ResolversTypes['Referral']>, ParentType, ContextType>;
  serviceType?: Resolver<ResolversTypes['ServiceType'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['VolunteerTeam']>, ParentType, ContextType>;
  volunteer?: Resolver<Maybe<ResolversTypes['Volunteer']>, ParentType, ContextType>;
};

export type ServiceRecordConnectionResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceRecordConnection'] = ResolversParentTypes['ServiceRecordConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ServiceRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ServiceRecordEdgeResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['ServiceRecordEdge'] = ResolversParentTypes['ServiceRecordEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceRecord'], ParentType, ContextType>;
};

export type TrainingResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['Training'] = ResolversParentTypes['Training']> = {
  attendanceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attendingOrganizations?: Resolver<Array<Maybe<ResolversTypes['CharityOrganization']>>, ParentType, ContextType>;
  attendingProfessionals?: Resolver<Array<ResolversTypes['Professional']>, ParentType, ContextType>;
  attendingVolunteers?: Resolver<Array<ResolversTypes['Volunteer']>, ParentType, ContextType>;
  consortium?: Resolver<ResolversTypes['ServiceConsortium'], ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TrainingKind'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TrainingConnectionResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['TrainingConnection'] = ResolversParentTypes['TrainingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TrainingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type TrainingEdgeResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['TrainingEdge'] = ResolversParentTypes['TrainingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Training'], ParentType, ContextType>;
};

export type VolunteerResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['Volunteer'] = ResolversParentTypes['Volunteer'], FederationReferenceType extends FederationReferenceTypes['Volunteer'] = FederationReferenceTypes['Volunteer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Volunteer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  hoursServed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maskedLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recoveredHousehold?: Resolver<Maybe<ResolversTypes['Household']>, ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['VolunteerSkill']>, ParentType, ContextType>;
  teams?: Resolver<Array<ResolversTypes['VolunteerTeamMembership']>, ParentType, ContextType>;
};

export type VolunteerTeamResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['VolunteerTeam'] = ResolversParentTypes['VolunteerTeam'], FederationReferenceType extends FederationReferenceTypes['VolunteerTeam'] = FederationReferenceTypes['VolunteerTeam']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['VolunteerTeam']> | FederationReferenceType, FederationReferenceType, ContextType>;
  consortium?: Resolver<ResolversTypes['ServiceConsortium'], ParentType, ContextType>;
  foundedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hoursServed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['VolunteerTeamMembership']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['CharityOrganization']>, ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['VolunteerSkill']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VolunteerTeamMembershipResolvers<ContextType = ServicesContext, ParentType extends ResolversParentTypes['VolunteerTeamMembership'] = ResolversParentTypes['VolunteerTeamMembership']> = {
  joinedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  leftOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['TeamRole'], ParentType, ContextType>;
  team?: Resolver<ResolversTypes['VolunteerTeam'], ParentType, ContextType>;
  volunteer?: Resolver<ResolversTypes['Volunteer'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ServicesContext> = {
  AgendaItem?: AgendaItemResolvers<ContextType>;
  CaseAssignment?: CaseAssignmentResolvers<ContextType>;
  CharityOrganization?: CharityOrganizationResolvers<ContextType>;
  ConsortiumMember?: ConsortiumMemberResolvers<ContextType>;
  Feedback?: FeedbackResolvers<ContextType>;
  FollowUpAction?: FollowUpActionResolvers<ContextType>;
  Household?: HouseholdResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  MeetingAttendee?: MeetingAttendeeResolvers<ContextType>;
  MeetingConnection?: MeetingConnectionResolvers<ContextType>;
  MeetingDecision?: MeetingDecisionResolvers<ContextType>;
  MeetingEdge?: MeetingEdgeResolvers<ContextType>;
  MicroWish?: MicroWishResolvers<ContextType>;
  MicroWishConnection?: MicroWishConnectionResolvers<ContextType>;
  MicroWishEdge?: MicroWishEdgeResolvers<ContextType>;
  MicroWishEvent?: MicroWishEventResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Need?: NeedResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PreAidCheck?: PreAidCheckResolvers<ContextType>;
  Professional?: ProfessionalResolvers<ContextType>;
  PsychologicalFile?: PsychologicalFileResolvers<ContextType>;
  PsychologicalFileEntry?: PsychologicalFileEntryResolvers<ContextType>;
  PsychologicalFileHandover?: PsychologicalFileHandoverResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Referral?: ReferralResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServiceAtLocation?: ServiceAtLocationResolvers<ContextType>;
  ServiceCapacity?: ServiceCapacityResolvers<ContextType>;
  ServiceConnection?: ServiceConnectionResolvers<ContextType>;
  ServiceConsortium?: ServiceConsortiumResolvers<ContextType>;
  ServiceConsortiumConnection?: ServiceConsortiumConnectionResolvers<ContextType>;
  ServiceConsortiumEdge?: ServiceConsortiumEdgeResolvers<ContextType>;
  ServiceEdge?: ServiceEdgeResolvers<ContextType>;
  ServiceLocation?: ServiceLocationResolvers<ContextType>;
  ServiceReceivedItem?: ServiceReceivedItemResolvers<ContextType>;
  ServiceRecord?: ServiceRecordResolvers<ContextType>;
  ServiceRecordConnection?: ServiceRecordConnectionResolvers<ContextType>;
  ServiceRecordEdge?: ServiceRecordEdgeResolvers<ContextType>;
  Training?: TrainingResolvers<ContextType>;
  TrainingConnection?: TrainingConnectionResolvers<ContextType>;
  TrainingEdge?: TrainingEdgeResolvers<ContextType>;
  Volunteer?: VolunteerResolvers<ContextType>;
  VolunteerTeam?: VolunteerTeamResolvers<ContextType>;
  VolunteerTeamMembership?: VolunteerTeamMembershipResolvers<ContextType>;
};

