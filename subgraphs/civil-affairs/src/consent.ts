import type { ConsentRow } from './db/schema.js';

export type ConsentStatus = 'ACTIVE' | 'EXPIRED' | 'WITHDRAWN' | 'PENDING';

export function consentStatus(consent: ConsentRow, now = new Date()): ConsentStatus {
  if (consent.withdrawnAt) return 'WITHDRAWN';
  if (consent.validFrom > now) return 'PENDING';
  if (consent.validUntil <= now) return 'EXPIRED';
  return 'ACTIVE';
}

/** True when an active consent allows referral to `organizationId` (named, or every federation member). */
export function consentCoversRecipient(consent: ConsentRow, organizationId: string | null, now = new Date()): boolean {
  if (consentStatus(consent, now) !== 'ACTIVE' || !consent.purposes.includes('REFERRAL')) return false;
  if (consent.allFederationMembers) return true;
  return organizationId !== null && consent.recipientOrganizationIds.includes(organizationId);
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
