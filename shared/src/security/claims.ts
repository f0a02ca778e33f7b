import { hasRole, type Claims } from './auth.js';

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
  return hasRole(claims, 'village_worker', 'town_worker', 'civil_officer') && claims.region !== undefined;
}

/** The provincial system with no region in its token reads the whole province. */
export function isProvinceWide(claims: Claims): boolean {
  return hasRole(claims, 'provincial_system') && !claims.region;
}

/**
 * The region prefix (6-digit county, 9-digit town or 12-digit village) a region-bound reader covers:
 * civil-affairs staff, and a provincial system whose token names a region. Null for every other caller.
 * The full code is kept: a village worker covers their village, never the whole town.
 */
export function regionScope(claims: Claims): string | null {
  if (!claims.region || !hasRole(claims, 'village_worker', 'town_worker', 'civil_officer', 'provincial_system')) return null;
  return claims.region;
}

/**
 * Whether a region prefix covers a record's region code. An unknown code (null) is covered by no region, so
 * region-bound callers never see a record whose place is not known.
 */
export function regionCovers(scope: string | null, code: string | null | undefined): boolean {
  return scope !== null && typeof code === 'string' && code.startsWith(scope);
}

/** Whether the caller acts for this organisation (never true for a record that names none). */
export function actsForOrganization(claims: Claims, organizationId: string | null | undefined): boolean {
  const own = actingOrganization(claims);
  return own !== null && typeof organizationId === 'string' && organizationId === own;
}
