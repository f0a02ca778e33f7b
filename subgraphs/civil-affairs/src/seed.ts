import { count, eq } from 'drizzle-orm';
import type { Database, Queryable } from '@aid/shared/database/database.js';
import { demoReferrals, DEMO_HOUSEHOLDS, type DemoReferral } from '@aid/shared/demo/referrals.js';
import { PROGRAMMES, type Programme, type ReferralStatus } from '@aid/shared/domain/vocabulary.js';
import { demoId } from '@aid/shared/demo/ids.js';
import { pick, seededRandom } from '@aid/shared/demo/random.js';
import { NINGBO_COUNTIES, villagesOf } from '@aid/shared/domain/regions.js';
import { DEFAULT_CONFIG } from './config.js';
import { addDays, toIsoDate } from './dates.js';
import {
  aidCategoryEnum,
  aidRecords,
  consents,
  householdCategories,
  households,
  needs,
  outboxCounters,
  persons,
  preAidChecks,
  referralEvents,
  referrals,
  referralTransitions,
} from './db/schema.js';
import type { AidCategory } from './eligibility.js';
import { ageOn, idCheckCharacter, MINOR_AGE } from './identity.js';
import { NEED_SUB_TYPES, needGapFen, PRIORITY_RANK, type NeedPriority } from './need-library.js';
import { needStatusFor } from './need-lifecycle.js';
import { REFERRAL_EVENTS_COUNTER } from './outbox.js';

const FAMILY_NAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗'];
const GIVEN_NAMES = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '桂英', '建华', '志强', '海燕', '小红', '文博', '子涵', '欣怡'];
const STREETS = ['中山路', '解放路', '人民路', '江东路', '新华路', '环城路', '学士路', '望春路'];

export const DEMO_HOUSEHOLD_COUNT = DEMO_HOUSEHOLDS;

/** Every aid category, in the database enum's order. */
const CATEGORIES: readonly AidCategory[] = aidCategoryEnum.enumValues;
const PRIORITIES: readonly NeedPriority[] = ['MAJOR_ILLNESS', 'DISASTER', 'SUDDEN_ACCIDENT', 'ROUTINE'];
const CHANNELS = ['ZHELIJIU_APP', 'HOTLINE_81890', 'HOME_VISIT', 'PROACTIVE_DISCOVERY', 'DEPARTMENT_PUSH'] as const;
/** Birth dates are drawn relative to this day, so the same `n` always gives the same people. */
const REFERENCE_DAY = new Date(Date.UTC(2026, 0, 1));

export interface GeneratedHousehold {
  household: typeof households.$inferInsert;
  members: (typeof persons.$inferInsert)[];
  categories: (typeof householdCategories.$inferInsert)[];
  aid: (typeof aidRecords.$inferInsert)[];
}

/**
 * A unique ID number per person: within a county, person q (from the household number) gets the sequence
 * q mod 500 and a birth day fixed by q div 500, so no two people share address code, birth date and sequence
 * (unique up to 168,000 people per county, about 210,000 households in all).
 */
function identity(countyCode: string, random: () => number, q: number, minAge: number, maxAge: number, male: boolean) {
  const k = Math.floor(q / 500);
  const year = REFERENCE_DAY.getUTCFullYear() - (minAge + Math.floor(random() * (maxAge - minAge + 1)));
  const born = `${year}-${String(1 + (Math.floor(k / 28) % 12)).padStart(2, '0')}-${String(1 + (k % 28)).padStart(2, '0')}`;
  const first17 = `${countyCode}${born.replaceAll('-', '')}${String((q % 500) * 2 + (male ? 1 : 0)).padStart(3, '0')}`;
  return { born, idNumber: `${first17}${idCheckCharacter(first17)}` };
}

/** The category registration of household n: every category occurs, with dates inside their windows. */
function categoriesFor(n: number, householdId: string, today: string): (typeof householdCategories.$inferInsert)[] {
  const category = CATEGORIES[n % CATEGORIES.length]!;
  const since =
    category === 'EXITED_AID' ? addDays(today, -400) : category === 'TEMPORARY_AID' || category === 'OTHER_DEPARTMENT_AID' ? addDays(today, -90) : category === 'REFUSED_APPLICANT' ? addDays(today, -30) : addDays(today, -(200 + (n % 500)));
  const rows: (typeof householdCategories.$inferInsert)[] = [{ id: demoId('household-category', `${n}-0`), householdId, category, since }];
  // Every 25th household also has a lapsed registration, so the windows show in the data.
  if (n % 25 === 0) rows.push({ id: demoId('household-category', `${n}-1`), householdId, category: 'TEMPORARY_AID', since: addDays(today, -800) });
  return rows;
}

function aidFor(n: number, householdId: string, category: AidCategory, today: string): (typeof aidRecords.$inferInsert)[] {
  const year = today.slice(0, 4);
  const rows: (typeof aidRecords.$inferInsert)[] = [];
  if (category === 'MINIMUM_LIVING_ALLOWANCE' || category === 'EXTREME_POVERTY') {
    rows.push({
      id: demoId('aid', `${n}-0`),
      householdId,
      type: category === 'EXTREME_POVERTY' ? 'EXTREME_POVERTY_SUPPORT' : 'ALLOWANCE',
      amountFen: 1_200_000 + (n % 10) * 10_000,
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
    });
  }
  if (n % 7 === 0) {
    rows.push({ id: demoId('aid', `${n}-1`), householdId, type: 'MEDICAL', amountFen: 300_000 + (n % 5) * 100_000, periodStart: addDays(today, -60), periodEnd: addDays(today, -30) });
  }
  if (n % 11 === 0) {
    rows.push({ id: demoId('aid', `${n}-2`), householdId, type: 'EDUCATION', amountFen: 200_000, periodStart: addDays(today, -300), periodEnd: addDays(today, -150), status: 'ENDED' });
  }
  return rows;
}

/**
 * Deterministic households with members, categories and aid: the same `start` and `count` always give the
 * same ids (`demoId('household', n)`), so other subgraphs' seeds can refer to them. Dates of categories and
 * aid are relative to `today` so their windows stay current.
 */
export function generateHouseholds(start: number, countOf: number, today = toIsoDate(new Date())): GeneratedHousehold[] {
  const result: GeneratedHousehold[] = [];
  for (let n = start; n < start + countOf; n += 1) {
    const random = seededRandom(n * 7919 + 17);
    const county = NINGBO_COUNTIES[n % NINGBO_COUNTIES.length]!;
    const town = county.towns[Math.floor(n / NINGBO_COUNTIES.length) % county.towns.length]!;
    const village = pick(random, villagesOf(town.code));
    const householdId = demoId('household', n);
    const family = pick(random, FAMILY_NAMES);
    const size = 1 + Math.floor(random() * 5);
    const members: (typeof persons.$inferInsert)[] = [];
    for (let m = 0; m < size; m += 1) {
      const relation = m === 0 ? 'HEAD' : m === 1 && size > 2 ? 'SPOUSE' : random() < 0.15 ? 'PARENT' : 'CHILD';
      const [minAge, maxAge] = relation === 'CHILD' ? [1, 20] : relation === 'PARENT' ? [65, 90] : [25, 70];
      const male = random() < 0.5;
      const { born, idNumber } = identity(county.code, random, Math.floor(n / NINGBO_COUNTIES.length) * 8 + m, minAge, maxAge, male);
      members.push({
        id: demoId('person', `${n}-${m}`),
        householdId,
        relation,
        fullName: `${relation === 'HEAD' || relation === 'CHILD' ? family : pick(random, FAMILY_NAMES)}${pick(random, GIVEN_NAMES)}`,
        idNumber,
        birthDate: born,
        sex: male ? 'M' : 'F',
        phone: relation === 'CHILD' ? null : `1${pick(random, ['38', '39', '58', '59', '86', '87'])}${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
        guardianId: relation === 'CHILD' && ageOn(born, REFERENCE_DAY) < MINOR_AGE ? demoId('person', `${n}-0`) : null,
      });
    }
    const categories = categoriesFor(n, householdId, today);
    result.push({
      household: {
        id: householdId,
        countyCode: county.code,
        townCode: town.code,
        villageCode: village.code,
        address: `${county.name}${town.name}${village.name}${pick(random, STREETS)}${1 + Math.floor(random() * 300)}号`,
        annualIncomeFen: Math.floor(random() * 12_000_000),
        registeredAt: new Date(Date.UTC(2023, 0, 1) + Math.floor(random() * 3 * 365) * 86_400_000),
      },
      members,
      categories,
      aid: aidFor(n, householdId, categories[0]!.category, today),
    });
  }
  return result;
}

/** Inserts generated households in chunks (one statement per chunk and table, one transaction per chunk). */
export async function insertHouseholds(db: Database, generated: GeneratedHousehold[], chunk = 500): Promise<void> {
  for (let i = 0; i < generated.length; i += chunk) {
    const slice = generated.slice(i, i + chunk);
    await db.transaction(async (tx) => {
      await tx.insert(households).values(slice.map((g) => g.household));
      await tx.insert(persons).values(slice.flatMap((g) => g.members));
      const categories = slice.flatMap((g) => g.categories);
      if (categories.length > 0) await tx.insert(householdCategories).values(categories);
      const aid = slice.flatMap((g) => g.aid);
      if (aid.length > 0) await tx.insert(aidRecords).values(aid);
    });
  }
}

/** A need of the standard library for household `household`, deterministic in `key` and `k`. */
export function generateNeed(
  key: string | number,
  k: number,
  household: GeneratedHousehold['household'],
  programme: Programme,
  collectedAt: Date,
): typeof needs.$inferInsert {
  const subTypes = NEED_SUB_TYPES[programme];
  const priority = PRIORITIES[k % PRIORITIES.length]!;
  const cost = 500_000 + (k % 20) * 250_000;
  const lines =
    programme === 'MEDICAL'
      ? { basicMedicalInsuranceFen: Math.floor(cost * 0.4), criticalIllnessInsuranceFen: Math.floor(cost * 0.2), medicalAssistanceFen: Math.floor(cost * 0.1), otherGovernmentAidFen: 0 }
      : { basicMedicalInsuranceFen: 0, criticalIllnessInsuranceFen: 0, medicalAssistanceFen: 0, otherGovernmentAidFen: Math.floor(cost * 0.25) };
  const subType = subTypes[k % subTypes.length]!;
  return {
    id: demoId('need', key),
    householdId: household.id!,
    villageCode: household.villageCode,
    programme,
    subType,
    publicSummary: `${programme} need (${subType.toLowerCase().replaceAll('_', ' ')}): estimated ${cost / 100} CNY, after existing cover.`,
    estimatedCostFen: cost,
    ...lines,
    gapFen: needGapFen(cost, Object.values(lines)),
    priority,
    priorityRank: PRIORITY_RANK[priority],
    channel: CHANNELS[k % CHANNELS.length]!,
    status: 'OPEN',
    collectedBy: 'seed-village-worker',
    collectedAt,
  };
}

/** The transition path that leads a demo referral from DRAFT to its planned state. */
function pathTo(status: ReferralStatus): { action: string; to: ReferralStatus; byOrg: boolean; reason?: string }[] {
  const claimed = [
    { action: 'request', to: 'REQUESTED' as const, byOrg: false },
    { action: 'claim', to: 'RECEIVED' as const, byOrg: true },
  ];
  const working = [...claimed, { action: 'accept', to: 'ACCEPTED' as const, byOrg: true }, { action: 'start', to: 'IN_PROGRESS' as const, byOrg: true }];
  switch (status) {
    case 'DRAFT':
      return [];
    case 'REQUESTED':
      return claimed.slice(0, 1);
    case 'RECEIVED':
      return claimed;
    case 'ACCEPTED':
      return working.slice(0, 3);
    case 'IN_PROGRESS':
      return working;
    case 'ON_HOLD':
      return [...working, { action: 'hold', to: 'ON_HOLD', byOrg: true, reason: 'Waiting for hospital records.' }];
    case 'COMPLETED':
      return [...working, { action: 'complete', to: 'COMPLETED', byOrg: true }];
    case 'FAILED':
      return [...working, { action: 'fail', to: 'FAILED', byOrg: true, reason: 'The help could not be delivered.' }];
    case 'REJECTED':
      return [...claimed.slice(0, 1), { action: 'reject', to: 'REJECTED', byOrg: false, reason: 'No member organisation covers this need.' }];
    case 'CANCELLED':
      return [...claimed.slice(0, 1), { action: 'cancel', to: 'CANCELLED', byOrg: false, reason: 'The household moved away.' }];
    case 'ENTERED_IN_ERROR':
      return [{ action: 'enterInError', to: 'ENTERED_IN_ERROR', byOrg: false, reason: 'Recorded for the wrong household.' }];
  }
}

const DAY = 86_400_000;

/** Needs, consents, pre-aid checks, referrals with their transitions and outbox events for the demo plan. */
async function seedReferrals(tx: Queryable, generated: GeneratedHousehold[], now: Date): Promise<void> {
  const plan = demoReferrals();
  const householdOf = (n: number) => generated[n]!;
  const needRows: (typeof needs.$inferInsert)[] = [];
  const consentRows = new Map<number, typeof consents.$inferInsert>();
  const checkRows: (typeof preAidChecks.$inferInsert)[] = [];
  const referralRows: (typeof referrals.$inferInsert)[] = [];
  const transitionRows: (typeof referralTransitions.$inferInsert)[] = [];
  const eventRows: Omit<typeof referralEvents.$inferInsert, 'sequence'>[] = [];

  for (const r of plan) {
    const g = householdOf(r.householdN);
    const head = g.members[0]!;
    const createdAt = new Date(now.getTime() - (90 - r.n) * DAY);
    const need = generateNeed(r.n, r.n, g.household, r.programme, new Date(createdAt.getTime() - DAY));
    need.status = needStatusFor('OPEN', [r]);
    needRows.push(need);
    if (!consentRows.has(r.householdN)) {
      consentRows.set(r.householdN, {
        id: demoId('consent', r.householdN),
        householdId: g.household.id!,
        subjectId: head.id!,
        givenById: head.id!,
        purposes: ['REFERRAL', 'SERVICE_DELIVERY', 'FOLLOW_UP'],
        dataCategories: ['NEED_DETAILS', 'NAME', 'CONTACT', 'HOUSEHOLD_COMPOSITION'],
        allFederationMembers: true,
        recipientOrganizationIds: [],
        method: r.n % 2 === 0 ? 'WRITTEN' : 'ZHELIJIU_APP',
        validFrom: new Date(now.getTime() - 100 * DAY),
        validUntil: new Date(now.getTime() + 365 * DAY),
        recordedBy: 'seed-civil-officer',
        recordedAt: new Date(now.getTime() - 100 * DAY),
      });
    }
    const checkId = r.status === 'DRAFT' || r.status === 'ENTERED_IN_ERROR' ? null : demoId('pre-aid-check', r.n);
    if (checkId) {
      checkRows.push({
        id: checkId,
        householdId: g.household.id!,
        programme: r.programme,
        windowStart: toIsoDate(new Date(createdAt.getTime() - 365 * DAY)),
        windowEnd: toIsoDate(createdAt),
        capFen: DEFAULT_CONFIG.programmeCapsFen[r.programme],
        checkedBy: 'seed-civil-officer',
        checkedAt: createdAt,
      });
    }
    const steps = pathTo(r.status);
    const updatedAt = new Date(createdAt.getTime() + steps.length * 3_600_000);
    referralRows.push({
      id: r.id,
      needId: need.id!,
      householdId: g.household.id!,
      consentId: demoId('consent', r.householdN),
      preAidCheckId: checkId,
      villageCode: g.household.villageCode,
      programme: r.programme,
      status: r.status,
      organizationId: r.organizationId,
      claimedAt: r.organizationId ? new Date(createdAt.getTime() + 2 * 3_600_000) : null,
      // Open claims of the demo lapse one claim timeout after seeding.
      claimExpiresAt: r.status === 'RECEIVED' ? new Date(now.getTime() + DEFAULT_CONFIG.claimTimeoutMs) : null,
      outcome: r.outcome,
      statusReason: steps.at(-1)?.reason ?? null,
      createdBy: 'seed-civil-officer',
      createdAt,
      updatedAt,
    });
    addHistory(r, steps, createdAt, need.id!, g.household.id!, g.household.townCode, transitionRows, eventRows);
  }

  // Open needs beyond the plan: every programme, sub-type, priority and channel.
  let k = 0;
  for (const programme of PROGRAMMES) {
    for (const _subType of NEED_SUB_TYPES[programme]) {
      const n = (k * 37 + 3) % generated.length;
      needRows.push(generateNeed(`open-${k}`, k + 100, generated[n]!.household, programme, new Date(now.getTime() - (k + 1) * DAY)));
      k += 1;
    }
  }

  // A guardian's consent for a child under 14 (PIPL art. 31), on the first demo household with one.
  const withChild = generated.findIndex((g) => g.members.some((m) => m.guardianId));
  if (withChild >= 0) {
    const g = generated[withChild]!;
    const child = g.members.find((m) => m.guardianId)!;
    consentRows.set(-1, {
      id: demoId('consent', `minor-${withChild}`),
      householdId: g.household.id!,
      subjectId: child.id!,
      givenById: child.guardianId!,
      purposes: ['REFERRAL'],
      dataCategories: ['NEED_DETAILS', 'HOUSEHOLD_COMPOSITION'],
      allFederationMembers: false,
      recipientOrganizationIds: [demoId('organization', 0), demoId('organization', 1)],
      method: 'WRITTEN',
      validFrom: new Date(now.getTime() - 10 * DAY),
      validUntil: new Date(now.getTime() + 180 * DAY),
      recordedBy: 'seed-civil-officer',
      recordedAt: new Date(now.getTime() - 10 * DAY),
    });
  }

  await tx.insert(needs).values(needRows);
  await tx.insert(consents).values([...consentRows.values()]);
  await tx.insert(preAidChecks).values(checkRows);
  await tx.insert(referrals).values(referralRows);
  await tx.insert(referralTransitions).values(transitionRows);
  // The outbox in time order, numbered 1..N, and the counter set to N (gap-free from the start).
  eventRows.sort((a, b) => a.occurredAt!.getTime() - b.occurredAt!.getTime() || a.referralId.localeCompare(b.referralId));
  await tx.insert(referralEvents).values(eventRows.map((event, index) => ({ ...event, sequence: index + 1 })));
  await tx.update(outboxCounters).set({ value: eventRows.length }).where(eq(outboxCounters.name, REFERRAL_EVENTS_COUNTER));
}

function addHistory(
  r: DemoReferral,
  steps: ReturnType<typeof pathTo>,
  createdAt: Date,
  needId: string,
  householdId: string,
  townCode: string,
  transitions: (typeof referralTransitions.$inferInsert)[],
  events: Omit<typeof referralEvents.$inferInsert, 'sequence'>[],
): void {
  const officer = { actor: 'seed-civil-officer', actorRole: 'civil_officer', actorOrganizationId: null };
  const all = [{ action: 'create', to: 'DRAFT' as ReferralStatus, byOrg: false, reason: undefined as string | undefined }, ...steps];
  let from: ReferralStatus | null = null;
  all.forEach((step, i) => {
    const at = new Date(createdAt.getTime() + i * 3_600_000);
    const actor = step.byOrg ? { actor: `seed-org-${r.organizationN}`, actorRole: 'charity_org', actorOrganizationId: r.organizationId } : step.action === 'reject' ? { actor: 'seed-federation', actorRole: 'charity_federation', actorOrganizationId: null } : officer;
    const holding = i >= 2 && r.organizationId && step.action !== 'reject' && step.action !== 'cancel' ? r.organizationId : null;
    const outcome = step.to === 'COMPLETED' || step.to === 'FAILED' ? r.outcome : null;
    transitions.push({ id: demoId('referral-transition', `${r.n}-${i}`), referralId: r.id, fromStatus: from, toStatus: step.to, action: step.action, reason: step.reason ?? null, at, ...actor });
    events.push({
      referralId: r.id,
      needId,
      householdId,
      townCode,
      programme: r.programme,
      action: step.action,
      fromStatus: from,
      status: step.to,
      organizationId: holding,
      outcome,
      reason: step.reason ?? null,
      occurredAt: at,
    });
    from = step.to;
  });
}

/** Seeds the demo households, needs, consents and referrals once, into an empty database. */
export async function seedCivilAffairs(db: Database, now = new Date()): Promise<boolean> {
  const [existing] = await db.select({ n: count() }).from(households);
  if ((existing?.n ?? 0) > 0) return false;
  const generated = generateHouseholds(0, DEMO_HOUSEHOLD_COUNT, toIsoDate(now));
  await insertHouseholds(db, generated);
  await db.transaction((tx) => seedReferrals(tx, generated, now));
  return true;
}
