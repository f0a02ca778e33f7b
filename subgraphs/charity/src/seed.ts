import { count } from 'drizzle-orm';
import type { PgInsertValue } from 'drizzle-orm/pg-core';
import type { Database } from '@aid/shared/database/database.js';
import { demoReferrals, DEMO_ORGANIZATIONS, type DemoReferral } from '@aid/shared/demo/referrals.js';
import type { Programme } from '@aid/shared/domain/vocabulary.js';
import { demoId } from '@aid/shared/demo/ids.js';
import { pick, seededRandom } from '@aid/shared/demo/random.js';
import { countyName, villagesOf } from '@aid/shared/domain/regions.js';
import { demoHouseholdTown, demoReferralFacts } from '@aid/shared/demo/referral-facts.js';
import { maskName } from '@aid/shared/security/personal-data-masks.js';
import {
  commendations,
  disbursements,
  donations,
  funds,
  supervisionVisits,
  supportAwards,
  supportDeliverables,
  organizations,
  projects,
  projectTransitions,
  qualifications,
  referrals,
  resources,
  type CommendationRow,
  type DisbursementRow,
  type FundRow,
  type OrganizationRow,
  type ProjectRow,
  type SupervisionVisitRow,
  type SupportAwardRow,
} from './db/schema.js';
import { nextReceiptNumber } from './donations.js';
import { requestHash } from './idempotency.js';
import { buildUscc, LEGAL_FORM_PREFIX, type LegalForm } from './uscc.js';
import { today } from './validation.js';
import { ReferralStates } from '@aid/shared/domain/vocabulary.js';

/**
 * The charity side of the demo world (shared/src/demo/referrals.ts): 12 member organisations across Ningbo's
 * counties, projects in every review state, donations, the referral read model for the demo referrals,
 * and disbursements for every demo referral that was accepted and not failed. Dates are relative to the
 * day of seeding, like civil-affairs' seed, so windows such as "the last year" contain them.
 */

const DAY = 86_400_000;
const SEED_ACTOR = 'seed';

interface DemoOrganization {
  name: string;
  legalForm: LegalForm;
  tier: OrganizationRow['tier'];
  regionCode: string;
  programmes: Programme[];
  certified: boolean;
  /** Public-fundraising qualification: valid now, expired, or none. */
  publicFundraising: 'valid' | 'expired' | null;
  resources: [Programme, string, string, number][];
}

/** The two programmes of each organisation's funded demo referrals follow from demo.ts (n % 12, n % 8). */
const ORGANIZATIONS: DemoOrganization[] = [
  {
    name: '宁波市海曙区慈善总会',
    legalForm: 'SOCIAL_ORGANIZATION',
    tier: 'COUNTY',
    regionCode: '330203',
    programmes: ['HOUSING', 'EDUCATION', 'MEDICAL', 'EMPLOYMENT', 'ELDERLY_CARE', 'PSYCHOLOGICAL', 'MICRO_WISH', 'BASIC_ASSISTANCE'],
    certified: true,
    publicFundraising: 'valid',
    resources: [
      ['HOUSING', '困难家庭危旧房修缮', '户/年', 40],
      ['ELDERLY_CARE', '独居老人爱心助餐', '人次/月', 600],
      ['MEDICAL', '大病医疗费用补助', '人次/年', 120],
    ],
  },
  {
    name: '宁波市江北区春晖助学基金会',
    legalForm: 'FOUNDATION',
    tier: 'COUNTY',
    regionCode: '330205',
    programmes: ['EDUCATION', 'PSYCHOLOGICAL'],
    certified: true,
    publicFundraising: null,
    resources: [
      ['EDUCATION', '困难学生助学金', '人/学年', 150],
      ['PSYCHOLOGICAL', '青少年心理辅导', '人次/月', 40],
    ],
  },
  {
    name: '宁波市北仑区仁心医疗救助基金会',
    legalForm: 'FOUNDATION',
    tier: 'COUNTY',
    regionCode: '330206',
    programmes: ['MEDICAL', 'MICRO_WISH'],
    certified: true,
    publicFundraising: 'valid',
    resources: [
      ['MEDICAL', '医保报销后自付费用补助', '人次/年', 200],
      ['MICRO_WISH', '患病儿童微心愿', '个/年', 80],
    ],
  },
  {
    name: '宁波市镇海区蛟川街道乐业社会工作服务中心',
    legalForm: 'SOCIAL_SERVICE_INSTITUTION',
    tier: 'TOWN',
    regionCode: '330211002',
    programmes: ['EMPLOYMENT', 'BASIC_ASSISTANCE'],
    certified: true,
    publicFundraising: null,
    resources: [
      ['EMPLOYMENT', '就业技能培训', '人次/季', 60],
      ['BASIC_ASSISTANCE', '上门家政服务', '小时/月', 300],
    ],
  },
  {
    name: '宁波市鄞州区姜山镇安康居家养老服务中心',
    legalForm: 'SOCIAL_SERVICE_INSTITUTION',
    tier: 'TOWN',
    regionCode: '330212004',
    programmes: ['HOUSING', 'ELDERLY_CARE'],
    certified: false,
    publicFundraising: null,
    resources: [
      ['ELDERLY_CARE', '老年食堂助餐', '人次/月', 900],
      ['HOUSING', '适老化改造', '户/年', 25],
    ],
  },
  {
    name: '宁波市奉化区心语社会工作服务社',
    legalForm: 'SOCIAL_SERVICE_INSTITUTION',
    tier: 'COUNTY',
    regionCode: '330213',
    programmes: ['EDUCATION', 'PSYCHOLOGICAL'],
    certified: true,
    publicFundraising: null,
    resources: [
      ['PSYCHOLOGICAL', '心理热线与个案辅导', '人次/月', 120],
      ['EDUCATION', '学业辅导志愿服务', '人次/月', 80],
    ],
  },
  {
    name: '象山县慈善总会',
    legalForm: 'SOCIAL_ORGANIZATION',
    tier: 'COUNTY',
    regionCode: '330225',
    programmes: ['HOUSING', 'MEDICAL', 'MICRO_WISH', 'BASIC_ASSISTANCE'],
    certified: true,
    publicFundraising: 'valid',
    resources: [
      ['MEDICAL', '渔民大病救助', '人次/年', 100],
      ['MICRO_WISH', '海岛儿童微心愿', '个/年', 150],
    ],
  },
  {
    name: '宁海县跃龙街道邻里守望互助会',
    legalForm: 'SOCIAL_ORGANIZATION',
    tier: 'TOWN',
    regionCode: '330226001',
    programmes: ['EMPLOYMENT', 'BASIC_ASSISTANCE'],
    certified: false,
    publicFundraising: null,
    resources: [
      ['BASIC_ASSISTANCE', '生活物资包', '份/月', 200],
      ['EMPLOYMENT', '公益性岗位对接', '人/年', 30],
    ],
  },
  {
    name: '余姚市阳明街道夕阳红养老服务中心',
    legalForm: 'SOCIAL_SERVICE_INSTITUTION',
    tier: 'TOWN',
    regionCode: '330281002',
    programmes: ['HOUSING', 'ELDERLY_CARE'],
    certified: false,
    publicFundraising: null,
    resources: [
      ['ELDERLY_CARE', '安宁疗护陪伴', '人次/月', 45],
      ['HOUSING', '家具家电添置', '户/年', 60],
    ],
  },
  {
    name: '慈溪市春蕾助学基金会',
    legalForm: 'FOUNDATION',
    tier: 'COUNTY',
    regionCode: '330282',
    programmes: ['EDUCATION', 'PSYCHOLOGICAL'],
    certified: true,
    publicFundraising: 'expired',
    resources: [
      ['EDUCATION', '高中及高校新生助学', '人/学年', 220],
      ['PSYCHOLOGICAL', '团体心理辅导', '场/季', 12],
    ],
  },
  {
    name: '宁波市海曙区鼓楼街道善邻微心愿服务社',
    legalForm: 'SOCIAL_SERVICE_INSTITUTION',
    tier: 'VILLAGE',
    regionCode: villagesOf('330203001')[0]!.code,
    programmes: ['MEDICAL', 'MICRO_WISH'],
    certified: false,
    publicFundraising: null,
    resources: [
      ['MICRO_WISH', '社区微心愿认领', '个/月', 30],
      ['MEDICAL', '陪诊服务', '人次/月', 20],
    ],
  },
  {
    name: '宁波市江北区慈城镇善助公益服务中心',
    legalForm: 'SOCIAL_SERVICE_INSTITUTION',
    tier: 'TOWN',
    regionCode: '330205004',
    programmes: ['EMPLOYMENT', 'BASIC_ASSISTANCE'],
    certified: true,
    publicFundraising: null,
    resources: [
      ['BASIC_ASSISTANCE', '助人自助互助小组', '人次/月', 50],
      ['EMPLOYMENT', '电商技能培训', '人次/季', 40],
    ],
  },
];

const PROJECT_TITLES: Record<Programme, string> = {
  HOUSING: '困难家庭安居修缮项目',
  EDUCATION: '春蕾助学计划',
  MEDICAL: '大病医疗救助项目',
  EMPLOYMENT: '就业技能帮扶项目',
  ELDERLY_CARE: '长者爱心助餐项目',
  PSYCHOLOGICAL: '心理关爱行动',
  MICRO_WISH: '微心愿圆梦行动',
  BASIC_ASSISTANCE: '暖心助困项目',
};

const USE_OF_FUNDS: Record<Programme, string> = {
  HOUSING: '用于困难家庭危旧房修缮和必要家具家电添置，按户核定，专款专用。',
  EDUCATION: '按学段资助困难家庭学生学费、住宿费和生活费。',
  MEDICAL: '用于基本医保、大病保险和医疗救助后仍由个人负担的医疗费用。',
  EMPLOYMENT: '用于职业技能培训费用和公益性岗位补贴。',
  ELDERLY_CARE: '用于困难老人助餐补贴和安宁疗护服务。',
  PSYCHOLOGICAL: '用于心理热线、个案辅导、团体辅导和心理档案跟进服务。',
  MICRO_WISH: '用于购置受助对象微心愿物品，由志愿者团队送达。',
  BASIC_ASSISTANCE: '用于生活物资、家政服务和照护服务。',
};

const PURPOSE: Record<Programme, DisbursementRow['purpose']> = {
  HOUSING: 'HOUSING_REPAIR',
  EDUCATION: 'EDUCATION_COSTS',
  MEDICAL: 'MEDICAL_EXPENSES',
  EMPLOYMENT: 'EMPLOYMENT_TRAINING',
  ELDERLY_CARE: 'ELDERLY_MEALS',
  PSYCHOLOGICAL: 'PSYCHOLOGICAL_SERVICES',
  MICRO_WISH: 'MICRO_WISH_GOODS',
  BASIC_ASSISTANCE: 'DAILY_NECESSITIES',
};

const REASONS: Record<Programme, DisbursementRow['reasonCodes']> = {
  HOUSING: ['UNSAFE_HOUSING'],
  EDUCATION: ['SCHOOL_COSTS', 'GAP_AFTER_GOVERNMENT_AID'],
  MEDICAL: ['MAJOR_ILLNESS', 'GAP_AFTER_GOVERNMENT_AID'],
  EMPLOYMENT: ['LOSS_OF_INCOME'],
  ELDERLY_CARE: ['CARE_NEEDS'],
  PSYCHOLOGICAL: ['SUDDEN_ACCIDENT'],
  MICRO_WISH: ['GAP_AFTER_GOVERNMENT_AID'],
  BASIC_ASSISTANCE: ['LOSS_OF_INCOME', 'CARE_NEEDS'],
};

/** Organisation staff responsible for fundraising plans (never recipients). */
const STAFF = ['周慧敏', '陈立群', '王海峰', '林晓燕', '张国庆', '徐文静', '孙建平', '胡雅琴', '李明辉', '郑丽华', '朱志刚', '何美玲'];
/** Donors; published only where `publishName` is set. */
const INDIVIDUAL_DONORS = ['王建国', '李秀兰', '张伟', '陈静', '刘洋', '杨帆', '黄志明', '赵丽', '吴海燕', '周杰', '徐磊', '孙丽娟'];
const COMPANY_DONORS = ['宁波甬江实业有限公司', '宁波四明山茶业有限公司', '宁波港城物流有限公司', '浙江东海渔业股份有限公司', '宁波天一书局有限公司', '宁波三江口置业有限公司'];


/**
 * Funds (基金) held by certified organisations, and the projects (`k-programme-edition`) that raise into them.
 * One project under review sits in a fund too: its money counts nowhere until it is published.
 */
const FUNDS: { n: number; k: number; kind: FundRow['kind']; title: string; sponsor: string | null; programmes: Programme[]; purpose: string; established: number; projects: string[] }[] = [
  {
    n: 0, k: 0, kind: 'SPECIAL_ASSISTANCE', title: '海曙区社会救助专项基金', sponsor: null,
    programmes: ['HOUSING', 'ELDERLY_CARE', 'BASIC_ASSISTANCE'],
    purpose: '与区民政局共建，承接政府救助后仍有困难的住房修缮、老人照护和基本生活帮扶。', established: -700, projects: ['0-HOUSING-0', '0-ELDERLY_CARE-1'],
  },
  {
    n: 1, k: 0, kind: 'NAMED', title: '甬江实业慈善冠名基金', sponsor: '宁波甬江实业有限公司',
    programmes: ['MEDICAL', 'EDUCATION'],
    purpose: '由宁波甬江实业有限公司冠名捐资设立，资助大病医疗自付费用和困难学生就学。', established: -420, projects: ['0-MEDICAL-0'],
  },
  {
    n: 2, k: 2, kind: 'NAMED', title: '四明山茶业慈善冠名基金', sponsor: '宁波四明山茶业有限公司',
    programmes: ['MEDICAL', 'MICRO_WISH'],
    purpose: '由宁波四明山茶业有限公司冠名设立，帮助患病儿童圆梦和医疗费用补助。', established: -300, projects: ['2-MICRO_WISH-0', '2-MEDICAL-1'],
  },
  {
    n: 3, k: 6, kind: 'SPECIAL_ASSISTANCE', title: '象山县渔民大病救助专项基金', sponsor: null,
    programmes: ['MEDICAL'],
    purpose: '专项用于渔民及其家庭成员大病医疗救助后的自付费用。', established: -650, projects: ['6-MEDICAL-0'],
  },
  {
    n: 4, k: 9, kind: 'NAMED', title: '天一书局春蕾助学冠名基金', sponsor: '宁波天一书局有限公司',
    programmes: ['EDUCATION'],
    purpose: '由宁波天一书局有限公司冠名设立，按学段资助困难家庭学生。', established: -380, projects: ['9-EDUCATION-0'],
  },
];

/** Incentives (激励扶持): county purchases of services (by county code) and the federation's venture grants. */
const SUPPORT: {
  kind: SupportAwardRow['kind'];
  county: string | null;
  k: number;
  title: string;
  programme: Programme;
  yuan: number;
  start: number;
  months: number;
  status: SupportAwardRow['status'];
  closing?: string;
  deliverables: [string, string, number, number][];
}[] = [
  {
    kind: 'GOVERNMENT_PURCHASE', county: '330203', k: 0, title: '海曙区困难家庭“救助+慈善”个案帮扶服务', programme: 'BASIC_ASSISTANCE', yuan: 380_000,
    start: -300, months: 12, status: 'COMPLETED', closing: '年度考核验收合格，服务指标全部完成。',
    deliverables: [['困难家庭入户探访', '户次', 600, 648], ['个案帮扶计划', '份', 120, 126], ['需求评估报告', '份', 4, 4]],
  },
  {
    kind: 'GOVERNMENT_PURCHASE', county: '330203', k: 10, title: '鼓楼街道社区微心愿与陪诊服务', programme: 'MICRO_WISH', yuan: 86_000,
    start: -120, months: 12, status: 'IN_DELIVERY',
    deliverables: [['微心愿认领与送达', '个', 200, 88], ['就医陪诊', '人次', 120, 41]],
  },
  {
    kind: 'GOVERNMENT_PURCHASE', county: '330212', k: 4, title: '姜山镇困难老人助餐与适老化改造服务', programme: 'ELDERLY_CARE', yuan: 260_000,
    start: -200, months: 12, status: 'IN_DELIVERY',
    deliverables: [['老年食堂助餐', '人次', 9_000, 5_380], ['适老化改造', '户', 20, 11]],
  },
  {
    kind: 'GOVERNMENT_PURCHASE', county: '330211', k: 3, title: '蛟川街道困难群众就业技能培训服务', programme: 'EMPLOYMENT', yuan: 150_000,
    start: -30, months: 10, status: 'AWARDED',
    deliverables: [['就业技能培训', '人次', 180, 0], ['公益性岗位对接', '人', 30, 0]],
  },
  {
    kind: 'GOVERNMENT_PURCHASE', county: '330213', k: 5, title: '奉化区困境家庭心理疏导服务', programme: 'PSYCHOLOGICAL', yuan: 120_000,
    start: -400, months: 12, status: 'TERMINATED', closing: '服务机构人员调整，经协商提前终止，剩余服务转由区级助联体承接。',
    deliverables: [['心理热线值守', '小时', 1_500, 620], ['团体心理辅导', '场', 24, 9]],
  },
  {
    kind: 'VENTURE_GRANT', county: null, k: 7, title: '邻里守望·困难家庭互助小组培育', programme: 'BASIC_ASSISTANCE', yuan: 50_000,
    start: -250, months: 12, status: 'COMPLETED', closing: '公益创投项目结项评审通过。',
    deliverables: [['互助小组', '个', 6, 7], ['互助活动', '场', 48, 52]],
  },
  {
    kind: 'VENTURE_GRANT', county: null, k: 11, title: '“助人自助”受助对象转为志愿者计划', programme: 'BASIC_ASSISTANCE', yuan: 80_000,
    start: -90, months: 12, status: 'IN_DELIVERY',
    deliverables: [['受助对象转化为志愿者', '人', 40, 17], ['志愿服务时长', '小时', 2_000, 760]],
  },
  {
    kind: 'VENTURE_GRANT', county: null, k: 8, title: '安宁疗护家庭陪伴服务试点', programme: 'ELDERLY_CARE', yuan: 60_000,
    start: -15, months: 12, status: 'AWARDED',
    deliverables: [['安宁疗护陪伴', '人次', 300, 0]],
  },
];

/** Commendations (表彰): city level by the federation, county level by a county bureau. Individuals masked. */
const COMMENDATIONS: { county: string | null; title: string; k: number | null; individual?: [string, NonNullable<CommendationRow['honoreeRole']>]; citation: string; day: number }[] = [
  { county: null, title: '年度宁波市慈善工作先进集体', k: 0, citation: '统筹“救助+慈善”衔接，全年承接转介需求并按时反馈救助结果。', day: -60 },
  { county: null, title: '年度宁波市慈善工作先进集体', k: 2, citation: '医疗救助项目覆盖医保和医疗救助后的自付缺口，资金使用公开透明。', day: -60 },
  { county: null, title: '年度宁波市慈善工作先进集体', k: 6, citation: '海岛渔民大病救助专项基金运作规范，帮扶及时。', day: -60 },
  { county: null, title: '年度宁波市优秀慈善志愿者', k: 11, individual: ['陈晓红', 'VOLUNTEER'], citation: '从受助者成长为志愿者，带领互助小组常年开展入户帮扶。', day: -60 },
  { county: null, title: '年度宁波市优秀社会工作者', k: 5, individual: ['林志远', 'SOCIAL_WORKER'], citation: '长期为困境家庭提供心理疏导和个案跟进服务。', day: -60 },
  { county: null, title: '年度宁波市爱心捐赠人', k: null, individual: ['黄志明', 'DONOR'], citation: '连续多年定向捐助困难学生完成学业。', day: -58 },
  { county: '330203', title: '海曙区“救助+慈善”优秀服务组织', k: 10, citation: '社区微心愿认领送达及时，群众满意度高。', day: -40 },
  { county: '330203', title: '海曙区优秀慈善工作者', k: 0, individual: ['王丽萍', 'CHARITY_STAFF'], citation: '负责需求认领与项目拨付衔接，做到件件有回音。', day: -40 },
];

/** Supervision visits (专业督导) to published projects: by the federation, or by the project's county bureau. */
const VISITS: {
  project: string;
  county: string | null;
  day: number;
  rating: SupervisionVisitRow['rating'];
  findings: SupervisionVisitRow['findings'];
  summary: string;
  followUp?: [string, number, string | null];
  published: boolean;
}[] = [
  {
    project: '0-MEDICAL-0', county: null, day: -45, rating: 'EXCELLENT', findings: ['FUNDS_USED_AS_PLANNED', 'GOOD_PRACTICE'],
    summary: '资金按方案拨付，救后反馈及时完整，“救助+慈善”衔接流程可在全市推广。', published: true,
  },
  {
    project: '6-MEDICAL-0', county: null, day: -80, rating: 'GOOD', findings: ['FUNDS_USED_AS_PLANNED', 'DISCLOSURE_LATE'],
    summary: '资金使用规范，项目进展公示滞后约一个月。', followUp: ['按月在官网公示项目收支和救助进展', -50, '已建立月度公示制度，近两个月均按时公示。'], published: true,
  },
  {
    project: '0-HOUSING-0', county: '330203', day: -20, rating: 'ADEQUATE', findings: ['RECORDS_INCOMPLETE'],
    summary: '修缮项目台账缺少部分验收照片和签收单。', followUp: ['补齐修缮验收照片和签收单，完善项目台账', 25, null], published: true,
  },
  {
    project: '4-ELDERLY_CARE-0', county: '330212', day: -40, rating: 'POOR', findings: ['SERVICE_BELOW_STANDARD', 'FEEDBACK_MISSING'],
    summary: '助餐服务频次低于方案约定，部分转介未向民政反馈救助结果。', followUp: ['按方案恢复助餐频次，补报救后反馈', -10, null], published: false,
  },
  {
    project: '2-MICRO_WISH-0', county: null, day: -10, rating: 'GOOD', findings: ['FUNDS_USED_AS_PLANNED'],
    summary: '微心愿认领、采购和送达记录完整。', published: false,
  },
];

type ProjectPlan = {
  k: number;
  programme: Programme;
  status: ProjectRow['status'];
  /** Which of the organisation's projects of this programme (for distinct ids and titles). */
  edition: number;
  rejected?: string;
};

/** Each organisation: one project per programme of its funded referrals, plus projects in the other states. */
function projectPlans(): ProjectPlan[] {
  const plans: ProjectPlan[] = [];
  for (let k = 0; k < DEMO_ORGANIZATIONS; k += 1) {
    const pair = [
      ['HOUSING', 'ELDERLY_CARE'],
      ['EDUCATION', 'PSYCHOLOGICAL'],
      ['MEDICAL', 'MICRO_WISH'],
      ['EMPLOYMENT', 'BASIC_ASSISTANCE'],
    ][k % 4] as [Programme, Programme];
    for (const programme of pair) plans.push({ k, programme, status: 'PUBLISHED', edition: 0 });
  }
  // The 2025 season of two projects, closed after paying for their referrals.
  plans.push({ k: 0, programme: 'ELDERLY_CARE', status: 'CLOSED', edition: 1 });
  plans.push({ k: 4, programme: 'HOUSING', status: 'CLOSED', edition: 1 });
  plans.push({ k: 0, programme: 'MEDICAL', status: 'PUBLISHED', edition: 0 });
  plans.push({ k: 1, programme: 'EDUCATION', status: 'DRAFT', edition: 1 });
  plans.push({ k: 3, programme: 'EMPLOYMENT', status: 'DRAFT', edition: 1, rejected: '资金使用计划过于笼统，请按培训、补贴等支出类别细化后重新提交。' });
  plans.push({ k: 2, programme: 'MEDICAL', status: 'UNDER_REVIEW', edition: 1 });
  plans.push({ k: 5, programme: 'PSYCHOLOGICAL', status: 'UNDER_REVIEW', edition: 1 });
  return plans;
}

/** The project that pays for a demo referral: the closed 2025 season where one exists, else the current one. */
function payingProject(r: DemoReferral, plans: ProjectPlan[]): ProjectPlan {
  const candidates = plans.filter((p) => p.k === r.organizationN && p.programme === r.programme);
  return candidates.find((p) => p.status === 'CLOSED') ?? candidates.find((p) => p.status === 'PUBLISHED')!;
}

const projectId = (p: ProjectPlan) => demoId('charity-project', `${p.k}-${p.programme}-${p.edition}`);

export function generateCharityDemo(now: Date) {
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  const day = (days: number) => today(at(days));
  const year = Number(today(now).slice(0, 4));

  const organizationRows: (typeof organizations.$inferInsert)[] = [];
  const qualificationRows: (typeof qualifications.$inferInsert)[] = [];
  const resourceRows: (typeof resources.$inferInsert)[] = [];
  ORGANIZATIONS.forEach((o, k) => {
    const id = demoId('organization', k);
    const uscc = buildUscc(LEGAL_FORM_PREFIX[o.legalForm], o.regionCode.slice(0, 6), `MJ${String(834_561 + k * 7_919).slice(-6)}`);
    organizationRows.push({ id, name: o.name, uscc, legalForm: o.legalForm, tier: o.tier, regionCode: o.regionCode, programmes: o.programmes, registeredAt: at(-900 + k) });
    if (o.certified) {
      qualificationRows.push({ organizationId: id, kind: 'CERTIFIED_CHARITY', certificateNumber: `甬民慈认〔${year - 3}〕${String(k + 1).padStart(3, '0')}号`, validFrom: day(-3 * 365), validUntil: null });
    }
    if (o.publicFundraising === 'valid') {
      qualificationRows.push({ organizationId: id, kind: 'PUBLIC_FUNDRAISING', certificateNumber: `甬民公募〔${year - 1}〕${String(k + 1).padStart(3, '0')}号`, validFrom: day(-400), validUntil: day(3 * 365) });
    } else if (o.publicFundraising === 'expired') {
      qualificationRows.push({ organizationId: id, kind: 'PUBLIC_FUNDRAISING', certificateNumber: `甬民公募〔${year - 4}〕${String(k + 1).padStart(3, '0')}号`, validFrom: day(-4 * 365), validUntil: day(-30) });
    }
    for (const [programme, title, unit, capacity] of o.resources) {
      resourceRows.push({ organizationId: id, programme, title, unit, capacity, createdAt: at(-800 + k) });
    }
  });

  const plans = projectPlans();
  const referralPlan = demoReferrals();
  const funded = referralPlan.filter((r) => r.organizationN !== null && (ReferralStates.accepted.has(r.status) || r.status === 'COMPLETED'));

  const projectRows: (typeof projects.$inferInsert)[] = [];
  const transitionRows: (typeof projectTransitions.$inferInsert)[] = [];
  const donationRows: PgInsertValue<typeof donations>[] = [];
  const disbursementRows: (typeof disbursements.$inferInsert)[] = [];
  const raised = new Map<string, number>();
  const disbursed = new Map<string, number>();

  // Disbursements first, so each project's donations can be sized to cover them.
  const referralCreated = (r: DemoReferral) => -(90 - r.n);
  for (const r of funded) {
    const plan = payingProject(r, plans);
    const id = projectId(plan);
    const random = seededRandom(9_001 + r.n);
    const amountFen = (2_000 + Math.floor(random() * 10_000)) * 100;
    disbursed.set(id, (disbursed.get(id) ?? 0) + amountFen);
    disbursementRows.push({
      id: demoId('disbursement', r.n),
      projectId: id,
      organizationId: r.organizationId!,
      referralId: r.id,
      householdId: r.householdId,
      townCode: demoHouseholdTown(r.householdN),
      programme: r.programme,
      amountFen,
      purpose: PURPOSE[r.programme],
      reasonCodes: REASONS[r.programme],
      disbursedOn: day(referralCreated(r) + 3),
      idempotencyKey: `seed-disbursement-${r.n}`,
      requestHash: requestHash({ seed: 'disbursement', n: r.n }),
      recordedBy: SEED_ACTOR,
      recordedAt: at(referralCreated(r) + 3),
    });
  }

  plans.forEach((plan, index) => {
    const o = ORGANIZATIONS[plan.k]!;
    const organizationId = demoId('organization', plan.k);
    const id = projectId(plan);
    const random = seededRandom(5_003 + index);
    const place = countyName(o.regionCode) ?? '宁波市';
    const mode: ProjectRow['fundraisingMode'] = o.publicFundraising === 'valid' ? 'PUBLIC' : o.certified ? 'DIRECTED' : 'NONE';
    // Timeline by state: [created, submitted, reviewed, closed] in days from now.
    const timeline = {
      PUBLISHED: [-150, -145, -140, null],
      CLOSED: [-220, -215, -210, -20],
      UNDER_REVIEW: [-10, -5, null, null],
      DRAFT: plan.rejected ? [-30, -25, -20, null] : [-3, null, null, null],
    }[plan.status];
    const [created, submitted, reviewed, closed] = timeline as [number, number | null, number | null, number | null];
    const periodStart = plan.status === 'CLOSED' ? day(-210) : plan.status === 'PUBLISHED' ? day(-140) : day(10);
    const periodEnd = plan.status === 'CLOSED' ? day(-20) : plan.status === 'PUBLISHED' ? day(225) : day(375);
    const seasonYear = plan.status === 'CLOSED' ? year - 1 : plan.status === 'PUBLISHED' ? year : year + 1;
    const target = (200_000 + Math.floor(random() * 8) * 100_000) * 100;

    // Donations: a lead gift from a company that covers the payments, then smaller gifts.
    let total = 0;
    if (reviewed !== null) {
      const gifts = 6 + Math.floor(random() * 7);
      const payments = disbursed.get(id) ?? 0;
      for (let g = 0; g < gifts; g += 1) {
        const lead = g === 0;
        const amountFen = lead ? Math.max(payments, 50_000 * 100) + 10_000 * 100 : (200 + Math.floor(random() * 29_800)) * 100;
        const organization = lead || random() < 0.2;
        const anonymous = !lead && random() < 0.3;
        const donorName = anonymous ? null : organization ? pick(random, COMPANY_DONORS) : pick(random, INDIVIDUAL_DONORS);
        const publishName = !anonymous && random() < 0.5;
        const donatedDay = reviewed + 1 + Math.floor((g / gifts) * 50);
        donationRows.push({
          id: demoId('donation', `${index}-${g}`),
          projectId: id,
          organizationId,
          donorKind: organization ? 'ORGANIZATION' : 'INDIVIDUAL',
          anonymous,
          donorName,
          publishName,
          amountFen,
          channel: lead ? 'BANK_TRANSFER' : pick(random, ['ONLINE_PLATFORM', 'MOBILE_PAYMENT', 'BANK_TRANSFER', 'CASH'] as const),
          restricted: lead || random() < 0.3,
          receiptNumber: nextReceiptNumber(Number(day(donatedDay).slice(0, 4))),
          donatedAt: at(donatedDay),
          idempotencyKey: `seed-donation-${index}-${g}`,
          requestHash: requestHash({ seed: 'donation', index, g }),
          recordedBy: SEED_ACTOR,
          recordedAt: at(donatedDay),
        });
        total += amountFen;
      }
    }
    raised.set(id, total);

    projectRows.push({
      id,
      organizationId,
      name: `${place}${seasonYear}年${PROJECT_TITLES[plan.programme]}`,
      programme: plan.programme,
      fundraisingMode: mode,
      purpose: `帮助${place}困难群众解决${PROJECT_TITLES[plan.programme].replace(/项目|计划|行动/, '')}方面的急难愁盼问题。`,
      periodStart,
      periodEnd,
      regionCode: o.regionCode.slice(0, o.regionCode.length >= 9 ? 9 : 6),
      responsiblePerson: STAFF[plan.k]!,
      useOfFunds: USE_OF_FUNDS[plan.programme],
      filingNumber: mode === 'PUBLIC' ? `${organizationRows[plan.k]!.uscc}${seasonYear}${String(index + 1).padStart(3, '0')}` : null,
      targetFen: target,
      raisedFen: total,
      disbursedFen: disbursed.get(id) ?? 0,
      status: plan.status,
      rejectionReason: plan.rejected ?? null,
      createdAt: at(created),
      updatedAt: at(closed ?? reviewed ?? submitted ?? created),
      publishedAt: plan.status === 'PUBLISHED' || plan.status === 'CLOSED' ? at(reviewed!) : null,
      closedAt: closed === null ? null : at(closed),
      version: 1 + [submitted, reviewed, closed].filter((d) => d !== null).length,
    });
    const orgActor = `seed-charity-org-${plan.k}`;
    transitionRows.push({ projectId: id, action: 'CREATE', fromStatus: null, toStatus: 'DRAFT', actor: orgActor, at: at(created) });
    if (submitted !== null) transitionRows.push({ projectId: id, action: 'SUBMIT', fromStatus: 'DRAFT', toStatus: 'UNDER_REVIEW', actor: orgActor, at: at(submitted) });
    if (reviewed !== null && plan.rejected) {
      transitionRows.push({ projectId: id, action: 'REJECT', fromStatus: 'UNDER_REVIEW', toStatus: 'DRAFT', actor: 'seed-charity-federation', reason: plan.rejected, at: at(reviewed) });
    } else if (reviewed !== null) {
      transitionRows.push({ projectId: id, action: 'APPROVE', fromStatus: 'UNDER_REVIEW', toStatus: 'PUBLISHED', actor: 'seed-charity-federation', at: at(reviewed) });
    }
    if (closed !== null) {
      transitionRows.push({ projectId: id, action: 'CLOSE', fromStatus: 'PUBLISHED', toStatus: 'CLOSED', actor: orgActor, reason: '项目周期结束，资金已按计划使用完毕。', at: at(closed) });
    }
  });

  // Funds and the projects that raise into them.
  const fundRows: (typeof funds.$inferInsert)[] = FUNDS.map((f) => ({
    id: demoId('charity-fund', f.n),
    kind: f.kind,
    title: f.title,
    organizationId: demoId('organization', f.k),
    sponsor: f.sponsor,
    programmes: f.programmes,
    regionCode: ORGANIZATIONS[f.k]!.regionCode.slice(0, 6),
    purpose: f.purpose,
    establishedOn: day(f.established),
    recordedBy: 'seed-charity-federation',
    recordedAt: at(f.established),
  }));
  for (const f of FUNDS) {
    for (const key of f.projects) {
      const row = projectRows.find((p) => p.id === demoId('charity-project', key));
      if (!row) throw new Error(`seed: fund ${f.title} names unknown project ${key}`);
      row.fundId = demoId('charity-fund', f.n);
    }
  }

  // Incentives with their deliverables, and commendations.
  const supportRows: (typeof supportAwards.$inferInsert)[] = [];
  const deliverableRows: (typeof supportDeliverables.$inferInsert)[] = [];
  SUPPORT.forEach((a, i) => {
    const id = demoId('support-award', i);
    const closed = a.status === 'COMPLETED' || a.status === 'TERMINATED';
    supportRows.push({
      id,
      kind: a.kind,
      organizationId: demoId('organization', a.k),
      title: a.title,
      programme: a.programme,
      countyCode: a.county,
      amountFen: a.yuan * 100,
      periodStart: day(a.start),
      periodEnd: day(a.start + a.months * 30),
      status: a.status,
      closingReason: a.closing ?? null,
      closedAt: closed ? at(Math.min(a.start + a.months * 30, -5)) : null,
      idempotencyKey: `seed-support-${i}`,
      requestHash: requestHash({ seed: 'support', i }),
      awarderKey: a.county === null ? 'federation' : `county:${a.county}`,
      recordedBy: a.county === null ? 'seed-charity-federation' : `seed-civil-officer-${a.county}`,
      recordedAt: at(a.start - 10),
    });
    a.deliverables.forEach(([description, unit, targetQuantity, deliveredQuantity], position) => {
      deliverableRows.push({ awardId: id, position: position + 1, description, unit, targetQuantity, deliveredQuantity, updatedAt: at(Math.min(a.start + 60, -1)) });
    });
  });
  const commendationRows: (typeof commendations.$inferInsert)[] = COMMENDATIONS.map((c, i) => ({
    id: demoId('commendation', i),
    title: c.county === null ? `${year - 1}${c.title}` : `${year - 1}年度${c.title}`,
    level: c.county === null ? 'CITY' : 'COUNTY',
    countyCode: c.county,
    honoreeKind: c.individual ? 'INDIVIDUAL' : 'ORGANIZATION',
    organizationId: c.k === null ? null : demoId('organization', c.k),
    // Only the masked display is stored, as recordCommendation does.
    honoreeMasked: c.individual ? maskName(c.individual[0]) : null,
    honoreeRole: c.individual ? c.individual[1] : null,
    citation: c.citation,
    awardedOn: day(c.day),
    awarderKey: c.county === null ? 'federation' : `county:${c.county}`,
    recordedBy: c.county === null ? 'seed-charity-federation' : `seed-civil-officer-${c.county}`,
    recordedAt: at(c.day),
  }));

  const visitRows: (typeof supervisionVisits.$inferInsert)[] = VISITS.map((v, i) => ({
    id: demoId('supervision-visit', i),
    projectId: demoId('charity-project', v.project),
    supervisorKey: v.county === null ? 'federation' : `county:${v.county}`,
    visitedOn: day(v.day),
    rating: v.rating,
    findings: v.findings,
    summary: v.summary,
    followUpAction: v.followUp?.[0] ?? null,
    followUpDueOn: v.followUp ? day(v.followUp[1]) : null,
    followUpStatus: !v.followUp ? 'NONE' : v.followUp[2] ? 'DONE' : 'OPEN',
    followUpReport: v.followUp?.[2] ?? null,
    followUpDoneAt: v.followUp?.[2] ? at(v.followUp[1] - 3) : null,
    publishedAt: v.published ? at(v.day + 7) : null,
    recordedBy: v.county === null ? 'seed-charity-federation' : `seed-civil-officer-${v.county}`,
    recordedAt: at(v.day),
  }));

  // The read model as civil-affairs' feed would build it; sequence 0 so every real event overrides it.
  const referralRows: (typeof referrals.$inferInsert)[] = demoReferralFacts((n) => at(referralCreated(referralPlan[n]!)));

  return {
    organizationRows, qualificationRows, resourceRows, fundRows, projectRows, transitionRows, donationRows, disbursementRows, referralRows,
    supportRows, deliverableRows, commendationRows, visitRows,
  };
}

/** Seeds the charity demo data once, into an empty database; one insert per table. */
export async function seedCharity(db: Database, now = new Date()): Promise<boolean> {
  const [existing] = await db.select({ n: count() }).from(organizations);
  if ((existing?.n ?? 0) > 0) return false;
  const demo = generateCharityDemo(now);
  await db.transaction(async (tx) => {
    await tx.insert(organizations).values(demo.organizationRows);
    await tx.insert(qualifications).values(demo.qualificationRows);
    await tx.insert(resources).values(demo.resourceRows);
    await tx.insert(funds).values(demo.fundRows);
    await tx.insert(projects).values(demo.projectRows);
    await tx.insert(projectTransitions).values(demo.transitionRows);
    await tx.insert(donations).values(demo.donationRows);
    await tx.insert(referrals).values(demo.referralRows);
    await tx.insert(disbursements).values(demo.disbursementRows);
    await tx.insert(supportAwards).values(demo.supportRows);
    await tx.insert(supportDeliverables).values(demo.deliverableRows);
    await tx.insert(commendations).values(demo.commendationRows);
    await tx.insert(supervisionVisits).values(demo.visitRows);
  });
  return true;
}
