import { isUuid } from '@aid/shared/domain/ids.js';
import type { ServicesContext } from '../context.js';
import type { MicroWishEventRow, MicroWishRow } from '../db/schema.js';
import { toIso } from '../input.js';
import type { MicroWishEventResolvers, MicroWishResolvers } from '../generated/graphql.js';

export const MicroWish = {
  __resolveReference: (reference: { id: string }, context: ServicesContext) =>
    isUuid(reference.id) ? context.loaders.microWishById.load(reference.id) : null,
  publishedAt: (wish: MicroWishRow) => toIso(wish.publishedAt),
  claimedAt: (wish: MicroWishRow) => toIso(wish.claimedAt),
  deliveredAt: (wish: MicroWishRow) => toIso(wish.deliveredAt),
  confirmedAt: (wish: MicroWishRow) => toIso(wish.confirmedAt),
  cancelledAt: (wish: MicroWishRow) => toIso(wish.cancelledAt),
  claimedByOrganization: (wish: MicroWishRow) => (wish.claimedByOrganizationId ? { id: wish.claimedByOrganizationId } : null),
  claimedByMe: (wish: MicroWishRow, _: unknown, context: ServicesContext) => wish.claimedBySubject === context.claims.sub,
  deliveredBy: (wish: MicroWishRow, _: unknown, context: ServicesContext) =>
    wish.deliveredByTeamId ? context.loaders.teamById.load(wish.deliveredByTeamId) : null,
  need: (wish: MicroWishRow) => (wish.needId ? { id: wish.needId } : null),
  household: (wish: MicroWishRow) => ({ id: wish.householdId }),
  history: (wish: MicroWishRow, _: unknown, context: ServicesContext) => context.loaders.eventsByMicroWish.load(wish.id),
} satisfies MicroWishResolvers;

export const MicroWishEvent = {
  from: (event: MicroWishEventRow) => event.fromStatus,
  to: (event: MicroWishEventRow) => event.toStatus,
  occurredAt: (event: MicroWishEventRow) => toIso(event.occurredAt),
} satisfies MicroWishEventResolvers;
