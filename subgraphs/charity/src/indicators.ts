import { and, eq, gte, inArray, like, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Claims } from '@aid/shared/security/auth.js';
import type { Queryable } from '@aid/shared/database/database.js';
import { chinaDayStart } from '@aid/shared/domain/calendar.js';
import { countyName, regionCodeArgument } from '@aid/shared/domain/regions.js';
import { hiddenSubCounts, roundMoneyFen, suppressSmallGroups, wholeMonthPeriod } from '@aid/shared/domain/small-cells.js';
import { operationIndicatorScope, publicStatuses } from './access.js';
import { disbursements, donations, projects } from './db/schema.js';

/**
 * Project operation indicators (项目运作, part of the performance evaluation 绩效评价): money raised against money
 * paid out per project, organisation and county, from charity's own donations and disbursements. The three
 * groupings partition the same published and closed projects. Recipients are counted as distinct households; the
 * small-cell rule is the shared one (`@aid/shared/domain/small-cells.js`), applied over households.
 */

/** Which grouping a row belongs to. */
type Level = 'project' | 'organization' | 'county';

/** One group as counted, before anything is hidden. */
interface OperationGroup {
  level: Level;
  key: string;
  /** For project rows: the project's organisation and county (the parents that partition it). */
  organizationId: string | null;
  countyCode: string | null;
  raisedFen: number;
  households: number;
  disbursementCount: number;
  disbursedFen: number;
  repeatHouseholds: number;
}

export interface OperationRow {
  projectId: string | null;
  organizationId: string | null;
  countyCode: string | null;
  countyName: string | null;
  raisedFen: number;
  suppressed: boolean;
  households: number | null;
  disbursementCount: number | null;
  repeatHouseholds: number | null;
  disbursedFen: number | null;
  disbursementRate: number | null;
}

export interface ProjectOperationIndicators {
  from: string | null;
  to: string | null;
  countyCode: string | null;
  minimumGroupSize: number;
  byProject: OperationRow[];
  byOrganization: OperationRow[];
  byCounty: OperationRow[];
}

/** grouping(project, organisation, county) of each grouping set: the bits of the columns not grouped by. */
const LEVEL_OF_GROUPING: Record<number, Level> = { 0: 'project', 5: 'organization', 6: 'county' };

/** The two aggregate statements: payments per household in each grouping, then donations in each grouping. */
async function aggregate(db: Queryable, region: string, from: string | null, to: string | null) {
  const county = sql<string>`left(${projects.regionCode}, 6)`;
  const projectConditions: SQL[] = [inArray(projects.status, publicStatuses())];
  if (region !== '') projectConditions.push(like(projects.regionCode, `${region}%`));
  const sets = (extra: SQL) =>
    sql`grouping sets ((${projects.id}, ${projects.organizationId}, ${county}${extra}), (${projects.organizationId}${extra}), (${county}${extra}))`;
  const grouping = sql<number>`grouping(${projects.id}, ${projects.organizationId}, ${county})`.mapWith(Number);

  const paid = [...projectConditions];
  if (from) paid.push(gte(disbursements.disbursedOn, from));
  if (to) paid.push(lte(disbursements.disbursedOn, to));
  const perHousehold = db
    .select({
      level: grouping.as('level'),
      projectId: sql<string | null>`${projects.id}`.as('project_id'),
      organizationId: sql<string | null>`${projects.organizationId}`.as('organization_id'),
      county: county.as('county'),
      payments: sql<number>`count(*)`.as('payments'),
      fen: sql<string>`sum(${disbursements.amountFen})`.as('fen'),
    })
    .from(disbursements)
    .innerJoin(projects, eq(projects.id, disbursements.projectId))
    .where(and(...paid))
    .groupBy(sets(sql`, ${disbursements.householdId}`))
    .as('per_household');
  const recipients = await db
    .select({
      level: perHousehold.level,
      projectId: perHousehold.projectId,
      organizationId: perHousehold.organizationId,
      county: perHousehold.county,
      households: sql<number>`count(*)::int`.mapWith(Number),
      disbursementCount: sql<number>`sum(${perHousehold.payments})::int`.mapWith(Number),
      disbursedFen: sql<string>`sum(${perHousehold.fen})`,
      repeatHouseholds: sql<number>`(count(*) filter (where ${perHousehold.payments} > 1))::int`.mapWith(Number),
    })
    .from(perHousehold)
    .groupBy(perHousehold.level, perHousehold.projectId, perHousehold.organizationId, perHousehold.county);

  const given = [...projectConditions];
  if (from) given.push(gte(donations.donatedAt, chinaDayStart(from)));
  // China keeps no daylight saving: the day after `to` starts 24 hours after it.
  if (to) given.push(lt(donations.donatedAt, new Date(chinaDayStart(to).getTime() + 86_400_000)));
  const raised = await db
    .select({
      level: grouping,
      projectId: sql<string | null>`${projects.id}`,
      organizationId: sql<string | null>`${projects.organizationId}`,
      county,
      raisedFen: sql<string>`sum(${donations.amountFen})`,
    })
    .from(donations)
    .innerJoin(projects, eq(projects.id, donations.projectId))
    .where(and(...given))
    .groupBy(sets(sql``));
  return { recipients, raised };
}

/** The key of a row in its grouping. */
function keyOf(level: Level, row: { projectId: string | null; organizationId: string | null; county: string | null }): string {
  return (level === 'project' ? row.projectId : level === 'organization' ? row.organizationId : row.county)!;
}

/** Merges the two statements into groups per grouping, keyed by project, organisation or county. */
function groupsOf(rows: Awaited<ReturnType<typeof aggregate>>): Map<Level, Map<string, OperationGroup>> {
  const levels = new Map<Level, Map<string, OperationGroup>>([
    ['project', new Map()],
    ['organization', new Map()],
    ['county', new Map()],
  ]);
  const groupFor = (levelCode: number, row: { projectId: string | null; organizationId: string | null; county: string | null }) => {
    const level = LEVEL_OF_GROUPING[levelCode]!;
    const key = keyOf(level, row);
    const groups = levels.get(level)!;
    let group = groups.get(key);
    if (!group) {
      group = {
        level,
        key,
        organizationId: level === 'county' ? null : row.organizationId,
        countyCode: level === 'organization' ? null : row.county,
        raisedFen: 0,
        households: 0,
        disbursementCount: 0,
        disbursedFen: 0,
        repeatHouseholds: 0,
      };
      groups.set(key, group);
    }
    return group;
  };
  for (const row of rows.raised) groupFor(row.level, row).raisedFen = Number(row.raisedFen);
  for (const row of rows.recipients) {
    Object.assign(groupFor(row.level, row), {
      households: row.households,
      disbursementCount: row.disbursementCount,
      disbursedFen: Number(row.disbursedFen),
      repeatHouseholds: row.repeatHouseholds,
    });
  }
  return levels;
}

/**
 * Which groups to suppress. A group that paid no household shows (nothing about recipients to hide). Among the
 * others, the shared rule runs in each grouping; then, because an organisation's or a county's row is the sum of
 * its projects', a parent that shows with exactly one suppressed project gets its smallest shown project
 * suppressed too, until no parent is left with a single hidden child.
 */
function suppressedGroups(levels: Map<Level, Map<string, OperationGroup>>, minimum: number): Set<OperationGroup> {
  const paying = (level: Level) => [...levels.get(level)!.values()].filter((g) => g.households > 0);
  const suppressed = new Set<OperationGroup>();
  for (const level of ['project', 'organization', 'county'] as const) {
    for (const group of suppressSmallGroups(paying(level), minimum, (g) => g.households)) suppressed.add(group);
  }
  const projectsOf = (parent: OperationGroup) =>
    paying('project').filter((p) => (parent.level === 'organization' ? p.organizationId : p.countyCode) === parent.key);
  for (let changed = true; changed; ) {
    changed = false;
    for (const parent of [...paying('organization'), ...paying('county')]) {
      if (suppressed.has(parent)) continue;
      const children = projectsOf(parent);
      if (children.filter((c) => suppressed.has(c)).length !== 1) continue;
      const next = children.filter((c) => !suppressed.has(c)).sort((a, b) => a.households - b.households)[0];
      if (next) {
        suppressed.add(next);
        changed = true;
      }
    }
  }
  return suppressed;
}

function present(group: OperationGroup, suppressed: boolean, repeatHidden: boolean): OperationRow {
  const county = group.countyCode;
  const base = {
    projectId: group.level === 'project' ? group.key : null,
    organizationId: group.organizationId,
    countyCode: county,
    countyName: county ? (countyName(county) ?? null) : null,
    raisedFen: group.raisedFen,
    suppressed,
  };
  if (suppressed) return { ...base, households: null, disbursementCount: null, repeatHouseholds: null, disbursedFen: null, disbursementRate: null };
  const disbursedFen = roundMoneyFen(group.disbursedFen);
  return {
    ...base,
    households: group.households,
    disbursementCount: group.disbursementCount,
    repeatHouseholds: repeatHidden ? null : group.repeatHouseholds,
    disbursedFen,
    // From the rounded amount, so the rate cannot give the exact one back.
    disbursementRate: group.raisedFen > 0 ? Number((disbursedFen / group.raisedFen).toFixed(2)) : null,
  };
}

/** Reads the indicators for a caller: validates the arguments, applies the row rule, aggregates, suppresses. */
export async function projectOperationIndicators(
  db: Queryable,
  claims: Claims,
  args: { from?: string | null; to?: string | null; countyCode?: string | null },
  minimum: number,
): Promise<ProjectOperationIndicators> {
  const { from, to } = wholeMonthPeriod(args);
  const countyCode = regionCodeArgument(args.countyCode, 'countyCode', ['county']);
  const result: ProjectOperationIndicators = { from, to, countyCode, minimumGroupSize: minimum, byProject: [], byOrganization: [], byCounty: [] };
  const scope = operationIndicatorScope(claims);
  if (scope === null) return result;
  // The narrower of the caller's region and the county asked for; a county outside the region reads as empty.
  let region = scope;
  if (countyCode) {
    if (scope === '' || countyCode.startsWith(scope)) region = countyCode;
    else if (!scope.startsWith(countyCode)) return result;
  }

  const levels = groupsOf(await aggregate(db, region, from, to));
  const suppressed = suppressedGroups(levels, minimum);
  const paying = (level: Level) => [...levels.get(level)!.values()].filter((g) => g.households > 0);
  const hidden = hiddenSubCounts(
    [paying('project'), paying('organization'), paying('county')],
    suppressed,
    minimum,
    ['repeatHouseholds'] as const,
    (g) => g.households,
    (g) => g.repeatHouseholds,
  );
  const rows = (level: Level) =>
    [...levels.get(level)!.values()]
      .sort((a, b) => a.key.localeCompare(b.key))
      .map((g) => present(g, suppressed.has(g), hidden.get(g)?.has('repeatHouseholds') ?? false));
  result.byProject = rows('project');
  result.byOrganization = rows('organization');
  result.byCounty = rows('county');
  return result;
}
