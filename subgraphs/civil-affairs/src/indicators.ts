import { and, eq, gte, lt, ne, sql, type SQL } from 'drizzle-orm';
import { hasRole, type Claims } from '@aid/shared/security/auth.js';
import type { Queryable } from '@aid/shared/database/database.js';
import type { Programme } from '@aid/shared/domain/vocabulary.js';
import { badInput } from '@aid/shared/errors/domain-errors.js';
import { countyName, regionCodeArgument } from '@aid/shared/domain/regions.js';
import { regionCoversSql, regionScope } from '@aid/shared/security/claims.js';
import { CIVIL_STAFF_ROLES } from '@aid/shared/security/roles.js';
import { chinaDayStart } from '@aid/shared/domain/calendar.js';
import { addDays } from './dates.js';
import { needs, referrals, referralTransitions } from './db/schema.js';
import { requireDay } from '@aid/shared/domain/input.js';

/**
 * Referral indicators for performance evaluation (绩效评价, step 9 of the closed loop). Definitions are in the
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

/** Roles that read indicators of every county; civil-affairs staff read only their own region. */
const CITYWIDE_ROLES = ['analyst', 'charity_federation', 'provincial_system'] as const;

/**
 * Row level: the region prefix the caller's indicators are confined to ('' = the whole city), or null when
 * the caller may read none (another role, or a county outside the caller's region: it looks empty).
 */
function indicatorRegion(claims: Claims, countyCode: string | null): string | null {
  const region = regionScope(claims, CIVIL_STAFF_ROLES);
  if (region !== null) {
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
    region.length > 6 ? regionCoversSql(region, referrals.villageCode) : undefined,
    from ? gte(referrals.createdAt, chinaDayStart(from)) : undefined,
    to ? lt(referrals.createdAt, chinaDayStart(addDays(to, 1))) : undefined,
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
      helped: int(sql`count(*) filter (where ${cohort.status} = 'COMPLETED' and ${cohort.outcome} in ('GOT_HELP', 'PARTLY_HELPED'))`),
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

/** The sub-counts of a group: each a subset of `created`. `helped` (not returned) is the cells of `gapCoveredFen`. */
const SUB_COUNTS = ['requested', 'claimed', 'completed', 'failed', 'cancelled', 'helped'] as const;
type SubCount = (typeof SUB_COUNTS)[number];

/** A group as counted, before anything is hidden: its referrals and each sub-count. */
type CountedGroup = Record<'created' | SubCount, number>;

/**
 * A count of `part` referrals out of `whole` discloses no small group when both the part and the rest are
 * 0 or at least `minimum`: "1 of 8 failed" or "7 of 8 were claimed" both single one referral out.
 */
function safeShare(part: number, whole: number, minimum: number): boolean {
  const rest = whole - part;
  return (part === 0 || part >= minimum) && (rest === 0 || rest >= minimum);
}

/**
 * Which sub-counts each shown group hides. Inside a group, a sub-count whose part or rest is under the
 * threshold is hidden. Across a grouping (whose total is known from the other grouping), the hidden cells of
 * one sub-count, suppressed groups included, must add up to a safe share of their referrals: while they do
 * not, or while a single cell is hidden, the smallest group still showing it hides it too. If even the
 * whole cohort's total is not a safe share, the sub-count is hidden everywhere.
 */
export function hiddenSubCounts<T extends CountedGroup>(
  groupings: readonly (readonly T[])[],
  suppressedGroups: ReadonlySet<T>,
  minimum: number,
): Map<T, Set<SubCount>> {
  const hidden = new Map<T, Set<SubCount>>();
  const all = groupings.flat();
  for (const group of all) {
    hidden.set(group, new Set(suppressedGroups.has(group) ? SUB_COUNTS : SUB_COUNTS.filter((f) => !safeShare(group[f], group.created, minimum))));
  }
  for (const field of SUB_COUNTS) {
    for (const groups of groupings) {
      for (;;) {
        const hiding = groups.filter((g) => hidden.get(g)!.has(field));
        if (hiding.length === 0) break;
        const part = hiding.reduce((sum, g) => sum + g[field], 0);
        const whole = hiding.reduce((sum, g) => sum + g.created, 0);
        if (hiding.length > 1 && safeShare(part, whole, minimum)) break;
        const next = groups.filter((g) => !hidden.get(g)!.has(field)).sort((a, b) => a.created - b.created)[0];
        if (!next) break;
        hidden.get(next)!.add(field);
      }
    }
    const cohort = groupings[0] ?? [];
    const total = cohort.reduce((sum, g) => sum + g[field], 0);
    const created = cohort.reduce((sum, g) => sum + g.created, 0);
    if (!safeShare(total, created, minimum)) for (const group of all) hidden.get(group)!.add(field);
  }
  return hidden;
}

/** Whole fen amounts of gap covered are shown to the nearest 10,000 CNY, so two periods never differ by one need's gap. */
export const GAP_ROUNDING_FEN = 1_000_000;

function present(
  figures: IndicatorFigures & { helped: number },
  key: { programme: Programme | null; countyCode: string | null },
  suppressed: boolean,
  hidden: ReadonlySet<SubCount>,
  minimum: number,
): IndicatorRow {
  const base = { ...key, countyName: key.countyCode ? (countyName(key.countyCode) ?? null) : null, suppressed };
  if (suppressed) {
    return { ...base, created: null, requested: null, claimed: null, completed: null, failed: null, cancelled: null, completionRate: null, medianHoursToClaim: null, p90HoursToClaim: null, gapCoveredFen: null };
  }
  const show = (field: SubCount) => (hidden.has(field) ? null : figures[field]);
  // Claim times describe the claimed referrals: shown only when at least `minimum` of them.
  const claimTimes = !hidden.has('claimed') && figures.claimed >= minimum;
  return {
    ...base,
    created: figures.created,
    requested: show('requested'),
    claimed: show('claimed'),
    completed: show('completed'),
    failed: show('failed'),
    cancelled: show('cancelled'),
    completionRate: hidden.has('completed') || hidden.has('requested') ? null : figures.completionRate,
    medianHoursToClaim: claimTimes ? figures.medianHoursToClaim : null,
    p90HoursToClaim: claimTimes ? figures.p90HoursToClaim : null,
    // A sum over fewer than `minimum` needs is a need's gap: shown only over enough helped referrals.
    gapCoveredFen:
      hidden.has('helped') || figures.helped < minimum ? null : Math.round(figures.gapCoveredFen / GAP_ROUNDING_FEN) * GAP_ROUNDING_FEN,
  };
}

/** 2020-03-17 -> 2020-03-01. */
export function firstDayOfMonth(isoDate: string): string {
  return `${isoDate.slice(0, 7)}-01`;
}

/** 2020-02-17 -> 2020-02-29. */
export function lastDayOfMonth(isoDate: string): string {
  const [y, m] = isoDate.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

const round = (value: number | null, digits: number) => (value === null ? null : Number(value.toFixed(digits)));

/** Reads the indicators for a caller: validates the arguments, applies row level, aggregates, suppresses. */
export async function referralIndicators(
  db: Queryable,
  claims: Claims,
  args: { from?: string | null; to?: string | null; countyCode?: string | null },
  minimum: number,
): Promise<ReferralIndicators> {
  const askedFrom = args.from ? requireDay(args.from, 'from') : null;
  const askedTo = args.to ? requireDay(args.to, 'to') : null;
  if (askedFrom && askedTo && askedFrom > askedTo) throw badInput('from must be on or before to.', 'from');
  // Periods are whole calendar months: two periods that differ by a day are the same period.
  const from = askedFrom ? firstDayOfMonth(askedFrom) : null;
  const to = askedTo ? lastDayOfMonth(askedTo) : null;
  const countyCode = args.countyCode ?? null;
  regionCodeArgument(countyCode, 'countyCode', ['county']);
  const result: ReferralIndicators = { from, to, countyCode, minimumGroupSize: minimum, byProgramme: [], byCounty: [] };
  const region = indicatorRegion(claims, countyCode);
  if (region === null) return result;

  const rows = (await aggregate(db, region, from, to)).map((row) => ({
    ...row,
    completionRate: row.requested > 0 ? round(row.completed / row.requested, 4) : null,
    medianHoursToClaim: round(row.medianHoursToClaim, 2),
    p90HoursToClaim: round(row.p90HoursToClaim, 2),
  }));
  const figures = ({ programme: _p, county: _c, byProgramme: _b, ...rest }: (typeof rows)[number]) => rest;
  const byProgramme = rows.filter((r) => r.byProgramme === 1).sort((a, b) => a.programme!.localeCompare(b.programme!));
  const byCounty = rows.filter((r) => r.byProgramme === 0).sort((a, b) => a.county!.localeCompare(b.county!));
  const suppressed = new Set([...suppressSmallGroups(byProgramme, minimum), ...suppressSmallGroups(byCounty, minimum)]);
  const hidden = hiddenSubCounts([byProgramme, byCounty], suppressed, minimum);
  const row = (r: (typeof rows)[number], key: { programme: Programme | null; countyCode: string | null }) =>
    present(figures(r), key, suppressed.has(r), hidden.get(r)!, minimum);
  result.byProgramme = byProgramme.map((r) => row(r, { programme: r.programme, countyCode: null }));
  result.byCounty = byCounty.map((r) => row(r, { programme: null, countyCode: r.county }));
  return result;
}
