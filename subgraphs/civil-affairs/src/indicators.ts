import { and, eq, gte, like, lt, ne, sql, type SQL } from 'drizzle-orm';
import { hasRole, type Claims } from '@aid/shared/auth.js';
import type { Queryable } from '@aid/shared/database.js';
import type { Programme } from '@aid/shared/domain.js';
import { badInput } from '@aid/shared/errors.js';
import { countyName } from '@aid/shared/regions.js';
import { isCivilStaff } from './access.js';
import { addDays, requireIsoDate } from './dates.js';
import { needs, referrals, referralTransitions } from './db/schema.js';

/**
 * Referral indicators for performance evaluation (绩效评价, DESIGN section 3 step 9). Definitions are in the
 * SDL (`ReferralIndicatorRow`) and docs/civil-affairs.md ("Indicators"); this module computes them in one
 * aggregate statement and applies small-count suppression.
 */

/** The figures of one group, before suppression. */
export interface IndicatorFigures {
  created: number;
  requested: number;
  claimed: number;
  completed: number;
  failed: number;
  cancelled: number;
  completionRate: number | null;
  medianHoursToClaim: number | null;
  p90HoursToClaim: number | null;
  gapCoveredFen: number;
}

export interface IndicatorRow extends Partial<Record<keyof IndicatorFigures, number | null>> {
  programme: Programme | null;
  countyCode: string | null;
  countyName: string | null;
  suppressed: boolean;
}

export interface ReferralIndicators {
  from: string | null;
  to: string | null;
  countyCode: string | null;
  minimumGroupSize: number;
  byProgramme: IndicatorRow[];
  byCounty: IndicatorRow[];
}

const COUNTY_CODE = /^\d{6}$/;

/** Roles that read indicators of every county; civil-affairs staff read only their own region. */
const CITYWIDE_ROLES = ['analyst', 'charity_federation', 'provincial_system'] as const;

/**
 * Row level: the region prefix the caller's indicators are confined to ('' = the whole city), or null when
 * the caller may read none (another role, or a county outside the caller's region: it looks empty).
 */
function indicatorRegion(claims: Claims, countyCode: string | null): string | null {
  if (isCivilStaff(claims)) {
    const region = claims.region!;
    if (!countyCode) return region;
    if (region.startsWith(countyCode)) return region;
    return null;
  }
  if (hasRole(claims, ...CITYWIDE_ROLES)) return countyCode ?? '';
  return null;
}

const hours = (from: SQL, to: SQL) => sql`(extract(epoch from (${to} - ${from})) / 3600.0)::float8`;

/** The one aggregate statement: both groupings (programme; county) through GROUPING SETS. */
async function aggregate(db: Queryable, region: string, from: string | null, to: string | null) {
  const firstAt = (action: string) =>
    sql`(select min(${referralTransitions.at}) from ${referralTransitions} where ${referralTransitions.referralId} = ${referrals.id} and ${referralTransitions.action} = ${action})`;
  const county = sql<string>`left(${referrals.villageCode}, 6)`;
  const conditions: (SQL | undefined)[] = [
    // A referral entered in error never happened (FHIR entered-in-error): it counts nowhere.
    ne(referrals.status, 'ENTERED_IN_ERROR'),
    region.length >= 6 ? eq(county, region.slice(0, 6)) : undefined,
    region.length > 6 ? like(referrals.villageCode, `${region}%`) : undefined,
    from ? gte(referrals.createdAt, new Date(`${from}T00:00:00+08:00`)) : undefined,
    to ? lt(referrals.createdAt, new Date(`${addDays(to, 1)}T00:00:00+08:00`)) : undefined,
  ];
  const cohort = db
    .select({
      programme: referrals.programme,
      county: county.as('county'),
      status: referrals.status,
      outcome: referrals.outcome,
      gapFen: needs.gapFen,
      requestedAt: firstAt('request').as('requested_at'),
      claimedAt: firstAt('claim').as('claimed_at'),
    })
    .from(referrals)
    .innerJoin(needs, eq(needs.id, referrals.needId))
    .where(and(...conditions))
    .as('cohort');
  const toClaim = hours(sql`${cohort.requestedAt}`, sql`${cohort.claimedAt}`);
  const int = (expression: SQL) => sql<number>`(${expression})::int`.mapWith(Number);
  const float = (expression: SQL) => sql<number | null>`(${expression})::float8`.mapWith(Number);
  return db
    .select({
      programme: cohort.programme,
      county: cohort.county,
      byProgramme: int(sql`grouping(${cohort.county})`),
      created: int(sql`count(*)`),
      requested: int(sql`count(${cohort.requestedAt})`),
      claimed: int(sql`count(${cohort.claimedAt})`),
      completed: int(sql`count(*) filter (where ${cohort.status} = 'COMPLETED')`),
      failed: int(sql`count(*) filter (where ${cohort.status} = 'FAILED')`),
      cancelled: int(sql`count(*) filter (where ${cohort.status} = 'CANCELLED')`),
      medianHoursToClaim: float(sql`percentile_cont(0.5) within group (order by ${toClaim}) filter (where ${cohort.claimedAt} is not null)`),
      p90HoursToClaim: float(sql`percentile_cont(0.9) within group (order by ${toClaim}) filter (where ${cohort.claimedAt} is not null)`),
      gapCoveredFen: sql<number>`coalesce(sum(${cohort.gapFen}) filter (where ${cohort.status} = 'COMPLETED' and ${cohort.outcome} in ('GOT_HELP', 'PARTLY_HELPED')), 0)::bigint`.mapWith(Number),
    })
    .from(cohort)
    .groupBy(sql`grouping sets ((${cohort.programme}), (${cohort.county}))`);
}

/**
 * Small-count suppression of one grouping: every group under `minimum` referrals is suppressed (primary);
 * if that leaves exactly one suppressed group beside unsuppressed ones, the smallest unsuppressed group is
 * suppressed too (complementary), so no suppressed figure equals "the total minus the others" (the total
 * is known from the other grouping, which partitions the same referrals).
 */
export function suppressSmallGroups<T extends { created: number }>(groups: readonly T[], minimum: number): Set<T> {
  const suppressed = new Set(groups.filter((g) => g.created < minimum));
  if (suppressed.size === 1) {
    const smallest = groups.filter((g) => !suppressed.has(g)).sort((a, b) => a.created - b.created)[0];
    if (smallest) suppressed.add(smallest);
  }
  return suppressed;
}

function present(
  figures: IndicatorFigures,
  key: { programme: Programme | null; countyCode: string | null },
  suppressed: boolean,
): IndicatorRow {
  const base = { ...key, countyName: key.countyCode ? (countyName(key.countyCode) ?? null) : null, suppressed };
  if (suppressed) {
    return { ...base, created: null, requested: null, claimed: null, completed: null, failed: null, cancelled: null, completionRate: null, medianHoursToClaim: null, p90HoursToClaim: null, gapCoveredFen: null };
  }
  return { ...base, ...figures };
}

const round = (value: number | null, digits: number) => (value === null ? null : Number(value.toFixed(digits)));

/** Reads the indicators for a caller: validates the arguments, applies row level, aggregates, suppresses. */
export async function referralIndicators(
  db: Queryable,
  claims: Claims,
  args: { from?: string | null; to?: string | null; countyCode?: string | null },
  minimum: number,
): Promise<ReferralIndicators> {
  const from = args.from ? requireIsoDate(args.from, 'from') : null;
  const to = args.to ? requireIsoDate(args.to, 'to') : null;
  if (from && to && from > to) throw badInput('from must be on or before to.', 'from');
  const countyCode = args.countyCode ?? null;
  if (countyCode !== null && !COUNTY_CODE.test(countyCode)) throw badInput('countyCode must be a 6-digit county code.', 'countyCode');
  const result: ReferralIndicators = { from, to, countyCode, minimumGroupSize: minimum, byProgramme: [], byCounty: [] };
  const region = indicatorRegion(claims, countyCode);
  if (region === null) return result;

  const rows = (await aggregate(db, region, from, to)).map((row) => ({
    ...row,
    completionRate: row.requested > 0 ? round(row.completed / row.requested, 4) : null,
    medianHoursToClaim: round(row.medianHoursToClaim, 2),
    p90HoursToClaim: round(row.p90HoursToClaim, 2),
  }));
  const figures = ({ programme: _p, county: _c, byProgramme: _b, ...rest }: (typeof rows)[number]): IndicatorFigures => rest;
  const byProgramme = rows.filter((r) => r.byProgramme === 1).sort((a, b) => a.programme!.localeCompare(b.programme!));
  const byCounty = rows.filter((r) => r.byProgramme === 0).sort((a, b) => a.county!.localeCompare(b.county!));
  const hiddenProgrammes = suppressSmallGroups(byProgramme, minimum);
  const hiddenCounties = suppressSmallGroups(byCounty, minimum);
  result.byProgramme = byProgramme.map((r) => present(figures(r), { programme: r.programme, countyCode: null }, hiddenProgrammes.has(r)));
  result.byCounty = byCounty.map((r) => present(figures(r), { programme: null, countyCode: r.county }, hiddenCounties.has(r)));
  return result;
}
