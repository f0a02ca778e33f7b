import { referencedRow } from '@aid/shared/database/batching.js';
import type { CharityContext } from '../context.js';
import type { SupportAwardRow } from '../db/schema.js';
import type { SupportAwardResolvers } from '../generated/graphql.js';
import { actingSideName } from '../support.js';

export const SupportAward = {
  organization: (award: SupportAwardRow, _: unknown, context: CharityContext) =>
    referencedRow(context.loaders.organizationById.load(award.organizationId), 'organisation'),
  awardingBody: (award: SupportAwardRow) => actingSideName(award.awarderKey),
  deliverables: (award: SupportAwardRow, _: unknown, context: CharityContext) => context.loaders.deliverablesByAward.load(award.id),
  recordedAt: (award: SupportAwardRow) => award.recordedAt.toISOString(),
  closedAt: (award: SupportAwardRow) => award.closedAt?.toISOString() ?? null,
} satisfies SupportAwardResolvers;
