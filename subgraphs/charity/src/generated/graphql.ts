import type { GraphQLResolveInfo } from 'graphql';
import type { OrganizationRow as OrganizationRowModel, QualificationRow as QualificationRowModel, ResourceRow as ResourceRowModel, ProjectRow as ProjectRowModel, ProjectTransitionRow as ProjectTransitionRowModel, DonationRow as DonationRowModel, DisbursementRow as DisbursementRowModel } from '../db/schema.js';
import type { NeedReference as NeedReferenceModel } from '../resolvers/Need.js';
import type { PreAidCheckKey as PreAidCheckKeyModel } from '../resolvers/PreAidCheck.js';
import type { CharityContext } from '../context.js';
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

/** A resource library entry to add. */
export type AddCharityResourceInput = {
  /** How much can be offered (at least 1). */
  capacity: Scalars['Int']['input'];
  /** The programme it serves (one of the organisation's). */
  programme: Programme;
  /** What is offered (2-100 characters). */
  title: Scalars['String']['input'];
  /** The unit of the capacity, e.g. 人次/月. */
  unit: Scalars['String']['input'];
};

/**
 * Charity aid received, one item per disbursement (for the pre-aid check 救前查询). Shared with
 * civil-affairs, which reads `programme` and `amountFen`.
 */
export type CharityAidItem = {
  __typename?: 'CharityAidItem';
  /** Amount in fen. */
  amountFen: Scalars['Int']['output'];
  /** The day it was paid, ISO date. */
  disbursedOn: Scalars['String']['output'];
  /** The organisation that paid it. */
  organization: CharityOrganization;
  /** The programme of the project it came from. */
  programme: Programme;
  /** The project it came from. */
  project: CharityProject;
  /** What the money was for. */
  purpose: DisbursementPurpose;
};

/** Public disclosure (信息公开) totals across published and closed projects. */
export type CharityDisclosure = {
  __typename?: 'CharityDisclosure';
  /** Totals by programme. */
  byProgramme: Array<ProgrammeTotal>;
  /** Money paid out, in whole fen. A Float because federation-wide sums outgrow Int; exact up to 2^53. */
  disbursedFen: Scalars['Float']['output'];
  /** How many projects are published or closed. */
  projectCount: Scalars['Int']['output'];
  /** Money raised, in whole fen. A Float because federation-wide sums outgrow Int; exact up to 2^53. */
  raisedFen: Scalars['Float']['output'];
  /** Households helped by programme and town, anonymous, small counts suppressed. */
  recipients: Array<RecipientCount>;
};

/**
 * A charity organisation (慈善组织) that is a member of the federation's service consortia: a foundation, a
 * social organisation or a social service institution. Registry information, public.
 */
export type CharityOrganization = {
  __typename?: 'CharityOrganization';
  /** True when it holds a public-fundraising qualification (公开募捐资格) valid today. */
  canFundraisePublicly: Scalars['Boolean']['output'];
  /** The name of the county (区县) it serves in. */
  countyName: Scalars['String']['output'];
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** True when it holds a certified-charity qualification (认定慈善组织) valid today. */
  isCertifiedCharity: Scalars['Boolean']['output'];
  /** The legal form it is registered in. */
  legalForm: LegalForm;
  /** The registered name. */
  name: Scalars['String']['output'];
  /** The programmes (八大善扶工程) it serves. */
  programmes: Array<Programme>;
  /** Its projects the caller may see, newest first. */
  projects: Array<CharityProject>;
  /** Its legal qualifications with their validity, newest first. */
  qualifications: Array<CharityQualification>;
  /** The county (6 digits), town (9) or village (12) code of the consortium it serves. */
  regionCode: Scalars['String']['output'];
  /** When it joined the federation, ISO 8601. */
  registeredAt: Scalars['String']['output'];
  /** Its resource library (帮扶资源库): what it can offer and how much. */
  resources: Array<CharityResource>;
  /** The consortium tier (助联体) it serves at. */
  tier: ConsortiumTier;
  /** The name of the town or street (乡镇/街道), for town and village tiers. */
  townName?: Maybe<Scalars['String']['output']>;
  /** The unified social credit code (统一社会信用代码, GB 32100-2015), 18 characters. */
  unifiedSocialCreditCode: Scalars['String']['output'];
};

/** A page of charity organisations (Relay cursor connection). */
export type CharityOrganizationConnection = {
  __typename?: 'CharityOrganizationConnection';
  /** The organisations on this page with their cursors. */
  edges: Array<CharityOrganizationEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** One organisation in a page, with the cursor that points at it. */
export type CharityOrganizationEdge = {
  __typename?: 'CharityOrganizationEdge';
  /** Opaque cursor: pass it as `after` to continue after this organisation. */
  cursor: Scalars['String']['output'];
  /** The organisation. */
  node: CharityOrganization;
};

/** Filters for charity organisations. */
export type CharityOrganizationFilter = {
  /** Only organisations of this legal form. */
  legalForm?: InputMaybe<LegalForm>;
  /** Only organisations serving this programme. */
  programme?: InputMaybe<Programme>;
  /** Only organisations serving in this county (6 digits) or town (9 digits). */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Only organisations of this consortium tier. */
  tier?: InputMaybe<ConsortiumTier>;
};

/**
 * A charity project (慈善项目) of one organisation, with its fundraising plan and money. Its review flow:
 * DRAFT → UNDER_REVIEW → PUBLISHED → CLOSED, with rejection back to DRAFT and a reason.
 */
export type CharityProject = {
  __typename?: 'CharityProject';
  /** Money raised and not yet paid out, in fen. */
  availableFen: Scalars['Int']['output'];
  /** When it was closed, ISO 8601. */
  closedAt?: Maybe<Scalars['String']['output']>;
  /** When it was created, ISO 8601. */
  createdAt: Scalars['String']['output'];
  /** Money paid out so far in fen (sum of disbursements); never more than raised. */
  disbursedFen: Scalars['Int']['output'];
  /** How it raises money. */
  fundraisingMode: FundraisingMode;
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** The project's title. */
  name: Scalars['String']['output'];
  /** The organisation that runs it. */
  organization: CharityOrganization;
  /** The fundraising plan (募捐方案) the regulator requires. */
  plan: FundraisingPlan;
  /** The programme (八大善扶工程) it serves; it funds referrals of this programme only. */
  programme: Programme;
  /**
   * Donors who agreed that their names be published (信息公开), newest first. Anonymous donors and donors who
   * did not agree never appear; their money is in `raisedFen`.
   */
  publicDonors: Array<PublicDonor>;
  /** When it was published, ISO 8601. */
  publishedAt?: Maybe<Scalars['String']['output']>;
  /** Money raised so far in fen (sum of donations). */
  raisedFen: Scalars['Int']['output'];
  /**
   * Households helped, as anonymous counts by town (small counts suppressed). Never a name, an id or a
   * village.
   */
  recipients: Array<RecipientCount>;
  /** Why the last review sent the project back to draft (organisation and federation only). */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  /** Every review-flow transition, oldest first (organisation and federation only). */
  reviewHistory: Array<ProjectTransition>;
  /** Where the project stands in its review flow. */
  status: ProjectStatus;
  /** The fundraising target in fen. */
  targetFen: Scalars['Int']['output'];
  /** The edit version, for `updateCharityProject`. */
  version: Scalars['Int']['output'];
};


/**
 * A charity project (慈善项目) of one organisation, with its fundraising plan and money. Its review flow:
 * DRAFT → UNDER_REVIEW → PUBLISHED → CLOSED, with rejection back to DRAFT and a reason.
 */
export type CharityProjectPublicDonorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of charity projects (Relay cursor connection). */
export type CharityProjectConnection = {
  __typename?: 'CharityProjectConnection';
  /** The projects on this page with their cursors. */
  edges: Array<CharityProjectEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** One project in a page, with the cursor that points at it. */
export type CharityProjectEdge = {
  __typename?: 'CharityProjectEdge';
  /** Opaque cursor: pass it as `after` to continue after this project. */
  cursor: Scalars['String']['output'];
  /** The project. */
  node: CharityProject;
};

/** Filters for charity projects. */
export type CharityProjectFilter = {
  /** Only projects of this organisation. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only projects of this programme. */
  programme?: InputMaybe<Programme>;
  /** Only projects raising in this county (6 digits) or town (9 digits). */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Only projects in this state (within what the caller may see). */
  status?: InputMaybe<ProjectStatus>;
};

/** A project and its fundraising plan. */
export type CharityProjectInput = {
  /** The filing number with civil affairs; needed before public fundraising is submitted. */
  filingNumber?: InputMaybe<Scalars['String']['input']>;
  /** How it raises money. */
  fundraisingMode: FundraisingMode;
  /** The title (2-100 characters). */
  name: Scalars['String']['input'];
  /** Last day of the fundraising period, ISO date, not before the first. */
  periodEnd: Scalars['String']['input'];
  /** First day of the fundraising period, ISO date. */
  periodStart: Scalars['String']['input'];
  /** The programme, one the organisation serves. */
  programme: Programme;
  /** The purpose of the fundraising. */
  purpose: Scalars['String']['input'];
  /** A Ningbo county (6 digits) or town (9 digits) code. */
  regionCode: Scalars['String']['input'];
  /** The staff member responsible for the plan. */
  responsiblePerson: Scalars['String']['input'];
  /** The fundraising target in fen (1 to 2147483647). */
  targetFen: Scalars['Int']['input'];
  /** How the money will be used. */
  useOfFunds: Scalars['String']['input'];
};

/** A legal qualification of an organisation and its validity. */
export type CharityQualification = {
  __typename?: 'CharityQualification';
  /** The number of the certificate or approval document. */
  certificateNumber: Scalars['String']['output'];
  /** True when valid today. */
  isValid: Scalars['Boolean']['output'];
  /** Which qualification. */
  kind: QualificationKind;
  /** First day of validity, ISO date. */
  validFrom: Scalars['String']['output'];
  /** Last day of validity, ISO date; null when open-ended. */
  validUntil?: Maybe<Scalars['String']['output']>;
};

/** One entry of an organisation's resource library (帮扶资源库). */
export type CharityResource = {
  __typename?: 'CharityResource';
  /** How much can be offered, in `unit`. */
  capacity: Scalars['Int']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** The programme it serves. */
  programme: Programme;
  /** What is offered, e.g. 助学金, 上门助浴, 适老化改造. */
  title: Scalars['String']['output'];
  /** The unit of the capacity, e.g. 人次/月. */
  unit: Scalars['String']['output'];
};

/** The tier of a service consortium (助联体), following the administrative levels. */
export type ConsortiumTier =
  /** District or county consortium (区县助联体). */
  | 'COUNTY'
  /** Town or street consortium (乡镇/街道助联体). */
  | 'TOWN'
  /** Village or community consortium (村/社区助联体). */
  | 'VILLAGE';

/** Money paid from a project for a referral (救助资金拨付). The recipient is known only through the referral. */
export type Disbursement = {
  __typename?: 'Disbursement';
  /** The amount in fen. */
  amountFen: Scalars['Int']['output'];
  /** The day it was paid, ISO date. */
  disbursedOn: Scalars['String']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** The organisation that paid it. */
  organization: CharityOrganization;
  /** The programme (the project's). */
  programme: Programme;
  /** The project it was paid from. */
  project: CharityProject;
  /** What the money is for. */
  purpose: DisbursementPurpose;
  /** Why the household qualifies for it. */
  reasonCodes: Array<DisbursementReason>;
  /** When it was recorded, ISO 8601. */
  recordedAt: Scalars['String']['output'];
  /** The referral it was paid for. */
  referral?: Maybe<Referral>;
};

/** A page of disbursements (Relay cursor connection). */
export type DisbursementConnection = {
  __typename?: 'DisbursementConnection';
  /** The disbursements on this page with their cursors. */
  edges: Array<DisbursementEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** One disbursement in a page, with the cursor that points at it. */
export type DisbursementEdge = {
  __typename?: 'DisbursementEdge';
  /** Opaque cursor: pass it as `after` to continue after this disbursement. */
  cursor: Scalars['String']['output'];
  /** The disbursement. */
  node: Disbursement;
};

/** What a disbursement pays for. */
export type DisbursementPurpose =
  /** Housekeeping and care services (家政照护; 善助). */
  | 'CARE_SERVICES'
  /** Daily necessities (生活必需品; 善助). */
  | 'DAILY_NECESSITIES'
  /** Tuition, fees and school living costs (教育费用; 善学). */
  | 'EDUCATION_COSTS'
  /** Meals for the elderly (老年助餐; 善养). */
  | 'ELDERLY_MEALS'
  /** Vocational training (职业培训; 善业). */
  | 'EMPLOYMENT_TRAINING'
  /** Furniture and appliances (家具家电; 善居). */
  | 'FURNITURE_AND_APPLIANCES'
  /** Hospice care (安宁疗护; 善养). */
  | 'HOSPICE_CARE'
  /** Housing repair (住房修缮; 善居). */
  | 'HOUSING_REPAIR'
  /** Medical costs left after insurance and medical assistance (医疗费用; 善医). */
  | 'MEDICAL_EXPENSES'
  /** Goods for a micro-wish (微心愿物品; 善领). */
  | 'MICRO_WISH_GOODS'
  /** Psychological services (心理服务; 善解). */
  | 'PSYCHOLOGICAL_SERVICES';

/** Why a household qualifies for a disbursement. */
export type DisbursementReason =
  /** Care needs of the elderly or disabled (照护需求). */
  | 'CARE_NEEDS'
  /** Natural disaster (自然灾害). */
  | 'DISASTER'
  /** A gap left after government aid (政府救助后仍有缺口). */
  | 'GAP_AFTER_GOVERNMENT_AID'
  /** Loss of income (失业或收入中断). */
  | 'LOSS_OF_INCOME'
  /** Major illness (重大疾病). */
  | 'MAJOR_ILLNESS'
  /** School costs the family cannot bear (就学困难). */
  | 'SCHOOL_COSTS'
  /** Sudden accident (突发意外). */
  | 'SUDDEN_ACCIDENT'
  /** Unsafe housing (住房安全隐患). */
  | 'UNSAFE_HOUSING';

/**
 * A donation into a project, as the organisation and the charity federation see it. The donor's name is the
 * donor's, kept for the receipt; it is published only with the donor's consent.
 */
export type Donation = {
  __typename?: 'Donation';
  /** The amount in fen. */
  amountFen: Scalars['Int']['output'];
  /** True when the donor gave anonymously (no name kept). */
  anonymous: Scalars['Boolean']['output'];
  /** How the money came in. */
  channel: DonationChannel;
  /** When the donation was made, ISO 8601. */
  donatedAt: Scalars['String']['output'];
  /** An individual or an organisation. */
  donorKind: DonorKind;
  /** The donor's name; null for anonymous donations. */
  donorName?: Maybe<Scalars['String']['output']>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** The project it went to. */
  project: CharityProject;
  /** True when the donor agreed that their name is published. */
  publishName: Scalars['Boolean']['output'];
  /** The donation receipt number (捐赠票据号). */
  receiptNumber: Scalars['String']['output'];
  /** When it was recorded, ISO 8601. */
  recordedAt: Scalars['String']['output'];
  /** True for a restricted donation (定向/限定性捐赠) that serves only the project's stated use. */
  restricted: Scalars['Boolean']['output'];
};

/** How a donation came in. */
export type DonationChannel =
  /** Bank transfer (银行转账). */
  | 'BANK_TRANSFER'
  /** Cash (现金). */
  | 'CASH'
  /** Goods at their assessed value (物资折价). */
  | 'IN_KIND'
  /** Mobile payment (移动支付). */
  | 'MOBILE_PAYMENT'
  /** An online public-fundraising platform designated by the Ministry of Civil Affairs (互联网公开募捐信息平台). */
  | 'ONLINE_PLATFORM';

/** A page of donations (Relay cursor connection). */
export type DonationConnection = {
  __typename?: 'DonationConnection';
  /** The donations on this page with their cursors. */
  edges: Array<DonationEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** One donation in a page, with the cursor that points at it. */
export type DonationEdge = {
  __typename?: 'DonationEdge';
  /** Opaque cursor: pass it as `after` to continue after this donation. */
  cursor: Scalars['String']['output'];
  /** The donation. */
  node: Donation;
};

/** Who gave a donation. */
export type DonorKind =
  /** A person (个人). */
  | 'INDIVIDUAL'
  /** A company or other organisation (单位). */
  | 'ORGANIZATION';

/** How a project raises money. */
export type FundraisingMode =
  /** Directed fundraising (定向募捐) among specific donors. */
  | 'DIRECTED'
  /** No fundraising (不募捐): the project spends the organisation's own funds. */
  | 'NONE'
  /** Public fundraising (公开募捐), by an organisation with the qualification and a filed plan. */
  | 'PUBLIC';

/** The fundraising plan (募捐方案) of a project, with the fields the regulator requires. */
export type FundraisingPlan = {
  __typename?: 'FundraisingPlan';
  /** The filing number with civil affairs (备案编号); required for public fundraising. */
  filingNumber?: Maybe<Scalars['String']['output']>;
  /** Last day of the fundraising period, ISO date. */
  periodEnd: Scalars['String']['output'];
  /** First day of the fundraising period, ISO date. */
  periodStart: Scalars['String']['output'];
  /** The purpose of the fundraising (募捐目的). */
  purpose: Scalars['String']['output'];
  /** The county (6 digits) or town (9) code where money is raised and used (募捐区域). */
  regionCode: Scalars['String']['output'];
  /** The name of that county or town. */
  regionName: Scalars['String']['output'];
  /** The organisation's staff member responsible for the plan (方案负责人); organisation and federation only. */
  responsiblePerson?: Maybe<Scalars['String']['output']>;
  /** How the money will be used (募得款物用途). */
  useOfFunds: Scalars['String']['output'];
};

/**
 * A household registered with civil affairs (登记困难家庭). Other subgraphs refer to it by `id` only and add
 * their own fields (charity aid received, services received); personal data stays here.
 */
export type Household = {
  __typename?: 'Household';
  /**
   * Charity aid paid for the household's referrals between two days (inclusive), oldest first, for the
   * pre-aid check. Without bounds: the year up to today.
   */
  charityAid?: Maybe<Array<CharityAidItem>>;
  /** Opaque, stable id. Safe to share with charity and services subgraphs. */
  id: Scalars['ID']['output'];
};


/**
 * A household registered with civil affairs (登记困难家庭). Other subgraphs refer to it by `id` only and add
 * their own fields (charity aid received, services received); personal data stays here.
 */
export type HouseholdCharityAidArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};

/** The legal form of a charity organisation. */
export type LegalForm =
  /** Foundation (基金会); USCC starts 53. */
  | 'FOUNDATION'
  /** Social organisation (社会团体); USCC starts 51. */
  | 'SOCIAL_ORGANIZATION'
  /** Social service institution (社会服务机构, formerly 民办非企业单位); USCC starts 52. */
  | 'SOCIAL_SERVICE_INSTITUTION';

/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds an entry to the caller's organisation's resource library (帮扶资源库). */
  addCharityResource: CharityResource;
  /** UNDER_REVIEW → PUBLISHED: the charity federation approves and publishes the project. */
  approveCharityProject: CharityProject;
  /** PUBLISHED → CLOSED: the organisation or the charity federation closes the project (结项). */
  closeCharityProject: CharityProject;
  /** Creates a project of the caller's organisation in DRAFT, with its fundraising plan. */
  createCharityProject: CharityProject;
  /**
   * Pays money from a published project of the caller's organisation for a referral the organisation holds
   * (claimed and accepted). Never more than the project has left, even under concurrent payments. Idempotent
   * like `recordDonation`.
   */
  recordDisbursement: Disbursement;
  /**
   * Records a donation into a published project of the caller's organisation and issues its receipt number.
   * Idempotent: a retry with the same key returns the first donation and counts the money once; the same key
   * with a different body is refused with IDEMPOTENCY_KEY_REUSED.
   */
  recordDonation: Donation;
  /** Records a legal qualification of an organisation with its validity (charity federation staff). */
  recordOrganizationQualification: CharityOrganization;
  /** Registers a charity organisation as a member of the federation's consortia (charity federation staff). */
  registerCharityOrganization: CharityOrganization;
  /** UNDER_REVIEW → DRAFT: the charity federation sends the project back with a reason. */
  rejectCharityProject: CharityProject;
  /**
   * DRAFT → UNDER_REVIEW: the organisation submits the project for review. Public fundraising needs a valid
   * public-fundraising qualification and the plan's filing number; directed fundraising a certified charity.
   */
  submitCharityProject: CharityProject;
  /**
   * Edits a project in DRAFT. `expectedVersion` must be the version the editor read; a concurrent edit gets
   * CONFLICT instead of being overwritten.
   */
  updateCharityProject: CharityProject;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationAddCharityResourceArgs = {
  input: AddCharityResourceInput;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationApproveCharityProjectArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationCloseCharityProjectArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationCreateCharityProjectArgs = {
  input: CharityProjectInput;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationRecordDisbursementArgs = {
  input: RecordDisbursementInput;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationRecordDonationArgs = {
  input: RecordDonationInput;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationRecordOrganizationQualificationArgs = {
  input: RecordQualificationInput;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationRegisterCharityOrganizationArgs = {
  input: RegisterCharityOrganizationInput;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationRejectCharityProjectArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationSubmitCharityProjectArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationUpdateCharityProjectArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: CharityProjectInput;
};

/**
 * A need in the standard need library (帮扶需求项目库): what a household needs, what is already covered and the
 * gap left for charities.
 */
export type Need = {
  __typename?: 'Need';
  /** Money charities have paid for the need's referrals, in fen (coverage by charity). */
  charityFundedFen?: Maybe<Scalars['Int']['output']>;
  /** Published projects of the need's programme with money left, most money left first. */
  fundingProjects?: Maybe<Array<CharityProject>>;
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** The programme (八大善扶工程) it belongs to. */
  programme: Programme;
};

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
  /** Charity disbursements to the household in the window (from the charity subgraph). */
  charityAid?: Maybe<Array<CharityAidItem>>;
  /** The household checked (opaque id). */
  householdId: Scalars['ID']['output'];
  /** Opaque id of the recorded check. */
  id: Scalars['ID']['output'];
  /** Last day of the window, ISO date. */
  windowEnd: Scalars['String']['output'];
  /** First day of the window, ISO date. */
  windowStart: Scalars['String']['output'];
};

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

/** Money totals of one programme. */
export type ProgrammeTotal = {
  __typename?: 'ProgrammeTotal';
  /** Money paid out, in whole fen (a Float: exact up to 2^53). */
  disbursedFen: Scalars['Float']['output'];
  /** The programme. */
  programme: Programme;
  /** How many projects are published or closed. */
  projectCount: Scalars['Int']['output'];
  /** Money raised, in whole fen (a Float: exact up to 2^53). */
  raisedFen: Scalars['Float']['output'];
};

/** Actions of a project's review flow. */
export type ProjectAction =
  /** Approved and published (审核通过). */
  | 'APPROVE'
  /** Closed (结项). */
  | 'CLOSE'
  /** Created in DRAFT (创建). */
  | 'CREATE'
  /** Rejected back to draft with a reason (退回修改). */
  | 'REJECT'
  /** Submitted for review (提交审核). */
  | 'SUBMIT';

/** Where a project stands in its review flow. */
export type ProjectStatus =
  /** Closed (结项): no more donations or payments. */
  | 'CLOSED'
  /** Being prepared by its organisation (草稿). */
  | 'DRAFT'
  /** Approved and published: takes donations and pays out (已发布). */
  | 'PUBLISHED'
  /** Submitted, waiting for the charity federation's review (审核中). */
  | 'UNDER_REVIEW';

/** One transition of a project's review flow. */
export type ProjectTransition = {
  __typename?: 'ProjectTransition';
  /** What was done. */
  action: ProjectAction;
  /** The acting account (token subject). */
  actor: Scalars['String']['output'];
  /** When, ISO 8601. */
  at: Scalars['String']['output'];
  /** The state before; null on creation. */
  fromStatus?: Maybe<ProjectStatus>;
  /** The reason given. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The state after. */
  toStatus: ProjectStatus;
};

/** A donor who agreed to publication, and their donation, for the public. */
export type PublicDonor = {
  __typename?: 'PublicDonor';
  /** The amount in fen. */
  amountFen: Scalars['Int']['output'];
  /** When the donation was made, ISO 8601. */
  donatedAt: Scalars['String']['output'];
  /** An individual or an organisation. */
  donorKind: DonorKind;
  /** The donor's name as they agreed to publish it. */
  donorName: Scalars['String']['output'];
};

/** Legal qualifications of a charity organisation. */
export type QualificationKind =
  /** Certified as a charity organisation (认定慈善组织). */
  | 'CERTIFIED_CHARITY'
  /** Qualified for public fundraising (公开募捐资格). */
  | 'PUBLIC_FUNDRAISING';

/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * Public disclosure (信息公开) across all published and closed projects: money totals by programme and
   * recipients as anonymous counts by programme and town, small counts suppressed. No personal data.
   */
  charityDisclosure: CharityDisclosure;
  /** One charity organisation by id. Organisations are public (registry information). */
  charityOrganization?: Maybe<CharityOrganization>;
  /** Charity organisations, by name, as a cursor-paginated connection. */
  charityOrganizations: CharityOrganizationConnection;
  /**
   * One charity project by id. Published and closed projects are public; drafts and projects under review
   * only for their organisation and the charity federation. Not found and not allowed look the same (null).
   */
  charityProject?: Maybe<CharityProject>;
  /**
   * Charity projects the caller may see, newest first: the public sees published and closed projects; an
   * organisation also its own drafts; the charity federation every project (e.g. the review queue).
   */
  charityProjects: CharityProjectConnection;
  /** Disbursements from one project, newest first: for the project's organisation and the charity federation. */
  disbursements: DisbursementConnection;
  /** Donations into one project, newest first: for the project's organisation and the charity federation. */
  donations: DonationConnection;
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryCharityDisclosureArgs = {
  countyCode?: InputMaybe<Scalars['String']['input']>;
  programme?: InputMaybe<Programme>;
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryCharityOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryCharityOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CharityOrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryCharityProjectArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryCharityProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CharityProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryDisbursementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  projectId: Scalars['ID']['input'];
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryDonationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  projectId: Scalars['ID']['input'];
};

/**
 * Households helped in one programme and town, as an anonymous count. Groups of fewer than 5 households are
 * never shown alone: they are merged into one row without a town, whose count is shown only from 5 on.
 */
export type RecipientCount = {
  __typename?: 'RecipientCount';
  /** The county's name; null for the merged row. */
  countyName?: Maybe<Scalars['String']['output']>;
  /** How many households were helped; null when suppressed (fewer than 5). */
  households?: Maybe<Scalars['Int']['output']>;
  /** The programme. */
  programme: Programme;
  /** True when the count is hidden because it is too small to stay anonymous. */
  suppressed: Scalars['Boolean']['output'];
  /** The 9-digit town code; null for the merged row of small groups. */
  townCode?: Maybe<Scalars['String']['output']>;
  /** The town's name; null for the merged row. */
  townName?: Maybe<Scalars['String']['output']>;
};

/** A disbursement to record. */
export type RecordDisbursementInput = {
  /** The amount in fen (1 to what the project has left). */
  amountFen: Scalars['Int']['input'];
  /** The day it is paid, ISO date; not in the future. */
  disbursedOn: Scalars['String']['input'];
  /** A key unique to this payment, chosen by the client (8-128 characters); a retry sends the same key. */
  idempotencyKey: Scalars['String']['input'];
  /** The project to pay from: published, of the caller's organisation, of the referral's programme. */
  projectId: Scalars['ID']['input'];
  /** What the money is for. */
  purpose: DisbursementPurpose;
  /** Why the household qualifies (at least one). */
  reasonCodes: Array<DisbursementReason>;
  /** The referral, claimed and accepted by the caller's organisation. */
  referralId: Scalars['ID']['input'];
};

/** A donation to record. */
export type RecordDonationInput = {
  /** The amount in fen (1 to 2147483647). */
  amountFen: Scalars['Int']['input'];
  /** True when the donor gives anonymously: no name is kept. */
  anonymous?: InputMaybe<Scalars['Boolean']['input']>;
  /** How the money came in. */
  channel: DonationChannel;
  /** When the donation was made, ISO 8601; now when omitted. */
  donatedAt?: InputMaybe<Scalars['String']['input']>;
  /** An individual or an organisation. */
  donorKind: DonorKind;
  /** The donor's name, required unless anonymous (for the receipt). */
  donorName?: InputMaybe<Scalars['String']['input']>;
  /** A key unique to this donation, chosen by the client (8-128 characters); a retry sends the same key. */
  idempotencyKey: Scalars['String']['input'];
  /** The project, published, of the caller's organisation. */
  projectId: Scalars['ID']['input'];
  /** True when the donor agrees that their name is published. */
  publishName?: InputMaybe<Scalars['Boolean']['input']>;
  /** True for a restricted donation that serves only the project's stated use. */
  restricted: Scalars['Boolean']['input'];
};

/** A qualification to record. */
export type RecordQualificationInput = {
  /** The number of the certificate or approval document. */
  certificateNumber: Scalars['String']['input'];
  /** Which qualification. */
  kind: QualificationKind;
  /** The organisation. */
  organizationId: Scalars['ID']['input'];
  /** First day of validity, ISO date. */
  validFrom: Scalars['String']['input'];
  /** Last day of validity, ISO date; omit when open-ended. */
  validUntil?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A referral (转介) of a need to charities, following the closed-loop workflow (HL7 FHIR SDOH Task with a
 * claim step). Every transition is recorded with actor, time and reason.
 */
export type Referral = {
  __typename?: 'Referral';
  /**
   * Disbursements paid for the referral, oldest first: the charity federation sees all, an organisation its
   * own, civil-affairs staff those in their region.
   */
  fundings?: Maybe<Array<Disbursement>>;
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
};

/** A charity organisation to register. */
export type RegisterCharityOrganizationInput = {
  /** The legal form. */
  legalForm: LegalForm;
  /** The registered name (2-100 characters). */
  name: Scalars['String']['input'];
  /** The programmes it serves (at least one). */
  programmes: Array<Programme>;
  /** The Ningbo county (6 digits, COUNTY), town (9, TOWN) or village (12, VILLAGE) code it serves. */
  regionCode: Scalars['String']['input'];
  /** The consortium tier it serves at. */
  tier: ConsortiumTier;
  /** The unified social credit code; its check characters are verified and its category must match the legal form. */
  unifiedSocialCreditCode: Scalars['String']['input'];
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
  CharityProject: CharityProject;
  Household: Household;
  Need: Need;
  PreAidCheck: PreAidCheck;
  Referral: Referral;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  CharityOrganization:
    ( { __typename: 'CharityOrganization' }
    & GraphQLRecursivePick<FederationTypes['CharityOrganization'], {"id":true}> );
  CharityProject:
    ( { __typename: 'CharityProject' }
    & GraphQLRecursivePick<FederationTypes['CharityProject'], {"id":true}> );
  Household:
    ( { __typename: 'Household' }
    & GraphQLRecursivePick<FederationTypes['Household'], {"id":true}> );
  Need:
    ( { __typename: 'Need' }
    & GraphQLRecursivePick<FederationTypes['Need'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Need'], {"programme":true}> ) );
  PreAidCheck:
    ( { __typename: 'PreAidCheck' }
    & GraphQLRecursivePick<FederationTypes['PreAidCheck'], {"id":true,"householdId":true,"windowStart":true,"windowEnd":true}> );
  Referral:
    ( { __typename: 'Referral' }
    & GraphQLRecursivePick<FederationTypes['Referral'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddCharityResourceInput: AddCharityResourceInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CharityAidItem: ResolverTypeWrapper<DisbursementRowModel>;
  CharityDisclosure: ResolverTypeWrapper<CharityDisclosure>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CharityOrganization: ResolverTypeWrapper<OrganizationRowModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CharityOrganizationConnection: ResolverTypeWrapper<Omit<CharityOrganizationConnection, 'edges'> & { edges: Array<ResolversTypes['CharityOrganizationEdge']> }>;
  CharityOrganizationEdge: ResolverTypeWrapper<Omit<CharityOrganizationEdge, 'node'> & { node: ResolversTypes['CharityOrganization'] }>;
  CharityOrganizationFilter: CharityOrganizationFilter;
  CharityProject: ResolverTypeWrapper<ProjectRowModel>;
  CharityProjectConnection: ResolverTypeWrapper<Omit<CharityProjectConnection, 'edges'> & { edges: Array<ResolversTypes['CharityProjectEdge']> }>;
  CharityProjectEdge: ResolverTypeWrapper<Omit<CharityProjectEdge, 'node'> & { node: ResolversTypes['CharityProject'] }>;
  CharityProjectFilter: CharityProjectFilter;
  CharityProjectInput: CharityProjectInput;
  CharityQualification: ResolverTypeWrapper<QualificationRowModel>;
  CharityResource: ResolverTypeWrapper<ResourceRowModel>;
  ConsortiumTier: ConsortiumTier;
  Disbursement: ResolverTypeWrapper<DisbursementRowModel>;
  DisbursementConnection: ResolverTypeWrapper<Omit<DisbursementConnection, 'edges'> & { edges: Array<ResolversTypes['DisbursementEdge']> }>;
  DisbursementEdge: ResolverTypeWrapper<Omit<DisbursementEdge, 'node'> & { node: ResolversTypes['Disbursement'] }>;
  DisbursementPurpose: DisbursementPurpose;
  DisbursementReason: DisbursementReason;
  Donation: ResolverTypeWrapper<DonationRowModel>;
  DonationChannel: DonationChannel;
  DonationConnection: ResolverTypeWrapper<Omit<DonationConnection, 'edges'> & { edges: Array<ResolversTypes['DonationEdge']> }>;
  DonationEdge: ResolverTypeWrapper<Omit<DonationEdge, 'node'> & { node: ResolversTypes['Donation'] }>;
  DonorKind: DonorKind;
  FundraisingMode: FundraisingMode;
  FundraisingPlan: ResolverTypeWrapper<ProjectRowModel>;
  Household: ResolverTypeWrapper<Omit<Household, 'charityAid'> & { charityAid?: Maybe<Array<ResolversTypes['CharityAidItem']>> }>;
  LegalForm: LegalForm;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Need: ResolverTypeWrapper<NeedReferenceModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PreAidCheck: ResolverTypeWrapper<PreAidCheckKeyModel>;
  Programme: Programme;
  ProgrammeTotal: ResolverTypeWrapper<ProgrammeTotal>;
  ProjectAction: ProjectAction;
  ProjectStatus: ProjectStatus;
  ProjectTransition: ResolverTypeWrapper<ProjectTransitionRowModel>;
  PublicDonor: ResolverTypeWrapper<DonationRowModel>;
  QualificationKind: QualificationKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecipientCount: ResolverTypeWrapper<RecipientCount>;
  RecordDisbursementInput: RecordDisbursementInput;
  RecordDonationInput: RecordDonationInput;
  RecordQualificationInput: RecordQualificationInput;
  Referral: ResolverTypeWrapper<Omit<Referral, 'fundings'> & { fundings?: Maybe<Array<ResolversTypes['Disbursement']>> }>;
  RegisterCharityOrganizationInput: RegisterCharityOrganizationInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddCharityResourceInput: AddCharityResourceInput;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  CharityAidItem: DisbursementRowModel;
  CharityDisclosure: CharityDisclosure;
  Float: Scalars['Float']['output'];
  CharityOrganization: OrganizationRowModel;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  CharityOrganizationConnection: Omit<CharityOrganizationConnection, 'edges'> & { edges: Array<ResolversParentTypes['CharityOrganizationEdge']> };
  CharityOrganizationEdge: Omit<CharityOrganizationEdge, 'node'> & { node: ResolversParentTypes['CharityOrganization'] };
  CharityOrganizationFilter: CharityOrganizationFilter;
  CharityProject: ProjectRowModel;
  CharityProjectConnection: Omit<CharityProjectConnection, 'edges'> & { edges: Array<ResolversParentTypes['CharityProjectEdge']> };
  CharityProjectEdge: Omit<CharityProjectEdge, 'node'> & { node: ResolversParentTypes['CharityProject'] };
  CharityProjectFilter: CharityProjectFilter;
  CharityProjectInput: CharityProjectInput;
  CharityQualification: QualificationRowModel;
  CharityResource: ResourceRowModel;
  Disbursement: DisbursementRowModel;
  DisbursementConnection: Omit<DisbursementConnection, 'edges'> & { edges: Array<ResolversParentTypes['DisbursementEdge']> };
  DisbursementEdge: Omit<DisbursementEdge, 'node'> & { node: ResolversParentTypes['Disbursement'] };
  Donation: DonationRowModel;
  DonationConnection: Omit<DonationConnection, 'edges'> & { edges: Array<ResolversParentTypes['DonationEdge']> };
  DonationEdge: Omit<DonationEdge, 'node'> & { node: ResolversParentTypes['Donation'] };
  FundraisingPlan: ProjectRowModel;
  Household: Omit<Household, 'charityAid'> & { charityAid?: Maybe<Array<ResolversParentTypes['CharityAidItem']>> } | FederationReferenceTypes['Household'];
  Mutation: Record<PropertyKey, never>;
  Need: NeedReferenceModel;
  PageInfo: PageInfo;
  PreAidCheck: PreAidCheckKeyModel;
  ProgrammeTotal: ProgrammeTotal;
  ProjectTransition: ProjectTransitionRowModel;
  PublicDonor: DonationRowModel;
  Query: Record<PropertyKey, never>;
  RecipientCount: RecipientCount;
  RecordDisbursementInput: RecordDisbursementInput;
  RecordDonationInput: RecordDonationInput;
  RecordQualificationInput: RecordQualificationInput;
  Referral: Omit<Referral, 'fundings'> & { fundings?: Maybe<Array<ResolversParentTypes['Disbursement']>> } | FederationReferenceTypes['Referral'];
  RegisterCharityOrganizationInput: RegisterCharityOrganizationInput;
};

export type CharityAidItemResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['CharityAidItem'] = ResolversParentTypes['CharityAidItem']> = {
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disbursedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['CharityOrganization'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['CharityProject'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['DisbursementPurpose'], ParentType, ContextType>;
};

export type CharityDisclosureResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['CharityDisclosure'] = ResolversParentTypes['CharityDisclosure']> = {
  byProgramme?: Resolver<Array<ResolversTypes['ProgrammeTotal']>, ParentType, ContextType>;
  disbursedFen?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  projectCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  raisedFen?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  recipients?: Resolver<Array<ResolversTypes['RecipientCount']>, ParentType, ContextType>;
};

export type CharityOrganizationResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['CharityOrganization'] = ResolversParentTypes['CharityOrganization'], FederationReferenceType extends FederationReferenceTypes['CharityOrganization'] = FederationReferenceTypes['CharityOrganization']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CharityOrganization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  canFundraisePublicly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  countyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isCertifiedCharity?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  legalForm?: Resolver<ResolversTypes['LegalForm'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programmes?: Resolver<Array<ResolversTypes['Programme']>, ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['CharityProject']>, ParentType, ContextType>;
  qualifications?: Resolver<Array<ResolversTypes['CharityQualification']>, ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resources?: Resolver<Array<ResolversTypes['CharityResource']>, ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['ConsortiumTier'], ParentType, ContextType>;
  townName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unifiedSocialCreditCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CharityOrganizationConnectionResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['CharityOrganizationConnection'] = ResolversParentTypes['CharityOrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CharityOrganizationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CharityOrganizationEdgeResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['CharityOrganizationEdge'] = ResolversParentTypes['CharityOrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CharityOrganization'], ParentType, ContextType>;
};

export type CharityProjectResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['CharityProject'] = ResolversParentTypes['CharityProject'], FederationReferenceType extends FederationReferenceTypes['CharityProject'] = FederationReferenceTypes['CharityProject']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CharityProject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  availableFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disbursedFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fundraisingMode?: Resolver<ResolversTypes['FundraisingMode'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['CharityOrganization'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['FundraisingPlan'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  publicDonors?: Resolver<Array<ResolversTypes['PublicDonor']>, ParentType, ContextType, RequireFields<CharityProjectPublicDonorsArgs, 'first'>>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  raisedFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recipients?: Resolver<Array<ResolversTypes['RecipientCount']>, ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewHistory?: Resolver<Array<ResolversTypes['ProjectTransition']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProjectStatus'], ParentType, ContextType>;
  targetFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CharityProjectConnectionResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['CharityProjectConnection'] = ResolversParentTypes['CharityProjectConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CharityProjectEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CharityProjectEdgeResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['CharityProjectEdge'] = ResolversParentTypes['CharityProjectEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CharityProject'], ParentType, ContextType>;
};

export type CharityQualificationResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['CharityQualification'] = ResolversParentTypes['CharityQualification']> = {
  certificateNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  isValid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['QualificationKind'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CharityResourceResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['CharityResource'] = ResolversParentTypes['CharityResource']> = {
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DisbursementResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['Disbursement'] = ResolversParentTypes['Disbursement']> = {
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disbursedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['CharityOrganization'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['CharityProject'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['DisbursementPurpose'], ParentType, ContextType>;
  reasonCodes?: Resolver<Array<ResolversTypes['DisbursementReason']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  referral?: Resolver<Maybe<ResolversTypes['Referral']>, ParentType, ContextType>;
};

export type DisbursementConnectionResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['DisbursementConnection'] = ResolversParentTypes['DisbursementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DisbursementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type DisbursementEdgeResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['DisbursementEdge'] = ResolversParentTypes['DisbursementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Disbursement'], ParentType, ContextType>;
};

export type DonationResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['Donation'] = ResolversParentTypes['Donation']> = {
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  anonymous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['DonationChannel'], ParentType, ContextType>;
  donatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  donorKind?: Resolver<ResolversTypes['DonorKind'], ParentType, ContextType>;
  donorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['CharityProject'], ParentType, ContextType>;
  publishName?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  receiptNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  restricted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type DonationConnectionResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['DonationConnection'] = ResolversParentTypes['DonationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DonationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type DonationEdgeResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['DonationEdge'] = ResolversParentTypes['DonationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Donation'], ParentType, ContextType>;
};

export type FundraisingPlanResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['FundraisingPlan'] = ResolversParentTypes['FundraisingPlan']> = {
  filingNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  responsiblePerson?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  useOfFunds?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HouseholdResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['Household'] = ResolversParentTypes['Household'], FederationReferenceType extends FederationReferenceTypes['Household'] = FederationReferenceTypes['Household']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Household']> | FederationReferenceType, FederationReferenceType, ContextType>;
  charityAid?: Resolver<Maybe<Array<ResolversTypes['CharityAidItem']>>, ParentType, ContextType, Partial<HouseholdCharityAidArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addCharityResource?: Resolver<ResolversTypes['CharityResource'], ParentType, ContextType, RequireFields<MutationAddCharityResourceArgs, 'input'>>;
  approveCharityProject?: Resolver<ResolversTypes['CharityProject'], ParentType, ContextType, RequireFields<MutationApproveCharityProjectArgs, 'id'>>;
  closeCharityProject?: Resolver<ResolversTypes['CharityProject'], ParentType, ContextType, RequireFields<MutationCloseCharityProjectArgs, 'id' | 'reason'>>;
  createCharityProject?: Resolver<ResolversTypes['CharityProject'], ParentType, ContextType, RequireFields<MutationCreateCharityProjectArgs, 'input'>>;
  recordDisbursement?: Resolver<ResolversTypes['Disbursement'], ParentType, ContextType, RequireFields<MutationRecordDisbursementArgs, 'input'>>;
  recordDonation?: Resolver<ResolversTypes['Donation'], ParentType, ContextType, RequireFields<MutationRecordDonationArgs, 'input'>>;
  recordOrganizationQualification?: Resolver<ResolversTypes['CharityOrganization'], ParentType, ContextType, RequireFields<MutationRecordOrganizationQualificationArgs, 'input'>>;
  registerCharityOrganization?: Resolver<ResolversTypes['CharityOrganization'], ParentType, ContextType, RequireFields<MutationRegisterCharityOrganizationArgs, 'input'>>;
  rejectCharityProject?: Resolver<ResolversTypes['CharityProject'], ParentType, ContextType, RequireFields<MutationRejectCharityProjectArgs, 'id' | 'reason'>>;
  submitCharityProject?: Resolver<ResolversTypes['CharityProject'], ParentType, ContextType, RequireFields<MutationSubmitCharityProjectArgs, 'id'>>;
  updateCharityProject?: Resolver<ResolversTypes['CharityProject'], ParentType, ContextType, RequireFields<MutationUpdateCharityProjectArgs, 'expectedVersion' | 'id' | 'input'>>;
};

export type NeedResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['Need'] = ResolversParentTypes['Need'], FederationReferenceType extends FederationReferenceTypes['Need'] = FederationReferenceTypes['Need']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Need']> | FederationReferenceType, FederationReferenceType, ContextType>;
  charityFundedFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  fundingProjects?: Resolver<Maybe<Array<ResolversTypes['CharityProject']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PreAidCheckResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['PreAidCheck'] = ResolversParentTypes['PreAidCheck'], FederationReferenceType extends FederationReferenceTypes['PreAidCheck'] = FederationReferenceTypes['PreAidCheck']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PreAidCheck']> | FederationReferenceType, FederationReferenceType, ContextType>;
  charityAid?: Resolver<Maybe<Array<ResolversTypes['CharityAidItem']>>, ParentType, ContextType>;
  householdId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  windowEnd?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  windowStart?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProgrammeTotalResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['ProgrammeTotal'] = ResolversParentTypes['ProgrammeTotal']> = {
  disbursedFen?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  projectCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  raisedFen?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ProjectTransitionResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['ProjectTransition'] = ResolversParentTypes['ProjectTransition']> = {
  action?: Resolver<ResolversTypes['ProjectAction'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['ProjectStatus']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['ProjectStatus'], ParentType, ContextType>;
};

export type PublicDonorResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['PublicDonor'] = ResolversParentTypes['PublicDonor']> = {
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  donatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  donorKind?: Resolver<ResolversTypes['DonorKind'], ParentType, ContextType>;
  donorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  charityDisclosure?: Resolver<ResolversTypes['CharityDisclosure'], ParentType, ContextType, Partial<QueryCharityDisclosureArgs>>;
  charityOrganization?: Resolver<Maybe<ResolversTypes['CharityOrganization']>, ParentType, ContextType, RequireFields<QueryCharityOrganizationArgs, 'id'>>;
  charityOrganizations?: Resolver<ResolversTypes['CharityOrganizationConnection'], ParentType, ContextType, RequireFields<QueryCharityOrganizationsArgs, 'first'>>;
  charityProject?: Resolver<Maybe<ResolversTypes['CharityProject']>, ParentType, ContextType, RequireFields<QueryCharityProjectArgs, 'id'>>;
  charityProjects?: Resolver<ResolversTypes['CharityProjectConnection'], ParentType, ContextType, RequireFields<QueryCharityProjectsArgs, 'first'>>;
  disbursements?: Resolver<ResolversTypes['DisbursementConnection'], ParentType, ContextType, RequireFields<QueryDisbursementsArgs, 'first' | 'projectId'>>;
  donations?: Resolver<ResolversTypes['DonationConnection'], ParentType, ContextType, RequireFields<QueryDonationsArgs, 'first' | 'projectId'>>;
};

export type RecipientCountResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['RecipientCount'] = ResolversParentTypes['RecipientCount']> = {
  countyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  households?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  townCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  townName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReferralResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['Referral'] = ResolversParentTypes['Referral'], FederationReferenceType extends FederationReferenceTypes['Referral'] = FederationReferenceTypes['Referral']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Referral']> | FederationReferenceType, FederationReferenceType, ContextType>;
  fundings?: Resolver<Maybe<Array<ResolversTypes['Disbursement']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = CharityContext> = {
  CharityAidItem?: CharityAidItemResolvers<ContextType>;
  CharityDisclosure?: CharityDisclosureResolvers<ContextType>;
  CharityOrganization?: CharityOrganizationResolvers<ContextType>;
  CharityOrganizationConnection?: CharityOrganizationConnectionResolvers<ContextType>;
  CharityOrganizationEdge?: CharityOrganizationEdgeResolvers<ContextType>;
  CharityProject?: CharityProjectResolvers<ContextType>;
  CharityProjectConnection?: CharityProjectConnectionResolvers<ContextType>;
  CharityProjectEdge?: CharityProjectEdgeResolvers<ContextType>;
  CharityQualification?: CharityQualificationResolvers<ContextType>;
  CharityResource?: CharityResourceResolvers<ContextType>;
  Disbursement?: DisbursementResolvers<ContextType>;
  DisbursementConnection?: DisbursementConnectionResolvers<ContextType>;
  DisbursementEdge?: DisbursementEdgeResolvers<ContextType>;
  Donation?: DonationResolvers<ContextType>;
  DonationConnection?: DonationConnectionResolvers<ContextType>;
  DonationEdge?: DonationEdgeResolvers<ContextType>;
  FundraisingPlan?: FundraisingPlanResolvers<ContextType>;
  Household?: HouseholdResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Need?: NeedResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PreAidCheck?: PreAidCheckResolvers<ContextType>;
  ProgrammeTotal?: ProgrammeTotalResolvers<ContextType>;
  ProjectTransition?: ProjectTransitionResolvers<ContextType>;
  PublicDonor?: PublicDonorResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecipientCount?: RecipientCountResolvers<ContextType>;
  Referral?: ReferralResolvers<ContextType>;
};

