import { isUuid } from '@aid/shared/domain/ids.js';
import type { ServicesContext } from '../context.js';
import type { NeedResolvers } from '../generated/graphql.js';

/** Civil affairs owns Need (the standard need library); services adds its micro-wish. */
export const Need = {
  __resolveReference: (reference: { id: string }) => (isUuid(reference.id) ? { id: reference.id.toLowerCase() } : null),
  microWish: (need: { id: string }, _: unknown, context: ServicesContext) => context.loaders.latestMicroWishByNeed.load(need.id),
} satisfies NeedResolvers;
