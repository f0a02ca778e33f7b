import { hasRole, type Claims } from '@aid/shared/auth.js';
import type { DisbursementRow, DonationRow, ProjectRow } from './db/schema.js';

/**
 * Row level: which charity records a caller may see or change. Field directives in the SDL say which roles
 * and scopes may ask; these rules say which rows they get. Not found and not allowed look the same.
 */

const PUBLIC_STATUSES: ReadonlySet<ProjectRow['status']> = new Set(['PUBLISHED', 'CLOSED']);

export function isFederation(claims: Claims): boolean {
  return hasRole(claims, 'charity_federation');
}

/** The organisation a caller acts for, if the token binds it to one (charity_org). */
export function actingOrganization(claims: Claims): string | null {
  return hasRole(claims, 'charity_org') && claims.org ? claims.org : null;
}

/** Published and closed projects are public (信息公开); drafts and reviews only for the owner and the federation. */
export function canSeeProject(claims: Claims, project: Pick<ProjectRow, 'status' | 'organizationId'>): boolean {
  if (PUBLIC_STATUSES.has(project.status)) return true;
  return isFederation(claims) || actingOrganization(claims) === project.organizationId;
}

/** The statuses a project list shows the caller when it may not see every project. */
export function publicStatuses(): ProjectRow['status'][] {
  return [...PUBLIC_STATUSES];
}

/** Internal details of a project (review history, rejection reason): the owner and the federation. */
export function canSeeProjectInternals(claims: Claims, project: Pick<ProjectRow, 'organizationId'>): boolean {
  return isFederation(claims) || actingOrganization(claims) === project.organizationId;
}

/** Donations: the receiving organisation and the federation. */
export function canSeeDonation(claims: Claims, donation: Pick<DonationRow, 'organizationId'>): boolean {
  return isFederation(claims) || actingOrganization(claims) === donation.organizationId;
}

/**
 * Whether the caller's region covers a recipient's town. Civil-affairs staff are bound to a county, town or
 * village; charity keeps only the 9-digit town, so a village-bound worker is matched on their town. A
 * machine client without a region (the provincial system) covers the whole province. When the read model
 * has no town for a recipient (older feed), the region cannot be checked here and the caller's scope
 * decides; the gateway path has already passed civil-affairs' own region check.
 */
export function regionCoversTown(claims: Claims, townCode: string | null): boolean {
  if (hasRole(claims, 'provincial_system') && !claims.region) return true;
  if (!hasRole(claims, 'village_worker', 'town_worker', 'civil_officer', 'provincial_system') || !claims.region) return false;
  if (townCode === null) return true;
  return townCode.startsWith(claims.region) || claims.region.startsWith(townCode);
}

/** Disbursements: the paying organisation, the federation, and aid readers of the recipient's region. */
export function canSeeDisbursement(claims: Claims, disbursement: Pick<DisbursementRow, 'organizationId' | 'townCode'>): boolean {
  if (isFederation(claims) || actingOrganization(claims) === disbursement.organizationId) return true;
  return regionCoversTown(claims, disbursement.townCode);
}
