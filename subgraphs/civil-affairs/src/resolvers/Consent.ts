import type { CivilAffairsContext } from '../context.js';
import { consentStatus } from '../consent.js';
import type { ConsentRow } from '../db/schema.js';
import type { ConsentResolvers } from '../generated/graphql.js';

export const Consent = {
  household: (consent: ConsentRow, _: unknown, context: CivilAffairsContext) => context.loaders.householdById.load(consent.householdId),
  subject: (consent: ConsentRow, _: unknown, context: CivilAffairsContext) => context.loaders.personById.load(consent.subjectId),
  givenBy: (consent: ConsentRow, _: unknown, context: CivilAffairsContext) => context.loaders.personById.load(consent.givenById),
  recipients: (consent: ConsentRow) => consent.recipientOrganizationIds.map((id) => ({ id })),
  validFrom: (consent: ConsentRow) => consent.validFrom.toISOString(),
  validUntil: (consent: ConsentRow) => consent.validUntil.toISOString(),
  status: (consent: ConsentRow) => consentStatus(consent),
  withdrawnAt: (consent: ConsentRow) => consent.withdrawnAt?.toISOString() ?? null,
  recordedAt: (consent: ConsentRow) => consent.recordedAt.toISOString(),
} satisfies ConsentResolvers;
