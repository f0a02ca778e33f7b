import { and, arrayContains, asc, desc, eq, getTableColumns, gt, inArray, like, lt, or, type SQL } from 'drizzle-orm';
import { badInput } from '@aid/shared/errors/domain-errors.js';
import { isUuid } from '@aid/shared/domain/ids.js';
import { decodeCursor, pageSize, toConnection } from '@aid/shared/database/pagination.js';
import { actingOrganization, canSeeDisbursement, canSeeDonation, canSeeProject, isFederation, publicStatuses } from '../access.js';
import type { CharityContext } from '../context.js';
import { disbursements, donations, organizations, projects, referrals, type ProjectRow } from '../db/schema.js';
import { charityDisclosure } from '../disclosure.js';
import { regionCodeArgument } from '@aid/shared/domain/regions.js';
import type { QueryResolvers } from '../generated/graphql.js';

function regionFilter(code: string | null | undefined): string | null {
  return regionCodeArgument(code, 'regionCode', ['county', 'town']);
}

/** A project the caller may see and whose money lists they may read (owner or federation). */
async function projectForMoneyLists(context: CharityContext, projectId: string): Promise<ProjectRow | null> {
  if (!isUuid(projectId)) return null;
  const project = await context.loaders.projectById.load(projectId);
  if (!project || !canSeeProject(context.claims, project)) return null;
  return isFederation(context.claims) || actingOrganization(context.claims) === project.organizationId ? project : null;
}

export const Query = {
  async charityOrganization(_, args, context) {
    return isUuid(args.id) ? context.loaders.organizationById.load(args.id) : null;
  },

  async charityOrganizations(_, args, context) {
    const size = pageSize(args.first);
    const conditions: SQL[] = [];
    const region = regionFilter(args.filter?.regionCode);
    // An organisation serves a region when its consortium lies inside it, or covers it from a higher tier.
    if (region) conditions.push(or(like(organizations.regionCode, `${region}%`), eq(organizations.regionCode, region.slice(0, 6)))!);
    if (args.filter?.programme) conditions.push(arrayContains(organizations.programmes, [args.filter.programme]));
    if (args.filter?.legalForm) conditions.push(eq(organizations.legalForm, args.filter.legalForm));
    if (args.filter?.tier) conditions.push(eq(organizations.tier, args.filter.tier));
    if (args.after) {
      const [name, id] = decodeCursor(args.after, 2) as [string, string];
      conditions.push(or(gt(organizations.name, name), and(eq(organizations.name, name), gt(organizations.id, id)))!);
    }
    const rows = await context.db
      .select()
      .from(organizations)
      .where(conditions.length > 0 ? and(...conditions) : undefined)
      .orderBy(asc(organizations.name), asc(organizations.id))
      .limit(size + 1);
    for (const row of rows) context.loaders.organizationById.prime(row.id, row);
    return toConnection(rows, size, (row) => [row.name, row.id]);
  },

  async charityProject(_, args, context) {
    if (!isUuid(args.id)) return null;
    const project = await context.loaders.projectById.load(args.id);
    return project && canSeeProject(context.claims, project) ? project : null;
  },

  async charityProjects(_, args, context) {
    const size = pageSize(args.first);
    const filter = args.filter ?? {};
    const conditions: SQL[] = [];
    // Row level: the public sees published and closed projects, an organisation also its own, the federation all.
    if (!isFederation(context.claims)) {
      const own = actingOrganization(context.claims);
      const visible = inArray(projects.status, publicStatuses());
      conditions.push(own ? or(visible, eq(projects.organizationId, own))! : visible);
    }
    if (filter.programme) conditions.push(eq(projects.programme, filter.programme));
    if (filter.status) conditions.push(eq(projects.status, filter.status));
    if (filter.organizationId) {
      if (!isUuid(filter.organizationId)) return toConnection([], size, () => []);
      conditions.push(eq(projects.organizationId, filter.organizationId));
    }
    const region = regionFilter(filter.regionCode);
    if (region) conditions.push(like(projects.regionCode, `${region}%`));
    if (args.after) {
      const [createdAt, id] = decodeCursor(args.after, 2) as [string, string];
      const at = new Date(createdAt);
      conditions.push(or(lt(projects.createdAt, at), and(eq(projects.createdAt, at), lt(projects.id, id)))!);
    }
    const rows = await context.db
      .select()
      .from(projects)
      .where(conditions.length > 0 ? and(...conditions) : undefined)
      .orderBy(desc(projects.createdAt), desc(projects.id))
      .limit(size + 1);
    for (const row of rows) context.loaders.projectById.prime(row.id, row);
    return toConnection(rows, size, (row) => [row.createdAt.toISOString(), row.id]);
  },

  async donations(_, args, context) {
    const size = pageSize(args.first);
    const project = await projectForMoneyLists(context, args.projectId);
    if (!project) return toConnection([], size, () => []);
    const conditions: SQL[] = [eq(donations.projectId, project.id)];
    if (args.after) {
      const [donatedAt, id] = decodeCursor(args.after, 2) as [string, string];
      const at = new Date(donatedAt);
      conditions.push(or(lt(donations.donatedAt, at), and(eq(donations.donatedAt, at), lt(donations.id, id)))!);
    }
    const rows = await context.db
      .select()
      .from(donations)
      .where(and(...conditions))
      .orderBy(desc(donations.donatedAt), desc(donations.id))
      .limit(size + 1);
    return toConnection(
      rows.filter((row) => canSeeDonation(context.claims, row)),
      size,
      (row) => [row.donatedAt.toISOString(), row.id],
    );
  },

  async disbursements(_, args, context) {
    const size = pageSize(args.first);
    const project = await projectForMoneyLists(context, args.projectId);
    if (!project) return toConnection([], size, () => []);
    const conditions: SQL[] = [eq(disbursements.projectId, project.id)];
    if (args.after) {
      const [disbursedOn, id] = decodeCursor(args.after, 2) as [string, string];
      conditions.push(or(lt(disbursements.disbursedOn, disbursedOn), and(eq(disbursements.disbursedOn, disbursedOn), lt(disbursements.id, id)))!);
    }
    // The recipient's village (read model) comes along for the row rule.
    const rows = await context.db
      .select({ ...getTableColumns(disbursements), villageCode: referrals.villageCode })
      .from(disbursements)
      .leftJoin(referrals, eq(referrals.id, disbursements.referralId))
      .where(and(...conditions))
      .orderBy(desc(disbursements.disbursedOn), desc(disbursements.id))
      .limit(size + 1);
    return toConnection(
      rows.filter((row) => canSeeDisbursement(context.claims, row)),
      size,
      (row) => [row.disbursedOn, row.id],
    );
  },

  charityDisclosure: (_, args, context) =>
    charityDisclosure(context.db, args),
} satisfies QueryResolvers;
