import { and, count, eq, inArray, isNotNull, like, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@aid/shared/database/database.js';
import type { Programme } from '@aid/shared/domain/vocabulary.js';
import { badInput } from '@aid/shared/errors/domain-errors.js';
import { countyName, isNingboCounty, townName } from '@aid/shared/domain/regions.js';
import { publicStatuses } from './access.js';
import { commendations, disbursements, funds, organizations, projects, supervisionVisits, supportAwards, type FundRow } from './db/schema.js';

/**
 * Public disclosure (信息公开): recipients appear only as counts of households by programme and town.
 * A count under MIN_PUBLIC_COUNT could point at a family, so such groups are merged into one row without
 * a town, and that row's count too is shown only from MIN_PUBLIC_COUNT on. No project- or programme-wide
 * household total is published beside them, so hidden counts cannot be worked out by subtraction.
 */
export const MIN_PUBLIC_COUNT = 5;

export interface RecipientCount {
  programme: Programme;
  townCode: string | null;
  townName: string | null;
  countyName: string | null;
  households: number | null;
  suppressed: boolean;
}

/** Turns raw counts by programme and town into publishable rows. */
export function suppressSmallCounts(groups: readonly { programme: Programme; townCode: string | null; households: number }[]): RecipientCount[] {
  const result: RecipientCount[] = [];
  const merged = new Map<Programme, number>();
  for (const group of groups) {
    if (group.townCode !== null && group.households >= MIN_PUBLIC_COUNT) {
      result.push({
        programme: group.programme,
        townCode: group.townCode,
        townName: townName(group.townCode) ?? null,
        countyName: countyName(group.townCode) ?? null,
        households: group.households,
        suppressed: false,
      });
    } else {
      merged.set(group.programme, (merged.get(group.programme) ?? 0) + group.households);
    }
  }
  for (const [programme, households] of merged) {
    const shown = households >= MIN_PUBLIC_COUNT;
    result.push({ programme, townCode: null, townName: null, countyName: null, households: shown ? households : null, suppressed: !shown });
  }
  return result;
}

/** Totals and recipient counts across published and closed projects. */
export async function charityDisclosure(db: Database, filter: { programme?: Programme | null; countyCode?: string | null }) {
  if (filter.countyCode && !isNingboCounty(filter.countyCode)) {
    throw badInput('countyCode must be the 6-digit code of a Ningbo county.', 'countyCode');
  }
  const projectConditions: SQL[] = [inArray(projects.status, publicStatuses())];
  if (filter.programme) projectConditions.push(eq(projects.programme, filter.programme));
  const totals = await db
    .select({
      programme: projects.programme,
      projectCount: count(),
      raisedFen: sql<string>`coalesce(sum(${projects.raisedFen}), 0)`,
      disbursedFen: sql<string>`coalesce(sum(${projects.disbursedFen}), 0)`,
    })
    .from(projects)
    .where(and(...projectConditions))
    .groupBy(projects.programme)
    .orderBy(projects.programme);

  const recipientConditions: SQL[] = [];
  if (filter.programme) recipientConditions.push(eq(disbursements.programme, filter.programme));
  if (filter.countyCode) recipientConditions.push(like(disbursements.townCode, `${filter.countyCode}%`));
  const groups = await db
    .select({
      programme: disbursements.programme,
      townCode: disbursements.townCode,
      households: sql<number>`count(distinct ${disbursements.householdId})::int`,
    })
    .from(disbursements)
    .where(recipientConditions.length > 0 ? and(...recipientConditions) : undefined)
    .groupBy(disbursements.programme, disbursements.townCode)
    .orderBy(disbursements.programme, disbursements.townCode);

  // Incentives by kind (激励扶持), funds with their projects' money, and the number of commendations.
  const supportConditions: SQL[] = [];
  if (filter.programme) supportConditions.push(eq(supportAwards.programme, filter.programme));
  // In a county: awards to organisations serving it, whoever awarded them.
  if (filter.countyCode) supportConditions.push(like(organizations.regionCode, `${filter.countyCode}%`));
  const support = await db
    .select({
      kind: supportAwards.kind,
      awardCount: sql<number>`count(*)::int`,
      completedCount: sql<number>`(count(*) filter (where ${supportAwards.status} = 'COMPLETED'))::int`,
      amountFen: sql<string>`coalesce(sum(${supportAwards.amountFen}), 0)`,
    })
    .from(supportAwards)
    .innerJoin(organizations, eq(organizations.id, supportAwards.organizationId))
    .where(and(...supportConditions))
    .groupBy(supportAwards.kind)
    .orderBy(supportAwards.kind);
  const projectJoin = [eq(projects.fundId, funds.id), inArray(projects.status, publicStatuses())];
  if (filter.programme) projectJoin.push(eq(projects.programme, filter.programme));
  const fundRows = await db
    .select({
      fund: funds,
      projectCount: sql<number>`count(${projects.id})::int`,
      raisedFen: sql<string>`coalesce(sum(${projects.raisedFen}), 0)`,
      disbursedFen: sql<string>`coalesce(sum(${projects.disbursedFen}), 0)`,
    })
    .from(funds)
    .leftJoin(projects, and(...projectJoin))
    .where(filter.countyCode ? eq(funds.regionCode, filter.countyCode) : undefined)
    .groupBy(funds.id)
    .orderBy(funds.establishedOn, funds.id);
  const [commended] = await db.select({ n: count() }).from(commendations);
  // Published supervision results (专业督导) of published and closed projects, by rating.
  const visitConditions: SQL[] = [isNotNull(supervisionVisits.publishedAt), inArray(projects.status, publicStatuses())];
  if (filter.programme) visitConditions.push(eq(projects.programme, filter.programme));
  if (filter.countyCode) visitConditions.push(like(projects.regionCode, `${filter.countyCode}%`));
  const supervisionResults = await db
    .select({ rating: supervisionVisits.rating, visits: sql<number>`count(*)::int` })
    .from(supervisionVisits)
    .innerJoin(projects, eq(projects.id, supervisionVisits.projectId))
    .where(and(...visitConditions))
    .groupBy(supervisionVisits.rating)
    .orderBy(supervisionVisits.rating);

  const byProgramme = totals.map((t) => ({
    programme: t.programme,
    projectCount: t.projectCount,
    raisedFen: Number(t.raisedFen),
    disbursedFen: Number(t.disbursedFen),
  }));
  return {
    projectCount: byProgramme.reduce((sum, t) => sum + t.projectCount, 0),
    raisedFen: byProgramme.reduce((sum, t) => sum + t.raisedFen, 0),
    disbursedFen: byProgramme.reduce((sum, t) => sum + t.disbursedFen, 0),
    byProgramme,
    recipients: suppressSmallCounts(groups),
    support: support.map((t) => ({ ...t, amountFen: Number(t.amountFen) })),
    funds: fundRows.map((r) => ({ fund: r.fund as FundRow, projectCount: r.projectCount, raisedFen: Number(r.raisedFen), disbursedFen: Number(r.disbursedFen) })),
    commendationCount: commended?.n ?? 0,
    supervisionResults,
  };
}
