import { desc, eq, inArray, sql, and, or } from 'drizzle-orm';
import { pageSize } from '@aid/shared/database/pagination.js';
import type { Claims } from '@aid/shared/security/auth.js';
import type { Queryable } from '@aid/shared/database/database.js';
import { conflict, domainError, ErrorCode, notFound, badInput } from '@aid/shared/errors/domain-errors.js';
import { microWishes, microWishEvents, type MicroWishRow, consortia, volunteerTeams } from './db/schema.js';
import { isNingboCounty, regionLevel } from '@aid/shared/domain/regions.js';
import { actsForTeam, hasOpenCaseOfHousehold, mayCancelMicroWish, mayCollectMicroWish, mayConfirmMicroWish, mayDeliverMicroWish, type MicroWishFacts } from './access.js';
import type { ServicesContext } from './context.js';
import { publicTextProblem } from './input.js';
import { isKnownNeedOf, knownHouseholdVillage } from './referral-sync.js';
import { actingOrganization } from '@aid/shared/security/claims.js';
import { optionalId, requireId, requireText } from '@aid/shared/domain/input.js';

export type MicroWishStatus = MicroWishRow['status'];

/** The micro-wish lifecycle (善领): PUBLISHED → CLAIMED → DELIVERED → CONFIRMED, or CANCELLED before delivery. */
export const MICRO_WISH_ACTIONS = {
  claim: { from: ['PUBLISHED'], to: 'CLAIMED', verb: 'claimed' },
  deliver: { from: ['CLAIMED'], to: 'DELIVERED', verb: 'delivered' },
  confirm: { from: ['DELIVERED'], to: 'CONFIRMED', verb: 'confirmed' },
  cancel: { from: ['PUBLISHED', 'CLAIMED'], to: 'CANCELLED', verb: 'cancelled' },
} as const satisfies Record<string, { from: readonly MicroWishStatus[]; to: MicroWishStatus; verb: string }>;

export type MicroWishAction = keyof typeof MICRO_WISH_ACTIONS;

/** The role recorded with a transition: the first role of the token. */
export const actorRole = (claims: Claims): string => claims.roles[0] ?? 'unknown';

/**
 * Moves a wish along one transition under a row lock (`SELECT ... FOR UPDATE`): concurrent callers queue on
 * the row, and each one after the first reads the state the winner wrote and is refused. The transition and
 * its event are written in one transaction.
 */
export async function transitionMicroWish(
  db: Queryable,
  claims: Claims,
  id: string,
  action: MicroWishAction,
  changes: Partial<typeof microWishes.$inferInsert>,
  reason: string | null = null,
): Promise<MicroWishRow> {
  const { from, to, verb } = MICRO_WISH_ACTIONS[action];
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ status: microWishes.status }).from(microWishes).where(eq(microWishes.id, id)).for('update');
    if (!current) throw notFound('Micro-wish');
    if (!(from as readonly MicroWishStatus[]).includes(current.status)) {
      // The loser of a race finds the state the winner just wrote.
      if (current.status === to) throw conflict(`This micro-wish has already been ${verb}.`);
      throw domainError(
        ErrorCode.INVALID_TRANSITION,
        `A micro-wish in state ${current.status} cannot be ${verb}; it must be ${from.join(' or ')}.`,
      );
    }
    const [moved] = await tx
      .update(microWishes)
      .set({ ...changes, status: to, version: sql`${microWishes.version} + 1` })
      .where(eq(microWishes.id, id))
      .returning();
    await tx.insert(microWishEvents).values({
      wishId: id,
      fromStatus: current.status,
      toStatus: to,
      actorSubject: claims.sub,
      actorRole: actorRole(claims),
      reason,
    });
    return moved!;
  });
}

/** Largest value of a micro-wish: 1,000 CNY. Larger needs go through the need library and a project. */
export const MAX_MICRO_WISH_FEN = 100_000;

/** A public title says what is wished for, never who wishes it (`publicTextProblem`). */
function requireGenericTitle(value: string): string {
  const title = requireText(value, 'publicTitle', { min: 2, max: 40 });
  const problem = publicTextProblem(title);
  if (problem) throw badInput(`publicTitle must be generic, e.g. 一个新书包: ${problem}.`, 'publicTitle');
  return title;
}

/**
 * The wish a transition names, if the caller may act on it by `allowed` (a rule of `src/access.ts`); a
 * wish the caller may not act on is NOT_FOUND, exactly as a missing one, and its state is not told. The
 * household of a wish never changes, so the rule is asked before the transition locks the row.
 */
async function wishFor(context: ServicesContext, id: string, allowed: (wish: MicroWishRow) => boolean | Promise<boolean>): Promise<MicroWishRow> {
  const [wish] = await context.db.select().from(microWishes).where(eq(microWishes.id, id));
  if (!wish || !(await allowed(wish))) throw notFound('Micro-wish');
  return wish;
}

/** What services knows about a wish's household for the rules of its transitions. */
async function microWishFacts(context: ServicesContext, wish: MicroWishRow): Promise<MicroWishFacts> {
  return {
    householdVillage: await knownHouseholdVillage(context.db, wish.householdId, context.referralSync, context.logger),
    caseOfHousehold: await hasOpenCaseOfHousehold(context.db, await context.viewer(), wish.householdId),
  };
}

export async function collectMicroWish(context: ServicesContext, { input }: { input: { householdId: string; countyCode: string; needId?: string | null; publicTitle: string; category: MicroWishRow['category']; valueFen: number }; }) {
  const householdId = requireId(input.householdId, 'householdId');
  const needId = optionalId(input.needId, 'needId');
  if (regionLevel(input.countyCode) !== 'county' || !isNingboCounty(input.countyCode)) {
    throw badInput('countyCode must be the 6-digit code of a Ningbo district or county.', 'countyCode');
  }
  const publicTitle = requireGenericTitle(input.publicTitle);
  if (!Number.isInteger(input.valueFen) || input.valueFen < 1 || input.valueFen > MAX_MICRO_WISH_FEN) {
    throw badInput(`valueFen must be a whole number of fen from 1 to ${MAX_MICRO_WISH_FEN}.`, 'valueFen');
  }
  // Row level: the household's place as services knows it (its referrals' village), never the input's county.
  const village = await knownHouseholdVillage(context.db, householdId, context.referralSync, context.logger);
  if (!mayCollectMicroWish(context.claims, village)) throw notFound('Household');
  if (village!.slice(0, 6) !== input.countyCode) throw badInput("countyCode must be the county of the household's village.", 'countyCode');
  if (needId && !(await isKnownNeedOf(context.db, needId, householdId))) {
    throw badInput('needId must be a need of this household that services knows through a referral.', 'needId');
  }
  return context.db.transaction(async (tx) => {
    const [wish] = await tx
      .insert(microWishes)
      .values({
        householdId,
        needId,
        countyCode: input.countyCode,
        publicTitle,
        category: input.category,
        valueFen: input.valueFen,
        collectedBySubject: context.claims.sub,
      })
      .returning();
    await tx.insert(microWishEvents).values({
      wishId: wish!.id,
      fromStatus: null,
      toStatus: 'PUBLISHED',
      actorSubject: context.claims.sub,
      actorRole: actorRole(context.claims),
    });
    return wish!;
  });
}

export function claimMicroWish(context: ServicesContext, args: { id: string }) {
  const id = requireId(args.id, 'id');
  return transitionMicroWish(context.db, context.claims, id, 'claim', {
    claimedBySubject: context.claims.sub,
    claimedByOrganizationId: actingOrganization(context.claims),
    claimedAt: new Date(),
  });
}

export async function deliverMicroWish(context: ServicesContext, args: { id: string; teamId: string }) {
  const id = requireId(args.id, 'id');
  const teamId = requireId(args.teamId, 'teamId');
  const [team] = await context.db
    .select({ id: volunteerTeams.id, organizationId: volunteerTeams.organizationId, regionCode: consortia.regionCode })
    .from(volunteerTeams)
    .innerJoin(consortia, eq(consortia.id, volunteerTeams.consortiumId))
    .where(eq(volunteerTeams.id, teamId));
  const viewer = await context.viewer();
  if (!team || !actsForTeam(context.claims, viewer, team)) throw notFound('Volunteer team');
  await wishFor(context, id, (wish) => mayDeliverMicroWish(context.claims, viewer, wish, team));
  return transitionMicroWish(context.db, context.claims, id, 'deliver', { deliveredByTeamId: team.id, deliveredAt: new Date() });
}

export async function confirmMicroWish(context: ServicesContext, args: { id: string }) {
  const id = requireId(args.id, 'id');
  await wishFor(context, id, async (wish) => mayConfirmMicroWish(context.claims, await microWishFacts(context, wish)));
  return transitionMicroWish(context.db, context.claims, id, 'confirm', { confirmedAt: new Date() });
}

export async function cancelMicroWish(context: ServicesContext, args: { id: string; reason: string }) {
  const id = requireId(args.id, 'id');
  const reason = requireText(args.reason, 'reason', { min: 1, max: 200 });
  await wishFor(context, id, async (wish) => mayCancelMicroWish(context.claims, await microWishFacts(context, wish)));
  return transitionMicroWish(context.db, context.claims, id, 'cancel', { cancelledAt: new Date(), cancelReason: reason }, reason);
}

/**
 * A volunteer's deliveries (work list): wishes the volunteer claimed under their own token, or that a team they
 * belong to delivered; one statement, newest claim first. A token with no volunteer record gets none.
 */
export async function volunteerDeliveries(context: ServicesContext, args: { status?: MicroWishRow['status'] | null; first?: number | null }): Promise<MicroWishRow[]> {
  const size = pageSize(args.first);
  const viewer = await context.viewer();
  if (!viewer.volunteer) return [];
  const mine = [eq(microWishes.claimedBySubject, context.claims.sub)];
  if (viewer.teamIds.size > 0) mine.push(inArray(microWishes.deliveredByTeamId, [...viewer.teamIds]));
  const rows = await context.db
    .select()
    .from(microWishes)
    .where(and(or(...mine), args.status ? eq(microWishes.status, args.status) : undefined))
    .orderBy(sql`${microWishes.claimedAt} desc nulls last`, desc(microWishes.id))
    .limit(size);
  for (const row of rows) context.loaders.microWishById.prime(row.id, row);
  return rows;
}
