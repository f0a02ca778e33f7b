import { hasRole, type Claims } from '@aid/shared/auth.js';
import type { HouseholdRow } from './db/schema.js';

/**
 * Row level: which households a caller may see. Civil-affairs staff see the households of their region
 * (county, town or village code in the token). Everyone else sees none here; later access paths (a charity
 * holding a consented referral, an assigned professional) are added beside this rule.
 */
export function canSeeHousehold(claims: Claims, household: Pick<HouseholdRow, 'villageCode'>): boolean {
  if (!hasRole(claims, 'village_worker', 'town_worker', 'civil_officer')) return false;
  return claims.region !== undefined && household.villageCode.startsWith(claims.region);
}

/** The region prefix a list query is confined to, or null when the caller may list nothing. */
export function listableRegion(claims: Claims, requested?: string | null): string | null {
  if (!hasRole(claims, 'village_worker', 'town_worker', 'civil_officer') || !claims.region) return null;
  if (!requested) return claims.region;
  if (requested.startsWith(claims.region)) return requested;
  if (claims.region.startsWith(requested)) return claims.region;
  return null;
}
