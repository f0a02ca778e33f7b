import { and, eq, exists, gte, lt, ne, sql, type SQL } from 'drizzle-orm';
import { hasRole, type Claims } from '@aid/shared/security/auth.js';
import type { Queryable } from '@aid/shared/database/database.js';
import type { Programme } from '@aid/shared/domain/vocabulary.js';
import { countyName, regionCodeArgument } from '@aid/shared/domain/regions.js';
import { regionCoversSql, regionScope } from '@aid/shared/security/claims.js';
import { CIVIL_STAFF_ROLES } from '@aid/shared/security/roles.js';
import { chinaDayStart } from '@aid/shared/domain/calendar.js';
import { addDays } from './dates.js';
import { needs, referrals, referralTransitions, type NeedRow } from './db/schema.js';
import {
  hiddenSubCounts as hiddenParts,
  MONEY_ROUNDING_FEN,
  roundMoneyFen,
  suppressSmallGroups as suppressGroups,
  wholeMonthPeriod,
} from '@aid/shared/domain/small-cells.js';

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
  accepted: number;
  rejected: number;
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

/** Needs recorded in the period through one intake channel (主动发现 by visit, application, hotline ...). */
export interface NeedChannelRow {
  channel: NeedRow['channel'];
  suppressed: boolean;
  recorded: number | null;
  referred: number | null;
  met: number | null;
}

/** The sub-counts of a channel's needs: referred at least once, met. */
const NEED_PARTS = ['referred', 'met'] as const;

/**
 * Needs collected in the period in the region, by intake channel: recorded, referred (a referral of it was ever
 * requested) and met (status MET). One statement; the same small-cell rule as the referral groups, over
 * needs recorded.
 */
export async function needsByChannel(
  db: Queryable,
  claims: Claims,
  period: Pick<ReferralIndicators, 'from' | 'to' | 'countyCode' | 'minimumGroupSize'>,
): Promise<NeedChannelRow[]> {
  // The period and county come as `referralIndicators` applied them; the region is the caller's, as there.
  const { from, to, minimumGroupSize: minimum } = period;
  const region = indicatorRegion(claims, period.countyCode);
  if (region === null) return [];
  const int = (expression: SQL) => sql<number>`(${expression})::int`.mapWith(Number);
  const requested = exists(
    db
      .select({ one: sql`1` })
      .from(referralTransitions)
      .innerJoin(referrals, eq(referrals.id, referralTransitions.referralId))
      .where(and(eq(referrals.needId, needs.id), eq(referralTransitions.action, 'request'))),
  );
  const rows = await db
    .select({
      channel: needs.channel,
      recorded: int(sql`count(*)`),
      referred: int(sql`count(*) filter (where ${requested})`),
      met: int(sql`count(*) filter (where ${needs.status} = 'MET')`),
    })
    .from(needs)
    .where(
      and(
        region.length >= 6 ? regionCoversSql(region, needs.villageCode) : undefined,
        from ? gte(needs.collectedAt, chinaDayStart(from)) : undefined,
        to ? lt(needs.collectedAt, chinaDayStart(addDays(to, 1))) : undefined,
      ),
    )
    .groupBy(needs.channel)
    .orderBy(needs.channel);
  const suppressed = suppressGroups(rows, minimum, (r) => r.recorded);
  const hidden = hiddenParts([rows], suppressed, minimum, NEED_PARTS, (r) => r.recorded, (r, part) => r[part]);
  return rows.map((r) => {
    if (suppressed.has(r)) return { channel: r.channel, suppressed: true, recorded: null, referred: null, met: null };
    const show = (part: (typeof NEED_PARTS)[number]) => (hidden.get(r)!.has(part) ? null : r[part]);
    return { channel: r.channel, suppressed: false, recorded: r.recorded, referred: show('referred'), met: show('met') };
  });
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
      acceptedAt: firstAt('accept').as('accepted_at'),
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
      accepted: int(sql`count(${cohort.acceptedAt})`),
      rejected: int(sql`count(*) filter (where ${cohort.status} = 'REJECTED')`),
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

/** Small-count suppression of one grouping, by referrals created (the shared rule, `@aid/shared/domain/small-cells.js`). */
export function suppressSmallGroups<T extends { created: number }>(groups: readonly T[], minimum: number): Set<T> {
  return suppressGroups(groups, minimum, (g) => g.created);
}

/** The sub-counts of a group: each a subset of `created`. `helped` (not returned) is the cells of `gapCoveredFen`. */
const SUB_COUNTS = ['requested', 'claimed', 'accepted', 'rejected', 'completed', 'failed', 'cancelled', 'helped'] as const;
type SubCount = (typeof SUB_COUNTS)[number];

/** A group as counted, before anything is hidden: its referrals and each sub-count. */
type CountedGroup = Record<'created' | SubCount, number>;

/** Which sub-counts each shown group hides (the shared rule, over referrals created). */
export function hiddenSubCounts<T extends CountedGroup>(
  groupings: readonly (readonly T[])[],
  suppressedGroups: ReadonlySet<T>,
  minimum: number,
): Map<T, Set<SubCount>> {
  return hiddenParts(groupings, suppressedGroups, minimum, SUB_COUNTS, (g) => g.created, (g, part) => g[part]);
}

/** Whole fen amounts of gap covered are shown to the nearest 10,000 CNY, so two periods never differ by one need's gap. */
export const GAP_ROUNDING_FEN = MONEY_ROUNDING_FEN;

function present(
  figures: IndicatorFigures & { helped: number },
  key: { programme: Programme | null; countyCode: string | null },
  suppressed: boolean,
  hidden: ReadonlySet<SubCount>,
  minimum: number,
): IndicatorRow {
  const base = { ...key, countyName: key.countyCode ? (countyName(key.countyCode) ?? null) : null, suppressed };
  if (suppressed) {
    return { ...base, created: null, requested: null, claimed: null, accepted: null, rejected: null, completed: null, failed: null, cancelled: null, completionRate: null, medianHoursToClaim: null, p90HoursToClaim: null, gapCoveredFen: null };
  }
  const show = (field: SubCount) => (hidden.has(field) ? null : figures[field]);
  // Claim times describe the claimed referrals: shown only when at least `minimum` of them.
  const claimTimes = !hidden.has('claimed') && figures.claimed >= minimum;
  return {
    ...base,
    created: figures.created,
    requested: show('requested'),
    claimed: show('claimed'),
    accepted: show('accepted'),
    rejected: show('rejected'),
    completed: show('completed'),
    failed: show('failed'),
    cancelled: show('cancelled'),
    completionRate: hidden.has('completed') || hidden.has('requested') ? null : figures.completionRate,
    medianHoursToClaim: claimTimes ? figures.medianHoursToClaim : null,
    p90HoursToClaim: claimTimes ? figures.p90HoursToClaim : null,
    // A sum over fewer than `minimum` needs is a need's gap: shown only over enough helped referrals.
    gapCoveredFen:
      hidden.has('helped') || figures.helped < minimum ? null : roundMoneyFen(figures.gapCoveredFen),
  };
}

const round = (value: number | null, digits: number) => (value === null ? null : Number(value.toFixed(digits)));

/** Reads the indicators for a caller: validates the arguments, applies row level, aggregates, suppresses. */
export async function referralIndicators(
  db: Queryable,
  claims: Claims,
  args: { from?: string | null; to?: string | null; countyCode?: string | null },
  minimum: number,
): Promise<ReferralIndicators> {
  // Periods are whole calendar months: two periods that differ by a day are the same period.
  const { from, to } = wholeMonthPeriod(args);
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
