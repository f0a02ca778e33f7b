import type { GraphQLResolveInfo } from 'graphql';
import type { ReachedHousehold as ReachedHouseholdModel } from '../access.js';
import type { PersonRow as PersonRowModel, HouseholdCategoryRow as HouseholdCategoryRowModel, AidRecordRow as AidRecordRowModel, NeedRow as NeedRowModel, ConsentRow as ConsentRowModel, ReferralRow as ReferralRowModel, ReferralTransitionRow as ReferralTransitionRowModel, ReferralEventRow as ReferralEventRowModel, AccessLogRow as AccessLogRowModel } from '../db/schema.js';
import type { PreAidCheckParent as PreAidCheckParentModel } from '../resolvers/PreAidCheck.js';
import type { ReviewedDuplicate as ReviewedDuplicateModel } from '../resolvers/records.js';
import type { PoolEntry as PoolEntryModel } from '../resolvers/Query.js';
import type { ReferralIndicators as ReferralIndicatorsModel } from '../indicators.js';
import type { WorkListScope as WorkListScopeModel, LapsedReferralRow as LapsedReferralRowModel } from '../work-lists.js';
import type { CivilAffairsContext } from '../context.js';
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

/** What an access-log entry records. */
export type AccessKind =
  /** An ID number submitted by the actor (addPerson) matched the record (身份证号比对); the actor was not told. */
  | 'ID_NUMBER_LOOKUP'
  /** Full personal-data values were returned to the actor (查看完整信息). */
  | 'READ';

/** A page of access log entries. */
export type AccessLogConnection = {
  __typename?: 'AccessLogConnection';
  /** The entries on this page with their cursors. */
  edges: Array<AccessLogEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** One access log entry in a page. */
export type AccessLogEdge = {
  __typename?: 'AccessLogEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AccessLogEntry;
};

/** One read of full personal-data values (append-only). */
export type AccessLogEntry = {
  __typename?: 'AccessLogEntry';
  /** Who read (token subject). */
  actor: Scalars['String']['output'];
  /** The organisation they read for, if any. */
  actorOrganization?: Maybe<Scalars['String']['output']>;
  /** The role they read in. */
  actorRole: Scalars['String']['output'];
  /** When, ISO 8601. */
  at: Scalars['String']['output'];
  /** The full-value fields read (or, for an ID-number lookup, `idNumber`). */
  fields: Array<Scalars['String']['output']>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** READ when full values were returned; ID_NUMBER_LOOKUP when a submitted ID number matched this record. */
  kind: AccessKind;
  /** The declared purpose of the access. */
  purpose?: Maybe<Scalars['String']['output']>;
  /** The record's id. */
  recordId: Scalars['ID']['output'];
  /** The kind of record read (Person or Household). */
  recordType: Scalars['String']['output'];
};

/** Input of addHouseholdCategory. */
export type AddHouseholdCategoryInput = {
  /** The category. */
  category: AidCategory;
  /** The household. */
  householdId: Scalars['ID']['input'];
  /** Start of the registration, or the exit / refusal / aid date, ISO date. */
  since: Scalars['String']['input'];
  /** Last day of an ongoing registration, ISO date. */
  until?: InputMaybe<Scalars['String']['input']>;
};

/** Input of addPerson. */
export type AddPersonInput = {
  /** The full name. */
  fullName: Scalars['String']['input'];
  /** The guardian, required for a child under 14: an adult of the same household. */
  guardianId?: InputMaybe<Scalars['ID']['input']>;
  /** The household. */
  householdId: Scalars['ID']['input'];
  /** The 18-character resident ID number (GB 11643). */
  idNumber: Scalars['String']['input'];
  /** A mobile phone number (11 digits starting with 1). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Relation to the head of household. */
  relation: Relation;
};

/** Aid categories of registered households (困难群众类别). */
export type AidCategory =
  /** Child in difficulty (困境儿童). */
  | 'CHILD_IN_DIFFICULTY'
  /** Dependants' family (优抚对象家庭). */
  | 'DEPENDANTS_FAMILY'
  /** Exited aid within the last 3 years (退出救助 3 年内); its date is the exit date. */
  | 'EXITED_AID'
  /** Extreme-poverty support (特困供养). */
  | 'EXTREME_POVERTY'
  /** Left-behind child (留守儿童). */
  | 'LEFT_BEHIND_CHILD'
  /** Registered low-income family (低收入家庭). */
  | 'LOW_INCOME_FAMILY'
  /** Minimum living allowance (低保). */
  | 'MINIMUM_LIVING_ALLOWANCE'
  /** Near-poverty, on the margin of the minimum living allowance (低保边缘). */
  | 'NEAR_POVERTY'
  /** Orphan (孤儿). */
  | 'ORPHAN'
  /** Another department's aid received within the last year (其他部门救助 1 年内); its date is the aid date. */
  | 'OTHER_DEPARTMENT_AID'
  /** Applicant refused this year or last year (申请未通过); its date is the refusal date. */
  | 'REFUSED_APPLICANT'
  /** Temporary aid received within the last year (临时救助 1 年内); its date is the aid date. */
  | 'TEMPORARY_AID';

/** Government aid (政府救助) received by a household over a period. */
export type AidRecord = {
  __typename?: 'AidRecord';
  /** Amount for the period, in fen (分). */
  amountFen: Scalars['Int']['output'];
  /** The household it is paid to (by the household rule: null, with NOT_FOUND, outside the caller's region). */
  household?: Maybe<Household>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Last day of the period, ISO date. */
  periodEnd: Scalars['String']['output'];
  /** First day of the period, ISO date. */
  periodStart: Scalars['String']['output'];
  /** The programme this aid counts against in the pre-aid check. */
  programme: Programme;
  /** Whether the aid is being paid. */
  status: AidStatus;
  /** The kind of aid. */
  type: AidType;
};

/** State of an aid record. */
export type AidStatus =
  /** Being paid (发放中). */
  | 'ACTIVE'
  /** Finished (已终止). */
  | 'ENDED'
  /** Suspended for now (暂停发放). */
  | 'SUSPENDED';

/** Kinds of government aid. */
export type AidType =
  /** Minimum living allowance payment (低保金). */
  | 'ALLOWANCE'
  /** Education assistance (教育救助). */
  | 'EDUCATION'
  /** Employment assistance (就业救助). */
  | 'EMPLOYMENT_ASSISTANCE'
  /** Extreme-poverty support (特困供养金). */
  | 'EXTREME_POVERTY_SUPPORT'
  /** Housing assistance (住房救助). */
  | 'HOUSING'
  /** Medical assistance (医疗救助). */
  | 'MEDICAL'
  /** Temporary aid (临时救助). */
  | 'TEMPORARY_AID';

/**
 * Charity aid received, one item per disbursement (for the pre-aid check 救前查询). Shared with
 * civil-affairs, which reads `programme` and `amountFen`.
 */
export type CharityAidItem = {
  __typename?: 'CharityAidItem';
  /** Amount in fen. */
  amountFen: Scalars['Int']['output'];
  /** The programme of the project it came from. */
  programme: Programme;
};

/**
 * A charity organisation (慈善组织) that is a member of the federation's service consortia: a foundation, a
 * social organisation or a social service institution. Registry information, public.
 */
export type CharityOrganization = {
  __typename?: 'CharityOrganization';
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
};

/**
 * A household's separate consent (单独同意) to refer its case to charities: what for, which data, to whom,
 * how it was given and for how long.
 */
export type Consent = {
  __typename?: 'Consent';
  /** True when every member organisation of the charity federation is a recipient. */
  allFederationMembers: Scalars['Boolean']['output'];
  /** Data categories that may be shared. */
  dataCategories: Array<ConsentDataCategory>;
  /** Who gave it: the subject, or the guardian of a child under 14. */
  givenBy?: Maybe<Person>;
  /** The household the consent is for. */
  household?: Maybe<Household>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** How the consent was given. */
  method: ConsentMethod;
  /** Purposes the data may be used for. */
  purposes: Array<ConsentPurpose>;
  /** The named recipient organisations (when not all federation members). */
  recipients: Array<Maybe<CharityOrganization>>;
  /** When it was recorded, ISO 8601. */
  recordedAt: Scalars['String']['output'];
  /** ACTIVE, EXPIRED or WITHDRAWN, as of now. */
  status: ConsentStatus;
  /** The person whose data it covers. */
  subject?: Maybe<Person>;
  /** First day it is valid, ISO 8601. */
  validFrom: Scalars['String']['output'];
  /** When it ends, ISO 8601. */
  validUntil: Scalars['String']['output'];
  /** Why it was withdrawn. */
  withdrawalReason?: Maybe<Scalars['String']['output']>;
  /** When it was withdrawn, ISO 8601. */
  withdrawnAt?: Maybe<Scalars['String']['output']>;
};

/** Data categories a consent may cover. */
export type ConsentDataCategory =
  /** The home address (家庭住址). */
  | 'ADDRESS'
  /** A contact route (联系方式; a phone). */
  | 'CONTACT'
  /** Health data relevant to the need (健康信息). */
  | 'HEALTH'
  /** Household composition (家庭成员构成; size, ages). */
  | 'HOUSEHOLD_COMPOSITION'
  /** The name (姓名), shown masked to organisations. */
  | 'NAME'
  /** The need and its costs (需求及费用; no personal data). */
  | 'NEED_DETAILS';

/** How a consent was given. */
export type ConsentMethod =
  /** Signed electronically (电子签名). */
  | 'ELECTRONIC_SIGNATURE'
  /** Given orally and recorded (口头同意并记录). */
  | 'ORAL_RECORDED'
  /** Signed on paper (书面签字). */
  | 'WRITTEN'
  /** Given in the 浙里救 app (浙里救授权). */
  | 'ZHELIJIU_APP';

/** Purposes a consent allows. */
export type ConsentPurpose =
  /** Follow-up and feedback (救后反馈). */
  | 'FOLLOW_UP'
  /** Referral to charities (对象推送). */
  | 'REFERRAL'
  /** Delivering the help (提供帮扶服务). */
  | 'SERVICE_DELIVERY';

/** State of a consent. */
export type ConsentStatus =
  /** Valid now (有效). */
  | 'ACTIVE'
  /** Past its validity (已过期). */
  | 'EXPIRED'
  /** Not yet valid (未生效). */
  | 'PENDING'
  /** Withdrawn by the household (已撤回). */
  | 'WITHDRAWN';

/** The household fields an organisation may see under consent. */
export type ConsentedContact = {
  __typename?: 'ConsentedContact';
  /** Household size (consent category HOUSEHOLD_COMPOSITION). */
  householdSize?: Maybe<Scalars['Int']['output']>;
  /** The subject's masked name (consent category NAME). */
  maskedName?: Maybe<Scalars['String']['output']>;
  /** The subject's phone (consent category CONTACT). Each read is written to the access log. */
  phone?: Maybe<Scalars['String']['output']>;
  /** The household's town. */
  townName: Scalars['String']['output'];
};

/** Input of createReferral. */
export type CreateReferralInput = {
  /** The consent it depends on (of the need's household). */
  consentId: Scalars['ID']['input'];
  /** An organisation the referral is directed to; only it may claim it. */
  directedToOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The need to refer. */
  needId: Scalars['ID']['input'];
  /** An optional note. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A person submitted with an ID number already registered: no one was registered, and the county office of the
 * existing person checks whether it is a move, a mistyped number or misuse.
 */
export type DuplicateIdReview = {
  __typename?: 'DuplicateIdReview';
  /** The person already registered with the ID number (in the officer's county). */
  existingPerson?: Maybe<Person>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** PENDING until resolved. */
  status: Scalars['String']['output'];
  /** When, ISO 8601. */
  submittedAt: Scalars['String']['output'];
  /** Who submitted it (token subject). */
  submittedBy: Scalars['String']['output'];
  /** The role they submitted in. */
  submittedByRole: Scalars['String']['output'];
  /** The name given in the submission, masked. */
  submittedMaskedName: Scalars['String']['output'];
  /** The relation given in the submission. */
  submittedRelation: Relation;
  /** The town of the household the person was submitted to. */
  submittedTownName: Scalars['String']['output'];
};

/** A page of duplicate ID reviews. */
export type DuplicateIdReviewConnection = {
  __typename?: 'DuplicateIdReviewConnection';
  /** The reviews on this page with their cursors. */
  edges: Array<DuplicateIdReviewEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** One duplicate ID review in a page. */
export type DuplicateIdReviewEdge = {
  __typename?: 'DuplicateIdReviewEdge';
  /** Opaque cursor: pass it as `after` to continue after this review. */
  cursor: Scalars['String']['output'];
  /** The review. */
  node: DuplicateIdReview;
};

/** Eligibility for linked aid (救助对象认定), with the reasons. */
export type Eligibility = {
  __typename?: 'Eligibility';
  /** The day judged on, ISO date. */
  asOf: Scalars['String']['output'];
  /** True when at least one reason applies. */
  eligible: Scalars['Boolean']['output'];
  /** The household's income line in fen: 100,000 CNY a year for three people, scaled linearly by size. */
  incomeLineFen: Scalars['Int']['output'];
  /** Every basis considered, applying or not, each with an explanation. */
  reasons: Array<EligibilityReason>;
};

/** What an eligibility reason rests on. */
export type EligibilityBasis =
  /** A registered aid category within its time window (救助类别). */
  | 'CATEGORY'
  /** Annual household income under the income line for the household's size (低收入标准). */
  | 'INCOME_LINE';

/** One basis of eligibility and whether it applies. */
export type EligibilityReason = {
  __typename?: 'EligibilityReason';
  /** True when this basis makes the household eligible on the day judged. */
  applies: Scalars['Boolean']['output'];
  /** A registered category or the income line. */
  basis: EligibilityBasis;
  /** The category, for basis CATEGORY. */
  category?: Maybe<AidCategory>;
  /** Why it applies or not, in plain words. */
  explanation: Scalars['String']['output'];
  /** The last day this basis applies, ISO date, when it ends. */
  validUntil?: Maybe<Scalars['String']['output']>;
};

/**
 * A household registered with civil affairs (登记困难家庭). Other subgraphs refer to it by `id` only and add
 * their own fields (charity aid received, services received); personal data stays here.
 */
export type Household = {
  __typename?: 'Household';
  /** The full home address (personal data). Each read is written to the access log. */
  address?: Maybe<Scalars['String']['output']>;
  /** Government aid received, newest period first. */
  aidRecords: Array<AidRecord>;
  /** Declared annual household income in fen (分). */
  annualIncomeFen?: Maybe<Scalars['Int']['output']>;
  /** The aid categories the household is registered in, with their dates. */
  categories: Array<HouseholdCategory>;
  /** Consents given for the household, newest first. */
  consents: Array<Consent>;
  /** The 6-digit code of the district or county (区县) the household is registered in. */
  countyCode: Scalars['String']['output'];
  /** Name of the district or county, e.g. 海曙区. */
  countyName: Scalars['String']['output'];
  /**
   * Whether the household is eligible for linked aid today (or on `asOf`), with every reason considered:
   * registered categories within their time windows, and the income line.
   */
  eligibility?: Maybe<Eligibility>;
  /**
   * The household's history: registration, categories, aid, needs, consents, pre-aid checks and referral
   * transitions, newest first.
   */
  history: Array<HouseholdHistoryEntry>;
  /** Opaque, stable id. Safe to share with charity and services subgraphs. */
  id: Scalars['ID']['output'];
  /** The members of the household, head of household first. */
  members: Array<Person>;
  /** Needs recorded for the household, highest priority first. */
  needs: Array<Need>;
  /** Referrals of the household's needs, newest first. */
  referrals: Array<Referral>;
  /** When the household was registered, ISO 8601 (civil-affairs staff only; null for a holding organisation). */
  registeredAt?: Maybe<Scalars['String']['output']>;
  /**
   * How many people live in the household. A holding organisation reads it only under a consent covering
   * HOUSEHOLD_COMPOSITION (else null); it reads no other household field beyond the county and town, except
   * `address` and `villageCode` under ADDRESS (lists come back empty for it).
   */
  size?: Maybe<Scalars['Int']['output']>;
  /** The 9-digit code of the town or street (乡镇/街道). */
  townCode: Scalars['String']['output'];
  /** Name of the town or street. */
  townName: Scalars['String']['output'];
  /**
   * The 12-digit code of the village or community (村/社区). Hidden from roles without address rights: with a
   * town, it can narrow a household down to a few families.
   */
  villageCode?: Maybe<Scalars['String']['output']>;
};


/**
 * A household registered with civil affairs (登记困难家庭). Other subgraphs refer to it by `id` only and add
 * their own fields (charity aid received, services received); personal data stays here.
 */
export type HouseholdEligibilityArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};

/** A household's registration in one aid category. */
export type HouseholdCategory = {
  __typename?: 'HouseholdCategory';
  /** The category. */
  category: AidCategory;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /**
   * The date that starts the category's window, ISO date: the start of the registration, or for
   * EXITED_AID / REFUSED_APPLICANT / TEMPORARY_AID / OTHER_DEPARTMENT_AID the exit, refusal or aid date.
   */
  since: Scalars['String']['output'];
  /** The last day of an ongoing registration, ISO date; null while it lasts. */
  until?: Maybe<Scalars['String']['output']>;
};

/** A page of households (Relay cursor connection). */
export type HouseholdConnection = {
  __typename?: 'HouseholdConnection';
  /** The households on this page with their cursors. */
  edges: Array<HouseholdEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** One household in a page, with the cursor that points at it. */
export type HouseholdEdge = {
  __typename?: 'HouseholdEdge';
  /** Opaque cursor: pass it as `after` to continue after this household. */
  cursor: Scalars['String']['output'];
  /** The household. */
  node: Household;
};

/** One entry of a household's history. */
export type HouseholdHistoryEntry = {
  __typename?: 'HouseholdHistoryEntry';
  /** When it happened, ISO 8601. */
  at: Scalars['String']['output'];
  /** What kind of event it was. */
  kind: HouseholdHistoryKind;
  /** The id of the record the entry is about (aid record, need, consent, check or referral). */
  recordId?: Maybe<Scalars['ID']['output']>;
  /** A short description without personal data. */
  summary: Scalars['String']['output'];
};

/** Kinds of household history entries. */
export type HouseholdHistoryKind =
  /** Government aid was recorded (政府救助). */
  | 'AID'
  /** An aid category was registered (认定救助类别). */
  | 'CATEGORY'
  /** A consent was given (授权同意). */
  | 'CONSENT_GIVEN'
  /** A consent was withdrawn (撤回同意). */
  | 'CONSENT_WITHDRAWN'
  /** A need was recorded (登记需求). */
  | 'NEED'
  /** A pre-aid check was run (救前查询). */
  | 'PRE_AID_CHECK'
  /** A referral changed state (转介状态变更). */
  | 'REFERRAL'
  /** The household was registered (登记建档). */
  | 'REGISTERED';

/** How a need reached civil affairs. */
export type IntakeChannel =
  /** Pushed by another department (部门推送). */
  | 'DEPARTMENT_PUSH'
  /** A home visit (入户走访). */
  | 'HOME_VISIT'
  /** The 81890 hotline (81890 热线). */
  | 'HOTLINE_81890'
  /** Proactive discovery (主动发现). */
  | 'PROACTIVE_DISCOVERY'
  /** The 浙里救 app (浙里救). */
  | 'ZHELIJIU_APP';

/** A referral whose claims keep lapsing, with how often. */
export type LapsedReferral = {
  __typename?: 'LapsedReferral';
  /** How many claims of it lapsed unaccepted. */
  lapses: Scalars['Int']['output'];
  /** The referral. */
  referral: Referral;
};

/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** RECEIVED → ACCEPTED: the holding organisation accepts the case. */
  acceptReferral: Referral;
  /** Registers a household in an aid category with its date (start, exit, refusal or aid date). */
  addHouseholdCategory: Household;
  /**
   * Submits a person for a household of the caller's region. The ID number is validated (GB 11643 check
   * digit, birth date); birth date and sex are derived from it. A child under 14 needs a guardian, an adult of
   * the same household. A new ID number registers the person, who is then listed among the household's
   * `members`. An ID number registered already (anywhere) registers no one: the submission goes to the county
   * office of the existing person for review. The answer is the same in both cases, so it never tells whether
   * an ID number exists.
   */
  addPerson: PersonSubmission;
  /** Any open state → CANCELLED with a reason, by civil-affairs staff. */
  cancelReferral: Referral;
  /**
   * REQUESTED → RECEIVED: the caller's organisation claims (认领) the referral. Atomic: of concurrent claims
   * exactly one wins; the others get CONFLICT.
   */
  claimReferral: Referral;
  /** IN_PROGRESS → COMPLETED with an outcome (救后反馈). */
  completeReferral: Referral;
  /**
   * Creates a referral of a need in DRAFT. It names the consent that covers it and, optionally, an
   * organisation it is directed to.
   */
  createReferral: Referral;
  /** ACCEPTED, IN_PROGRESS or ON_HOLD → FAILED with an outcome and a reason. */
  failReferral: Referral;
  /** IN_PROGRESS → ON_HOLD with a reason. */
  holdReferral: Referral;
  /** Any state but ENTERED_IN_ERROR → ENTERED_IN_ERROR: the referral should never have existed. */
  markReferralEnteredInError: Referral;
  /** Records government aid (政府救助) received by a household. */
  recordAid: AidRecord;
  /**
   * Records a household's separate consent (单独同意) to refer its case to charities. For a child under 14
   * the consent is given by the child's guardian.
   */
  recordConsent: Consent;
  /** Records a need in the standard need library (帮扶需求项目库). */
  recordNeed: Need;
  /** Registers a household (登记困难家庭) in a village of the caller's region. */
  registerHousehold: Household;
  /**
   * → REJECTED with a reason: the holding organisation rejects a received referral, or the charity
   * federation rejects one from the pool.
   */
  rejectReferral: Referral;
  /** RECEIVED → REQUESTED: the holding organisation releases its claim back to the pool. */
  releaseReferral: Referral;
  /**
   * DRAFT → REQUESTED: pushes the referral to the pool (对象推送). Needs an active consent covering the
   * recipients, a need with a gap left (else INVALID_TRANSITION, `extensions.reason` NO_GAP) and a pre-aid check
   * of the household and programme that is recent enough (else PRE_AID_CHECK_REQUIRED). Within means (量力而行):
   * the check is judged at this moment with what charity and services hold, asked as the caller; a verdict of
   * OVER_CAP or SAME_PROGRAMME_ACTIVE blocks the request (INVALID_TRANSITION, `extensions.reason` the verdict)
   * unless a civil-affairs officer gives `overrideReason`. The verdict and the override are kept in the
   * referral's history. When charity or services does not answer there is no verdict (SUBGRAPH_UNAVAILABLE,
   * retryable) and nothing is written.
   */
  requestReferral: Referral;
  /** ON_HOLD → IN_PROGRESS. */
  resumeReferral: Referral;
  /**
   * Runs the pre-aid check (救前查询) for a household over a window and records it. The verdict joins
   * government aid with charity disbursements and services received through the graph.
   */
  runPreAidCheck: PreAidCheck;
  /** ACCEPTED → IN_PROGRESS: the holding organisation starts the help. */
  startReferral: Referral;
  /**
   * Withdraws a consent. Open referrals that depend on it are cancelled in the same transaction, and their
   * organisations lose access to the household's fields.
   */
  withdrawConsent: Consent;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationAcceptReferralArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationAddHouseholdCategoryArgs = {
  input: AddHouseholdCategoryInput;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationAddPersonArgs = {
  input: AddPersonInput;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationCancelReferralArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationClaimReferralArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationCompleteReferralArgs = {
  id: Scalars['ID']['input'];
  outcome: Outcome;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationCreateReferralArgs = {
  input: CreateReferralInput;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationFailReferralArgs = {
  id: Scalars['ID']['input'];
  outcome: Outcome;
  reason: Scalars['String']['input'];
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationHoldReferralArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationMarkReferralEnteredInErrorArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationRecordAidArgs = {
  input: RecordAidInput;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationRecordConsentArgs = {
  input: RecordConsentInput;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationRecordNeedArgs = {
  input: RecordNeedInput;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationRegisterHouseholdArgs = {
  input: RegisterHouseholdInput;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationRejectReferralArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationReleaseReferralArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationRequestReferralArgs = {
  id: Scalars['ID']['input'];
  overrideReason?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationResumeReferralArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationRunPreAidCheckArgs = {
  householdId: Scalars['ID']['input'];
  programme: Programme;
  windowEnd: Scalars['String']['input'];
  windowStart: Scalars['String']['input'];
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationStartReferralArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationWithdrawConsentArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/**
 * A need in the standard need library (帮扶需求项目库): what a household needs, what is already covered and the
 * gap left for charities.
 */
export type Need = {
  __typename?: 'Need';
  /** How the need reached civil affairs. */
  channel: IntakeChannel;
  /** When the need was recorded, ISO 8601. */
  collectedAt: Scalars['String']['output'];
  /** Who recorded the need (worker id). */
  collectedBy: Scalars['String']['output'];
  /** What is already covered, line by line. */
  coverage: NeedCoverage;
  /** Estimated cost in fen. */
  estimatedCostFen: Scalars['Int']['output'];
  /** Estimated cost minus every coverage line, never below zero, in fen. */
  gapFen: Scalars['Int']['output'];
  /** The household that has the need. */
  household?: Maybe<Household>;
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** Priority of the need (major illness, disaster and sudden accident come first). */
  priority: NeedPriority;
  /** The programme (八大善扶工程) it belongs to. */
  programme: Programme;
  /** A public summary with no personal data, safe for charities and the public. */
  publicSummary: Scalars['String']['output'];
  /** Where the need stands. */
  status: NeedStatus;
  /** The sub-type within the programme. */
  subType: NeedSubType;
  /** The name of the household's town, for the pool. */
  townName: Scalars['String']['output'];
};

/**
 * The needs recorded through one intake channel in a period. When `suppressed` is true every figure is null; in a
 * shown row, `referred` and `met` are null when they or the rest of the row are between 1 and the threshold, or
 * must stay hidden so that another row's hidden figure cannot be recovered by subtraction.
 */
export type NeedChannelIndicatorRow = {
  __typename?: 'NeedChannelIndicatorRow';
  /** The intake channel (how the need was found). */
  channel: IntakeChannel;
  /** Of `recorded`, needs now MET (a referral completed with help). */
  met?: Maybe<Scalars['Int']['output']>;
  /** Needs recorded through the channel in the period. */
  recorded?: Maybe<Scalars['Int']['output']>;
  /** Of `recorded`, needs with a referral that was requested at least once (referred to charity). */
  referred?: Maybe<Scalars['Int']['output']>;
  /** Whether the row's figures are withheld (fewer needs than the threshold, or its complement). */
  suppressed: Scalars['Boolean']['output'];
};

/** A page of needs (Relay cursor connection). */
export type NeedConnection = {
  __typename?: 'NeedConnection';
  /** The needs on this page with their cursors. */
  edges: Array<NeedEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** What already covers a need, in fen. The medical lines are health data; `Need.gapFen` is the aggregate every role reads. */
export type NeedCoverage = {
  __typename?: 'NeedCoverage';
  /**
   * Basic medical insurance (基本医疗保险). Health data: for civil-affairs staff of the region with
   * person:health, or who record needs (need:write); null for everyone else.
   */
  basicMedicalInsuranceFen?: Maybe<Scalars['Int']['output']>;
  /** Critical-illness insurance (大病保险). Health data, as basicMedicalInsuranceFen. */
  criticalIllnessInsuranceFen?: Maybe<Scalars['Int']['output']>;
  /** Medical assistance (医疗救助). Health data, as basicMedicalInsuranceFen. */
  medicalAssistanceFen?: Maybe<Scalars['Int']['output']>;
  /** Other government aid. */
  otherGovernmentAidFen: Scalars['Int']['output'];
};

/** One need in a page. */
export type NeedEdge = {
  __typename?: 'NeedEdge';
  /** Opaque cursor: pass it as `after` to continue after this need. */
  cursor: Scalars['String']['output'];
  /** The need. */
  node: Need;
};

/** Filters of the need list. */
export type NeedFilter = {
  /** Only needs of households registered in this aid category. */
  category?: InputMaybe<AidCategory>;
  /** Only this priority. */
  priority?: InputMaybe<NeedPriority>;
  /** Only this programme. */
  programme?: InputMaybe<Programme>;
  /** A county (6 digits), town (9) or village (12) code within the caller's region. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Only this status. */
  status?: InputMaybe<NeedStatus>;
};

/** Priority of a need (scientific assessment, 分类分级). */
export type NeedPriority =
  /** Disaster (灾害). */
  | 'DISASTER'
  /** Major illness (大病). */
  | 'MAJOR_ILLNESS'
  /** Routine (一般). */
  | 'ROUTINE'
  /** Sudden accident (意外事故). */
  | 'SUDDEN_ACCIDENT';

/** Where a need stands. */
export type NeedStatus =
  /** Closed without being met (未满足关闭). */
  | 'CLOSED'
  /** Met (已满足). */
  | 'MET'
  /** Recorded, not referred (待转介). */
  | 'OPEN'
  /** Referred to charities (已转介). */
  | 'REFERRED';

/** Sub-types of needs within their programmes. */
export type NeedSubType =
  /** 善助: care (照护服务). */
  | 'CARE'
  /** 善解: casework (个案辅导). */
  | 'CASEWORK'
  /** 善学: compulsory education (义务教育). */
  | 'COMPULSORY_EDUCATION'
  /** 善养: elderly meals (老年助餐). */
  | 'ELDERLY_MEALS'
  /** 善业: employment training (就业培训). */
  | 'EMPLOYMENT_TRAINING'
  /** 善居: furniture and appliances (家具家电). */
  | 'FURNITURE'
  /** 善学: general high school (普通高中). */
  | 'GENERAL_HIGH_SCHOOL'
  /** 善助: goods (物资帮扶). */
  | 'GOODS'
  /** 善解: group counselling (团体辅导). */
  | 'GROUP_COUNSELLING'
  /** 善学: higher education (高等教育). */
  | 'HIGHER_EDUCATION'
  /** 善养: hospice care (安宁疗护). */
  | 'HOSPICE_CARE'
  /** 善助: housekeeping (家政服务). */
  | 'HOUSEKEEPING'
  /** 善居: housing repair (房屋修缮). */
  | 'HOUSING_REPAIR'
  /** 善解: lectures (心理讲座). */
  | 'LECTURES'
  /** 善解: long-term psychological file (长期心理档案). */
  | 'LONG_TERM_FILE'
  /** 善医: medical costs left after insurance and medical assistance (医疗费用缺口). */
  | 'MEDICAL_COSTS'
  /** 善领: a micro-wish (微心愿). */
  | 'MICRO_WISH'
  /** 善学: preschool (学前教育). */
  | 'PRESCHOOL'
  /** 善解: psychological hotline (心理热线). */
  | 'PSYCH_HOTLINE'
  /** 善业: public-welfare job (公益性岗位). */
  | 'PUBLIC_WELFARE_JOB'
  /** 善学: secondary vocational school (中职教育). */
  | 'SECONDARY_VOCATIONAL';

/**
 * An officer's work lists over one region (主动发现, 应救尽救). Each list is capped by `first` (1 to 100, default
 * 20) and ordered so that what waits longest or matters most comes first.
 */
export type OfficerWorkList = {
  __typename?: 'OfficerWorkList';
  /** Government aid being paid whose period ends within `withinDays` days: renew, review or follow up. Soonest first. */
  aidEndingSoon: Array<AidRecord>;
  /** The region prefix the lists cover. */
  regionCode: Scalars['String']['output'];
  /** Open referrals whose claim lapsed unaccepted at least `minLapses` times, the most lapsed first. */
  repeatedlyLapsedReferrals: Array<LapsedReferral>;
  /** Referrals in the pool (REQUESTED) for more than `olderThanDays` days with no claim, the longest waiting first. */
  unclaimedReferrals: Array<Referral>;
  /**
   * Open needs with a gap left, of households registered in an aid category in force today, that have no open
   * referral: households that qualify and wait for nobody. Most urgent first (priority, then the oldest need).
   */
  unreferredNeeds: Array<Need>;
};


/**
 * An officer's work lists over one region (主动发现, 应救尽救). Each list is capped by `first` (1 to 100, default
 * 20) and ordered so that what waits longest or matters most comes first.
 */
export type OfficerWorkListAidEndingSoonArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  withinDays?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An officer's work lists over one region (主动发现, 应救尽救). Each list is capped by `first` (1 to 100, default
 * 20) and ordered so that what waits longest or matters most comes first.
 */
export type OfficerWorkListRepeatedlyLapsedReferralsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  minLapses?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An officer's work lists over one region (主动发现, 应救尽救). Each list is capped by `first` (1 to 100, default
 * 20) and ordered so that what waits longest or matters most comes first.
 */
export type OfficerWorkListUnclaimedReferralsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  olderThanDays?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An officer's work lists over one region (主动发现, 应救尽救). Each list is capped by `first` (1 to 100, default
 * 20) and ordered so that what waits longest or matters most comes first.
 */
export type OfficerWorkListUnreferredNeedsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
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
 * A person in a registered household. The full name, ID number and phone are separate fields behind their own
 * scopes; masked forms serve most roles. Every read of a full value is written to the access log.
 */
export type Person = {
  __typename?: 'Person';
  /** Age in whole years today, derived from the ID number. */
  age: Scalars['Int']['output'];
  /** Birth date derived from the ID number, ISO date (personal data of minors needs person:minor). */
  birthDate?: Maybe<Scalars['String']['output']>;
  /** The full name (personal data). */
  fullName?: Maybe<Scalars['String']['output']>;
  /**
   * The guardian (监护人) of a child under 14. Minors' data: needs person:minor (`isMinor` and `age` stay
   * available with household:read).
   */
  guardian?: Maybe<Person>;
  /** The household the person belongs to. */
  household: Household;
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** The 18-character resident ID number (居民身份证号码, GB 11643), in full (personal data). */
  idNumber?: Maybe<Scalars['String']['output']>;
  /** True for a child under 14, whose consent is given by a guardian. */
  isMinor: Scalars['Boolean']['output'];
  /**
   * The ID number with all but the first 2 (province) and the last 2 characters masked, e.g.
   * 33**************3X. Beside the county and the age, this still leaves thousands of candidate numbers.
   */
  maskedIdNumber: Scalars['String']['output'];
  /** The name with all but the family name masked, e.g. 王**. */
  maskedName: Scalars['String']['output'];
  /** The phone with the middle four digits masked, e.g. 138****1234. */
  maskedPhone?: Maybe<Scalars['String']['output']>;
  /** The mobile phone number in full (personal data). */
  phone?: Maybe<Scalars['String']['output']>;
  /** Relation to the head of household. */
  relation: Relation;
  /** Sex derived from the ID number. */
  sex?: Maybe<Sex>;
};

/**
 * The answer to addPerson: the same fields and the same message whether the person was registered or the
 * ID number was already registered and went to review.
 */
export type PersonSubmission = {
  __typename?: 'PersonSubmission';
  /** The household the person was submitted to. */
  householdId: Scalars['ID']['output'];
  /** A fixed message: where to find the person once registered. */
  message: Scalars['String']['output'];
};

/**
 * A pre-aid check (救前查询) of one household over a window. Charity adds `charityAid` and services adds
 * `servicesReceived` by the compound key; civil affairs computes the verdict from them and government aid.
 */
export type PreAidCheck = {
  __typename?: 'PreAidCheck';
  /** The programme's cap (from configuration) in fen. */
  capFen: Scalars['Int']['output'];
  /** Charity disbursements to the household in the window (from the charity subgraph). */
  charityAid?: Maybe<Array<CharityAidItem>>;
  /** When the check was run, ISO 8601. */
  checkedAt: Scalars['String']['output'];
  /** Who ran the check. */
  checkedBy: Scalars['String']['output'];
  /** The verdict explained with the amounts that led to it. */
  explanation?: Maybe<Scalars['String']['output']>;
  /** Government aid overlapping the window. */
  governmentAid: Array<AidRecord>;
  /** The household. */
  household?: Maybe<Household>;
  /** The household checked (opaque id). */
  householdId: Scalars['ID']['output'];
  /** Opaque id of the recorded check. */
  id: Scalars['ID']['output'];
  /** The programme of the planned aid. */
  programme: Programme;
  /** Services the household received in the window (from the services subgraph). */
  servicesReceived?: Maybe<Array<ServiceReceivedItem>>;
  /**
   * The verdict: NONE, SAME_PROGRAMME_ACTIVE (the programme already helps the household in the window) or
   * OVER_CAP (aid of the programme from all sources reaches the programme's cap). Null, with a
   * SUBGRAPH_UNAVAILABLE error, when charity or services did not answer: no verdict is given on partial data.
   */
  verdict?: Maybe<PreAidVerdict>;
  /** Last day of the window, ISO date. */
  windowEnd: Scalars['String']['output'];
  /** First day of the window, ISO date. */
  windowStart: Scalars['String']['output'];
};

/** Verdicts of the pre-aid check. */
export type PreAidVerdict =
  /** No aid of this programme in the window (无同类帮扶): go ahead. */
  | 'NONE'
  /** Aid of this programme from all sources reaches the cap (已达帮扶上限): no over-assistance (量力而行). */
  | 'OVER_CAP'
  /** The programme already helps the household in the window (同类帮扶进行中): avoid duplicate aid (避免重复救助). */
  | 'SAME_PROGRAMME_ACTIVE';

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
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * The append-only access log of reads of full personal-data values, newest first, for households in the
   * caller's region (or one record).
   */
  accessLog: AccessLogConnection;
  /**
   * Pending duplicate ID reviews (身份证号重复核查) of the county officer's county, oldest first: persons
   * submitted with an ID number already registered to a person of this county. The submitter was not told.
   */
  duplicateIdReviews: DuplicateIdReviewConnection;
  /** One household by id, if it lies in the caller's region. Not found and not allowed look the same (null). */
  household?: Maybe<Household>;
  /** Households in the caller's region, newest registration first, as a cursor-paginated connection. */
  households: HouseholdConnection;
  /**
   * The referrals the caller's organisation holds or held (its work list), in one state or all, most recently
   * changed first. What it reads of each follows the referral's own rules (the household only as the consent
   * allows).
   */
  myOrganizationReferrals: Array<Referral>;
  /** One need by id, if its household lies in the caller's region. */
  need?: Maybe<Need>;
  /**
   * Needs of the standard need library (帮扶需求项目库) in the caller's region. Default order: priority
   * (major illness first), then the oldest need first.
   */
  needs: NeedConnection;
  /**
   * The officer's work lists (主动发现, 应救尽救) for the caller's region, or a narrower `regionCode` inside it:
   * households that qualify and wait for nobody, referrals left unclaimed, claims that keep lapsing, and aid
   * that ends soon. Civil-affairs staff only; each list is one statement over the region.
   */
  officerWorkList: OfficerWorkList;
  /**
   * One referral by id: civil-affairs staff of the household's region, the organisation holding it, or the
   * provincial system (read-only, without the household).
   */
  referral?: Maybe<Referral>;
  /**
   * The referral lifecycle feed for the provincial system (outbox): events in a gap-free sequence,
   * resumable from any cursor; a rolled-back change never appears.
   */
  referralEvents: ReferralEventPage;
  /**
   * Referral indicators for performance evaluation (绩效评价): referrals grouped by programme and by county,
   * with counts, completion rate, time from request to claim and gap covered. No personal data: no household,
   * person, referral or village appears. Groups with fewer referrals than the suppression threshold (5 by
   * default) are returned with `suppressed: true` and null figures, and a complementary group is suppressed
   * when needed so no hidden figure can be recovered by subtraction; no grand total is returned. Inside a
   * shown group, a sub-count that would single out fewer referrals than the threshold (it, or the rest of the
   * group) is null, and hidden in enough other groups that no subtraction recovers it. Periods are whole
   * calendar months, so two periods that differ by a day give the same answer. Analysts,
   * the charity federation and the provincial system read every county; civil-affairs staff only their own
   * region (another county comes back with no rows).
   */
  referralIndicators: ReferralIndicators;
  /**
   * The referral pool (转介池) for charity staff: referrals waiting to be claimed, with programme, gap,
   * priority and town and no personal data. Default order: priority, then the oldest need first.
   */
  referralPool: ReferralPoolConnection;
  /**
   * Referrals of households in the caller's region. Default order: priority of the need, then the oldest
   * need first.
   */
  referrals: ReferralConnection;
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  recordId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryDuplicateIdReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryHouseholdArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryHouseholdsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<AidCategory>;
  first?: InputMaybe<Scalars['Int']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryMyOrganizationReferralsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ReferralStatus>;
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryNeedArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryNeedsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NeedFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryOfficerWorkListArgs = {
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryReferralArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryReferralEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryReferralIndicatorsArgs = {
  countyCode?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryReferralPoolArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  priority?: InputMaybe<NeedPriority>;
  programme?: InputMaybe<Programme>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReferralFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Input of recordAid. */
export type RecordAidInput = {
  /** Amount for the period in fen (more than 0). */
  amountFen: Scalars['Int']['input'];
  /** The household. */
  householdId: Scalars['ID']['input'];
  /** Last day of the period, ISO date. */
  periodEnd: Scalars['String']['input'];
  /** First day of the period, ISO date. */
  periodStart: Scalars['String']['input'];
  /** The kind of aid. */
  type: AidType;
};

/** Input of recordConsent. */
export type RecordConsentInput = {
  /** True for every member organisation of the charity federation. */
  allFederationMembers: Scalars['Boolean']['input'];
  /** Data categories that may be shared. */
  dataCategories: Array<ConsentDataCategory>;
  /** Who gives it: the subject, or the guardian of a subject under 14. */
  givenById: Scalars['ID']['input'];
  /** The household. */
  householdId: Scalars['ID']['input'];
  /** How it was given. */
  method: ConsentMethod;
  /** Purposes; must include REFERRAL. */
  purposes: Array<ConsentPurpose>;
  /** Named recipient organisations (required when not all members). */
  recipientOrganizationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The person whose data the consent covers (a member of the household). */
  subjectId: Scalars['ID']['input'];
  /** First day it is valid, ISO date or date-time; now when omitted. */
  validFrom?: InputMaybe<Scalars['String']['input']>;
  /** When it ends, ISO date or date-time, after validFrom and at most 3 years ahead. */
  validUntil: Scalars['String']['input'];
};

/** Input of recordNeed. */
export type RecordNeedInput = {
  /** Basic medical insurance cover in fen. */
  basicMedicalInsuranceFen?: InputMaybe<Scalars['Int']['input']>;
  /** Intake channel. */
  channel: IntakeChannel;
  /** Critical-illness insurance cover in fen. */
  criticalIllnessInsuranceFen?: InputMaybe<Scalars['Int']['input']>;
  /** Estimated cost in fen (more than 0). */
  estimatedCostFen: Scalars['Int']['input'];
  /** The household. */
  householdId: Scalars['ID']['input'];
  /** Medical assistance cover in fen. */
  medicalAssistanceFen?: InputMaybe<Scalars['Int']['input']>;
  /** Other government aid cover in fen. */
  otherGovernmentAidFen?: InputMaybe<Scalars['Int']['input']>;
  /** Priority. */
  priority: NeedPriority;
  /** The programme. */
  programme: Programme;
  /** A public summary with no personal data (no names, ID numbers or phone numbers). */
  publicSummary: Scalars['String']['input'];
  /** The sub-type; it must belong to the programme. */
  subType: NeedSubType;
};

/**
 * A referral (转介) of a need to charities, following the closed-loop workflow (HL7 FHIR SDOH Task with a
 * claim step). Every transition is recorded with actor, time and reason.
 */
export type Referral = {
  __typename?: 'Referral';
  /** When the claim lapses unless accepted, ISO 8601 (RECEIVED only). */
  claimExpiresAt?: Maybe<Scalars['String']['output']>;
  /** The organisation that claimed it, from RECEIVED on. */
  claimedBy?: Maybe<CharityOrganization>;
  /** The consent the referral depends on. */
  consent?: Maybe<Consent>;
  /**
   * What the holding organisation may see of the household under the consent (e.g. a masked name and a
   * contact route), never an ID number. Null unless the caller's organisation holds the accepted referral and
   * the consent is active.
   */
  consentedContact?: Maybe<ConsentedContact>;
  /** When it was created, ISO 8601. */
  createdAt: Scalars['String']['output'];
  /** The organisation it was directed to, if any. */
  directedTo?: Maybe<CharityOrganization>;
  /** The household, for civil-affairs staff and for an organisation holding the referral under active consent. */
  household?: Maybe<Household>;
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** The need referred (public fields: programme, gap, priority, summary). */
  need: Need;
  /** How it ended (COMPLETED or FAILED). */
  outcome?: Maybe<Outcome>;
  /** The pre-aid check it was requested with. */
  preAidCheck?: Maybe<PreAidCheck>;
  /** The programme of the need. */
  programme: Programme;
  /** Where the referral stands. */
  status: ReferralStatus;
  /** The reason given with the latest transition. */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** Every transition, oldest first. */
  transitions: Array<ReferralTransition>;
  /** When it last changed, ISO 8601. */
  updatedAt: Scalars['String']['output'];
};

/** A page of referrals (Relay cursor connection). */
export type ReferralConnection = {
  __typename?: 'ReferralConnection';
  /** The referrals on this page with their cursors. */
  edges: Array<ReferralEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** One referral in a page. */
export type ReferralEdge = {
  __typename?: 'ReferralEdge';
  /** Opaque cursor: pass it as `after` to continue after this referral. */
  cursor: Scalars['String']['output'];
  /** The referral. */
  node: Referral;
};

/** One event of the referral feed (outbox). */
export type ReferralEvent = {
  __typename?: 'ReferralEvent';
  /** The action, e.g. create, request, claim, accept, complete, cancel, release, expire. */
  action: Scalars['String']['output'];
  /** Opaque cursor of this event: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** State before (null when created). */
  fromStatus?: Maybe<ReferralStatus>;
  /** The household (opaque id). */
  householdId: Scalars['ID']['output'];
  /** The need referred. */
  needId: Scalars['ID']['output'];
  /** When, ISO 8601. */
  occurredAt: Scalars['String']['output'];
  /** The organisation holding the referral after the event. */
  organizationId?: Maybe<Scalars['ID']['output']>;
  /** The outcome, for COMPLETED and FAILED. */
  outcome?: Maybe<Outcome>;
  /** The programme. */
  programme: Programme;
  /** The reason given. */
  reason?: Maybe<Scalars['String']['output']>;
  /**
   * The referral as it stands now: status, outcome, need and dates. Charity adds its `fundings` and services its
   * `serviceRecords` and `feedback`, so the aid outcomes of the feed join through the graph.
   * Null unless the caller may read the referral (the row rules of `Query.referral`): the provincial system reads
   * every referral, or those of its region, never its household.
   */
  referral?: Maybe<Referral>;
  /** The referral. */
  referralId: Scalars['ID']['output'];
  /** Position in the gap-free sequence (1, 2, 3 ...). */
  sequence: Scalars['Int']['output'];
  /** State after. */
  status: ReferralStatus;
  /** The household's 9-digit town (乡镇/街道) code, for counts by town. */
  townCode?: Maybe<Scalars['String']['output']>;
  /**
   * The household's 12-digit village (村/社区) code, the same for every event of the referral: the place the
   * consuming subgraphs' row rules compare a caller's region with (a village worker covers one village). A
   * place code, never an address.
   */
  villageCode?: Maybe<Scalars['String']['output']>;
};

/** A page of the referral feed. */
export type ReferralEventPage = {
  __typename?: 'ReferralEventPage';
  /** The cursor to resume after this page (the `after` given when the page is empty). */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Events in sequence order. */
  events: Array<ReferralEvent>;
  /** True when more events follow already. */
  hasMore: Scalars['Boolean']['output'];
};

/** Filters of the referral list. */
export type ReferralFilter = {
  /** Only referrals of households registered in this aid category. */
  category?: InputMaybe<AidCategory>;
  /** Only this priority of the need. */
  priority?: InputMaybe<NeedPriority>;
  /** Only this programme. */
  programme?: InputMaybe<Programme>;
  /** A county (6 digits), town (9) or village (12) code within the caller's region. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Only this status. */
  status?: InputMaybe<ReferralStatus>;
};

/**
 * The indicators of one group of referrals (one programme, or one county). When `suppressed` is true every
 * figure is null. In a shown group, each sub-count (requested, claimed, completed, failed, cancelled) is null
 * when it or the rest of the group is between 1 and the threshold, or when it must stay hidden so that another
 * group's hidden sub-count cannot be recovered by subtraction; rates and times built on a hidden count are null
 * too.
 */
export type ReferralIndicatorRow = {
  __typename?: 'ReferralIndicatorRow';
  /**
   * Of `created`, referrals accepted by the claiming organisation at least once (接收: linkage achieved), even if
   * they later failed; null when hidden.
   */
  accepted?: Maybe<Scalars['Int']['output']>;
  /** Of `created`, referrals now CANCELLED (by staff or by a consent withdrawal). */
  cancelled?: Maybe<Scalars['Int']['output']>;
  /** Of `created`, referrals claimed by an organisation at least once (认领), even if the claim was later released. */
  claimed?: Maybe<Scalars['Int']['output']>;
  /** Of `created`, referrals now COMPLETED (with any outcome). */
  completed?: Maybe<Scalars['Int']['output']>;
  /** `completed` ÷ `requested`, rounded to 4 decimals; null when nothing was requested. */
  completionRate?: Maybe<Scalars['Float']['output']>;
  /** The 6-digit county code of this group (rows of `byCounty`); null in rows of `byProgramme`. */
  countyCode?: Maybe<Scalars['String']['output']>;
  /** The county's name (e.g. 海曙区), in rows of `byCounty`. */
  countyName?: Maybe<Scalars['String']['output']>;
  /** Referrals created in the period in this group (the size of the group). */
  created?: Maybe<Scalars['Int']['output']>;
  /** Of `created`, referrals now FAILED. */
  failed?: Maybe<Scalars['Int']['output']>;
  /**
   * Gap covered, in fen: the sum of the needs' gaps (`Need.gapFen`) of referrals COMPLETED with outcome
   * GOT_HELP or PARTLY_HELPED. A partly helped need counts with its whole gap (an upper bound). Rounded to the
   * nearest 1,000,000 fen (10,000 CNY), and null unless at least the threshold of referrals add to it.
   */
  gapCoveredFen?: Maybe<Scalars['Int']['output']>;
  /**
   * Median, over the claimed referrals, of the hours from the first request to the first claim, rounded to
   * 2 decimals; null when fewer referrals than the threshold were claimed, or `claimed` is hidden.
   */
  medianHoursToClaim?: Maybe<Scalars['Float']['output']>;
  /** The 90th percentile (continuous) of the same hours from the first request to the first claim. */
  p90HoursToClaim?: Maybe<Scalars['Float']['output']>;
  /** The programme of this group (rows of `byProgramme`); null in rows of `byCounty`. */
  programme?: Maybe<Programme>;
  /**
   * Of `created`, referrals that ended REJECTED (by the claiming organisation, or by the federation from the pool);
   * the reasons are free text and stay with each referral's history, never in these figures. Null when hidden.
   */
  rejected?: Maybe<Scalars['Int']['output']>;
  /** Of `created`, referrals that were requested (sent to the referral pool) at least once. */
  requested?: Maybe<Scalars['Int']['output']>;
  /**
   * True when the group has fewer referrals than `minimumGroupSize`, or was hidden as the complementary group
   * that keeps another suppressed group from being recovered by subtraction. Its figures are then null.
   */
  suppressed: Scalars['Boolean']['output'];
};

/**
 * Referral indicators (绩效评价) over one period. The cohort is every referral created in the period (and in
 * the county, if given), except referrals marked entered in error, which count nowhere. Figures describe the
 * cohort as it stands at the time of the query.
 */
export type ReferralIndicators = {
  __typename?: 'ReferralIndicators';
  /** One row per county with at least one referral in the cohort, by county code. */
  byCounty: Array<ReferralIndicatorRow>;
  /** One row per programme with at least one referral in the cohort, in programme order. */
  byProgramme: Array<ReferralIndicatorRow>;
  /** The county asked for, or null for every county the caller may read. */
  countyCode?: Maybe<Scalars['String']['output']>;
  /** The first day of the period as applied: the first day of the month asked (YYYY-MM-DD), or null for no lower bound. */
  from?: Maybe<Scalars['String']['output']>;
  /** Groups with fewer referrals (`created`) than this are suppressed (small-count disclosure control). */
  minimumGroupSize: Scalars['Int']['output'];
  /**
   * Needs recorded in the period (by the day they were collected) in the caller's region or the county asked, one
   * row per intake channel used (转介: needs recorded, referred, by channel), under the same small-cell rule over
   * needs recorded.
   */
  needsByChannel: Array<NeedChannelIndicatorRow>;
  /** The last day of the period as applied: the last day of the month asked (YYYY-MM-DD), or null for no upper bound. */
  to?: Maybe<Scalars['String']['output']>;
};

/** A page of the referral pool. */
export type ReferralPoolConnection = {
  __typename?: 'ReferralPoolConnection';
  /** The items on this page with their cursors. */
  edges: Array<ReferralPoolEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** One item of the pool. */
export type ReferralPoolEdge = {
  __typename?: 'ReferralPoolEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ReferralPoolItem;
};

/** A referral waiting in the pool, as charity staff see it: no personal data. */
export type ReferralPoolItem = {
  __typename?: 'ReferralPoolItem';
  /** The county name. */
  countyName: Scalars['String']['output'];
  /** The gap left, in fen. */
  gapFen: Scalars['Int']['output'];
  /** When the need was recorded, ISO 8601. */
  needCollectedAt: Scalars['String']['output'];
  /** The priority. */
  priority: NeedPriority;
  /** The programme. */
  programme: Programme;
  /** The need's public summary. */
  publicSummary: Scalars['String']['output'];
  /** The referral id, to claim it. */
  referralId: Scalars['ID']['output'];
  /** The need's sub-type. */
  subType: NeedSubType;
  /** The town name. */
  townName: Scalars['String']['output'];
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

/** One recorded transition of a referral. */
export type ReferralTransition = {
  __typename?: 'ReferralTransition';
  /** The action taken, e.g. claim or accept. */
  action: Scalars['String']['output'];
  /** Who acted (token subject, or `system`). */
  actor: Scalars['String']['output'];
  /** The organisation the actor acted for. */
  actorOrganization?: Maybe<CharityOrganization>;
  /** The role the actor acted in. */
  actorRole: Scalars['String']['output'];
  /** When, ISO 8601. */
  at: Scalars['String']['output'];
  /** State before (null when created). */
  from?: Maybe<ReferralStatus>;
  /** On a request: the officer's reason for going ahead despite a blocking pre-aid verdict. */
  overrideReason?: Maybe<Scalars['String']['output']>;
  /** On a request: the pre-aid verdict the request was judged by; null for other steps (and older requests). */
  preAidVerdict?: Maybe<PreAidVerdict>;
  /** The reason given. */
  reason?: Maybe<Scalars['String']['output']>;
  /** State after. */
  to: ReferralStatus;
};

/** Input of registerHousehold. */
export type RegisterHouseholdInput = {
  /** The full home address. */
  address: Scalars['String']['input'];
  /** Declared annual household income in fen (0 or more). */
  annualIncomeFen: Scalars['Int']['input'];
  /** The 12-digit village or community code, within the caller's region. */
  villageCode: Scalars['String']['input'];
};

/** Relation of a household member to the head of household. */
export type Relation =
  /** Child of the head (子女). */
  | 'CHILD'
  /** Grandchild of the head (孙子女). */
  | 'GRANDCHILD'
  /** The head of household (户主). */
  | 'HEAD'
  /** Any other relative or dependant (其他). */
  | 'OTHER'
  /** Parent of the head (父母). */
  | 'PARENT'
  /** Spouse of the head (配偶). */
  | 'SPOUSE';

/**
 * One service a household received in a window, as the pre-aid check (救前查询) reads it. Shared value type:
 * civil affairs declares the subset its verdict requires.
 */
export type ServiceReceivedItem = {
  __typename?: 'ServiceReceivedItem';
  /** Hours of service. */
  hours: Scalars['Float']['output'];
  /** The programme. */
  programme: Programme;
};

/** Sex, from the 17th digit of the ID number (odd for men, even for women). */
export type Sex =
  /** Female (女). */
  | 'F'
  /** Male (男). */
  | 'M';



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
  Household: Household;
  Need: Need;
  Person: Person;
  PreAidCheck: PreAidCheck;
  Referral: Referral;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Household:
    ( { __typename: 'Household' }
    & GraphQLRecursivePick<FederationTypes['Household'], {"id":true}> );
  Need:
    ( { __typename: 'Need' }
    & GraphQLRecursivePick<FederationTypes['Need'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  PreAidCheck:
    ( { __typename: 'PreAidCheck' }
    & GraphQLRecursivePick<FederationTypes['PreAidCheck'], {"id":true,"householdId":true,"windowStart":true,"windowEnd":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['PreAidCheck'], {"charityAid":{"programme":true,"amountFen":true},"servicesReceived":{"programme":true,"hours":true}}>
        | GraphQLRecursivePick<FederationTypes['PreAidCheck'], {"charityAid":{"programme":true,"amountFen":true},"servicesReceived":{"programme":true,"hours":true}}>
        | GraphQLRecursivePick<FederationTypes['PreAidCheck'], {"charityAid":{"programme":true,"amountFen":true},"servicesReceived":{"programme":true,"hours":true}}> ) );
  Referral:
    ( { __typename: 'Referral' }
    & GraphQLRecursivePick<FederationTypes['Referral'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccessKind: AccessKind;
  AccessLogConnection: ResolverTypeWrapper<Omit<AccessLogConnection, 'edges'> & { edges: Array<ResolversTypes['AccessLogEdge']> }>;
  AccessLogEdge: ResolverTypeWrapper<Omit<AccessLogEdge, 'node'> & { node: ResolversTypes['AccessLogEntry'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AccessLogEntry: ResolverTypeWrapper<AccessLogRowModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddHouseholdCategoryInput: AddHouseholdCategoryInput;
  AddPersonInput: AddPersonInput;
  AidCategory: AidCategory;
  AidRecord: ResolverTypeWrapper<AidRecordRowModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AidStatus: AidStatus;
  AidType: AidType;
  CharityAidItem: ResolverTypeWrapper<CharityAidItem>;
  CharityOrganization: ResolverTypeWrapper<CharityOrganization>;
  Consent: ResolverTypeWrapper<ConsentRowModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ConsentDataCategory: ConsentDataCategory;
  ConsentMethod: ConsentMethod;
  ConsentPurpose: ConsentPurpose;
  ConsentStatus: ConsentStatus;
  ConsentedContact: ResolverTypeWrapper<ConsentedContact>;
  CreateReferralInput: CreateReferralInput;
  DuplicateIdReview: ResolverTypeWrapper<ReviewedDuplicateModel>;
  DuplicateIdReviewConnection: ResolverTypeWrapper<Omit<DuplicateIdReviewConnection, 'edges'> & { edges: Array<ResolversTypes['DuplicateIdReviewEdge']> }>;
  DuplicateIdReviewEdge: ResolverTypeWrapper<Omit<DuplicateIdReviewEdge, 'node'> & { node: ResolversTypes['DuplicateIdReview'] }>;
  Eligibility: ResolverTypeWrapper<Eligibility>;
  EligibilityBasis: EligibilityBasis;
  EligibilityReason: ResolverTypeWrapper<EligibilityReason>;
  Household: ResolverTypeWrapper<ReachedHouseholdModel>;
  HouseholdCategory: ResolverTypeWrapper<HouseholdCategoryRowModel>;
  HouseholdConnection: ResolverTypeWrapper<Omit<HouseholdConnection, 'edges'> & { edges: Array<ResolversTypes['HouseholdEdge']> }>;
  HouseholdEdge: ResolverTypeWrapper<Omit<HouseholdEdge, 'node'> & { node: ResolversTypes['Household'] }>;
  HouseholdHistoryEntry: ResolverTypeWrapper<HouseholdHistoryEntry>;
  HouseholdHistoryKind: HouseholdHistoryKind;
  IntakeChannel: IntakeChannel;
  LapsedReferral: ResolverTypeWrapper<LapsedReferralRowModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Need: ResolverTypeWrapper<NeedRowModel>;
  NeedChannelIndicatorRow: ResolverTypeWrapper<NeedChannelIndicatorRow>;
  NeedConnection: ResolverTypeWrapper<Omit<NeedConnection, 'edges'> & { edges: Array<ResolversTypes['NeedEdge']> }>;
  NeedCoverage: ResolverTypeWrapper<NeedRowModel>;
  NeedEdge: ResolverTypeWrapper<Omit<NeedEdge, 'node'> & { node: ResolversTypes['Need'] }>;
  NeedFilter: NeedFilter;
  NeedPriority: NeedPriority;
  NeedStatus: NeedStatus;
  NeedSubType: NeedSubType;
  OfficerWorkList: ResolverTypeWrapper<WorkListScopeModel>;
  Outcome: Outcome;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonRowModel>;
  PersonSubmission: ResolverTypeWrapper<PersonSubmission>;
  PreAidCheck: ResolverTypeWrapper<PreAidCheckParentModel>;
  PreAidVerdict: PreAidVerdict;
  Programme: Programme;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordAidInput: RecordAidInput;
  RecordConsentInput: RecordConsentInput;
  RecordNeedInput: RecordNeedInput;
  Referral: ResolverTypeWrapper<ReferralRowModel>;
  ReferralConnection: ResolverTypeWrapper<Omit<ReferralConnection, 'edges'> & { edges: Array<ResolversTypes['ReferralEdge']> }>;
  ReferralEdge: ResolverTypeWrapper<Omit<ReferralEdge, 'node'> & { node: ResolversTypes['Referral'] }>;
  ReferralEvent: ResolverTypeWrapper<ReferralEventRowModel>;
  ReferralEventPage: ResolverTypeWrapper<Omit<ReferralEventPage, 'events'> & { events: Array<ResolversTypes['ReferralEvent']> }>;
  ReferralFilter: ReferralFilter;
  ReferralIndicatorRow: ResolverTypeWrapper<ReferralIndicatorRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ReferralIndicators: ResolverTypeWrapper<ReferralIndicatorsModel>;
  ReferralPoolConnection: ResolverTypeWrapper<Omit<ReferralPoolConnection, 'edges'> & { edges: Array<ResolversTypes['ReferralPoolEdge']> }>;
  ReferralPoolEdge: ResolverTypeWrapper<Omit<ReferralPoolEdge, 'node'> & { node: ResolversTypes['ReferralPoolItem'] }>;
  ReferralPoolItem: ResolverTypeWrapper<PoolEntryModel>;
  ReferralStatus: ReferralStatus;
  ReferralTransition: ResolverTypeWrapper<ReferralTransitionRowModel>;
  RegisterHouseholdInput: RegisterHouseholdInput;
  Relation: Relation;
  ServiceReceivedItem: ResolverTypeWrapper<ServiceReceivedItem>;
  Sex: Sex;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccessLogConnection: Omit<AccessLogConnection, 'edges'> & { edges: Array<ResolversParentTypes['AccessLogEdge']> };
  AccessLogEdge: Omit<AccessLogEdge, 'node'> & { node: ResolversParentTypes['AccessLogEntry'] };
  String: Scalars['String']['output'];
  AccessLogEntry: AccessLogRowModel;
  ID: Scalars['ID']['output'];
  AddHouseholdCategoryInput: AddHouseholdCategoryInput;
  AddPersonInput: AddPersonInput;
  AidRecord: AidRecordRowModel;
  Int: Scalars['Int']['output'];
  CharityAidItem: CharityAidItem;
  CharityOrganization: CharityOrganization;
  Consent: ConsentRowModel;
  Boolean: Scalars['Boolean']['output'];
  ConsentedContact: ConsentedContact;
  CreateReferralInput: CreateReferralInput;
  DuplicateIdReview: ReviewedDuplicateModel;
  DuplicateIdReviewConnection: Omit<DuplicateIdReviewConnection, 'edges'> & { edges: Array<ResolversParentTypes['DuplicateIdReviewEdge']> };
  DuplicateIdReviewEdge: Omit<DuplicateIdReviewEdge, 'node'> & { node: ResolversParentTypes['DuplicateIdReview'] };
  Eligibility: Eligibility;
  EligibilityReason: EligibilityReason;
  Household: ReachedHouseholdModel;
  HouseholdCategory: HouseholdCategoryRowModel;
  HouseholdConnection: Omit<HouseholdConnection, 'edges'> & { edges: Array<ResolversParentTypes['HouseholdEdge']> };
  HouseholdEdge: Omit<HouseholdEdge, 'node'> & { node: ResolversParentTypes['Household'] };
  HouseholdHistoryEntry: HouseholdHistoryEntry;
  LapsedReferral: LapsedReferralRowModel;
  Mutation: Record<PropertyKey, never>;
  Need: NeedRowModel;
  NeedChannelIndicatorRow: NeedChannelIndicatorRow;
  NeedConnection: Omit<NeedConnection, 'edges'> & { edges: Array<ResolversParentTypes['NeedEdge']> };
  NeedCoverage: NeedRowModel;
  NeedEdge: Omit<NeedEdge, 'node'> & { node: ResolversParentTypes['Need'] };
  NeedFilter: NeedFilter;
  OfficerWorkList: WorkListScopeModel;
  PageInfo: PageInfo;
  Person: PersonRowModel;
  PersonSubmission: PersonSubmission;
  PreAidCheck: PreAidCheckParentModel;
  Query: Record<PropertyKey, never>;
  RecordAidInput: RecordAidInput;
  RecordConsentInput: RecordConsentInput;
  RecordNeedInput: RecordNeedInput;
  Referral: ReferralRowModel;
  ReferralConnection: Omit<ReferralConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReferralEdge']> };
  ReferralEdge: Omit<ReferralEdge, 'node'> & { node: ResolversParentTypes['Referral'] };
  ReferralEvent: ReferralEventRowModel;
  ReferralEventPage: Omit<ReferralEventPage, 'events'> & { events: Array<ResolversParentTypes['ReferralEvent']> };
  ReferralFilter: ReferralFilter;
  ReferralIndicatorRow: ReferralIndicatorRow;
  Float: Scalars['Float']['output'];
  ReferralIndicators: ReferralIndicatorsModel;
  ReferralPoolConnection: Omit<ReferralPoolConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReferralPoolEdge']> };
  ReferralPoolEdge: Omit<ReferralPoolEdge, 'node'> & { node: ResolversParentTypes['ReferralPoolItem'] };
  ReferralPoolItem: PoolEntryModel;
  ReferralTransition: ReferralTransitionRowModel;
  RegisterHouseholdInput: RegisterHouseholdInput;
  ServiceReceivedItem: ServiceReceivedItem;
};

export type AccessLogConnectionResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['AccessLogConnection'] = ResolversParentTypes['AccessLogConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AccessLogEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AccessLogEdgeResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['AccessLogEdge'] = ResolversParentTypes['AccessLogEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AccessLogEntry'], ParentType, ContextType>;
};

export type AccessLogEntryResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['AccessLogEntry'] = ResolversParentTypes['AccessLogEntry']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorOrganization?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AccessKind'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AidRecordResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['AidRecord'] = ResolversParentTypes['AidRecord']> = {
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  household?: Resolver<Maybe<ResolversTypes['Household']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AidStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['AidType'], ParentType, ContextType>;
};

export type CharityAidItemResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['CharityAidItem'] = ResolversParentTypes['CharityAidItem']> = {
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
};

export type CharityOrganizationResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['CharityOrganization'] = ResolversParentTypes['CharityOrganization']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ConsentResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['Consent'] = ResolversParentTypes['Consent']> = {
  allFederationMembers?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dataCategories?: Resolver<Array<ResolversTypes['ConsentDataCategory']>, ParentType, ContextType>;
  givenBy?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  household?: Resolver<Maybe<ResolversTypes['Household']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['ConsentMethod'], ParentType, ContextType>;
  purposes?: Resolver<Array<ResolversTypes['ConsentPurpose']>, ParentType, ContextType>;
  recipients?: Resolver<Array<Maybe<ResolversTypes['CharityOrganization']>>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConsentStatus'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  withdrawalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ConsentedContactResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['ConsentedContact'] = ResolversParentTypes['ConsentedContact']> = {
  householdSize?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maskedName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  townName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DuplicateIdReviewResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['DuplicateIdReview'] = ResolversParentTypes['DuplicateIdReview']> = {
  existingPerson?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  submittedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  submittedByRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  submittedMaskedName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  submittedRelation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
  submittedTownName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DuplicateIdReviewConnectionResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['DuplicateIdReviewConnection'] = ResolversParentTypes['DuplicateIdReviewConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DuplicateIdReviewEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type DuplicateIdReviewEdgeResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['DuplicateIdReviewEdge'] = ResolversParentTypes['DuplicateIdReviewEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DuplicateIdReview'], ParentType, ContextType>;
};

export type EligibilityResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['Eligibility'] = ResolversParentTypes['Eligibility']> = {
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  incomeLineFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['EligibilityReason']>, ParentType, ContextType>;
};

export type EligibilityReasonResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['EligibilityReason'] = ResolversParentTypes['EligibilityReason']> = {
  applies?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['EligibilityBasis'], ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['AidCategory']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type HouseholdResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['Household'] = ResolversParentTypes['Household'], FederationReferenceType extends FederationReferenceTypes['Household'] = FederationReferenceTypes['Household']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Household']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aidRecords?: Resolver<Array<ResolversTypes['AidRecord']>, ParentType, ContextType>;
  annualIncomeFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['HouseholdCategory']>, ParentType, ContextType>;
  consents?: Resolver<Array<ResolversTypes['Consent']>, ParentType, ContextType>;
  countyCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eligibility?: Resolver<Maybe<ResolversTypes['Eligibility']>, ParentType, ContextType, Partial<HouseholdEligibilityArgs>>;
  history?: Resolver<Array<ResolversTypes['HouseholdHistoryEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  needs?: Resolver<Array<ResolversTypes['Need']>, ParentType, ContextType>;
  referrals?: Resolver<Array<ResolversTypes['Referral']>, ParentType, ContextType>;
  registeredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  size?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  townCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  townName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  villageCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type HouseholdCategoryResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['HouseholdCategory'] = ResolversParentTypes['HouseholdCategory']> = {
  category?: Resolver<ResolversTypes['AidCategory'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type HouseholdConnectionResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['HouseholdConnection'] = ResolversParentTypes['HouseholdConnection']> = {
  edges?: Resolver<Array<ResolversTypes['HouseholdEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type HouseholdEdgeResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['HouseholdEdge'] = ResolversParentTypes['HouseholdEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Household'], ParentType, ContextType>;
};

export type HouseholdHistoryEntryResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['HouseholdHistoryEntry'] = ResolversParentTypes['HouseholdHistoryEntry']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['HouseholdHistoryKind'], ParentType, ContextType>;
  recordId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LapsedReferralResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['LapsedReferral'] = ResolversParentTypes['LapsedReferral']> = {
  lapses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  referral?: Resolver<ResolversTypes['Referral'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptReferral?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationAcceptReferralArgs, 'id'>>;
  addHouseholdCategory?: Resolver<ResolversTypes['Household'], ParentType, ContextType, RequireFields<MutationAddHouseholdCategoryArgs, 'input'>>;
  addPerson?: Resolver<ResolversTypes['PersonSubmission'], ParentType, ContextType, RequireFields<MutationAddPersonArgs, 'input'>>;
  cancelReferral?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationCancelReferralArgs, 'id' | 'reason'>>;
  claimReferral?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationClaimReferralArgs, 'id'>>;
  completeReferral?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationCompleteReferralArgs, 'id' | 'outcome'>>;
  createReferral?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationCreateReferralArgs, 'input'>>;
  failReferral?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationFailReferralArgs, 'id' | 'outcome' | 'reason'>>;
  holdReferral?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationHoldReferralArgs, 'id' | 'reason'>>;
  markReferralEnteredInError?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationMarkReferralEnteredInErrorArgs, 'id' | 'reason'>>;
  recordAid?: Resolver<ResolversTypes['AidRecord'], ParentType, ContextType, RequireFields<MutationRecordAidArgs, 'input'>>;
  recordConsent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<MutationRecordConsentArgs, 'input'>>;
  recordNeed?: Resolver<ResolversTypes['Need'], ParentType, ContextType, RequireFields<MutationRecordNeedArgs, 'input'>>;
  registerHousehold?: Resolver<ResolversTypes['Household'], ParentType, ContextType, RequireFields<MutationRegisterHouseholdArgs, 'input'>>;
  rejectReferral?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationRejectReferralArgs, 'id' | 'reason'>>;
  releaseReferral?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationReleaseReferralArgs, 'id' | 'reason'>>;
  requestReferral?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationRequestReferralArgs, 'id'>>;
  resumeReferral?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationResumeReferralArgs, 'id'>>;
  runPreAidCheck?: Resolver<ResolversTypes['PreAidCheck'], ParentType, ContextType, RequireFields<MutationRunPreAidCheckArgs, 'householdId' | 'programme' | 'windowEnd' | 'windowStart'>>;
  startReferral?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationStartReferralArgs, 'id'>>;
  withdrawConsent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<MutationWithdrawConsentArgs, 'id' | 'reason'>>;
};

export type NeedResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['Need'] = ResolversParentTypes['Need'], FederationReferenceType extends FederationReferenceTypes['Need'] = FederationReferenceTypes['Need']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Need']> | FederationReferenceType, FederationReferenceType, ContextType>;
  channel?: Resolver<ResolversTypes['IntakeChannel'], ParentType, ContextType>;
  collectedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  collectedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['NeedCoverage'], ParentType, ContextType>;
  estimatedCostFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gapFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  household?: Resolver<Maybe<ResolversTypes['Household']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['NeedPriority'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  publicSummary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NeedStatus'], ParentType, ContextType>;
  subType?: Resolver<ResolversTypes['NeedSubType'], ParentType, ContextType>;
  townName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NeedChannelIndicatorRowResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['NeedChannelIndicatorRow'] = ResolversParentTypes['NeedChannelIndicatorRow']> = {
  channel?: Resolver<ResolversTypes['IntakeChannel'], ParentType, ContextType>;
  met?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  recorded?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  referred?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type NeedConnectionResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['NeedConnection'] = ResolversParentTypes['NeedConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NeedEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type NeedCoverageResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['NeedCoverage'] = ResolversParentTypes['NeedCoverage']> = {
  basicMedicalInsuranceFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  criticalIllnessInsuranceFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  medicalAssistanceFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  otherGovernmentAidFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NeedEdgeResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['NeedEdge'] = ResolversParentTypes['NeedEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Need'], ParentType, ContextType>;
};

export type OfficerWorkListResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['OfficerWorkList'] = ResolversParentTypes['OfficerWorkList']> = {
  aidEndingSoon?: Resolver<Array<ResolversTypes['AidRecord']>, ParentType, ContextType, RequireFields<OfficerWorkListAidEndingSoonArgs, 'first' | 'withinDays'>>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  repeatedlyLapsedReferrals?: Resolver<Array<ResolversTypes['LapsedReferral']>, ParentType, ContextType, RequireFields<OfficerWorkListRepeatedlyLapsedReferralsArgs, 'first' | 'minLapses'>>;
  unclaimedReferrals?: Resolver<Array<ResolversTypes['Referral']>, ParentType, ContextType, RequireFields<OfficerWorkListUnclaimedReferralsArgs, 'first' | 'olderThanDays'>>;
  unreferredNeeds?: Resolver<Array<ResolversTypes['Need']>, ParentType, ContextType, RequireFields<OfficerWorkListUnreferredNeedsArgs, 'first'>>;
};

export type PageInfoResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  age?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  birthDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  guardian?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  household?: Resolver<ResolversTypes['Household'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isMinor?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  maskedIdNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maskedName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maskedPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
  sex?: Resolver<Maybe<ResolversTypes['Sex']>, ParentType, ContextType>;
};

export type PersonSubmissionResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['PersonSubmission'] = ResolversParentTypes['PersonSubmission']> = {
  householdId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PreAidCheckResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['PreAidCheck'] = ResolversParentTypes['PreAidCheck'], FederationReferenceType extends FederationReferenceTypes['PreAidCheck'] = FederationReferenceTypes['PreAidCheck']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PreAidCheck']> | FederationReferenceType, FederationReferenceType, ContextType>;
  capFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  checkedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  checkedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  explanation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  governmentAid?: Resolver<Array<ResolversTypes['AidRecord']>, ParentType, ContextType>;
  household?: Resolver<Maybe<ResolversTypes['Household']>, ParentType, ContextType>;
  householdId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  verdict?: Resolver<Maybe<ResolversTypes['PreAidVerdict']>, ParentType, ContextType>;
  windowEnd?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  windowStart?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accessLog?: Resolver<ResolversTypes['AccessLogConnection'], ParentType, ContextType, RequireFields<QueryAccessLogArgs, 'first'>>;
  duplicateIdReviews?: Resolver<ResolversTypes['DuplicateIdReviewConnection'], ParentType, ContextType, RequireFields<QueryDuplicateIdReviewsArgs, 'first'>>;
  household?: Resolver<Maybe<ResolversTypes['Household']>, ParentType, ContextType, RequireFields<QueryHouseholdArgs, 'id'>>;
  households?: Resolver<ResolversTypes['HouseholdConnection'], ParentType, ContextType, RequireFields<QueryHouseholdsArgs, 'first'>>;
  myOrganizationReferrals?: Resolver<Array<ResolversTypes['Referral']>, ParentType, ContextType, RequireFields<QueryMyOrganizationReferralsArgs, 'first'>>;
  need?: Resolver<Maybe<ResolversTypes['Need']>, ParentType, ContextType, RequireFields<QueryNeedArgs, 'id'>>;
  needs?: Resolver<ResolversTypes['NeedConnection'], ParentType, ContextType, RequireFields<QueryNeedsArgs, 'first'>>;
  officerWorkList?: Resolver<ResolversTypes['OfficerWorkList'], ParentType, ContextType, Partial<QueryOfficerWorkListArgs>>;
  referral?: Resolver<Maybe<ResolversTypes['Referral']>, ParentType, ContextType, RequireFields<QueryReferralArgs, 'id'>>;
  referralEvents?: Resolver<ResolversTypes['ReferralEventPage'], ParentType, ContextType, RequireFields<QueryReferralEventsArgs, 'first'>>;
  referralIndicators?: Resolver<ResolversTypes['ReferralIndicators'], ParentType, ContextType, Partial<QueryReferralIndicatorsArgs>>;
  referralPool?: Resolver<ResolversTypes['ReferralPoolConnection'], ParentType, ContextType, RequireFields<QueryReferralPoolArgs, 'first'>>;
  referrals?: Resolver<ResolversTypes['ReferralConnection'], ParentType, ContextType, RequireFields<QueryReferralsArgs, 'first'>>;
};

export type ReferralResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['Referral'] = ResolversParentTypes['Referral'], FederationReferenceType extends FederationReferenceTypes['Referral'] = FederationReferenceTypes['Referral']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Referral']> | FederationReferenceType, FederationReferenceType, ContextType>;
  claimExpiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  claimedBy?: Resolver<Maybe<ResolversTypes['CharityOrganization']>, ParentType, ContextType>;
  consent?: Resolver<Maybe<ResolversTypes['Consent']>, ParentType, ContextType>;
  consentedContact?: Resolver<Maybe<ResolversTypes['ConsentedContact']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  directedTo?: Resolver<Maybe<ResolversTypes['CharityOrganization']>, ParentType, ContextType>;
  household?: Resolver<Maybe<ResolversTypes['Household']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  need?: Resolver<ResolversTypes['Need'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['Outcome']>, ParentType, ContextType>;
  preAidCheck?: Resolver<Maybe<ResolversTypes['PreAidCheck']>, ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReferralStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  transitions?: Resolver<Array<ResolversTypes['ReferralTransition']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReferralConnectionResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['ReferralConnection'] = ResolversParentTypes['ReferralConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReferralEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ReferralEdgeResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['ReferralEdge'] = ResolversParentTypes['ReferralEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Referral'], ParentType, ContextType>;
};

export type ReferralEventResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['ReferralEvent'] = ResolversParentTypes['ReferralEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['ReferralStatus']>, ParentType, ContextType>;
  householdId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  needId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['Outcome']>, ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  referral?: Resolver<Maybe<ResolversTypes['Referral']>, ParentType, ContextType>;
  referralId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReferralStatus'], ParentType, ContextType>;
  townCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  villageCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReferralEventPageResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['ReferralEventPage'] = ResolversParentTypes['ReferralEventPage']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['ReferralEvent']>, ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ReferralIndicatorRowResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['ReferralIndicatorRow'] = ResolversParentTypes['ReferralIndicatorRow']> = {
  accepted?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  cancelled?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  claimed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  completed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  completionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  countyCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  created?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  failed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  gapCoveredFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  medianHoursToClaim?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p90HoursToClaim?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType>;
  rejected?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  requested?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ReferralIndicatorsResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['ReferralIndicators'] = ResolversParentTypes['ReferralIndicators']> = {
  byCounty?: Resolver<Array<ResolversTypes['ReferralIndicatorRow']>, ParentType, ContextType>;
  byProgramme?: Resolver<Array<ResolversTypes['ReferralIndicatorRow']>, ParentType, ContextType>;
  countyCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  minimumGroupSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  needsByChannel?: Resolver<Array<ResolversTypes['NeedChannelIndicatorRow']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReferralPoolConnectionResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['ReferralPoolConnection'] = ResolversParentTypes['ReferralPoolConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReferralPoolEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ReferralPoolEdgeResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['ReferralPoolEdge'] = ResolversParentTypes['ReferralPoolEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ReferralPoolItem'], ParentType, ContextType>;
};

export type ReferralPoolItemResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['ReferralPoolItem'] = ResolversParentTypes['ReferralPoolItem']> = {
  countyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gapFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  needCollectedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['NeedPriority'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  publicSummary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  referralId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subType?: Resolver<ResolversTypes['NeedSubType'], ParentType, ContextType>;
  townName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReferralTransitionResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['ReferralTransition'] = ResolversParentTypes['ReferralTransition']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorOrganization?: Resolver<Maybe<ResolversTypes['CharityOrganization']>, ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['ReferralStatus']>, ParentType, ContextType>;
  overrideReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preAidVerdict?: Resolver<Maybe<ResolversTypes['PreAidVerdict']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ReferralStatus'], ParentType, ContextType>;
};

export type ServiceReceivedItemResolvers<ContextType = CivilAffairsContext, ParentType extends ResolversParentTypes['ServiceReceivedItem'] = ResolversParentTypes['ServiceReceivedItem']> = {
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
};

export type Resolvers<ContextType = CivilAffairsContext> = {
  AccessLogConnection?: AccessLogConnectionResolvers<ContextType>;
  AccessLogEdge?: AccessLogEdgeResolvers<ContextType>;
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  AidRecord?: AidRecordResolvers<ContextType>;
  CharityAidItem?: CharityAidItemResolvers<ContextType>;
  CharityOrganization?: CharityOrganizationResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  ConsentedContact?: ConsentedContactResolvers<ContextType>;
  DuplicateIdReview?: DuplicateIdReviewResolvers<ContextType>;
  DuplicateIdReviewConnection?: DuplicateIdReviewConnectionResolvers<ContextType>;
  DuplicateIdReviewEdge?: DuplicateIdReviewEdgeResolvers<ContextType>;
  Eligibility?: EligibilityResolvers<ContextType>;
  EligibilityReason?: EligibilityReasonResolvers<ContextType>;
  Household?: HouseholdResolvers<ContextType>;
  HouseholdCategory?: HouseholdCategoryResolvers<ContextType>;
  HouseholdConnection?: HouseholdConnectionResolvers<ContextType>;
  HouseholdEdge?: HouseholdEdgeResolvers<ContextType>;
  HouseholdHistoryEntry?: HouseholdHistoryEntryResolvers<ContextType>;
  LapsedReferral?: LapsedReferralResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Need?: NeedResolvers<ContextType>;
  NeedChannelIndicatorRow?: NeedChannelIndicatorRowResolvers<ContextType>;
  NeedConnection?: NeedConnectionResolvers<ContextType>;
  NeedCoverage?: NeedCoverageResolvers<ContextType>;
  NeedEdge?: NeedEdgeResolvers<ContextType>;
  OfficerWorkList?: OfficerWorkListResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonSubmission?: PersonSubmissionResolvers<ContextType>;
  PreAidCheck?: PreAidCheckResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Referral?: ReferralResolvers<ContextType>;
  ReferralConnection?: ReferralConnectionResolvers<ContextType>;
  ReferralEdge?: ReferralEdgeResolvers<ContextType>;
  ReferralEvent?: ReferralEventResolvers<ContextType>;
  ReferralEventPage?: ReferralEventPageResolvers<ContextType>;
  ReferralIndicatorRow?: ReferralIndicatorRowResolvers<ContextType>;
  ReferralIndicators?: ReferralIndicatorsResolvers<ContextType>;
  ReferralPoolConnection?: ReferralPoolConnectionResolvers<ContextType>;
  ReferralPoolEdge?: ReferralPoolEdgeResolvers<ContextType>;
  ReferralPoolItem?: ReferralPoolItemResolvers<ContextType>;
  ReferralTransition?: ReferralTransitionResolvers<ContextType>;
  ServiceReceivedItem?: ServiceReceivedItemResolvers<ContextType>;
};

