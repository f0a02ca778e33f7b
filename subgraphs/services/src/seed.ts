import { count } from 'drizzle-orm';
import type { Database } from '@aid/shared/database/database.js';
import { demoReferrals, DEMO_HOUSEHOLDS, DEMO_ORGANIZATIONS, type DemoReferral } from '@aid/shared/demo/referrals.js';
import { PROGRAMMES, type Outcome, type Programme } from '@aid/shared/domain/vocabulary.js';
import { demoId } from '@aid/shared/demo/ids.js';
import { pick, seededRandom } from '@aid/shared/demo/random.js';
import { NINGBO_COUNTIES, villagesOf, type County } from '@aid/shared/domain/regions.js';
import { demoReferralFacts } from '@aid/shared/demo/referral-facts.js';
import {
  agendaItems,
  caseAssignments,
  consortia,
  consortiumMembers,
  feedback,
  followUpActions,
  meetingAttendees,
  meetingDecisions,
  meetings,
  trainingAttendance,
  trainings,
  microWishes,
  microWishEvents,
  professionals,
  professionalServiceAreas,
  psychFileEntries,
  psychFiles,
  referrals,
  serviceLocations,
  serviceOfferings,
  serviceRecords,
  servicesAtLocation,
  teamMemberships,
  volunteers,
  volunteerTeams,
  type MicroWishRow,
  type ProfessionalRow,
} from './db/schema.js';
import { SERVICE_TYPES_BY_PROGRAMME, PROFESSIONAL_ONLY, type ServiceType } from './service-types.js';
import { PROFESSIONAL_KIND_LABEL } from './professionals.js';
import { ReferralStates } from '@aid/shared/domain/vocabulary.js';

/**
 * The services demo world, deterministic and in agreement with shared/src/demo/referrals.ts: consortia for every Ningbo
 * county with its towns and villages; professionals, teams and volunteers; case assignments, service records,
 * psychological files and feedback for the demo referrals; micro-wishes in every state. Ids come from demoId.
 * The dev tokens' subjects (`dev-professional`, `dev-volunteer`) belong to seeded people so they see cases.
 */

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '胡', '朱', '高', '林'];
const DAY = 86_400_000;
const at = (day: string, hour = 9) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);
const dayAfter = (base: string, days: number) => new Date(Date.parse(`${base}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const organizationId = (k: number) => demoId('organization', k % DEMO_ORGANIZATIONS);

const HAISHU = NINGBO_COUNTIES[0]!;
/** Referral states in which the holding organisation works on the case. */
const WORKED: ReadonlySet<string> = new Set(['ACCEPTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'FAILED']);

export const DEV_PROFESSIONAL_SUBJECT = 'dev-professional';
export const DEV_VOLUNTEER_SUBJECT = 'dev-volunteer';

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

export interface ServicesSeed {
  /** The referral read model for the demo referrals, as civil-affairs' feed would build it (sequence 0). */
  referrals: Insert<typeof referrals>[];
  consortia: Insert<typeof consortia>[];
  members: Insert<typeof consortiumMembers>[];
  locations: Insert<typeof serviceLocations>[];
  offerings: Insert<typeof serviceOfferings>[];
  offeringLocations: Insert<typeof servicesAtLocation>[];
  professionals: Insert<typeof professionals>[];
  serviceAreas: Insert<typeof professionalServiceAreas>[];
  teams: Insert<typeof volunteerTeams>[];
  volunteers: Insert<typeof volunteers>[];
  memberships: Insert<typeof teamMemberships>[];
  assignments: Insert<typeof caseAssignments>[];
  records: Insert<typeof serviceRecords>[];
  psychFiles: Insert<typeof psychFiles>[];
  psychEntries: Insert<typeof psychFileEntries>[];
  wishes: Insert<typeof microWishes>[];
  wishEvents: Insert<typeof microWishEvents>[];
  feedback: Insert<typeof feedback>[];
  meetings: Insert<typeof meetings>[];
  attendees: Insert<typeof meetingAttendees>[];
  agenda: Insert<typeof agendaItems>[];
  decisions: Insert<typeof meetingDecisions>[];
  actions: Insert<typeof followUpActions>[];
  trainings: Insert<typeof trainings>[];
  trainingAttendance: Insert<typeof trainingAttendance>[];
}

export const consortiumId = (regionCode: string) => demoId('consortium', regionCode);
export const professionalId = (p: number) => demoId('professional', p);
export const teamId = (t: number) => demoId('volunteer-team', t);
export const volunteerId = (v: number) => demoId('volunteer', v);
export const microWishId = (w: number) => demoId('micro-wish', w);
export const meetingId = (m: number) => demoId('meeting', m);
export const agendaItemId = (m: number, k: number) => demoId('agenda-item', `${m}-${k}`);
export const followUpActionId = (m: number, k: number) => demoId('follow-up-action', `${m}-${k}`);
export const trainingId = (countyCode: string, kind: string) => demoId('training', `${countyCode}-${kind}`);

/** The county brands (一地一品), one per district or county, in the order of NINGBO_COUNTIES. */
const COUNTY_BRANDS = ['善暖三江', '江北善邻', '镇海善行', '北仑善港', '鄞州善居', '奉化善养', '余姚善学', '慈溪善助', '宁海善解', '象山善渔'];

function buildConsortia(seed: ServicesSeed): void {
  NINGBO_COUNTIES.forEach((county, countyIndex) => {
    const countyConsortium = consortiumId(county.code);
    seed.consortia.push({
      id: countyConsortium,
      tier: 'COUNTY',
      regionCode: county.code,
      title: `${county.name}助联体`,
      brand: `${county.name.slice(0, 2)}·${COUNTY_BRANDS[countyIndex % COUNTY_BRANDS.length]}`,
      establishedOn: '2023-06-01',
    });
    for (let k = 0; k < 4; k += 1) {
      // 入驻: the lead entered when the consortium was founded, the others over the following months.
      seed.members.push({
        consortiumId: countyConsortium,
        organizationId: organizationId(countyIndex + k),
        role: k === 0 ? 'LEAD' : 'MEMBER',
        joinedOn: dayAfter('2023-06-01', k * 45),
        description: k === 0 ? '牵头单位：统筹项目认领与议事会商。' : ['个案服务与心理支持', '助学与就业帮扶', '助老助餐与上门照护'][k - 1]!,
        recordedBySubject: 'demo-seed',
      });
    }
    const base = { lat: 29.87 + (countyIndex % 5) * 0.08 - 0.16, lng: 121.55 + Math.floor(countyIndex / 5) * 0.1 - 0.05 };
    const countyLocations = [
      { id: demoId('location', `${county.code}-sw`), title: `${county.name}社会工作服务中心`, description: '个案、小组与社区服务，工作日开放。' },
      { id: demoId('location', `${county.code}-psy`), title: `${county.name}心理健康服务站`, description: '心理热线、个案辅导与团体辅导。' },
    ];
    countyLocations.forEach((location, index) =>
      seed.locations.push({ ...location, consortiumId: countyConsortium, regionCode: county.code, latitude: base.lat + index * 0.01, longitude: base.lng }),
    );
    PROGRAMMES.forEach((programme, index) => {
      const id = demoId('service', `${county.code}-${programme}`);
      seed.offerings.push({
        id,
        consortiumId: countyConsortium,
        organizationId: organizationId(countyIndex + (index % 4)),
        title: `${county.name}${PROGRAMME_TITLES[programme]}`,
        description: `${PROGRAMME_TITLES[programme]}：由助联体成员单位提供，经民政转介或村（社区）推荐。`,
        programme,
        serviceTypes: [...SERVICE_TYPES_BY_PROGRAMME[programme]],
        eligibilityDescription: '本区县登记的困难家庭（低保、低保边缘、特困等），经同意转介；其他对象经评估后可纳入。',
        capacityMaximum: 20 + index * 5,
        capacityUnit: programme === 'PSYCHOLOGICAL' ? 'SESSIONS_PER_MONTH' : 'PERSONS_PER_MONTH',
        status: index === 7 && countyIndex === 9 ? 'TEMPORARILY_CLOSED' : 'ACTIVE',
      });
      seed.offeringLocations.push({ id: demoId('service-at-location', `${county.code}-${programme}`), serviceId: id, locationId: countyLocations[programme === 'PSYCHOLOGICAL' ? 1 : 0]!.id });
    });
    county.towns.forEach((town, townIndex) => {
      const townConsortium = consortiumId(town.code);
      seed.consortia.push({ id: townConsortium, tier: 'TOWN', regionCode: town.code, title: `${county.name}${town.name}助联体`, parentId: countyConsortium, establishedOn: '2023-09-01' });
      seed.members.push({ consortiumId: townConsortium, organizationId: organizationId(countyIndex + townIndex), role: 'LEAD', joinedOn: '2023-09-01' });
      seed.locations.push({
        id: demoId('location', town.code),
        consortiumId: townConsortium,
        title: `${town.name}社工站`,
        description: '乡镇（街道）社会工作站：探访、资源链接与志愿服务。',
        regionCode: town.code,
        latitude: base.lat + townIndex * 0.005,
        longitude: base.lng + townIndex * 0.005,
      });
      for (const village of villagesOf(town.code)) {
        seed.consortia.push({ id: consortiumId(village.code), tier: 'VILLAGE', regionCode: village.code, title: `${town.name}${village.name}助联体`, parentId: townConsortium, establishedOn: '2024-01-01' });
      }
    });
  });
}

const PROGRAMME_TITLES: Record<Programme, string> = {
  HOUSING: '善居安居修缮服务',
  EDUCATION: '善学助学服务',
  MEDICAL: '善医康复服务',
  EMPLOYMENT: '善业就业帮扶服务',
  ELDERLY_CARE: '善养助餐与安宁服务',
  PSYCHOLOGICAL: '善解心理支持服务',
  MICRO_WISH: '善领微心愿服务',
  BASIC_ASSISTANCE: '善助基本生活服务',
};

const KIND_PROGRAMMES: Record<ProfessionalRow['kind'], Programme[]> = {
  SOCIAL_WORKER: ['BASIC_ASSISTANCE', 'ELDERLY_CARE', 'EDUCATION', 'EMPLOYMENT', 'HOUSING', 'MEDICAL', 'MICRO_WISH'],
  PSYCHOLOGICAL_COUNSELLOR: ['PSYCHOLOGICAL'],
  LAWYER: ['BASIC_ASSISTANCE'],
  OTHER: ['MEDICAL', 'ELDERLY_CARE'],
};

/** Professionals 0-23 work in Haishu, two per organisation (a social worker, then a counsellor); the rest spread out. */
export const HAISHU_PROFESSIONALS = 2 * DEMO_ORGANIZATIONS;
export const PROFESSIONAL_COUNT = 60;
export const socialWorkerOf = (organizationN: number) => 2 * organizationN;
export const counsellorOf = (organizationN: number) => 2 * organizationN + 1;

function buildProfessionals(seed: ServicesSeed): void {
  const kinds = ['SOCIAL_WORKER', 'PSYCHOLOGICAL_COUNSELLOR', 'LAWYER', 'OTHER'] as const;
  for (let p = 0; p < PROFESSIONAL_COUNT; p += 1) {
    const random = seededRandom(p * 31 + 5);
    const haishu = p < HAISHU_PROFESSIONALS;
    const county: County = haishu ? HAISHU : NINGBO_COUNTIES[1 + ((p - HAISHU_PROFESSIONALS) % 9)]!;
    const kind = haishu ? kinds[p % 2]! : kinds[p % 4]!;
    const orgN = haishu ? Math.floor(p / 2) : p % DEMO_ORGANIZATIONS;
    const prefix = { SOCIAL_WORKER: 'SW', PSYCHOLOGICAL_COUNSELLOR: 'XL', LAWYER: 'LS', OTHER: 'KF' }[kind];
    seed.professionals.push({
      id: professionalId(p),
      kind,
      maskedLabel: `${pick(random, SURNAMES)}** (${PROFESSIONAL_KIND_LABEL[kind]})`,
      qualificationCode: `${prefix}${2015 + (p % 9)}${String(100000 + Math.floor(random() * 899999)).padStart(6, '0')}`,
      organizationId: organizationId(orgN),
      consortiumId: consortiumId(county.code),
      programmes: KIND_PROGRAMMES[kind],
      accountSubject: p === counsellorOf(0) ? DEV_PROFESSIONAL_SUBJECT : `demo-professional-${p}`,
      active: p % 17 !== 16,
    });
    seed.serviceAreas.push({ professionalId: professionalId(p), regionCode: county.code });
    seed.serviceAreas.push({ professionalId: professionalId(p), regionCode: county.towns[p % county.towns.length]!.code });
  }
}

export const TEAM_COUNT = 30;
export const VOLUNTEER_COUNT = 150;
const TEAM_SKILLS = [
  ['ELDERLY_CARE', 'DELIVERY', 'COOKING'],
  ['CHILD_TUTORING', 'EVENT_ORGANISING'],
  ['HOUSING_REPAIR', 'DELIVERY'],
  ['PSYCHOLOGICAL_SUPPORT', 'MEDICAL_ESCORT'],
  ['DIGITAL_HELP', 'LEGAL_AID', 'OTHER'],
] as const;
const TEAM_SUFFIXES = ['爱心助老', '护苗助学', '邻里帮帮', '暖心陪伴', '银龄互助'];
/** Team t serves a town of county t % 10: teams 0, 10 and 20 are Haishu's. */
export function teamTown(t: number): { county: County; town: County['towns'][number] } {
  const county = NINGBO_COUNTIES[t % NINGBO_COUNTIES.length]!;
  return { county, town: county.towns[Math.floor(t / NINGBO_COUNTIES.length) % county.towns.length]! };
}

function buildTeamsAndVolunteers(seed: ServicesSeed): void {
  for (let t = 0; t < TEAM_COUNT; t += 1) {
    const { town } = teamTown(t);
    seed.teams.push({
      id: teamId(t),
      title: `${town.name}${TEAM_SUFFIXES[t % TEAM_SUFFIXES.length]}志愿服务队`,
      consortiumId: consortiumId(town.code),
      organizationId: t % 3 === 2 ? null : organizationId(t),
      skills: [...TEAM_SKILLS[t % TEAM_SKILLS.length]!],
      foundedOn: dayAfter('2022-03-05', t * 11),
    });
  }
  for (let v = 0; v < VOLUNTEER_COUNT; v += 1) {
    const random = seededRandom(v * 13 + 101);
    const t = v % TEAM_COUNT;
    const team = seed.teams[t]!;
    const joinedOn = dayAfter('2023-01-01', v * 3);
    seed.volunteers.push({
      id: volunteerId(v),
      maskedLabel: `${pick(random, SURNAMES)}**`,
      regionCode: teamTown(t).town.code,
      skills: [...new Set([pick(random, team.skills!), pick(random, TEAM_SKILLS.flat())])],
      accountSubject: v === 0 ? DEV_VOLUNTEER_SUBJECT : `demo-volunteer-${v}`,
      // 助人自助: some helpers come from households that recovered (households 1, 26, 51 ... of the demo).
      householdId: v % 25 === 1 ? demoId('household', (v * 7 + 1) % DEMO_HOUSEHOLDS) : null,
      joinedOn,
    });
    seed.memberships.push({ teamId: team.id!, volunteerId: volunteerId(v), role: v < TEAM_COUNT ? 'LEADER' : 'MEMBER', joinedOn });
    if (v % 10 === 3) {
      // A few volunteers moved on from a second team.
      seed.memberships.push({ teamId: teamId((t + 10) % TEAM_COUNT), volunteerId: volunteerId(v), role: 'MEMBER', joinedOn, leftOn: dayAfter(joinedOn, 120) });
    }
  }
}

const OUTCOME_NEED_MET: Record<Outcome, boolean> = {
  GOT_HELP: true,
  PARTLY_HELPED: false,
  COULD_NOT_CONTACT: false,
  NOT_ELIGIBLE: false,
  NO_CAPACITY: false,
  DECLINED: false,
  REFERRED_ELSEWHERE: false,
};

function recordFor(
  seed: ServicesSeed,
  key: string,
  values: Omit<Insert<typeof serviceRecords>, 'id' | 'regionCode' | 'recordedBySubject' | 'recordedAt' | 'durationMinutes' | 'endedAt'> & {
    hours: number;
    regionCode?: string;
  },
): void {
  const { hours, regionCode = HAISHU.code, ...rest } = values;
  const endedAt = new Date(values.startedAt.getTime() + hours * 3_600_000);
  seed.records.push({
    ...rest,
    id: demoId('service-record', key),
    regionCode,
    endedAt,
    durationMinutes: Math.round(hours * 60),
    recordedBySubject: 'demo-seed',
    recordedAt: endedAt,
  });
}

/** Types a professional (any) or a team (not professional-only) may deliver under a programme. */
const typesFor = (programme: Programme, byTeam: boolean): ServiceType[] =>
  SERVICE_TYPES_BY_PROGRAMME[programme].filter((type) => !byTeam || !PROFESSIONAL_ONLY.has(type));

function buildCases(seed: ServicesSeed, referrals: DemoReferral[]): void {
  const haishuTeams = [0, 10, 20];
  for (const referral of referrals) {
    if (!WORKED.has(referral.status) || referral.organizationN === null) continue;
    const orgN = referral.organizationN;
    const assignees = [referral.programme === 'PSYCHOLOGICAL' ? counsellorOf(orgN) : socialWorkerOf(orgN)];
    // The dev professional (organisation 0's counsellor) also follows organisation 0's cases.
    if (orgN === 0 && !assignees.includes(counsellorOf(0))) assignees.push(counsellorOf(0));
    const start = dayAfter('2025-02-01', referral.n * 2);
    for (const p of assignees) {
      seed.assignments.push({
        id: demoId('case-assignment', `${referral.n}-${p}`),
        professionalId: professionalId(p),
        referralId: referral.id,
        householdId: referral.householdId,
        assignedBySubject: 'demo-seed',
        assignedAt: at(start, 8),
        // An assignment closes when its referral ends (as the feed's events close it, src/referral-sync.ts).
        closedAt: ReferralStates.ended.has(referral.status) ? at(dayAfter(start, 40), 17) : null,
      });
    }
    const visits = referral.status === 'COMPLETED' ? 3 : 2;
    const types = typesFor(referral.programme, false);
    for (let k = 0; k < visits; k += 1) {
      const last = k === visits - 1;
      recordFor(seed, `${referral.n}-${k}`, {
        referralId: referral.id,
        needId: referral.needId,
        householdId: referral.householdId,
        programme: referral.programme,
        serviceType: types[(referral.n + k) % types.length]!,
        professionalId: professionalId(assignees[0]!),
        organizationId: organizationId(orgN),
        startedAt: at(dayAfter(start, 3 + k * 9), 9 + k),
        hours: 1 + ((referral.n + k) % 3) * 0.5,
        outcome: last && referral.outcome ? referral.outcome : k % 2 === 0 ? 'PARTLY_HELPED' : 'GOT_HELP',
        notes: last ? '按计划完成本次服务，家庭配合良好。' : '首次入户，了解需求并制定服务计划。',
      });
    }
    const teamTypes = typesFor(referral.programme, true);
    if (referral.programme === 'ELDERLY_CARE' || referral.programme === 'BASIC_ASSISTANCE' || referral.programme === 'MICRO_WISH') {
      const t = haishuTeams[referral.n % haishuTeams.length]!;
      recordFor(seed, `${referral.n}-team`, {
        referralId: referral.id,
        needId: referral.needId,
        householdId: referral.householdId,
        programme: referral.programme,
        serviceType: teamTypes[referral.n % teamTypes.length]!,
        teamId: teamId(t),
        volunteerId: volunteerId(t),
        regionCode: teamTown(t).town.code,
        organizationId: seed.teams[t]!.organizationId ?? null,
        startedAt: at(dayAfter(start, 6), 14),
        hours: 2,
        outcome: 'GOT_HELP',
        notes: null,
      });
    }
    if (referral.status === 'COMPLETED') {
      seed.feedback.push(
        {
          id: demoId('feedback', `${referral.n}-household`),
          referralId: referral.id,
          householdId: referral.householdId,
          organizationId: organizationId(orgN),
          respondentType: 'HOUSEHOLD',
          satisfaction: 3 + (referral.n % 3),
          needMet: OUTCOME_NEED_MET[referral.outcome ?? 'PARTLY_HELPED'],
          recordedBySubject: 'demo-seed',
          recordedAt: at(dayAfter(start, 30)),
        },
        {
          id: demoId('feedback', `${referral.n}-organization`),
          referralId: referral.id,
          householdId: referral.householdId,
          organizationId: organizationId(orgN),
          respondentType: 'CHARITY_ORGANIZATION',
          satisfaction: 4,
          needMet: OUTCOME_NEED_MET[referral.outcome ?? 'PARTLY_HELPED'],
          recordedBySubject: 'demo-seed',
          recordedAt: at(dayAfter(start, 31)),
        },
      );
    }
    // 建档跟进: psychological cases, and the dev counsellor's first case, get a long-term file.
    const counsellor = assignees.find((p) => p % 2 === 1);
    if (counsellor !== undefined && (referral.programme === 'PSYCHOLOGICAL' || referral.status === 'IN_PROGRESS')) {
      const fileId = demoId('psych-file', referral.n);
      seed.psychFiles.push({
        id: fileId,
        householdId: referral.householdId,
        referralId: referral.id,
        counsellorId: professionalId(counsellor),
        status: referral.status === 'COMPLETED' || referral.status === 'FAILED' ? 'CLOSED' : 'OPEN',
        riskLevel: referral.n % 2 === 0 ? 'MEDIUM' : 'LOW',
        assessment: '长期情绪低落、睡眠不佳，家庭支持有限；建议每两周随访一次。',
        nextReviewOn: dayAfter(start, 60),
        openedAt: at(dayAfter(start, 4)),
        closedAt: referral.status === 'COMPLETED' || referral.status === 'FAILED' ? at(dayAfter(start, 50)) : null,
      });
      ['CASEWORK', 'HOTLINE', 'HOME_VISIT'].forEach((mode, k) =>
        seed.psychEntries.push({
          id: demoId('psych-entry', `${referral.n}-${k}`),
          fileId,
          sessionMode: mode as 'CASEWORK',
          riskLevel: k === 2 ? 'LOW' : 'MEDIUM',
          summary: ['初次评估，建立信任关系。', '热线回访，情绪较前平稳。', '入户随访，睡眠改善，继续观察。'][k]!,
          occurredAt: at(dayAfter(start, 4 + k * 14), 10),
        }),
      );
    }
  }
  // A volunteer team's visit for household 0's need (its referral is still a draft): the pre-aid check sees it.
  const first = referrals[0]!;
  recordFor(seed, 'need-0-visit', {
    needId: first.needId,
    householdId: first.householdId,
    programme: first.programme,
    serviceType: typesFor(first.programme, true)[0]!,
    teamId: teamId(0),
    volunteerId: volunteerId(0),
    regionCode: teamTown(0).town.code,
    organizationId: seed.teams[0]!.organizationId ?? null,
    startedAt: at('2025-03-10', 9),
    hours: 1.5,
    outcome: 'GOT_HELP',
    notes: '入户了解住房情况，需求已录入需求库。',
  });
}

const WISH_TITLES: [string, MicroWishRow['category'], number][] = [
  ['一个新书包', 'STUDY_SUPPLIES', 12_000],
  ['一套课外读物', 'BOOKS', 15_000],
  ['一件冬季棉衣', 'CLOTHING', 20_000],
  ['一台电饭煲', 'SMALL_APPLIANCE', 25_000],
  ['一箱米面粮油', 'FOOD', 18_000],
  ['一套学习文具', 'STUDY_SUPPLIES', 6_000],
  ['一双运动鞋', 'CLOTHING', 16_000],
  ['一个电暖器', 'SMALL_APPLIANCE', 30_000],
  ['一套洗护用品', 'DAILY_NECESSITIES', 8_000],
  ['一盒拼装积木', 'TOYS', 9_000],
];
const WISH_STATES: MicroWishRow['status'][] = ['PUBLISHED', 'CLAIMED', 'DELIVERED', 'CONFIRMED', 'CANCELLED'];
export const MICRO_WISH_COUNT = 20;

function buildMicroWishes(seed: ServicesSeed, referrals: DemoReferral[]): void {
  const wishReferrals = referrals.filter((r) => r.programme === 'MICRO_WISH');
  for (let w = 0; w < MICRO_WISH_COUNT; w += 1) {
    const referral = wishReferrals[w];
    const householdN = referral ? referral.householdN : (w * 7 + 3) % DEMO_HOUSEHOLDS;
    const [title, category, valueFen] = WISH_TITLES[w % WISH_TITLES.length]!;
    const status = WISH_STATES[w % WISH_STATES.length]!;
    const published = at(dayAfter('2025-04-01', w * 3), 10);
    const step = (days: number) => new Date(published.getTime() + days * DAY);
    const reached = (state: MicroWishRow['status']) => status !== 'CANCELLED' && WISH_STATES.indexOf(status) >= WISH_STATES.indexOf(state);
    const t = (w * 3) % TEAM_COUNT;
    const id = microWishId(w);
    seed.wishes.push({
      id,
      needId: referral?.needId ?? null,
      householdId: demoId('household', householdN),
      countyCode: NINGBO_COUNTIES[householdN % NINGBO_COUNTIES.length]!.code,
      publicTitle: title,
      category,
      valueFen,
      status,
      collectedBySubject: 'demo-village-worker',
      publishedAt: published,
      claimedBySubject: reached('CLAIMED') ? `demo-donor-${w}` : null,
      claimedByOrganizationId: reached('CLAIMED') && w % 2 === 1 ? organizationId(w) : null,
      claimedAt: reached('CLAIMED') ? step(2) : null,
      deliveredByTeamId: reached('DELIVERED') ? teamId(t) : null,
      deliveredAt: reached('DELIVERED') ? step(6) : null,
      confirmedAt: reached('CONFIRMED') ? step(7) : null,
      cancelledAt: status === 'CANCELLED' ? step(5) : null,
      cancelReason: status === 'CANCELLED' ? '需求已由其他渠道满足' : null,
      version: 1 + Math.max(0, WISH_STATES.indexOf(status)),
    });
    const events: [MicroWishRow['status'] | null, MicroWishRow['status'], number, string][] = [[null, 'PUBLISHED', 0, 'village_worker']];
    if (reached('CLAIMED')) events.push(['PUBLISHED', 'CLAIMED', 2, w % 2 === 1 ? 'charity_org' : 'volunteer']);
    if (reached('DELIVERED')) events.push(['CLAIMED', 'DELIVERED', 6, 'volunteer']);
    if (reached('CONFIRMED')) events.push(['DELIVERED', 'CONFIRMED', 7, 'village_worker']);
    if (status === 'CANCELLED') events.push(['PUBLISHED', 'CANCELLED', 5, 'village_worker']);
    events.forEach(([fromStatus, toStatus, days, role], k) =>
      seed.wishEvents.push({
        id: demoId('micro-wish-event', `${w}-${k}`),
        wishId: id,
        fromStatus,
        toStatus,
        actorSubject: `demo-${role}`,
        actorRole: role,
        reason: toStatus === 'CANCELLED' ? '需求已由其他渠道满足' : null,
        occurredAt: step(days),
      }),
    );
  }
}

/**
 * 工作协作 in Haishu (all demo referrals are Haishu's): a quarterly consultation meeting with cases left in the
 * pool, a claim released twice and a need over the cap; a case conference on failed referrals; the next
 * consultation, scheduled. Attendees are the dev officer, a colleague and member organisations 0-2 (the dev
 * organisation is 0), so the dev tokens see the meetings and own actions.
 */
function buildMeetings(seed: ServicesSeed, referrals: DemoReferral[]): void {
  const officer = 'dev-civil_officer';
  const colleague = 'demo-civil-officer-330203-2';
  const consortium = consortiumId(HAISHU.code);
  const byStatus = (status: string) => referrals.filter((r) => r.status === status);
  const [requested, received, failed, draft] = [byStatus('REQUESTED'), byStatus('RECEIVED'), byStatus('FAILED'), byStatus('DRAFT')];
  const plan: {
    kind: 'CONSULTATION' | 'CASE_CONFERENCE';
    title: string;
    day: string;
    organizations: number[];
    items: Omit<Insert<typeof agendaItems>, 'id' | 'meetingId' | 'position' | 'addedBySubject' | 'addedAt'>[];
    decisions: { item: number | null; summary: string; actions: { description: string; owner: string | number; due: number; status: 'OPEN' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED'; note?: string }[] }[];
  }[] = [
    {
      kind: 'CONSULTATION',
      title: '2025年第二季度海曙区助联体议事会',
      day: '2025-04-15',
      organizations: [0, 1, 2],
      items: [
        { referralId: requested[0]!.id, reason: 'UNCLAIMED', unclaimedDays: 21, note: '已在需求池三周无人认领。' },
        { referralId: requested[1]!.id, reason: 'UNCLAIMED', unclaimedDays: 14, note: null },
        { referralId: received[0]!.id, reason: 'REPEATEDLY_RELEASED', releaseCount: 2, note: '两次认领后释放，需了解原因。' },
        { needId: draft[0]!.needId, reason: 'OVER_CAP', note: '多渠道救助合计接近年度上限，需研判是否转介。' },
      ],
      decisions: [
        { item: 0, summary: '由牵头单位协调成员单位认领，两周内反馈。', actions: [{ description: '协调成员单位认领该转介', owner: 0, due: 14, status: 'DONE', note: '已由成员单位认领。' }] },
        { item: 2, summary: '约谈释放认领的机构，明确服务能力。', actions: [{ description: '约谈机构并形成书面说明', owner: officer, due: 10, status: 'IN_PROGRESS' }] },
        { item: 3, summary: '暂缓转介，先核实政府救助与慈善救助金额。', actions: [{ description: '核实各渠道救助金额并报议事会', owner: colleague, due: 20, status: 'OPEN' }] },
        { item: null, summary: '下季度起每月通报需求池超过14天未认领的转介。', actions: [{ description: '每月编制未认领转介通报', owner: 1, due: 30, status: 'OPEN' }] },
      ],
    },
    {
      kind: 'CASE_CONFERENCE',
      title: '疑难个案会商：转介失败个案复盘',
      day: '2025-05-20',
      organizations: [0, 1],
      items: [
        { referralId: failed[0]!.id, reason: 'FAILED', note: '多次无法联系，需村社协助。' },
        { referralId: failed[1]!.id, reason: 'FAILED', note: null },
      ],
      decisions: [
        { item: 0, summary: '由村（社区）陪同入户，重新评估需求。', actions: [{ description: '安排村社工作人员陪同入户', owner: officer, due: 7, status: 'DONE', note: '已入户，需求已更新。' }] },
        { item: 1, summary: '转由具备资质的机构承接，专业社工跟进。', actions: [
          { description: '承接个案并指派专业社工', owner: 1, due: 14, status: 'OPEN' },
          { description: '原方案作废', owner: 0, due: 3, status: 'CANCELLED', note: '会商决定改由其他机构承接。' },
        ] },
      ],
    },
    { kind: 'CONSULTATION', title: '2027年第一季度海曙区助联体议事会', day: '2027-01-12', organizations: [0, 1, 2, 3], items: [], decisions: [] },
  ];
  plan.forEach((meeting, m) => {
    const id = meetingId(m);
    const scheduledAt = at(meeting.day, 14);
    seed.meetings.push({ id, kind: meeting.kind, consortiumId: consortium, countyCode: HAISHU.code, title: meeting.title, scheduledAt, scheduledBySubject: officer, createdAt: at(dayAfter(meeting.day, -14)) });
    for (const subject of [officer, colleague]) seed.attendees.push({ id: demoId('meeting-attendee', `${m}-${subject}`), meetingId: id, officerSubject: subject });
    for (const n of meeting.organizations) seed.attendees.push({ id: demoId('meeting-attendee', `${m}-org-${n}`), meetingId: id, organizationId: organizationId(n) });
    meeting.items.forEach((item, k) =>
      seed.agenda.push({ ...item, id: agendaItemId(m, k), meetingId: id, position: k + 1, addedBySubject: officer, addedAt: at(dayAfter(meeting.day, -3)) }),
    );
    let a = 0;
    meeting.decisions.forEach((decision, d) => {
      const decisionId = demoId('meeting-decision', `${m}-${d}`);
      seed.decisions.push({ id: decisionId, meetingId: id, agendaItemId: decision.item === null ? null : agendaItemId(m, decision.item), summary: decision.summary, recordedBySubject: officer, recordedAt: new Date(at(meeting.day, 16).getTime() + d * 60_000) });
      for (const action of decision.actions) {
        const changed = action.status !== 'OPEN';
        seed.actions.push({
          id: followUpActionId(m, a++),
          decisionId,
          meetingId: id,
          description: action.description,
          ownerOfficerSubject: typeof action.owner === 'string' ? action.owner : null,
          ownerOrganizationId: typeof action.owner === 'number' ? organizationId(action.owner) : null,
          dueOn: dayAfter(meeting.day, action.due),
          status: action.status,
          statusNote: action.note ?? null,
          version: changed ? 2 : 1,
          updatedBySubject: changed && typeof action.owner === 'string' ? action.owner : officer,
          updatedAt: changed ? at(dayAfter(meeting.day, Math.max(1, action.due - 2)), 16) : at(meeting.day, 17),
        });
      }
    });
  });
}

const TRAININGS = [
  { kind: 'PROFESSIONAL', title: '个案管理与需求评估专业培训', day: '2025-03-18', hours: 6 },
  { kind: 'POLICY', title: '社会救助与慈善衔接政策培训', day: '2025-05-09', hours: 3 },
  { kind: 'SYSTEM', title: '助联体平台系统应用培训', day: '2025-06-20', hours: 2.5 },
] as const;

/**
 * 引导培育 in every county: one professional, one policy and one system-use training, attended by the county's
 * member organisations, its professionals (policy and system training: all; professional training: social
 * workers and counsellors) and the leaders of its teams.
 */
function buildTrainings(seed: ServicesSeed): void {
  NINGBO_COUNTIES.forEach((county) => {
    const consortium = consortiumId(county.code);
    const members = seed.members.filter((m) => m.consortiumId === consortium).map((m) => m.organizationId!);
    const staff = seed.professionals.filter((p) => p.consortiumId === consortium);
    const leaders = seed.memberships.filter((m) => m.role === 'LEADER' && teamCounty(seed, m.teamId!) === county.code);
    for (const training of TRAININGS) {
      const id = trainingId(county.code, training.kind);
      seed.trainings.push({ id, kind: training.kind, consortiumId: consortium, title: `${county.name}${training.title}`, heldOn: training.day, durationMinutes: training.hours * 60, recordedBySubject: 'demo-seed', createdAt: at(training.day, 18) });
      const attendees = [
        ...members.map((organizationId) => ({ organizationId })),
        ...staff
          .filter((p) => training.kind !== 'PROFESSIONAL' || p.kind === 'SOCIAL_WORKER' || p.kind === 'PSYCHOLOGICAL_COUNSELLOR')
          .map((p) => ({ professionalId: p.id! })),
        ...(training.kind === 'PROFESSIONAL' ? [] : leaders.map((m) => ({ volunteerId: m.volunteerId! }))),
      ];
      attendees.forEach((attendee, k) => seed.trainingAttendance.push({ id: demoId('training-attendance', `${id}-${k}`), trainingId: id, ...attendee, recordedAt: at(training.day, 18) }));
    }
  });
}

/** The county (6 digits) of a seeded team, through its town consortium. */
function teamCounty(seed: ServicesSeed, team: string): string {
  const consortium = seed.teams.find((t) => t.id === team)!.consortiumId!;
  return seed.consortia.find((c) => c.id === consortium)!.regionCode!.slice(0, 6);
}

/** Builds the whole demo world in memory (deterministic: the same rows on every run). */
export function buildServicesSeed(): ServicesSeed {
  const seed: ServicesSeed = {
    referrals: demoReferralFacts((n) => at(dayAfter('2025-02-01', n * 2 - 3))),
    consortia: [], members: [], locations: [], offerings: [], offeringLocations: [], professionals: [], serviceAreas: [],
    teams: [], volunteers: [], memberships: [], assignments: [], records: [], psychFiles: [], psychEntries: [],
    wishes: [], wishEvents: [], feedback: [],
    meetings: [], attendees: [], agenda: [], decisions: [], actions: [], trainings: [], trainingAttendance: [],
  };
  const referrals = demoReferrals();
  buildConsortia(seed);
  buildProfessionals(seed);
  buildTeamsAndVolunteers(seed);
  buildCases(seed, referrals);
  buildMicroWishes(seed, referrals);
  buildMeetings(seed, referrals);
  buildTrainings(seed);
  return seed;
}

async function insertChunked<T extends Record<string, unknown>>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 500): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** Seeds the demo world once, into an empty database, in one transaction with batched inserts. */
export async function seedServices(db: Database): Promise<boolean> {
  const [existing] = await db.select({ n: count() }).from(consortia);
  if ((existing?.n ?? 0) > 0) return false;
  const seed = buildServicesSeed();
  await db.transaction(async (tx) => {
    // Parents before children: the consortia are inserted tier by tier.
    for (const tier of ['COUNTY', 'TOWN', 'VILLAGE'] as const) {
      await insertChunked(seed.consortia.filter((c) => c.tier === tier), (chunk) => tx.insert(consortia).values(chunk));
    }
    await tx.insert(consortiumMembers).values(seed.members);
    await tx.insert(serviceLocations).values(seed.locations);
    await tx.insert(serviceOfferings).values(seed.offerings);
    await tx.insert(servicesAtLocation).values(seed.offeringLocations);
    await tx.insert(professionals).values(seed.professionals);
    await tx.insert(professionalServiceAreas).values(seed.serviceAreas);
    await tx.insert(volunteerTeams).values(seed.teams);
    await tx.insert(volunteers).values(seed.volunteers);
    await tx.insert(teamMemberships).values(seed.memberships);
    await tx.insert(caseAssignments).values(seed.assignments);
    await tx.insert(serviceRecords).values(seed.records);
    await tx.insert(psychFiles).values(seed.psychFiles);
    await tx.insert(psychFileEntries).values(seed.psychEntries);
    await tx.insert(microWishes).values(seed.wishes);
    await tx.insert(microWishEvents).values(seed.wishEvents);
    await tx.insert(feedback).values(seed.feedback);
    await tx.insert(referrals).values(seed.referrals);
    await tx.insert(meetings).values(seed.meetings);
    await tx.insert(meetingAttendees).values(seed.attendees);
    await tx.insert(agendaItems).values(seed.agenda);
    await tx.insert(meetingDecisions).values(seed.decisions);
    await tx.insert(followUpActions).values(seed.actions);
    await tx.insert(trainings).values(seed.trainings);
    await insertChunked(seed.trainingAttendance, (chunk) => tx.insert(trainingAttendance).values(chunk));
  });
  return true;
}
