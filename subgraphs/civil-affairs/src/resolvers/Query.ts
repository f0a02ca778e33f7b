import { and, desc, eq, exists, gt, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { hasRole } from '@aid/shared/security/auth.js';
import { badInput } from '@aid/shared/errors/domain-errors.js';
import { isUuid } from '@aid/shared/domain/ids.js';
import { decodeCursor, encodeCursor, pageSize, toConnection } from '@aid/shared/database/pagination.js';
import { countyName, regionCodeArgument, townName } from '@aid/shared/domain/regions.js';
import { canSeeHousehold, feedEventInRegion, feedScope, listableRegion, reviewCounty } from '../access.js';
import type { CivilAffairsContext } from '../context.js';
import { accessLog, consents, duplicateIdReviews, householdCategories, households, needs, referralEvents, referrals } from '../db/schema.js';
import type { AidCategory } from '../eligibility.js';
import { referralIndicators } from '../indicators.js';
import { organizationReferrals, workListScope } from '../work-lists.js';
import { visibleReferral } from './Referral.js';
import type { ReferralFeedEvent } from '@aid/shared/referral-feed/contract.js';
import { actingOrganization, regionCoversSql } from '@aid/shared/security/claims.js';
import { consentActiveForReferralSql, consentNamesRecipientSql } from '../consent.js';
import type { QueryResolvers, ReferralPoolItem } from '../generated/graphql.js';

/**
 * A feed event as this subgraph serves it: every field of the feed's contract (`ReferralEvent.villageCode` is
 * resolved from the referral, and the instant is serialised by its scalar).
 */
type ServedReferralEvent = Omit<ReferralFeedEvent, 'villageCode' | 'occurredAt'> & { occurredAt: Date };

/** A pool entry as the query selects it; its sub-type is a need-library code, checked when the need was recorded. */
export type PoolEntry = Omit<ReferralPoolItem, 'subType'> & { subType: string };

function checkRegionCode(code: string | null | undefined, field: string): void {
  regionCodeArgument(code, field, ['county', 'town', 'village']);
}

/** Households registered in a category: a correlated EXISTS, so the list stays one statement. */
function inCategory(householdId: AnyPgColumn, category: AidCategory, db: CivilAffairsContext['db']): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(householdCategories)
      .where(and(eq(householdCategories.householdId, householdId), eq(householdCategories.category, category))),
  );
}

/** Keyset condition for the default order (priority rank, age of the need, id), all ascending. */
function afterNeedCursor(after: string | null | undefined, rank: AnyPgColumn, collectedAt: AnyPgColumn, id: AnyPgColumn): SQL | undefined {
  if (!after) return undefined;
  const [r, at, key] = decodeCursor(after, 3) as [number, string, string];
  if (typeof r !== 'number' || !isUuid(key) || Number.isNaN(Date.parse(at))) {
    throw badInput('The cursor is not valid: pass an endCursor from a previous page.', 'after');
  }
  return sql`(${rank}, ${collectedAt}, ${id}) > (${r}, ${at}::timestamptz, ${key}::uuid)`;
}

export const Query = {
  async household(_, args, context) {
    if (!isUuid(args.id)) return null;
    const household = await context.loaders.householdById.load(args.id);
    return household && canSeeHousehold(context.claims, household) ? household : null;
  },

  async households(_, args, context) {
    const size = pageSize(args.first);
    checkRegionCode(args.regionCode, 'regionCode');
    const region = listableRegion(context.claims, args.regionCode);
    if (region === null) return toConnection([], size, () => []);
    const conditions = [regionCoversSql(region, households.villageCode)];
    if (args.category) conditions.push(inCategory(households.id, args.category, context.db));
    if (args.after) {
      const [registeredAt, id] = decodeCursor(args.after, 2) as [string, string];
      const at = new Date(registeredAt);
      if (Number.isNaN(at.getTime()) || !isUuid(id)) throw badInput('The cursor is not valid: pass an endCursor from a previous page.', 'after');
      conditions.push(or(lt(households.registeredAt, at), and(eq(households.registeredAt, at), lt(households.id, id)))!);
    }
    const rows = await context.db
      .select()
      .from(households)
      .where(and(...conditions))
      .orderBy(desc(households.registeredAt), desc(households.id))
      .limit(size + 1);
    for (const row of rows) context.loaders.householdById.prime(row.id, row);
    return toConnection(rows, size, (row) => [row.registeredAt.toISOString(), row.id]);
  },

  async need(_, args, context) {
    if (!isUuid(args.id)) return null;
    const need = await context.loaders.needById.load(args.id);
    return need && canSeeHousehold(context.claims, need) ? need : null;
  },

  async needs(_, args, context) {
    const size = pageSize(args.first);
    const filter = args.filter ?? {};
    checkRegionCode(filter.regionCode, 'filter.regionCode');
    const region = listableRegion(context.claims, filter.regionCode);
    if (region === null) return toConnection([], size, () => []);
    const conditions: (SQL | undefined)[] = [
      regionCoversSql(region, needs.villageCode),
      filter.programme ? eq(needs.programme, filter.programme) : undefined,
      filter.status ? eq(needs.status, filter.status) : undefined,
      filter.priority ? eq(needs.priority, filter.priority) : undefined,
      filter.category ? inCategory(needs.householdId, filter.category, context.db) : undefined,
      afterNeedCursor(args.after, needs.priorityRank, needs.collectedAt, needs.id),
    ];
    const rows = await context.db
      .select()
      .from(needs)
      .where(and(...conditions))
      .orderBy(needs.priorityRank, needs.collectedAt, needs.id)
      .limit(size + 1);
    for (const row of rows) context.loaders.needById.prime(row.id, row);
    return toConnection(rows, size, (row) => [row.priorityRank, row.collectedAt.toISOString(), row.id]);
  },

  referral: (_, args, context) => visibleReferral(args.id, context),

  officerWorkList(_, args, context) {
    checkRegionCode(args.regionCode, 'regionCode');
    return workListScope(context, args.regionCode);
  },

  myOrganizationReferrals: (_, args, context) => organizationReferrals(context, args),

  async referrals(_, args, context) {
    const size = pageSize(args.first);
    const filter = args.filter ?? {};
    checkRegionCode(filter.regionCode, 'filter.regionCode');
    const region = listableRegion(context.claims, filter.regionCode);
    if (region === null) return toConnection([], size, () => []);
    const rows = await context.db
      .select({ referral: referrals, need: needs })
      .from(referrals)
      .innerJoin(needs, eq(needs.id, referrals.needId))
      .where(
        and(
          regionCoversSql(region, referrals.villageCode),
          filter.programme ? eq(referrals.programme, filter.programme) : undefined,
          filter.status ? eq(referrals.status, filter.status) : undefined,
          filter.priority ? eq(needs.priority, filter.priority) : undefined,
          filter.category ? inCategory(referrals.householdId, filter.category, context.db) : undefined,
          afterNeedCursor(args.after, needs.priorityRank, needs.collectedAt, referrals.id),
        ),
      )
      .orderBy(needs.priorityRank, needs.collectedAt, referrals.id)
      .limit(size + 1);
    for (const { referral, need } of rows) {
      context.loaders.referralById.prime(referral.id, referral);
      context.loaders.needById.prime(need.id, need);
    }
    const connection = toConnection(rows, size, (r) => [r.need.priorityRank, r.need.collectedAt.toISOString(), r.referral.id]);
    return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.referral })) };
  },

  async referralPool(_, args, context) {
    const size = pageSize(args.first);
    // Charity staff see a referral's county and town, never its village.
    regionCodeArgument(args.regionCode, 'regionCode', ['county', 'town'], 'the pool is not filtered by village');
    const org = actingOrganization(context.claims);
    if (!hasRole(context.claims, 'charity_federation') && !org) {
      return toConnection([], size, () => []);
    }
    const now = new Date();
    // Only referrals the caller could claim: not directed elsewhere, consent active and covering the caller.
    const orgConditions = org ? [or(isNull(referrals.directedToOrganizationId), eq(referrals.directedToOrganizationId, org)), consentNamesRecipientSql(org)] : [];
    const rows = await context.db
      .select({
        referralId: referrals.id,
        programme: needs.programme,
        subType: needs.subType,
        gapFen: needs.gapFen,
        priority: needs.priority,
        priorityRank: needs.priorityRank,
        villageCode: needs.villageCode,
        publicSummary: needs.publicSummary,
        collectedAt: needs.collectedAt,
      })
      .from(referrals)
      .innerJoin(needs, eq(needs.id, referrals.needId))
      .innerJoin(consents, eq(consents.id, referrals.consentId))
      .where(
        and(
          eq(referrals.status, 'REQUESTED'),
          consentActiveForReferralSql(now),
          ...orgConditions,
          args.programme ? eq(referrals.programme, args.programme) : undefined,
          args.priority ? eq(needs.priority, args.priority) : undefined,
          args.regionCode ? regionCoversSql(args.regionCode, referrals.villageCode) : undefined,
          afterNeedCursor(args.after, needs.priorityRank, needs.collectedAt, referrals.id),
        ),
      )
      .orderBy(needs.priorityRank, needs.collectedAt, referrals.id)
      .limit(size + 1);
    return toConnection(
      rows.map((row) => ({
        ...row,
        countyName: countyName(row.villageCode) ?? row.villageCode.slice(0, 6),
        townName: townName(row.villageCode) ?? row.villageCode.slice(0, 9),
        needCollectedAt: row.collectedAt.toISOString(),
      })),
      size,
      (row) => [row.priorityRank, row.collectedAt.toISOString(), row.referralId],
    );
  },

  async referralEvents(_, args, context) {
    const size = pageSize(args.first ?? 100, 1000);
    const after = args.after ? Number(decodeCursor(args.after, 1)[0]) : 0;
    if (!Number.isSafeInteger(after) || after < 0) throw badInput('The cursor is not valid: pass an endCursor from a previous page.', 'after');
    const scope = feedScope(context.claims);
    if (scope === null) return { events: [], endCursor: args.after ?? null, hasMore: false };
    // Sequences commit in order (outbox.ts), so a filtered reader resuming after its last event misses none of its own.
    const rows = await context.db
      .select()
      .from(referralEvents)
      .where(
        and(
          gt(referralEvents.sequence, after),
          scope === 'whole' ? undefined : feedEventInRegion(context.db, referralEvents.referralId, scope.region),
        ),
      )
      .orderBy(referralEvents.sequence)
      .limit(size + 1);
    const events = rows.slice(0, size).map((row) => ({ ...row, cursor: encodeCursor([row.sequence]) }) satisfies ServedReferralEvent);
    return {
      events,
      endCursor: events.at(-1)?.cursor ?? args.after ?? null,
      hasMore: rows.length > size,
    };
  },

  referralIndicators(_, args, context) {
    return referralIndicators(context.db, context.claims, args, context.config.indicatorMinCount);
  },

  /** Pending duplicate ID reviews of the officer's county, oldest first (see person-registration.ts). */
  async duplicateIdReviews(_, args, context) {
    const size = pageSize(args.first);
    const county = reviewCounty(context.claims);
    if (county === null) return toConnection([], size, () => []);
    let cursor: SQL | undefined;
    if (args.after) {
      const [at, id] = decodeCursor(args.after, 2) as [string, string];
      if (Number.isNaN(Date.parse(at)) || !isUuid(id)) throw badInput('The cursor is not valid: pass an endCursor from a previous page.', 'after');
      cursor = sql`(${duplicateIdReviews.submittedAt}, ${duplicateIdReviews.id}) > (${at}::timestamptz, ${id}::uuid)`;
    }
    const rows = await context.db
      .select({ review: duplicateIdReviews, submittedTownCode: households.townCode })
      .from(duplicateIdReviews)
      .innerJoin(households, eq(households.id, duplicateIdReviews.submittedHouseholdId))
      .where(and(eq(duplicateIdReviews.countyCode, county), eq(duplicateIdReviews.status, 'PENDING'), cursor))
      .orderBy(duplicateIdReviews.submittedAt, duplicateIdReviews.id)
      .limit(size + 1);
    return toConnection(
      rows.map(({ review, submittedTownCode }) => ({ ...review, submittedTownCode })),
      size,
      (row) => [row.submittedAt.toISOString(), row.id],
    );
  },

  async accessLog(_, args, context) {
    const size = pageSize(args.first);
    const region = listableRegion(context.claims);
    if (region === null) return toConnection([], size, () => []);
    if (args.recordId && !isUuid(args.recordId)) return toConnection([], size, () => []);
    let cursor: SQL | undefined;
    if (args.after) {
      const [at, id] = decodeCursor(args.after, 2) as [string, string];
      if (Number.isNaN(Date.parse(at)) || !isUuid(id)) throw badInput('The cursor is not valid: pass an endCursor from a previous page.', 'after');
      cursor = sql`(${accessLog.at}, ${accessLog.id}) < (${at}::timestamptz, ${id}::uuid)`;
    }
    const rows = await context.db
      .select()
      .from(accessLog)
      .where(
        and(
          regionCoversSql(region, accessLog.villageCode),
          args.recordId ? or(eq(accessLog.recordId, args.recordId), eq(accessLog.householdId, args.recordId)) : undefined,
          cursor,
        ),
      )
      .orderBy(desc(accessLog.at), desc(accessLog.id))
      .limit(size + 1);
    return toConnection(rows, size, (row) => [row.at.toISOString(), row.id]);
  },
} satisfies QueryResolvers;

