import { hasRole, type Claims } from './auth.js';

/**
 * The town-code prefix a region-bound caller covers in a subgraph that knows recipients only by town (charity
 * and services keep the 9-digit town of each referral, never the village): civil-affairs staff (village, town,
 * county) and a provincial client bound to a region. A county (6 digits) or town (9) covers the towns under
 * it; a village-bound worker (12) is matched on their town. Null for every other caller, and for a
 * region-bound role whose token has no region.
 */
export function townScope(claims: Claims): string | null {
  if (!claims.region || !hasRole(claims, 'village_worker', 'town_worker', 'civil_officer', 'provincial_system')) return null;
  return claims.region.slice(0, 9);
}

/**
 * The provincial system with no region in its token covers the whole province; with one, it reads what a
 * county officer of that region reads.
 */
export function isProvinceWide(claims: Claims): boolean {
  return hasRole(claims, 'provincial_system') && !claims.region;
}
