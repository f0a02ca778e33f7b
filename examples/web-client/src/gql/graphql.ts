/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** How a project raises money. */
export type FundraisingMode =
  /** Directed fundraising (定向募捐) among specific donors. */
  | 'DIRECTED'
  /** No fundraising (不募捐): the project spends the organisation's own funds. */
  | 'NONE'
  /** Public fundraising (公开募捐), by an organisation with the qualification and a filed plan. */
  | 'PUBLIC';

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

export type OfficerReferralDashboardQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: ReferralStatus | null | undefined;
}>;


export type OfficerReferralDashboardQuery = { referrals: { edges: Array<{ node: { id: string, status: ReferralStatus, programme: Programme, updatedAt: string, household: { id: string } | null, need: { subType: NeedSubType, priority: NeedPriority, gapFen: number, townName: string }, claimedBy: { name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type HouseholdOverviewQueryVariables = Exact<{
  id: string | number;
}>;


export type HouseholdOverviewQuery = { household: { id: string, countyName: string, townName: string, size: number | null, categories: Array<{ category: AidCategory }>, members: Array<{ maskedName: string, relation: Relation, age: number }>, aidRecords: Array<{ type: AidType, programme: Programme, amountFen: number, status: AidStatus }>, referrals: Array<{ id: string, status: ReferralStatus, programme: Programme }> } | null };

export type RunPreAidCheckMutationVariables = Exact<{
  householdId: string | number;
  programme: Programme;
  windowStart: string;
  windowEnd: string;
}>;


export type RunPreAidCheckMutation = { runPreAidCheck: { id: string, programme: Programme, verdict: PreAidVerdict | null, explanation: string | null, capFen: number, governmentAid: Array<{ type: AidType, programme: Programme, amountFen: number }>, charityAid: Array<{ programme: Programme, amountFen: number, purpose: DisbursementPurpose, organization: { name: string } }> | null, servicesReceived: Array<{ programme: Programme, serviceType: ServiceType, hours: number }> | null } };

export type PublishedProjectsQueryVariables = Exact<{
  first?: number | null | undefined;
  programme?: Programme | null | undefined;
}>;


export type PublishedProjectsQuery = { charityProjects: { edges: Array<{ node: { id: string, name: string, programme: Programme, fundraisingMode: FundraisingMode, status: ProjectStatus, targetFen: number, raisedFen: number, disbursedFen: number, organization: { name: string } } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const OfficerReferralDashboardDocument = new TypedDocumentString(`
    query OfficerReferralDashboard($first: Int = 10, $after: String, $status: ReferralStatus) {
  referrals(first: $first, after: $after, filter: {status: $status}) {
    edges {
      node {
        id
        status
        programme
        updatedAt
        household {
          id
        }
        need {
          subType
          priority
          gapFen
          townName
        }
        claimedBy {
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<OfficerReferralDashboardQuery, OfficerReferralDashboardQueryVariables>;
export const HouseholdOverviewDocument = new TypedDocumentString(`
    query HouseholdOverview($id: ID!) {
  household(id: $id) {
    id
    countyName
    townName
    size
    categories {
      category
    }
    members {
      maskedName
      relation
      age
    }
    aidRecords {
      type
      programme
      amountFen
      status
    }
    referrals {
      id
      status
      programme
    }
  }
}
    `) as unknown as TypedDocumentString<HouseholdOverviewQuery, HouseholdOverviewQueryVariables>;
export const RunPreAidCheckDocument = new TypedDocumentString(`
    mutation RunPreAidCheck($householdId: ID!, $programme: Programme!, $windowStart: String!, $windowEnd: String!) {
  runPreAidCheck(
    householdId: $householdId
    programme: $programme
    windowStart: $windowStart
    windowEnd: $windowEnd
  ) {
    id
    programme
    verdict
    explanation
    capFen
    governmentAid {
      type
      programme
      amountFen
    }
    charityAid {
      programme
      amountFen
      purpose
      organization {
        name
      }
    }
    servicesReceived {
      programme
      serviceType
      hours
    }
  }
}
    `) as unknown as TypedDocumentString<RunPreAidCheckMutation, RunPreAidCheckMutationVariables>;
export const PublishedProjectsDocument = new TypedDocumentString(`
    query PublishedProjects($first: Int = 10, $programme: Programme) {
  charityProjects(
    first: $first
    filter: {status: PUBLISHED, programme: $programme}
  ) {
    edges {
      node {
        id
        name
        programme
        fundraisingMode
        status
        targetFen
        raisedFen
        disbursedFen
        organization {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublishedProjectsQuery, PublishedProjectsQueryVariables>;