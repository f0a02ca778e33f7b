/**
 * Work lists (主动发现, 应救尽救): what in a region needs someone's action now, so that no household that
 * should be helped is left waiting. Each list is one statement confined to the caller's region (or the
 * narrower region asked for), by the same rule as every other list (`listableRegion`); callers outside civil
 * affairs get empty lists. The organisation's own referrals are the charity side's work list.
 */
import { and, asc, count, eq, exists, gte, inArray, isNull, like, lte, notExists, or, sql } from 'drizzle-orm';
import { badInput } from '@aid/shared/errors/domain-errors.js';
import { pageSize } from '@aid/shared/database/pagination.js';
import { ReferralStates, type ReferralStatus } from '@aid/shared/domain/vocabulary.js';
import { todayInChina } from '@aid/shared/domain/calendar.js';
import { actingOrganization } from '@aid/shared/security/claims.js';
import { listableRegion } from './access.js';
import type { CivilAffairsContext } from './context.js';
import { addDays } from './dates.js';
import { aidRecords, householdCategories, households, needs, referrals, referralTransitions, type AidRecordRow, type NeedRow, type ReferralRow } from './db/schema.js';

/** The parent of the work-list fields: the region prefix they are confined to, or null for nothing. */
export interface WorkListScope {
  region: string | null;
}

/** A referral of the lapsed-claims list, with how many of its claims lapsed. */
export type LapsedReferralRow = ReferralRow & { lapses: number };

/** Whole days from 1 to 365 (a work-list threshold). */
function days(value: number | null | undefined, fallback: number, field: string): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > 365) throw badInput(`${field} must be a whole number of days from 1 to 365.`, field);
  return n;
}

export function workListScope(context: CivilAffairsContext, regionCode: string | null | undefined): WorkListScope {
  return { region: listableRegion(context.claims, regionCode) };
}

/**
 * Open needs of households registered in an aid category still in force, with no open referral: the
 * households that qualify and wait for nobody. Most urgent first (the needs order).
 */
export async function unreferredNeeds(context: CivilAffairsContext, scope: WorkListScope, first?: number | null): Promise<NeedRow[]> {
  const size = pageSize(first);
  if (scope.region === null) return [];
  const today = todayInChina();
  const rows = await context.db
    .select()
    .from(needs)
    .where(
      and(
        like(needs.villageCode, `${scope.region}%`),
        eq(needs.status, 'OPEN'),
        sql`${needs.gapFen} > 0`,
        exists(
          context.db
            .select({ one: sql`1` })
            .from(householdCategories)
            .where(and(eq(householdCategories.householdId, needs.householdId), lte(householdCategories.since, today), or(isNull(householdCategories.until), gte(householdCategories.until, today)))),
        ),
        notExists(
          context.db
            .select({ one: sql`1` })
            .from(referrals)
            .where(and(eq(referrals.needId, needs.id), inArray(referrals.status, [...ReferralStates.open]))),
        ),
      ),
    )
    .orderBy(needs.priorityRank, needs.collectedAt, needs.id)
    .limit(size);
  for (const row of rows) context.loaders.needById.prime(row.id, row);
  return rows;
}

/** Referrals waiting in the pool for more than `olderThanDays` with no organisation claiming them, oldest first. */
export async function unclaimedReferrals(
  context: CivilAffairsContext,
  scope: WorkListScope,
  args: { olderThanDays?: number | null; first?: number | null },
  now = new Date(),
): Promise<ReferralRow[]> {
  const size = pageSize(args.first);
  const threshold = days(args.olderThanDays, 7, 'olderThanDays');
  if (scope.region === null) return [];
  // updatedAt is when the referral entered REQUESTED: every transition sets it, and none leaves it there.
  const rows = await context.db
    .select()
    .from(referrals)
    .where(and(eq(referrals.status, 'REQUESTED'), lte(referrals.updatedAt, new Date(now.getTime() - threshold * 86_400_000)), like(referrals.villageCode, `${scope.region}%`)))
    .orderBy(asc(referrals.updatedAt), asc(referrals.id))
    .limit(size);
  for (const row of rows) context.loaders.referralById.prime(row.id, row);
  return rows;
}

/** Open referrals whose claim lapsed unaccepted at least `minLapses` times (returned to the pool by the clock). */
export async function repeatedlyLapsedReferrals(
  context: CivilAffairsContext,
  scope: WorkListScope,
  args: { minLapses?: number | null; first?: number | null },
): Promise<LapsedReferralRow[]> {
  const size = pageSize(args.first);
  const minLapses = args.minLapses ?? 2;
  if (!Number.isInteger(minLapses) || minLapses < 1 || minLapses > 100) throw badInput('minLapses must be from 1 to 100.', 'minLapses');
  if (scope.region === null) return [];
  const lapses = count(referralTransitions.id);
  const rows = await context.db
    .select({ referral: referrals, lapses })
    .from(referrals)
    .innerJoin(referralTransitions, and(eq(referralTransitions.referralId, referrals.id), eq(referralTransitions.action, 'expire')))
    .where(and(inArray(referrals.status, [...ReferralStates.open]), like(referrals.villageCode, `${scope.region}%`)))
    .groupBy(referrals.id)
    .having(gte(lapses, minLapses))
    .orderBy(sql`${lapses} desc`, asc(referrals.id))
    .limit(size);
  return rows.map(({ referral, lapses: n }) => {
    context.loaders.referralById.prime(referral.id, referral);
    return { ...referral, lapses: n };
  });
}

/** Government aid being paid whose period ends within `withinDays` from today: renew, review or follow up. */
export async function aidEndingSoon(
  context: CivilAffairsContext,
  scope: WorkListScope,
  args: { withinDays?: number | null; first?: number | null },
  now = new Date(),
): Promise<AidRecordRow[]> {
  const size = pageSize(args.first);
  const within = days(args.withinDays, 30, 'withinDays');
  if (scope.region === null) return [];
  const today = todayInChina(now);
  return context.db
    .select({ aid: aidRecords })
    .from(aidRecords)
    .innerJoin(households, eq(households.id, aidRecords.householdId))
    .where(
      and(
        eq(aidRecords.status, 'ACTIVE'),
        gte(aidRecords.periodEnd, today),
        lte(aidRecords.periodEnd, addDays(today, within)),
        like(households.villageCode, `${scope.region}%`),
      ),
    )
    .orderBy(asc(aidRecords.periodEnd), asc(aidRecords.id))
    .limit(size)
    .then((rows) => rows.map((row) => row.aid));
}

/** The referrals the caller's organisation holds, in one state or all, most recently changed first. */
export async function organizationReferrals(
  context: CivilAffairsContext,
  args: { status?: ReferralStatus | null; first?: number | null },
): Promise<ReferralRow[]> {
  const size = pageSize(args.first);
  const org = actingOrganization(context.claims);
  if (!org) return [];
  const rows = await context.db
    .select()
    .from(referrals)
    .where(and(eq(referrals.organizationId, org), args.status ? eq(referrals.status, args.status) : undefined))
    .orderBy(sql`${referrals.updatedAt} desc`, asc(referrals.id))
    .limit(size);
  for (const row of rows) context.loaders.referralById.prime(row.id, row);
  return rows;
}
