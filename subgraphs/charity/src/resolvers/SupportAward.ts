import type { CharityContext } from '../context.js';
import type { SupportAwardRow } from '../db/schema.js';
import { actingSideName } from '../support.js';

export const SupportAward = {
  organization: (award: SupportAwardRow, _: unknown, context: CharityContext) => context.loaders.organizationById.load(award.organizationId),
  awardingBody: (award: SupportAwardRow) => actingSideName(award.awarderKey),
  deliverables: (award: SupportAwardRow, _: unknown, context: CharityContext) => context.loaders.deliverablesByAward.load(award.id),
  recordedAt: (award: SupportAwardRow) => award.recordedAt.toISOString(),
  closedAt: (award: SupportAwardRow) => award.closedAt?.toISOString() ?? null,
};
