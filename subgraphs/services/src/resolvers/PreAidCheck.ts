import { isUuid } from '@aid/shared/domain/ids.js';
import type { ServicesContext } from '../context.js';
import { tryParseWindow, type Window } from '../input.js';
import type { PreAidCheckResolvers } from '../generated/graphql.js';

interface PreAidCheckReference {
  id: string;
  householdId: string;
  windowStart: string;
  windowEnd: string;
}

export type ResolvedCheck = PreAidCheckReference & { window: Window };

/**
 * Civil affairs owns PreAidCheck (救前查询); the gateway asks services for `servicesReceived` by the compound
 * key, and civil affairs computes the verdict from it with @requires (docs/contracts.md).
 */
export const PreAidCheck = {
  __resolveReference(reference: PreAidCheckReference): ResolvedCheck | null {
    if (!isUuid(reference.householdId)) return null;
    const window = tryParseWindow(reference.windowStart, reference.windowEnd);
    return window ? { ...reference, householdId: reference.householdId.toLowerCase(), window } : null;
  },
  servicesReceived: (check: ResolvedCheck, _: unknown, context: ServicesContext) =>
    context.loaders.servicesReceived.load({ householdId: check.householdId, window: check.window }),
} satisfies PreAidCheckResolvers;
