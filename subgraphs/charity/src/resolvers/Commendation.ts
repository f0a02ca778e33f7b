import type { CharityContext } from '../context.js';
import type { CommendationRow } from '../db/schema.js';
import type { CommendationResolvers } from '../generated/graphql.js';
import { actingSideName } from '../support.js';

export const Commendation = {
  awardingBody: (commendation: CommendationRow) => actingSideName(commendation.awarderKey),
  organization: (commendation: CommendationRow, _: unknown, context: CharityContext) =>
    commendation.organizationId === null ? null : context.loaders.organizationById.load(commendation.organizationId),
  honoreeDisplayName: (commendation: CommendationRow) => commendation.honoreeMasked,
} satisfies CommendationResolvers;
