import { like, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { hasRole, type Claims } from './auth.js';
import { CIVIL_STAFF_ROLES, REGION_BOUND_ROLES, type RegionBoundRole } from './roles.js';

/**
 * What a verified token says about the caller's reach, each asked in one place. Row rules in every
 * subgraph's access module build on these; nothing else reads `claims.org` or `claims.region` to decide
 * visibility.
 */

/** The charity organisation the caller acts for (a `charity_org` token bound to one), else null. */
export function actingOrganization(claims: Claims): string | null {
  return hasRole(claims, 'charity_org') && claims.org ? claims.org : null;
}

/** Civil-affairs staff (village, town or county) bound to a region. */
export function isCivilStaff(claims: Claims): boolean {
  return hasRole(claims, ...CIVIL_STAFF_ROLES) && claims.region !== undefined;
}

/** The provincial system with no region in its token reads the whole province. */
export function isProvinceWide(claims: Claims): boolean {
  return hasRole(claims, 'provincial_system') && !claims.region;
}

/**
 * The region-bound reader rule, in one place: a caller in one of the region-bound roles whose token names a
 * region reads the records of that region and of nothing else. `regionScope` is the region prefix (6-digit
 * county, 9-digit town or 12-digit village) such a caller covers, null for every other caller; `roles`
 * narrows which region-bound roles count for a rule (e.g. civil-affairs staff only). The full code is kept:
 * a village worker covers their village, never the whole town. `readsRegion` applies it to a record's region
 * code, and `regionCoversSql` is its SQL twin.
 */
export function regionScope(claims: Claims, roles: readonly RegionBoundRole[] = REGION_BOUND_ROLES): string | null {
  if (!claims.region || !hasRole(claims, ...roles)) return null;
  return claims.region;
}

/** Whether the caller, as a region-bound reader in one of `roles`, covers a record's region code. */
export function readsRegion(claims: Claims, code: string | null | undefined, roles: readonly RegionBoundRole[] = REGION_BOUND_ROLES): boolean {
  return regionCovers(regionScope(claims, roles), code);
}

/**
 * Whether a region prefix covers a record's region code. An unknown code (null) is covered by no region, so
 * region-bound callers never see a record whose place is not known.
 */
export function regionCovers(scope: string | null, code: string | null | undefined): boolean {
  return scope !== null && typeof code === 'string' && code.startsWith(scope);
}

/**
 * The SQL twin of `regionCovers`: the column's region code lies under the prefix. Tokens and region arguments
 * carry only digits (shared/src/security/auth.ts, shared/src/domain/regions.ts), so the prefix holds no LIKE
 * wildcard.
 */
export function regionCoversSql(scope: string, code: AnyPgColumn | SQL): SQL {
  return like(code, `${scope}%`);
}

/** Whether the caller acts for this organisation (never true for a record that names none). */
export function actsForOrganization(claims: Claims, organizationId: string | null | undefined): boolean {
  const own = actingOrganization(claims);
  return own !== null && typeof organizationId === 'string' && organizationId === own;
}
