import { eq, sql } from 'drizzle-orm';
import type { Claims } from '@aid/shared/security/auth.js';
import type { Queryable } from '@aid/shared/database/database.js';
import { conflict, domainError, ErrorCode, notFound } from '@aid/shared/errors/domain-errors.js';
import { microWishes, microWishEvents, type MicroWishRow } from './db/schema.js';

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
