import { and, eq, gt, isNull, or, sql, type SQL } from 'drizzle-orm';
import { consents, type ConsentRow } from './db/schema.js';

export type ConsentStatus = 'ACTIVE' | 'EXPIRED' | 'WITHDRAWN' | 'PENDING';

export function consentStatus(consent: ConsentRow, now = new Date()): ConsentStatus {
  if (consent.withdrawnAt) return 'WITHDRAWN';
  if (consent.validFrom > now) return 'PENDING';
  if (consent.validUntil <= now) return 'EXPIRED';
  return 'ACTIVE';
}

/**
 * The consent-coverage rule: an active consent for the purpose REFERRAL that names `organizationId` or every
 * federation member. Each half has its SQL twin below, for lists that filter in the database (the pool).
 */
export function consentCoversRecipient(consent: ConsentRow, organizationId: string | null, now = new Date()): boolean {
  return consentActiveForReferral(consent, now) && consentNamesRecipient(consent, organizationId);
}

/** Active now (not withdrawn, started, not expired) and given for referral. */
export function consentActiveForReferral(consent: ConsentRow, now = new Date()): boolean {
  return consentStatus(consent, now) === 'ACTIVE' && consent.purposes.includes('REFERRAL');
}

/** Names the organisation as a recipient, or every federation member. */
export function consentNamesRecipient(consent: ConsentRow, organizationId: string | null): boolean {
  return consent.allFederationMembers || (organizationId !== null && consent.recipientOrganizationIds.includes(organizationId));
}

/** The SQL twin of `consentActiveForReferral` over `consents`. */
export function consentActiveForReferralSql(now: Date): SQL {
  return and(
    isNull(consents.withdrawnAt),
    sql`${consents.validFrom} <= ${now.toISOString()}::timestamptz`,
    gt(consents.validUntil, now),
    sql`'REFERRAL' = any(${consents.purposes})`,
  )!;
}

/** The SQL twin of `consentNamesRecipient` over `consents`. */
export function consentNamesRecipientSql(organizationId: string): SQL {
  return or(eq(consents.allFederationMembers, true), sql`${organizationId}::uuid = any(${consents.recipientOrganizationIds})`)!;
}

export function consentCovers(consent: ConsentRow, category: string): boolean {
  return consent.dataCategories.includes(category);
}

/**
 * True when an active consent allows a referral: to the organisation it is directed to, or (to the pool)
 * to all federation members or at least one named organisation (only those may then claim it).
 */
export function consentAllowsReferral(consent: ConsentRow, directedTo: string | null, now = new Date()): boolean {
  if (directedTo) return consentCoversRecipient(consent, directedTo, now);
  return consentCoversRecipient(consent, consent.allFederationMembers ? null : (consent.recipientOrganizationIds[0] ?? null), now);
}
