import type { CharityContext } from '../context.js';
import type { DonationRow } from '../db/schema.js';
import type { DonationResolvers } from '../generated/graphql.js';
import { referencedRow } from '@aid/shared/database/batching.js';

export const Donation = {
  project: (donation: DonationRow, _: unknown, context: CharityContext) => referencedRow(context.loaders.projectById.load(donation.projectId), 'project'),
  donatedAt: (donation: DonationRow) => donation.donatedAt.toISOString(),
  recordedAt: (donation: DonationRow) => donation.recordedAt.toISOString(),
} satisfies DonationResolvers;
