import type { Programme } from '@aid/shared/domain/vocabulary.js';
import { isUuid } from '@aid/shared/domain/ids.js';
import type { CharityContext } from '../context.js';
import type { NeedResolvers } from '../generated/graphql.js';

/** A need as the gateway sends it: its key, plus `programme` where a field @requires it. */
export interface NeedReference {
  id: string;
  programme?: Programme;
}

export const Need = {
  __resolveReference: (reference: NeedReference) => reference,
  fundingProjects: (need: NeedReference, _: unknown, context: CharityContext) =>
    need.programme ? context.loaders.fundingProjectsByProgramme.load(need.programme) : [],
  charityFundedFen: (need: NeedReference, _: unknown, context: CharityContext) =>
    isUuid(need.id) ? context.loaders.fundedFenByNeed.load(need.id) : 0,
} satisfies NeedResolvers;
