import type { GraphQLResolveInfo } from 'graphql';
import type { OrganizationRow as OrganizationRowModel, QualificationRow as QualificationRowModel, ResourceRow as ResourceRowModel, ProjectRow as ProjectRowModel, ProjectTransitionRow as ProjectTransitionRowModel, DonationRow as DonationRowModel, DisbursementRow as DisbursementRowModel, FundRow as FundRowModel, SupportAwardRow as SupportAwardRowModel, SupportDeliverableRow as SupportDeliverableRowModel, CommendationRow as CommendationRowModel, SupervisionVisitRow as SupervisionVisitRowModel } from '../db/schema.js';
import type { NeedReference as NeedReferenceModel } from '../resolvers/Need.js';
import type { PreAidCheckKey as PreAidCheckKeyModel } from '../resolvers/PreAidCheck.js';
import type { OperationRow as OperationRowModel } from '../indicators.js';
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
  /** How many commendations (表彰) were recorded, city and county (the arguments do not apply). */
  commendationCount: Scalars['Int']['output'];
  /** Money paid out, in whole fen. A Float because federation-wide sums outgrow Int; exact up to 2^53. */
  disbursedFen: Scalars['Float']['output'];
  /** Every fund with what its published and closed projects raised and paid out (the `programme` argument applies). */
  funds: Array<FundTotal>;
  /** How many projects are published or closed. */
  projectCount: Scalars['Int']['output'];
  /** Money raised, in whole fen. A Float because federation-wide sums outgrow Int; exact up to 2^53. */
  raisedFen: Scalars['Float']['output'];
  /** Households helped by programme and town, anonymous, small counts suppressed. */
  recipients: Array<RecipientCount>;
  /** Published supervision results (专业督导, 信息公开) by rating (the `programme` argument applies). */
  supervisionResults: Array<SupervisionRatingCount>;
  /** Incentives (激励扶持) by kind: how many awards and how much money (the `programme` argument applies). */
  support: Array<SupportTotal>;
};

/**
 * A fund (基金) held by a member organisation: a special social-assistance fund (社会救助专项基金) or a named
 * charity fund (慈善冠名基金). Its money is what its projects raise and pay out; the totals count published and
 * closed projects only.
 */
export type CharityFund = {
  __typename?: 'CharityFund';
  /** Money raised and not yet paid out, in whole fen (a Float: exact up to 2^53). */
  availableFen: Scalars['Float']['output'];
  /** The county (6 digits) it serves. */
  countyCode: Scalars['String']['output'];
  /** The county's name. */
  countyName: Scalars['String']['output'];
  /** Money paid out of it, in whole fen (a Float: exact up to 2^53). */
  disbursedFen: Scalars['Float']['output'];
  /** The day it was established, ISO date. */
  establishedOn: Scalars['String']['output'];
  /** Opaque, stable id. */
  id: Scalars['ID']['output'];
  /** Special social-assistance fund or named charity fund. */
  kind: FundKind;
  /** The fund's public title. */
  name: Scalars['String']['output'];
  /** The organisation that holds and manages it. */
  organization: CharityOrganization;
  /** The programmes its projects may serve. */
  programmes: Array<Programme>;
  /** How many of its projects are published or closed. */
  projectCount: Scalars['Int']['output'];
  /** Its projects the caller may see, newest first. */
  projects: Array<CharityProject>;
  /** What the fund is for. */
  purpose: Scalars['String']['output'];
  /** Money raised into it by published and closed projects, in whole fen (a Float: exact up to 2^53). */
  raisedFen: Scalars['Float']['output'];
  /** For a named fund, the sponsor it is called after (冠名方), as they agreed to be named; null otherwise. */
  sponsor?: Maybe<Scalars['String']['output']>;
};

/** A page of funds (Relay cursor connection). */
export type CharityFundConnection = {
  __typename?: 'CharityFundConnection';
  /** The funds on this page with their cursors. */
  edges: Array<CharityFundEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** One fund in a page, with the cursor that points at it. */
export type CharityFundEdge = {
  __typename?: 'CharityFundEdge';
  /** Opaque cursor: pass it as `after` to continue after this fund. */
  cursor: Scalars['String']['output'];
  /** The fund. */
  node: CharityFund;
};

/** Filters for funds. */
export type CharityFundFilter = {
  /** Only funds of this kind. */
  kind?: InputMaybe<FundKind>;
  /** Only funds held by this organisation. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * A charity organisation (慈善组织) that is a member of the federation's service consortia: a foundation, a
 * social organisation or a social service institution. Registry information, public.
 */
export type CharityOrganization = {
  __typename?: 'CharityOrganization';
  /** True when it holds a public-fundraising qualification (公开募捐资格) valid today. */
  canFundraisePublicly: Scalars['Boolean']['output'];
  /** Commendations (表彰) of the organisation itself, newest first (not those of its people). */
  commendations: Array<Commendation>;
  /** The name of the county (区县) it serves in. */
  countyName: Scalars['String']['output'];
  /** The funds (基金) it holds, oldest first. */
  funds: Array<CharityFund>;
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
  /** Incentives (激励扶持) it received, newest period first. */
  supportAwards: Array<SupportAward>;
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
  /** The fund (基金) it raises into and pays out from; null for a project outside any fund. */
  fund?: Maybe<CharityFund>;
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
  /**
   * Supervision visits (专业督导), newest first: the public sees published results; the organisation, the charity
   * federation and the supervising county see every visit.
   */
  supervisionVisits: Array<SupervisionVisit>;
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
  /**
   * The fund (基金) the project raises into and pays out from: held by the caller's organisation and open to the
   * project's programme. Omit for a project outside any fund.
   */
  fundId?: InputMaybe<Scalars['ID']['input']>;
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

/**
 * A commendation (表彰) of an organisation or of an individual who served. An individual appears only by a masked
 * display name; no ID number, phone or full name is kept.
 */
export type Commendation = {
  __typename?: 'Commendation';
  /** The day it was awarded, ISO date. */
  awardedOn: Scalars['String']['output'];
  /** Who awarded it: 宁波市慈善总会 or a county civil-affairs bureau. */
  awardingBody: Scalars['String']['output'];
  /** Why, as published. */
  citation: Scalars['String']['output'];
  /** The county (6 digits) of a county commendation; null for the city's. */
  countyCode?: Maybe<Scalars['String']['output']>;
  /** An individual's masked display name (family name and asterisks, e.g. 王**); null for an organisation. */
  honoreeDisplayName?: Maybe<Scalars['String']['output']>;
  /** An organisation or an individual. */
  honoreeKind: HonoreeKind;
  /** What the individual did (volunteer, social worker...); null for an organisation. */
  honoreeRole?: Maybe<HonoreeRole>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** City or county commendation. */
  level: CommendationLevel;
  /** The organisation commended, or the individual's organisation when one was named. */
  organization?: Maybe<CharityOrganization>;
  /** The honour, e.g. 2025年度宁波市慈善工作先进集体. */
  title: Scalars['String']['output'];
};

/** A page of commendations (Relay cursor connection). */
export type CommendationConnection = {
  __typename?: 'CommendationConnection';
  /** The commendations on this page with their cursors. */
  edges: Array<CommendationEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** One commendation in a page, with the cursor that points at it. */
export type CommendationEdge = {
  __typename?: 'CommendationEdge';
  /** Opaque cursor: pass it as `after` to continue after this commendation. */
  cursor: Scalars['String']['output'];
  /** The commendation. */
  node: Commendation;
};

/** Filters for commendations. */
export type CommendationFilter = {
  /** Only commendations of organisations or of individuals. */
  honoreeKind?: InputMaybe<HonoreeKind>;
  /** Only commendations naming this organisation. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};

/** The level of a commendation. */
export type CommendationLevel =
  /** By the city's charity federation (宁波市慈善总会). */
  | 'CITY'
  /** By a county's civil-affairs bureau (区县表彰). */
  | 'COUNTY';

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

/** A fund to establish. */
export type EstablishCharityFundInput = {
  /** The county (6 digits) it serves. */
  countyCode: Scalars['String']['input'];
  /** The day it was established, ISO date; not in the future. */
  establishedOn: Scalars['String']['input'];
  /** Special social-assistance fund or named charity fund. */
  kind: FundKind;
  /** The public title (4-100 characters), unique. */
  name: Scalars['String']['input'];
  /** The holding organisation: a certified charity (认定慈善组织) valid today, serving the fund's county. */
  organizationId: Scalars['ID']['input'];
  /** The programmes its projects may serve (at least one, all served by the holder). */
  programmes: Array<Programme>;
  /** What the fund is for (published, 2-500 characters). */
  purpose: Scalars['String']['input'];
  /** For a named fund, the sponsor it is called after (2-100 characters); leave out for a special fund. */
  sponsor?: InputMaybe<Scalars['String']['input']>;
};

/** Kinds of fund (基金). */
export type FundKind =
  /** Named charity fund (慈善冠名基金), called after the sponsor who endows it. */
  | 'NAMED'
  /** Special social-assistance fund (社会救助专项基金), set up with civil affairs for assistance cases. */
  | 'SPECIAL_ASSISTANCE';

/** One fund's money, for the disclosure. */
export type FundTotal = {
  __typename?: 'FundTotal';
  /** Money paid out of it, in whole fen (a Float: exact up to 2^53). */
  disbursedFen: Scalars['Float']['output'];
  /** The fund. */
  fund: CharityFund;
  /** How many of its projects are published or closed. */
  projectCount: Scalars['Int']['output'];
  /** Money raised into it, in whole fen (a Float: exact up to 2^53). */
  raisedFen: Scalars['Float']['output'];
};

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

/** Who is commended. */
export type HonoreeKind =
  /** A person who served (先进个人), shown by a masked display name only. */
  | 'INDIVIDUAL'
  /** A member organisation (先进集体). */
  | 'ORGANIZATION';

/** What a commended individual did. */
export type HonoreeRole =
  /** Staff of a charity organisation (慈善工作者). */
  | 'CHARITY_STAFF'
  /** A donor (爱心捐赠人). */
  | 'DONOR'
  /** A social worker or counsellor (社工). */
  | 'SOCIAL_WORKER'
  /** A volunteer (志愿者). */
  | 'VOLUNTEER';

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
  /**
   * The awarding side closes an award (结项): COMPLETED once every deliverable reached its target (验收),
   * or TERMINATED with a reason.
   */
  closeSupportAward: SupportAward;
  /** Creates a project of the caller's organisation in DRAFT, with its fundraising plan. */
  createCharityProject: CharityProject;
  /**
   * Establishes a fund (基金) held by a certified member organisation: a special social-assistance fund
   * (社会救助专项基金) or a named charity fund (慈善冠名基金). Projects of the holder join it through
   * `CharityProjectInput.fundId` (charity federation staff).
   */
  establishCharityFund: CharityFund;
  /** The supervising side publishes a visit's result (信息公开): from then on it is in the public disclosure. */
  publishSupervisionResult: SupervisionVisit;
  /**
   * Records a commendation (表彰): the charity federation commends at city level, a county civil officer at county
   * level (organisations serving the county). An individual is stored only as a masked display name.
   */
  recordCommendation: Commendation;
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
  /**
   * Records a supervision visit (专业督导) to a published or closed project: the charity federation supervises any
   * project, a county civil officer the projects raising in their county. Not published until
   * `publishSupervisionResult`.
   */
  recordSupervisionVisit: SupervisionVisit;
  /**
   * Records an incentive paid to an organisation: a county civil officer records a government purchase of
   * services (政府购买服务) from an organisation serving the county; the charity federation records a
   * venture-philanthropy grant (公益创投). Idempotent like `recordDonation`.
   */
  recordSupportAward: SupportAward;
  /** Registers a charity organisation as a member of the federation's consortia (charity federation staff). */
  registerCharityOrganization: CharityOrganization;
  /** UNDER_REVIEW → DRAFT: the charity federation sends the project back with a reason. */
  rejectCharityProject: CharityProject;
  /** The project's organisation reports what it did about a visit's follow-up: OPEN → DONE. */
  reportSupervisionFollowUp: SupervisionVisit;
  /**
   * The receiving organisation reports what it has delivered so far on an award (cumulative quantities, never
   * lower than reported before). The first report moves AWARDED → IN_DELIVERY.
   */
  reportSupportDelivery: SupportAward;
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
export type MutationCloseSupportAwardArgs = {
  id: Scalars['ID']['input'];
  outcome: SupportClosingOutcome;
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
export type MutationEstablishCharityFundArgs = {
  input: EstablishCharityFundInput;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationPublishSupervisionResultArgs = {
  visitId: Scalars['ID']['input'];
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationRecordCommendationArgs = {
  input: RecordCommendationInput;
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
export type MutationRecordSupervisionVisitArgs = {
  input: RecordSupervisionVisitInput;
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationRecordSupportAwardArgs = {
  input: RecordSupportAwardInput;
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
export type MutationReportSupervisionFollowUpArgs = {
  report: Scalars['String']['input'];
  visitId: Scalars['ID']['input'];
};


/**
 * The writes of the graph, each owned by one subgraph. Each validates its input and completes in one transaction
 * or writes nothing; a write that relies on another subgraph's fact confirms it with the owner first.
 */
export type MutationReportSupportDeliveryArgs = {
  input: ReportSupportDeliveryInput;
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

/**
 * Project operation indicators (项目运作) over a period of whole months. Each grouping partitions the same
 * projects (published and closed).
 */
export type ProjectOperationIndicators = {
  __typename?: 'ProjectOperationIndicators';
  /** One row per county (the project's fundraising county). */
  byCounty: Array<ProjectOperationRow>;
  /** One row per organisation. */
  byOrganization: Array<ProjectOperationRow>;
  /** One row per project with money raised or paid out in the period. */
  byProject: Array<ProjectOperationRow>;
  /** The county asked for, or null. */
  countyCode?: Maybe<Scalars['String']['output']>;
  /** The first day of the period as applied, or null for no lower bound. */
  from?: Maybe<Scalars['String']['output']>;
  /** Groups helping fewer households than this are suppressed. */
  minimumGroupSize: Scalars['Int']['output'];
  /** The last day of the period as applied, or null for no upper bound. */
  to?: Maybe<Scalars['String']['output']>;
};

/**
 * The operation of one project, organisation or county: money raised against money paid out. Donations are not about
 * recipients and always show; the figures about recipients are null when `suppressed`.
 */
export type ProjectOperationRow = {
  __typename?: 'ProjectOperationRow';
  /** The county (6 digits) of the group (rows of `byProject` and `byCounty`). */
  countyCode?: Maybe<Scalars['String']['output']>;
  /** The county's name. */
  countyName?: Maybe<Scalars['String']['output']>;
  /** Money paid out in the period, rounded to 10,000 CNY (in fen); null when suppressed. */
  disbursedFen?: Maybe<Scalars['Float']['output']>;
  /** Payments in the period; null when suppressed. */
  disbursementCount?: Maybe<Scalars['Int']['output']>;
  /** Paid out against raised in the period (0.01 steps); null when suppressed or nothing was raised. */
  disbursementRate?: Maybe<Scalars['Float']['output']>;
  /** Distinct households paid in the period; null when suppressed. */
  households?: Maybe<Scalars['Int']['output']>;
  /** The organisation (rows of `byProject` and `byOrganization`). */
  organization?: Maybe<CharityOrganization>;
  /** The project (rows of `byProject`). */
  project?: Maybe<CharityProject>;
  /** Money donated in the period, in whole fen (a Float: exact up to 2^53). */
  raisedFen: Scalars['Float']['output'];
  /**
   * Of `households`, those paid more than once in the period (a watch on repeated aid, 避免重复救助); null when
   * suppressed or when it or the rest is below the threshold.
   */
  repeatHouseholds?: Maybe<Scalars['Int']['output']>;
  /**
   * True when the group helped between 1 and `minimumGroupSize - 1` households, or was hidden as the complementary
   * group that keeps another suppressed group from being recovered by subtraction.
   */
  suppressed: Scalars['Boolean']['output'];
};

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
  /** One fund (基金) by id: special social-assistance funds and named charity funds are public. */
  charityFund?: Maybe<CharityFund>;
  /** Funds (基金), oldest established first, with what their published and closed projects raised and paid out. */
  charityFunds: CharityFundConnection;
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
  /**
   * Commendations (表彰) of organisations and individuals, newest first. Public; an individual appears only as a
   * masked display name (王**).
   */
  commendations: CommendationConnection;
  /** Disbursements from one project, newest first: for the project's organisation and the charity federation. */
  disbursements: DisbursementConnection;
  /** Donations into one project, newest first: for the project's organisation and the charity federation. */
  donations: DonationConnection;
  /**
   * Project operation indicators (项目运作, 绩效评价): money raised against money paid out, per project, organisation
   * and county (the project's), over published and closed projects, computed from charity's own donations and
   * disbursements. Groups helping fewer than `minimumGroupSize` households are suppressed, and a sub-count is never
   * shown where it or the rest of its group is below the threshold. City-wide for analysts, the charity federation
   * and the province-wide provincial system; a civil officer (or a regional provincial client) reads the projects
   * of their region. Other callers get empty lists.
   */
  projectOperationIndicators: ProjectOperationIndicators;
  /**
   * Incentives and support (激励扶持) paid to organisations, newest period first: government purchases of services
   * (政府购买服务) and venture-philanthropy grants (公益创投), with amounts, deliverables and status. Public.
   */
  supportAwards: SupportAwardConnection;
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
export type QueryCharityFundArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryCharityFundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CharityFundFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
export type QueryCommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CommendationFilter>;
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
 * The entry points for reading the graph. Civil affairs (民政) answers for households, the people in them, their
 * aid, needs, referrals and consents; charity (慈善总会) for organisations, projects and their money; services for
 * consortia, professionals, volunteers and the services they deliver. Each field says who may ask and what a
 * caller sees.
 */
export type QueryProjectOperationIndicatorsArgs = {
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
export type QuerySupportAwardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SupportAwardFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** A commendation to record. */
export type RecordCommendationInput = {
  /** The day it was awarded, ISO date; not in the future. */
  awardedOn: Scalars['String']['input'];
  /** Why (published, 2-500 characters; no ID numbers, phones or e-mail addresses). */
  citation: Scalars['String']['input'];
  /** An organisation or an individual. */
  honoreeKind: HonoreeKind;
  /** What the individual did (required for INDIVIDUAL). */
  honoreeRole?: InputMaybe<HonoreeRole>;
  /**
   * An individual's name, 2-20 letters without digits (required for INDIVIDUAL). Only its masked form
   * (family name and asterisks) is stored and published; the full name is not kept.
   */
  individualName?: InputMaybe<Scalars['String']['input']>;
  /** The organisation commended (required for ORGANIZATION), or the individual's organisation (optional). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The honour (published, 2-100 characters). */
  title: Scalars['String']['input'];
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

/** A supervision visit to record. */
export type RecordSupervisionVisitInput = {
  /** What was found (at least one, each once). */
  findings: Array<SupervisionFinding>;
  /** What the organisation must do (2-500 characters); with `followUpDueOn`, or neither. */
  followUpAction?: InputMaybe<Scalars['String']['input']>;
  /** By when, ISO date, not before the visit. */
  followUpDueOn?: InputMaybe<Scalars['String']['input']>;
  /** The project: published or closed; for a county officer, raising in their county. */
  projectId: Scalars['ID']['input'];
  /** The overall rating. */
  rating: SupervisionRating;
  /** The summary to publish (2-500 characters; no ID numbers, phones or e-mail addresses). */
  summary: Scalars['String']['input'];
  /** The day of the visit, ISO date; not in the future. */
  visitedOn: Scalars['String']['input'];
};

/** An incentive to record. */
export type RecordSupportAwardInput = {
  /** The amount in fen (1 to 2147483647). */
  amountFen: Scalars['Int']['input'];
  /** What it pays for (1 to 10 deliverables). */
  deliverables: Array<SupportDeliverableInput>;
  /** A key unique to this award, chosen by the client (8-128 characters); a retry sends the same key. */
  idempotencyKey: Scalars['String']['input'];
  /** GOVERNMENT_PURCHASE (a county civil officer) or VENTURE_GRANT (the charity federation). */
  kind: SupportKind;
  /** The receiving organisation; for a government purchase it must serve the officer's county. */
  organizationId: Scalars['ID']['input'];
  /** Last day of the service period, ISO date, not before the first and at most 3 years later. */
  periodEnd: Scalars['String']['input'];
  /** First day of the service period, ISO date. */
  periodStart: Scalars['String']['input'];
  /** The programme it serves, one of the organisation's. */
  programme: Programme;
  /** The service bought or the venture funded (published, 2-100 characters). */
  title: Scalars['String']['input'];
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

/** Delivered quantities of an award, as the receiving organisation reports them. */
export type ReportSupportDeliveryInput = {
  /** The award, received by the caller's organisation, AWARDED or IN_DELIVERY. */
  awardId: Scalars['ID']['input'];
  /** Quantities delivered so far, by deliverable position (each at most once). */
  deliveries: Array<SupportDeliveryInput>;
};

/** What a supervision visit found. */
export type SupervisionFinding =
  /** Spending deviates from the budget (预算执行偏差). */
  | 'BUDGET_DEVIATION'
  /** Disclosure published late (信息公开不及时). */
  | 'DISCLOSURE_LATE'
  /** Feedback to civil affairs missing (救后反馈缺失). */
  | 'FEEDBACK_MISSING'
  /** Funds used as the plan says (资金使用规范). */
  | 'FUNDS_USED_AS_PLANNED'
  /** A practice worth spreading (经验做法). */
  | 'GOOD_PRACTICE'
  /** Case or money records incomplete (台账不全). */
  | 'RECORDS_INCOMPLETE'
  /** Services below the agreed standard (服务质量不达标). */
  | 'SERVICE_BELOW_STANDARD';

/** Where a supervision visit's follow-up (整改) stands. */
export type SupervisionFollowUpStatus =
  /** Reported done by the organisation (已整改). */
  | 'DONE'
  /** No follow-up was asked for (无需整改). */
  | 'NONE'
  /** Asked for, not yet reported done (整改中). */
  | 'OPEN';

/** The overall rating of a supervision visit. */
export type SupervisionRating =
  /** Adequate (合格). */
  | 'ADEQUATE'
  /** Excellent (优秀). */
  | 'EXCELLENT'
  /** Good (良好). */
  | 'GOOD'
  /** Poor (不合格): a follow-up is required. */
  | 'POOR';

/** Published supervision results of one rating. */
export type SupervisionRatingCount = {
  __typename?: 'SupervisionRatingCount';
  /** The rating. */
  rating: SupervisionRating;
  /** How many published visits gave it. */
  visits: Scalars['Int']['output'];
};

/**
 * A supervision visit (专业督导) to a project, with a rating, findings, a published summary and a follow-up that the
 * organisation reports on. Texts are about the project, never about a recipient.
 */
export type SupervisionVisit = {
  __typename?: 'SupervisionVisit';
  /** What was found (closed list). */
  findings: Array<SupervisionFinding>;
  /** What the organisation must do; null when nothing. */
  followUpAction?: Maybe<Scalars['String']['output']>;
  /** By when, ISO date; null when nothing. */
  followUpDueOn?: Maybe<Scalars['String']['output']>;
  /** True when the follow-up is open past its due day. */
  followUpOverdue: Scalars['Boolean']['output'];
  /** What the organisation reports it did. */
  followUpReport?: Maybe<Scalars['String']['output']>;
  /** Where the follow-up stands. */
  followUpStatus: SupervisionFollowUpStatus;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** The project visited. */
  project: CharityProject;
  /** When the result was published, ISO 8601; null while unpublished. */
  publishedAt?: Maybe<Scalars['String']['output']>;
  /** The overall rating. */
  rating: SupervisionRating;
  /** The published summary. */
  summary: Scalars['String']['output'];
  /** Who supervised: 宁波市慈善总会 or a county civil-affairs bureau. */
  supervisor: Scalars['String']['output'];
  /** The day of the visit, ISO date. */
  visitedOn: Scalars['String']['output'];
};

/**
 * An incentive paid to an organisation (激励扶持): a government purchase of services (政府购买服务) by a county's
 * civil-affairs bureau, or a venture-philanthropy grant (公益创投) by the charity federation. Public.
 * Status: AWARDED → IN_DELIVERY → COMPLETED, or TERMINATED from either open state.
 */
export type SupportAward = {
  __typename?: 'SupportAward';
  /** The amount in fen. */
  amountFen: Scalars['Int']['output'];
  /** Who awarded it: a county civil-affairs bureau (e.g. 海曙区民政局) or 宁波市慈善总会. */
  awardingBody: Scalars['String']['output'];
  /** When it was closed, ISO 8601; null while open. */
  closedAt?: Maybe<Scalars['String']['output']>;
  /** Why it was closed; null while open. */
  closingReason?: Maybe<Scalars['String']['output']>;
  /** The county (6 digits) of a government purchase; null for a federation grant. */
  countyCode?: Maybe<Scalars['String']['output']>;
  /** What it pays for, with targets and what has been delivered. */
  deliverables: Array<SupportDeliverable>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Government purchase or venture grant. */
  kind: SupportKind;
  /** The organisation that receives it. */
  organization: CharityOrganization;
  /** Last day of the service period, ISO date. */
  periodEnd: Scalars['String']['output'];
  /** First day of the service period, ISO date. */
  periodStart: Scalars['String']['output'];
  /** The programme it serves. */
  programme: Programme;
  /** When it was recorded, ISO 8601. */
  recordedAt: Scalars['String']['output'];
  /** Where it stands. */
  status: SupportStatus;
  /** The service bought or the venture funded. */
  title: Scalars['String']['output'];
};

/** A page of awards (Relay cursor connection). */
export type SupportAwardConnection = {
  __typename?: 'SupportAwardConnection';
  /** The awards on this page with their cursors. */
  edges: Array<SupportAwardEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** One award in a page, with the cursor that points at it. */
export type SupportAwardEdge = {
  __typename?: 'SupportAwardEdge';
  /** Opaque cursor: pass it as `after` to continue after this award. */
  cursor: Scalars['String']['output'];
  /** The award. */
  node: SupportAward;
};

/** Filters for incentives. */
export type SupportAwardFilter = {
  /** Only awards of this kind. */
  kind?: InputMaybe<SupportKind>;
  /** Only awards to this organisation. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only awards in this state. */
  status?: InputMaybe<SupportStatus>;
};

/** How an incentive is closed. */
export type SupportClosingOutcome =
  /** Every deliverable reached its target (验收通过). */
  | 'COMPLETED'
  /** Stopped early (终止). */
  | 'TERMINATED';

/** One deliverable of an award (项目产出). */
export type SupportDeliverable = {
  __typename?: 'SupportDeliverable';
  /** The quantity delivered so far, as the organisation reported it. */
  deliveredQuantity: Scalars['Int']['output'];
  /** What is delivered, e.g. 入户探访. */
  description: Scalars['String']['output'];
  /** Its position in the award, from 1. */
  position: Scalars['Int']['output'];
  /** The quantity agreed. */
  targetQuantity: Scalars['Int']['output'];
  /** The unit, e.g. 人次, 场, 户. */
  unit: Scalars['String']['output'];
};

/** A deliverable of an award. */
export type SupportDeliverableInput = {
  /** What is delivered (published, 2-100 characters). */
  description: Scalars['String']['input'];
  /** The quantity agreed (1 to 1000000). */
  targetQuantity: Scalars['Int']['input'];
  /** The unit, e.g. 人次 (1-32 characters). */
  unit: Scalars['String']['input'];
};

/** The cumulative quantity delivered on one deliverable. */
export type SupportDeliveryInput = {
  /** Delivered so far (0 to 1000000), never lower than reported before. */
  deliveredQuantity: Scalars['Int']['input'];
  /** The deliverable's position in the award. */
  position: Scalars['Int']['input'];
};

/** Kinds of incentive (激励扶持). */
export type SupportKind =
  /** Government purchase of services (政府购买服务) by a county civil-affairs bureau. */
  | 'GOVERNMENT_PURCHASE'
  /** Venture-philanthropy grant (公益创投) by the charity federation. */
  | 'VENTURE_GRANT';

/** Where an incentive stands. */
export type SupportStatus =
  /** Awarded; nothing delivered yet (已立项). */
  | 'AWARDED'
  /** Closed after every deliverable reached its target (验收通过). */
  | 'COMPLETED'
  /** The organisation has reported deliveries (执行中). */
  | 'IN_DELIVERY'
  /** Closed early by the awarding side (终止), with a reason. */
  | 'TERMINATED';

/** Incentives of one kind, for the disclosure. */
export type SupportTotal = {
  __typename?: 'SupportTotal';
  /** Money awarded, in whole fen (a Float: exact up to 2^53). */
  amountFen: Scalars['Float']['output'];
  /** How many awards. */
  awardCount: Scalars['Int']['output'];
  /** How many of them were completed (验收). */
  completedCount: Scalars['Int']['output'];
  /** Government purchase or venture grant. */
  kind: SupportKind;
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
  CharityDisclosure: ResolverTypeWrapper<Omit<CharityDisclosure, 'funds'> & { funds: Array<ResolversTypes['FundTotal']> }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CharityFund: ResolverTypeWrapper<FundRowModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CharityFundConnection: ResolverTypeWrapper<Omit<CharityFundConnection, 'edges'> & { edges: Array<ResolversTypes['CharityFundEdge']> }>;
  CharityFundEdge: ResolverTypeWrapper<Omit<CharityFundEdge, 'node'> & { node: ResolversTypes['CharityFund'] }>;
  CharityFundFilter: CharityFundFilter;
  CharityOrganization: ResolverTypeWrapper<OrganizationRowModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
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
  Commendation: ResolverTypeWrapper<CommendationRowModel>;
  CommendationConnection: ResolverTypeWrapper<Omit<CommendationConnection, 'edges'> & { edges: Array<ResolversTypes['CommendationEdge']> }>;
  CommendationEdge: ResolverTypeWrapper<Omit<CommendationEdge, 'node'> & { node: ResolversTypes['Commendation'] }>;
  CommendationFilter: CommendationFilter;
  CommendationLevel: CommendationLevel;
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
  EstablishCharityFundInput: EstablishCharityFundInput;
  FundKind: FundKind;
  FundTotal: ResolverTypeWrapper<Omit<FundTotal, 'fund'> & { fund: ResolversTypes['CharityFund'] }>;
  FundraisingMode: FundraisingMode;
  FundraisingPlan: ResolverTypeWrapper<ProjectRowModel>;
  HonoreeKind: HonoreeKind;
  HonoreeRole: HonoreeRole;
  Household: ResolverTypeWrapper<Omit<Household, 'charityAid'> & { charityAid?: Maybe<Array<ResolversTypes['CharityAidItem']>> }>;
  LegalForm: LegalForm;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Need: ResolverTypeWrapper<NeedReferenceModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PreAidCheck: ResolverTypeWrapper<PreAidCheckKeyModel>;
  Programme: Programme;
  ProgrammeTotal: ResolverTypeWrapper<ProgrammeTotal>;
  ProjectAction: ProjectAction;
  ProjectOperationIndicators: ResolverTypeWrapper<Omit<ProjectOperationIndicators, 'byCounty' | 'byOrganization' | 'byProject'> & { byCounty: Array<ResolversTypes['ProjectOperationRow']>, byOrganization: Array<ResolversTypes['ProjectOperationRow']>, byProject: Array<ResolversTypes['ProjectOperationRow']> }>;
  ProjectOperationRow: ResolverTypeWrapper<OperationRowModel>;
  ProjectStatus: ProjectStatus;
  ProjectTransition: ResolverTypeWrapper<ProjectTransitionRowModel>;
  PublicDonor: ResolverTypeWrapper<DonationRowModel>;
  QualificationKind: QualificationKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecipientCount: ResolverTypeWrapper<RecipientCount>;
  RecordCommendationInput: RecordCommendationInput;
  RecordDisbursementInput: RecordDisbursementInput;
  RecordDonationInput: RecordDonationInput;
  RecordQualificationInput: RecordQualificationInput;
  RecordSupervisionVisitInput: RecordSupervisionVisitInput;
  RecordSupportAwardInput: RecordSupportAwardInput;
  Referral: ResolverTypeWrapper<Omit<Referral, 'fundings'> & { fundings?: Maybe<Array<ResolversTypes['Disbursement']>> }>;
  RegisterCharityOrganizationInput: RegisterCharityOrganizationInput;
  ReportSupportDeliveryInput: ReportSupportDeliveryInput;
  SupervisionFinding: SupervisionFinding;
  SupervisionFollowUpStatus: SupervisionFollowUpStatus;
  SupervisionRating: SupervisionRating;
  SupervisionRatingCount: ResolverTypeWrapper<SupervisionRatingCount>;
  SupervisionVisit: ResolverTypeWrapper<SupervisionVisitRowModel>;
  SupportAward: ResolverTypeWrapper<SupportAwardRowModel>;
  SupportAwardConnection: ResolverTypeWrapper<Omit<SupportAwardConnection, 'edges'> & { edges: Array<ResolversTypes['SupportAwardEdge']> }>;
  SupportAwardEdge: ResolverTypeWrapper<Omit<SupportAwardEdge, 'node'> & { node: ResolversTypes['SupportAward'] }>;
  SupportAwardFilter: SupportAwardFilter;
  SupportClosingOutcome: SupportClosingOutcome;
  SupportDeliverable: ResolverTypeWrapper<SupportDeliverableRowModel>;
  SupportDeliverableInput: SupportDeliverableInput;
  SupportDeliveryInput: SupportDeliveryInput;
  SupportKind: SupportKind;
  SupportStatus: SupportStatus;
  SupportTotal: ResolverTypeWrapper<SupportTotal>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddCharityResourceInput: AddCharityResourceInput;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  CharityAidItem: DisbursementRowModel;
  CharityDisclosure: Omit<CharityDisclosure, 'funds'> & { funds: Array<ResolversParentTypes['FundTotal']> };
  Float: Scalars['Float']['output'];
  CharityFund: FundRowModel;
  ID: Scalars['ID']['output'];
  CharityFundConnection: Omit<CharityFundConnection, 'edges'> & { edges: Array<ResolversParentTypes['CharityFundEdge']> };
  CharityFundEdge: Omit<CharityFundEdge, 'node'> & { node: ResolversParentTypes['CharityFund'] };
  CharityFundFilter: CharityFundFilter;
  CharityOrganization: OrganizationRowModel;
  Boolean: Scalars['Boolean']['output'];
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
  Commendation: CommendationRowModel;
  CommendationConnection: Omit<CommendationConnection, 'edges'> & { edges: Array<ResolversParentTypes['CommendationEdge']> };
  CommendationEdge: Omit<CommendationEdge, 'node'> & { node: ResolversParentTypes['Commendation'] };
  CommendationFilter: CommendationFilter;
  Disbursement: DisbursementRowModel;
  DisbursementConnection: Omit<DisbursementConnection, 'edges'> & { edges: Array<ResolversParentTypes['DisbursementEdge']> };
  DisbursementEdge: Omit<DisbursementEdge, 'node'> & { node: ResolversParentTypes['Disbursement'] };
  Donation: DonationRowModel;
  DonationConnection: Omit<DonationConnection, 'edges'> & { edges: Array<ResolversParentTypes['DonationEdge']> };
  DonationEdge: Omit<DonationEdge, 'node'> & { node: ResolversParentTypes['Donation'] };
  EstablishCharityFundInput: EstablishCharityFundInput;
  FundTotal: Omit<FundTotal, 'fund'> & { fund: ResolversParentTypes['CharityFund'] };
  FundraisingPlan: ProjectRowModel;
  Household: Omit<Household, 'charityAid'> & { charityAid?: Maybe<Array<ResolversParentTypes['CharityAidItem']>> } | FederationReferenceTypes['Household'];
  Mutation: Record<PropertyKey, never>;
  Need: NeedReferenceModel;
  PageInfo: PageInfo;
  PreAidCheck: PreAidCheckKeyModel;
  ProgrammeTotal: ProgrammeTotal;
  ProjectOperationIndicators: Omit<ProjectOperationIndicators, 'byCounty' | 'byOrganization' | 'byProject'> & { byCounty: Array<ResolversParentTypes['ProjectOperationRow']>, byOrganization: Array<ResolversParentTypes['ProjectOperationRow']>, byProject: Array<ResolversParentTypes['ProjectOperationRow']> };
  ProjectOperationRow: OperationRowModel;
  ProjectTransition: ProjectTransitionRowModel;
  PublicDonor: DonationRowModel;
  Query: Record<PropertyKey, never>;
  RecipientCount: RecipientCount;
  RecordCommendationInput: RecordCommendationInput;
  RecordDisbursementInput: RecordDisbursementInput;
  RecordDonationInput: RecordDonationInput;
  RecordQualificationInput: RecordQualificationInput;
  RecordSupervisionVisitInput: RecordSupervisionVisitInput;
  RecordSupportAwardInput: RecordSupportAwardInput;
  Referral: Omit<Referral, 'fundings'> & { fundings?: Maybe<Array<ResolversParentTypes['Disbursement']>> } | FederationReferenceTypes['Referral'];
  RegisterCharityOrganizationInput: RegisterCharityOrganizationInput;
  ReportSupportDeliveryInput: ReportSupportDeliveryInput;
  SupervisionRatingCount: SupervisionRatingCount;
  SupervisionVisit: SupervisionVisitRowModel;
  SupportAward: SupportAwardRowModel;
  SupportAwardConnection: Omit<SupportAwardConnection, 'edges'> & { edges: Array<ResolversParentTypes['SupportAwardEdge']> };
  SupportAwardEdge: Omit<SupportAwardEdge, 'node'> & { node: ResolversParentTypes['SupportAward'] };
  SupportAwardFilter: SupportAwardFilter;
  SupportDeliverable: SupportDeliverableRowModel;
  SupportDeliverableInput: SupportDeliverableInput;
  SupportDeliveryInput: SupportDeliveryInput;
  SupportTotal: SupportTotal;
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
  commendationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disbursedFen?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  funds?: Resolver<Array<ResolversTypes['FundTotal']>, ParentType, ContextType>;
  projectCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  raisedFen?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  recipients?: Resolver<Array<ResolversTypes['RecipientCount']>, ParentType, ContextType>;
  supervisionResults?: Resolver<Array<ResolversTypes['SupervisionRatingCount']>, ParentType, ContextType>;
  support?: Resolver<Array<ResolversTypes['SupportTotal']>, ParentType, ContextType>;
};

export type CharityFundResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['CharityFund'] = ResolversParentTypes['CharityFund']> = {
  availableFen?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  countyCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disbursedFen?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  establishedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FundKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['CharityOrganization'], ParentType, ContextType>;
  programmes?: Resolver<Array<ResolversTypes['Programme']>, ParentType, ContextType>;
  projectCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['CharityProject']>, ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  raisedFen?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sponsor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CharityFundConnectionResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['CharityFundConnection'] = ResolversParentTypes['CharityFundConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CharityFundEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CharityFundEdgeResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['CharityFundEdge'] = ResolversParentTypes['CharityFundEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CharityFund'], ParentType, ContextType>;
};

export type CharityOrganizationResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['CharityOrganization'] = ResolversParentTypes['CharityOrganization'], FederationReferenceType extends FederationReferenceTypes['CharityOrganization'] = FederationReferenceTypes['CharityOrganization']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CharityOrganization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  canFundraisePublicly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  commendations?: Resolver<Array<ResolversTypes['Commendation']>, ParentType, ContextType>;
  countyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  funds?: Resolver<Array<ResolversTypes['CharityFund']>, ParentType, ContextType>;
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
  supportAwards?: Resolver<Array<ResolversTypes['SupportAward']>, ParentType, ContextType>;
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
  fund?: Resolver<Maybe<ResolversTypes['CharityFund']>, ParentType, ContextType>;
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
  supervisionVisits?: Resolver<Array<ResolversTypes['SupervisionVisit']>, ParentType, ContextType>;
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

export type CommendationResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['Commendation'] = ResolversParentTypes['Commendation']> = {
  awardedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  awardingBody?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  citation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countyCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  honoreeDisplayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  honoreeKind?: Resolver<ResolversTypes['HonoreeKind'], ParentType, ContextType>;
  honoreeRole?: Resolver<Maybe<ResolversTypes['HonoreeRole']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['CommendationLevel'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['CharityOrganization']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CommendationConnectionResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['CommendationConnection'] = ResolversParentTypes['CommendationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CommendationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CommendationEdgeResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['CommendationEdge'] = ResolversParentTypes['CommendationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Commendation'], ParentType, ContextType>;
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

export type FundTotalResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['FundTotal'] = ResolversParentTypes['FundTotal']> = {
  disbursedFen?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  fund?: Resolver<ResolversTypes['CharityFund'], ParentType, ContextType>;
  projectCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  raisedFen?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
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
  closeSupportAward?: Resolver<ResolversTypes['SupportAward'], ParentType, ContextType, RequireFields<MutationCloseSupportAwardArgs, 'id' | 'outcome' | 'reason'>>;
  createCharityProject?: Resolver<ResolversTypes['CharityProject'], ParentType, ContextType, RequireFields<MutationCreateCharityProjectArgs, 'input'>>;
  establishCharityFund?: Resolver<ResolversTypes['CharityFund'], ParentType, ContextType, RequireFields<MutationEstablishCharityFundArgs, 'input'>>;
  publishSupervisionResult?: Resolver<ResolversTypes['SupervisionVisit'], ParentType, ContextType, RequireFields<MutationPublishSupervisionResultArgs, 'visitId'>>;
  recordCommendation?: Resolver<ResolversTypes['Commendation'], ParentType, ContextType, RequireFields<MutationRecordCommendationArgs, 'input'>>;
  recordDisbursement?: Resolver<ResolversTypes['Disbursement'], ParentType, ContextType, RequireFields<MutationRecordDisbursementArgs, 'input'>>;
  recordDonation?: Resolver<ResolversTypes['Donation'], ParentType, ContextType, RequireFields<MutationRecordDonationArgs, 'input'>>;
  recordOrganizationQualification?: Resolver<ResolversTypes['CharityOrganization'], ParentType, ContextType, RequireFields<MutationRecordOrganizationQualificationArgs, 'input'>>;
  recordSupervisionVisit?: Resolver<ResolversTypes['SupervisionVisit'], ParentType, ContextType, RequireFields<MutationRecordSupervisionVisitArgs, 'input'>>;
  recordSupportAward?: Resolver<ResolversTypes['SupportAward'], ParentType, ContextType, RequireFields<MutationRecordSupportAwardArgs, 'input'>>;
  registerCharityOrganization?: Resolver<ResolversTypes['CharityOrganization'], ParentType, ContextType, RequireFields<MutationRegisterCharityOrganizationArgs, 'input'>>;
  rejectCharityProject?: Resolver<ResolversTypes['CharityProject'], ParentType, ContextType, RequireFields<MutationRejectCharityProjectArgs, 'id' | 'reason'>>;
  reportSupervisionFollowUp?: Resolver<ResolversTypes['SupervisionVisit'], ParentType, ContextType, RequireFields<MutationReportSupervisionFollowUpArgs, 'report' | 'visitId'>>;
  reportSupportDelivery?: Resolver<ResolversTypes['SupportAward'], ParentType, ContextType, RequireFields<MutationReportSupportDeliveryArgs, 'input'>>;
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

export type ProjectOperationIndicatorsResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['ProjectOperationIndicators'] = ResolversParentTypes['ProjectOperationIndicators']> = {
  byCounty?: Resolver<Array<ResolversTypes['ProjectOperationRow']>, ParentType, ContextType>;
  byOrganization?: Resolver<Array<ResolversTypes['ProjectOperationRow']>, ParentType, ContextType>;
  byProject?: Resolver<Array<ResolversTypes['ProjectOperationRow']>, ParentType, ContextType>;
  countyCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  minimumGroupSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProjectOperationRowResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['ProjectOperationRow'] = ResolversParentTypes['ProjectOperationRow']> = {
  countyCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  disbursedFen?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  disbursementCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  disbursementRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  households?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['CharityOrganization']>, ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['CharityProject']>, ParentType, ContextType>;
  raisedFen?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  repeatHouseholds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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
  charityFund?: Resolver<Maybe<ResolversTypes['CharityFund']>, ParentType, ContextType, RequireFields<QueryCharityFundArgs, 'id'>>;
  charityFunds?: Resolver<ResolversTypes['CharityFundConnection'], ParentType, ContextType, RequireFields<QueryCharityFundsArgs, 'first'>>;
  charityOrganization?: Resolver<Maybe<ResolversTypes['CharityOrganization']>, ParentType, ContextType, RequireFields<QueryCharityOrganizationArgs, 'id'>>;
  charityOrganizations?: Resolver<ResolversTypes['CharityOrganizationConnection'], ParentType, ContextType, RequireFields<QueryCharityOrganizationsArgs, 'first'>>;
  charityProject?: Resolver<Maybe<ResolversTypes['CharityProject']>, ParentType, ContextType, RequireFields<QueryCharityProjectArgs, 'id'>>;
  charityProjects?: Resolver<ResolversTypes['CharityProjectConnection'], ParentType, ContextType, RequireFields<QueryCharityProjectsArgs, 'first'>>;
  commendations?: Resolver<ResolversTypes['CommendationConnection'], ParentType, ContextType, RequireFields<QueryCommendationsArgs, 'first'>>;
  disbursements?: Resolver<ResolversTypes['DisbursementConnection'], ParentType, ContextType, RequireFields<QueryDisbursementsArgs, 'first' | 'projectId'>>;
  donations?: Resolver<ResolversTypes['DonationConnection'], ParentType, ContextType, RequireFields<QueryDonationsArgs, 'first' | 'projectId'>>;
  projectOperationIndicators?: Resolver<ResolversTypes['ProjectOperationIndicators'], ParentType, ContextType, Partial<QueryProjectOperationIndicatorsArgs>>;
  supportAwards?: Resolver<ResolversTypes['SupportAwardConnection'], ParentType, ContextType, RequireFields<QuerySupportAwardsArgs, 'first'>>;
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

export type SupervisionRatingCountResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['SupervisionRatingCount'] = ResolversParentTypes['SupervisionRatingCount']> = {
  rating?: Resolver<ResolversTypes['SupervisionRating'], ParentType, ContextType>;
  visits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupervisionVisitResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['SupervisionVisit'] = ResolversParentTypes['SupervisionVisit']> = {
  findings?: Resolver<Array<ResolversTypes['SupervisionFinding']>, ParentType, ContextType>;
  followUpAction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  followUpDueOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  followUpOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  followUpReport?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  followUpStatus?: Resolver<ResolversTypes['SupervisionFollowUpStatus'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['CharityProject'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['SupervisionRating'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supervisor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  visitedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SupportAwardResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['SupportAward'] = ResolversParentTypes['SupportAward']> = {
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  awardingBody?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closingReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countyCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deliverables?: Resolver<Array<ResolversTypes['SupportDeliverable']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SupportKind'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['CharityOrganization'], ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SupportStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SupportAwardConnectionResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['SupportAwardConnection'] = ResolversParentTypes['SupportAwardConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SupportAwardEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SupportAwardEdgeResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['SupportAwardEdge'] = ResolversParentTypes['SupportAwardEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SupportAward'], ParentType, ContextType>;
};

export type SupportDeliverableResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['SupportDeliverable'] = ResolversParentTypes['SupportDeliverable']> = {
  deliveredQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  targetQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SupportTotalResolvers<ContextType = CharityContext, ParentType extends ResolversParentTypes['SupportTotal'] = ResolversParentTypes['SupportTotal']> = {
  amountFen?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  awardCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SupportKind'], ParentType, ContextType>;
};

export type Resolvers<ContextType = CharityContext> = {
  CharityAidItem?: CharityAidItemResolvers<ContextType>;
  CharityDisclosure?: CharityDisclosureResolvers<ContextType>;
  CharityFund?: CharityFundResolvers<ContextType>;
  CharityFundConnection?: CharityFundConnectionResolvers<ContextType>;
  CharityFundEdge?: CharityFundEdgeResolvers<ContextType>;
  CharityOrganization?: CharityOrganizationResolvers<ContextType>;
  CharityOrganizationConnection?: CharityOrganizationConnectionResolvers<ContextType>;
  CharityOrganizationEdge?: CharityOrganizationEdgeResolvers<ContextType>;
  CharityProject?: CharityProjectResolvers<ContextType>;
  CharityProjectConnection?: CharityProjectConnectionResolvers<ContextType>;
  CharityProjectEdge?: CharityProjectEdgeResolvers<ContextType>;
  CharityQualification?: CharityQualificationResolvers<ContextType>;
  CharityResource?: CharityResourceResolvers<ContextType>;
  Commendation?: CommendationResolvers<ContextType>;
  CommendationConnection?: CommendationConnectionResolvers<ContextType>;
  CommendationEdge?: CommendationEdgeResolvers<ContextType>;
  Disbursement?: DisbursementResolvers<ContextType>;
  DisbursementConnection?: DisbursementConnectionResolvers<ContextType>;
  DisbursementEdge?: DisbursementEdgeResolvers<ContextType>;
  Donation?: DonationResolvers<ContextType>;
  DonationConnection?: DonationConnectionResolvers<ContextType>;
  DonationEdge?: DonationEdgeResolvers<ContextType>;
  FundTotal?: FundTotalResolvers<ContextType>;
  FundraisingPlan?: FundraisingPlanResolvers<ContextType>;
  Household?: HouseholdResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Need?: NeedResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PreAidCheck?: PreAidCheckResolvers<ContextType>;
  ProgrammeTotal?: ProgrammeTotalResolvers<ContextType>;
  ProjectOperationIndicators?: ProjectOperationIndicatorsResolvers<ContextType>;
  ProjectOperationRow?: ProjectOperationRowResolvers<ContextType>;
  ProjectTransition?: ProjectTransitionResolvers<ContextType>;
  PublicDonor?: PublicDonorResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecipientCount?: RecipientCountResolvers<ContextType>;
  Referral?: ReferralResolvers<ContextType>;
  SupervisionRatingCount?: SupervisionRatingCountResolvers<ContextType>;
  SupervisionVisit?: SupervisionVisitResolvers<ContextType>;
  SupportAward?: SupportAwardResolvers<ContextType>;
  SupportAwardConnection?: SupportAwardConnectionResolvers<ContextType>;
  SupportAwardEdge?: SupportAwardEdgeResolvers<ContextType>;
  SupportDeliverable?: SupportDeliverableResolvers<ContextType>;
  SupportTotal?: SupportTotalResolvers<ContextType>;
};

