import { isUuid } from '@aid/shared/domain/ids.js';
import { referencedRow } from '@aid/shared/database/batching.js';
import { countyName } from '@aid/shared/domain/regions.js';
import { canSeeProject } from '../access.js';
import type { CharityContext } from '../context.js';
import type { FundRow } from '../db/schema.js';
import type { CharityFundResolvers } from '../generated/graphql.js';

export const CharityFund = {
  name: (fund: FundRow) => fund.title,
  organization: (fund: FundRow, _: unknown, context: CharityContext) =>
    referencedRow(context.loaders.organizationById.load(fund.organizationId), 'organisation'),
  countyCode: (fund: FundRow) => fund.regionCode,
  countyName: (fund: FundRow) => countyName(fund.regionCode) ?? fund.regionCode,
  projects: async (fund: FundRow, _: unknown, context: CharityContext) =>
    (await context.loaders.projectsByFund.load(fund.id)).filter((project) => canSeeProject(context.claims, project)),
  projectCount: async (fund: FundRow, _: unknown, context: CharityContext) => (await context.loaders.fundTotals.load(fund.id)).projectCount,
  raisedFen: async (fund: FundRow, _: unknown, context: CharityContext) => (await context.loaders.fundTotals.load(fund.id)).raisedFen,
  disbursedFen: async (fund: FundRow, _: unknown, context: CharityContext) => (await context.loaders.fundTotals.load(fund.id)).disbursedFen,
  availableFen: async (fund: FundRow, _: unknown, context: CharityContext) => {
    const totals = await context.loaders.fundTotals.load(fund.id);
    return totals.raisedFen - totals.disbursedFen;
  },
} satisfies CharityFundResolvers;

/** A fund by id for `charityFund` and `CharityProject.fund`: every fund is public. */
export function fundById(context: CharityContext, id: string | null) {
  return id !== null && isUuid(id) ? context.loaders.fundById.load(id) : null;
}
