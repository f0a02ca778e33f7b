import DataLoader from 'dataloader';
import { and, asc, desc, eq, getTableColumns, gte, inArray, lte, sql } from 'drizzle-orm';
import { groupByKeys, orderByKeys } from '@aid/shared/database/batching.js';
import type { Claims } from '@aid/shared/security/auth.js';
import type { Database } from '@aid/shared/database/database.js';
import type { Programme } from '@aid/shared/domain/vocabulary.js';
import { publicStatuses, visibleHouseholdAid, visibleNeedFunding, type PlacedDisbursement } from './access.js';
import {
  commendations,
  disbursements,
  funds,
  supportAwards,
  supportDeliverables,
  supervisionVisits,
  type CommendationRow,
  type SupervisionVisitRow,
  type FundRow,
  type SupportAwardRow,
  type SupportDeliverableRow,
  donations,
  organizations,
  projects,
  projectTransitions,
  qualifications,
  referrals,
  resources,
  type DisbursementRow,
  type DonationRow,
  type OrganizationRow,
  type ProjectRow,
  type ProjectTransitionRow,
  type QualificationRow,
  type ResourceRow,
} from './db/schema.js';

/** Households helped per project and town, before suppression. */
export interface RecipientGroup {
  projectId: string;
  programme: Programme;
  townCode: string | null;
  households: number;
}

/** A fund's money: the sums of its published and closed projects. */
export interface FundTotals {
  projectCount: number;
  raisedFen: number;
  disbursedFen: number;
}

/** A household's disbursements in a window: the key of `charityAidByHousehold`. */
export interface AidWindow {
  householdId: string;
  from: string;
  to: string;
}

/**
 * Per-request loaders: a new set for every request, so nothing is cached across callers. Loaders whose rows
 * depend on the caller take the row-level rule of `src/access.ts` into their one statement.
 */
export function createLoaders(db: Database, claims: Claims) {
  const visibleAid = visibleHouseholdAid(claims);
  const visibleFunding = visibleNeedFunding(claims);
  const publicDonorLoaders = new Map<number, DataLoader<string, DonationRow[]>>();

  return {
    organizationById: new DataLoader<string, OrganizationRow | null>(async (ids) =>
      orderByKeys(await db.select().from(organizations).where(inArray(organizations.id, [...ids])), ids, (row) => row.id),
    ),
    projectById: new DataLoader<string, ProjectRow | null>(async (ids) =>
      orderByKeys(await db.select().from(projects).where(inArray(projects.id, [...ids])), ids, (row) => row.id),
    ),
    qualificationsByOrganization: new DataLoader<string, QualificationRow[]>(async (ids) =>
      groupByKeys(
        await db
          .select()
          .from(qualifications)
          .where(inArray(qualifications.organizationId, [...ids]))
          .orderBy(qualifications.organizationId, desc(qualifications.validFrom)),
        ids,
        (row) => row.organizationId,
      ),
    ),
    resourcesByOrganization: new DataLoader<string, ResourceRow[]>(async (ids) =>
      groupByKeys(
        await db
          .select()
          .from(resources)
          .where(inArray(resources.organizationId, [...ids]))
          .orderBy(resources.organizationId, resources.programme, resources.title),
        ids,
        (row) => row.organizationId,
      ),
    ),
    projectsByOrganization: new DataLoader<string, ProjectRow[]>(async (ids) =>
      groupByKeys(
        await db
          .select()
          .from(projects)
          .where(inArray(projects.organizationId, [...ids]))
          .orderBy(projects.organizationId, desc(projects.createdAt), desc(projects.id)),
        ids,
        (row) => row.organizationId,
      ),
    ),
    fundById: new DataLoader<string, FundRow | null>(async (ids) =>
      orderByKeys(await db.select().from(funds).where(inArray(funds.id, [...ids])), ids, (row) => row.id),
    ),
    fundsByOrganization: new DataLoader<string, FundRow[]>(async (ids) =>
      groupByKeys(
        await db
          .select()
          .from(funds)
          .where(inArray(funds.organizationId, [...ids]))
          .orderBy(funds.organizationId, asc(funds.establishedOn), asc(funds.id)),
        ids,
        (row) => row.organizationId,
      ),
    ),
    /** Every project of a fund (the resolver keeps those the caller may see), newest first. */
    projectsByFund: new DataLoader<string, ProjectRow[]>(async (ids) =>
      groupByKeys(
        await db
          .select()
          .from(projects)
          .where(inArray(projects.fundId, [...ids]))
          .orderBy(projects.fundId, desc(projects.createdAt), desc(projects.id)),
        ids,
        (row) => row.fundId!,
      ),
    ),
    /** Money of each fund, from its published and closed projects only (drafts raise nothing in public). */
    fundTotals: new DataLoader<string, FundTotals>(async (ids) => {
      const rows = await db
        .select({
          fundId: projects.fundId,
          projectCount: sql<number>`count(*)::int`,
          raisedFen: sql<string>`coalesce(sum(${projects.raisedFen}), 0)`,
          disbursedFen: sql<string>`coalesce(sum(${projects.disbursedFen}), 0)`,
        })
        .from(projects)
        .where(and(inArray(projects.fundId, [...ids]), inArray(projects.status, publicStatuses())))
        .groupBy(projects.fundId);
      const totals = new Map(rows.map((r) => [r.fundId, { projectCount: r.projectCount, raisedFen: Number(r.raisedFen), disbursedFen: Number(r.disbursedFen) }]));
      return ids.map((id) => totals.get(id) ?? { projectCount: 0, raisedFen: 0, disbursedFen: 0 });
    }),
    /** Every visit of a project, newest first (the resolver keeps those the caller may see). */
    visitsByProject: new DataLoader<string, SupervisionVisitRow[]>(async (ids) =>
      groupByKeys(
        await db
          .select()
          .from(supervisionVisits)
          .where(inArray(supervisionVisits.projectId, [...ids]))
          .orderBy(supervisionVisits.projectId, desc(supervisionVisits.visitedOn), desc(supervisionVisits.id)),
        ids,
        (row) => row.projectId,
      ),
    ),
    deliverablesByAward: new DataLoader<string, SupportDeliverableRow[]>(async (ids) =>
      groupByKeys(
        await db
          .select()
          .from(supportDeliverables)
          .where(inArray(supportDeliverables.awardId, [...ids]))
          .orderBy(supportDeliverables.awardId, asc(supportDeliverables.position)),
        ids,
        (row) => row.awardId,
      ),
    ),
    supportAwardsByOrganization: new DataLoader<string, SupportAwardRow[]>(async (ids) =>
      groupByKeys(
        await db
          .select()
          .from(supportAwards)
          .where(inArray(supportAwards.organizationId, [...ids]))
          .orderBy(supportAwards.organizationId, desc(supportAwards.periodStart), desc(supportAwards.id)),
        ids,
        (row) => row.organizationId,
      ),
    ),
    /** Commendations of organisations themselves (an individual's affiliation is not the organisation's honour). */
    commendationsByOrganization: new DataLoader<string, CommendationRow[]>(async (ids) =>
      groupByKeys(
        await db
          .select()
          .from(commendations)
          .where(and(inArray(commendations.organizationId, [...ids]), eq(commendations.honoreeKind, 'ORGANIZATION')))
          .orderBy(commendations.organizationId, desc(commendations.awardedOn), desc(commendations.id)),
        ids,
        (row) => row.organizationId!,
      ),
    ),
    transitionsByProject: new DataLoader<string, ProjectTransitionRow[]>(async (ids) =>
      groupByKeys(
        await db
          .select()
          .from(projectTransitions)
          .where(inArray(projectTransitions.projectId, [...ids]))
          .orderBy(projectTransitions.projectId, asc(projectTransitions.at), asc(projectTransitions.id)),
        ids,
        (row) => row.projectId,
      ),
    ),
    /** Donations whose donors agreed to publication, newest first, at most `first` per project. */
    publicDonorsByProject(first: number): DataLoader<string, DonationRow[]> {
      let loader = publicDonorLoaders.get(first);
      if (!loader) {
        loader = new DataLoader<string, DonationRow[]>(async (ids) => {
          const ranked = db
            .select({
              ...getTableColumns(donations),
              rank: sql<number>`row_number() over (partition by ${donations.projectId} order by ${donations.donatedAt} desc, ${donations.id} desc)`.as('rank'),
            })
            .from(donations)
            .where(and(inArray(donations.projectId, [...ids]), eq(donations.publishName, true), eq(donations.anonymous, false)))
            .as('ranked');
          const rows = await db.select().from(ranked).where(lte(ranked.rank, first)).orderBy(desc(ranked.donatedAt), desc(ranked.id));
          return groupByKeys(
            rows.map(({ rank: _rank, ...row }) => row as DonationRow),
            ids,
            (row) => row.projectId,
          );
        });
        publicDonorLoaders.set(first, loader);
      }
      return loader;
    },
    /** Distinct households helped per project and town. */
    recipientGroupsByProject: new DataLoader<string, RecipientGroup[]>(async (ids) => {
      const rows = await db
        .select({
          projectId: disbursements.projectId,
          programme: disbursements.programme,
          townCode: disbursements.townCode,
          households: sql<number>`count(distinct ${disbursements.householdId})::int`,
        })
        .from(disbursements)
        .where(inArray(disbursements.projectId, [...ids]))
        .groupBy(disbursements.projectId, disbursements.programme, disbursements.townCode)
        .orderBy(disbursements.projectId, disbursements.townCode);
      return groupByKeys(rows, ids, (row) => row.projectId);
    }),
    /** Disbursements per referral, each with its recipient's village from the read model (for `canSeeDisbursement`). */
    disbursementsByReferral: new DataLoader<string, PlacedDisbursement[]>(async (ids) =>
      groupByKeys(
        await db
          .select({ ...getTableColumns(disbursements), villageCode: referrals.villageCode })
          .from(disbursements)
          .leftJoin(referrals, eq(referrals.id, disbursements.referralId))
          .where(inArray(disbursements.referralId, [...ids]))
          .orderBy(disbursements.referralId, asc(disbursements.disbursedOn), asc(disbursements.recordedAt)),
        ids,
        (row) => row.referralId,
      ),
    ),
    /**
     * A household's disbursements between two days, inclusive, as the caller may see them (`visibleHouseholdAid`,
     * with the referral read model joined for the recipient's town). One query for every window in the batch;
     * none when the caller may see no household's aid.
     */
    charityAidByHousehold: new DataLoader<AidWindow, DisbursementRow[], string>(
      async (windows) => {
        if (visibleAid === null) return windows.map(() => []);
        const from = windows.reduce((min, w) => (w.from < min ? w.from : min), windows[0]!.from);
        const to = windows.reduce((max, w) => (w.to > max ? w.to : max), windows[0]!.to);
        const rows = await db
          .select(getTableColumns(disbursements))
          .from(disbursements)
          .leftJoin(referrals, eq(referrals.id, disbursements.referralId))
          .where(
            and(
              inArray(disbursements.householdId, [...new Set(windows.map((w) => w.householdId))]),
              gte(disbursements.disbursedOn, from),
              lte(disbursements.disbursedOn, to),
              visibleAid,
            ),
          )
          .orderBy(asc(disbursements.disbursedOn), asc(disbursements.recordedAt));
        return windows.map((w) => rows.filter((r) => r.householdId === w.householdId && r.disbursedOn >= w.from && r.disbursedOn <= w.to));
      },
      { cacheKeyFn: (w) => `${w.householdId}|${w.from}|${w.to}` },
    ),
    /** Published projects with money left, per programme, most money left first. */
    fundingProjectsByProgramme: new DataLoader<Programme, ProjectRow[]>(async (programmes) =>
      groupByKeys(
        await db
          .select()
          .from(projects)
          .where(
            and(
              inArray(projects.programme, [...programmes]),
              eq(projects.status, 'PUBLISHED'),
              sql`${projects.raisedFen} > ${projects.disbursedFen}`,
            ),
          )
          .orderBy(desc(sql`${projects.raisedFen} - ${projects.disbursedFen}`), asc(projects.id)),
        programmes,
        (row) => row.programme,
      ),
    ),
    /**
     * Money paid for each need's referrals (through the referral read model), as the caller may see it
     * (`visibleNeedFunding`): 0 for a need whose funding the caller may not see, as for one nothing was paid
     * for. No statement when the caller may see no need's funding.
     */
    fundedFenByNeed: new DataLoader<string, number>(async (needIds) => {
      if (visibleFunding === null) return needIds.map(() => 0);
      const rows = await db
        .select({ needId: referrals.needId, total: sql<string>`coalesce(sum(${disbursements.amountFen}), 0)` })
        .from(referrals)
        .innerJoin(disbursements, eq(disbursements.referralId, referrals.id))
        .where(and(inArray(referrals.needId, [...needIds]), visibleFunding))
        .groupBy(referrals.needId);
      const totals = new Map(rows.map((r) => [r.needId, Number(r.total)]));
      return needIds.map((id) => totals.get(id) ?? 0);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
