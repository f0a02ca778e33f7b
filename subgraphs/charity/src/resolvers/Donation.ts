import type { CharityContext } from '../context.js';
import type { DonationRow } from '../db/schema.js';

export const Donation = {
  project: (donation: DonationRow, _: unknown, context: CharityContext) => context.loaders.projectById.load(donation.projectId),
  donatedAt: (donation: DonationRow) => donation.donatedAt.toISOString(),
  recordedAt: (donation: DonationRow) => donation.recordedAt.toISOString(),
};
