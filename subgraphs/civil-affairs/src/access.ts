import { hasRole, type Claims } from '@aid/shared/auth.js';
import type { ConsentRow, HouseholdRow, ReferralRow } from './db/schema.js';
import { consentCoversRecipient } from './consent.js';

/**
 * Row level: which households a caller may see. Civil-affairs staff see the households of their region
 * (county, town or village code in the token). A charity organisation sees a household only through a
 * referral it holds under active consent (holderSeesHousehold). Not found and not allowed look the same.
 */
export function canSeeHousehold(claims: Claims, household: Pick<HouseholdRow, 'villageCode'>): boolean {
  return isCivilStaff(claims) && household.villageCode.startsWith(claims.region!);
}

/** Civil-affairs staff bound to a region. */
export function isCivilStaff(claims: Claims): boolean {
  return hasRole(claims, 'village_worker', 'town_worker', 'civil_officer') && claims.region !== undefined;
}

/** The region prefix a list query is confined to, or null when the caller may list nothing. */
export function listableRegion(claims: Claims, requested?: string | null): string | null {
  if (!isCivilStaff(claims)) return null;
  const region = claims.region!;
  if (!requested) return region;
  if (requested.startsWith(region)) return requested;
  if (region.startsWith(requested)) return region;
  return null;
}

/** States in which the holding organisation works the case and may see consented fields (DESIGN section 3, step 5). */
export const HOLDER_ACCESS_STATUSES: ReadonlySet<ReferralRow['status']> = new Set(['ACCEPTED', 'IN_PROGRESS', 'ON_HOLD']);

/** True when the caller's organisation holds the referral (any state it was claimed in). */
export function holdsReferral(claims: Claims, referral: Pick<ReferralRow, 'organizationId'>): boolean {
  return hasRole(claims, 'charity_org') && claims.org !== undefined && referral.organizationId === claims.org;
}

/** A holder sees the household's consented fields while it works the case and the consent stays active. */
export function holderSeesHousehold(claims: Claims, referral: ReferralRow, consent: ConsentRow | null, now = new Date()): boolean {
  return (
    holdsReferral(claims, referral) &&
    HOLDER_ACCESS_STATUSES.has(referral.status) &&
    consent !== null &&
    consentCoversRecipient(consent, claims.org!, now)
  );
}

/**
 * The provincial system reads a referral's non-personal fields (status, programme, need, outcome, dates) to
 * join the aid outcomes of its feed through the graph (DESIGN section 5): read-only, province-wide when its
 * token has no region, else within that region. It never reaches the household through the referral
 * (`household`, `consent`, `consentedContact` stay behind the household and holder rules).
 */
export function provincialSeesReferral(claims: Claims, referral: Pick<ReferralRow, 'villageCode'>): boolean {
  return hasRole(claims, 'provincial_system') && (!claims.region || referral.villageCode.startsWith(claims.region));
}

/** Who may read a referral: staff of its region, the organisation holding it, or the provincial system. */
export function canSeeReferral(claims: Claims, referral: ReferralRow): boolean {
  return canSeeHousehold(claims, referral) || holdsReferral(claims, referral) || provincialSeesReferral(claims, referral);
}
