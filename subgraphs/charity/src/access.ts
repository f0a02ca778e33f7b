import { eq, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { CIVIL_STAFF, EVERYONE, rule, type RowRules } from '@aid/shared/security/row-rules.js';
import { hasRole, type Claims } from '@aid/shared/security/auth.js';
import { actingOrganization, isProvinceWide, readsRegion, regionCoversSql, regionScope } from '@aid/shared/security/claims.js';
import { disbursements, referrals, type DisbursementRow, type DonationRow, type ProjectRow } from './db/schema.js';

export { actingOrganization };

/**
 * Row level: which charity records a caller may see or change. Field directives in the SDL say which roles
 * and scopes may ask; these rules say which rows they get. Not found and not allowed look the same.
 */

const PUBLIC_STATUSES: ReadonlySet<ProjectRow['status']> = new Set(['PUBLISHED', 'CLOSED']);

export function isFederation(claims: Claims): boolean {
  return hasRole(claims, 'charity_federation');
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
 * Whether the caller's region covers a recipient's village: the household's 12-digit village as the
 * referral read model knows it (`referrals.village_code`, from civil-affairs' feed). A village worker covers
 * their village only, never the rest of the town; a village that is not known is covered by no region.
 */
export function regionCoversVillage(claims: Claims, villageCode: string | null): boolean {
  return isProvinceWide(claims) || readsRegion(claims, villageCode);
}

/** The SQL twin of `regionCoversVillage` for a region-bound caller, over a village column; null otherwise. */
function villageInRegion(claims: Claims, villageCode: AnyPgColumn): SQL | null {
  const scope = regionScope(claims);
  return scope === null ? null : regionCoversSql(scope, villageCode);
}

/**
 * A disbursement with the village of its recipient, as the referral read model knows it (LEFT JOIN on the
 * referral id). The disbursement itself keeps only the 9-digit town, for the public counts by town.
 */
export type PlacedDisbursement = DisbursementRow & { villageCode: string | null };

/**
 * Disbursements: the paying organisation, the federation, and aid readers whose region covers the
 * recipient's village (province-wide provincial system: all).
 */
export function canSeeDisbursement(
  claims: Claims,
  disbursement: Pick<DisbursementRow, 'organizationId'> & { villageCode: string | null },
): boolean {
  if (isFederation(claims) || actingOrganization(claims) === disbursement.organizationId) return true;
  return regionCoversVillage(claims, disbursement.villageCode);
}

/**
 * A household's aid history (`Household.charityAid`, `PreAidCheck.charityAid`), as an SQL condition over
 * `disbursements` LEFT JOINed to the referral read model `referrals` on the referral id, or null when the
 * caller sees none (then no query runs). These fields are reachable at the subgraph through `_entities` by
 * any household id, so the household's region is checked here, not only by civil-affairs at the gateway:
 * - region-bound callers: disbursements whose referral's village (read model `village_code`) lies in their
 *   region (a village worker: their village only); a referral without a known village is shown to none;
 * - the provincial system (no region): all;
 * - a charity organisation: the disbursements it paid (as `canSeeDisbursement`);
 * - everyone else, the federation included (it follows money by project and referral, not by household):
 *   nothing, which reads the same as a household without aid.
 */
export function visibleHouseholdAid(claims: Claims): SQL | null {
  if (isProvinceWide(claims)) return sql`true`;
  const any: SQL[] = [];
  const region = villageInRegion(claims, referrals.villageCode);
  if (region !== null) any.push(region);
  const organization = actingOrganization(claims);
  if (organization !== null) any.push(eq(disbursements.organizationId, organization));
  return any.length === 0 ? null : or(...any)!;
}

/**
 * The money paid for a need (`Need.charityFundedFen`), as an SQL condition over the read model `referrals`
 * (joined to `disbursements`), or null when the caller may see no need's funding. Who may see it: the
 * federation and the province-wide provincial system (all); region-bound callers (civil staff, a regional
 * provincial system) for needs whose village lies in their region; a charity organisation for needs of which
 * it holds a referral (then the whole sum, whoever paid: it must see what the need already got). Everyone
 * else (professionals, volunteers, other organisations) reads 0, exactly as for a need nothing was paid for.
 */
export function visibleNeedFunding(claims: Claims): SQL | null {
  if (isFederation(claims) || isProvinceWide(claims)) return sql`true`;
  const any: SQL[] = [];
  const region = villageInRegion(claims, referrals.villageCode);
  if (region !== null) any.push(region);
  const organization = actingOrganization(claims);
  if (organization !== null) {
    any.push(sql`${referrals.needId} in (select held.need_id from ${referrals} held where held.organization_id = ${organization})`);
  }
  return any.length === 0 ? null : or(...any)!;
}

/**
 * The row-rule registry of charity: every root field, mutation and entity reference, the roles that reach it,
 * and which rows they get. A role not listed is refused before the resolver runs; the rows are decided by the
 * predicates above. `docs/authorization.md` is generated from this table.
 */
export const ROW_RULES: RowRules = {
  Query: {
    charityOrganization: rule(EVERYONE, 'Any organisation (public registry data, no personal data).'),
    charityOrganizations: rule(EVERYONE, 'All organisations (public registry data).'),
    charityProject: rule(EVERYONE, 'Published and closed projects; drafts and reviews only for the owner and the federation.'),
    charityProjects: rule(EVERYONE, 'Published and closed projects, plus the caller\'s own (federation: all).'),
    donations: rule(['charity_federation', 'charity_org'], 'Donations received by the caller\'s organisation (federation: all).'),
    disbursements: rule(['charity_federation', 'charity_org'], 'Disbursements paid by the caller\'s organisation (federation: all).'),
    charityDisclosure: rule(EVERYONE, 'Public disclosure: projects\' totals, donors only where they agreed.'),
  },
  Mutation: {
    registerCharityOrganization: rule(['charity_federation'], 'The federation registers member organisations.'),
    recordOrganizationQualification: rule(['charity_federation'], 'Any organisation.'),
    addCharityResource: rule(['charity_org'], 'The caller\'s own organisation.'),
    createCharityProject: rule(['charity_org'], 'A project of the caller\'s own organisation.'),
    updateCharityProject: rule(['charity_org'], 'A project of the caller\'s own organisation, at its expected version.'),
    submitCharityProject: rule(['charity_org'], 'A draft of the caller\'s own organisation.'),
    approveCharityProject: rule(['charity_federation'], 'A project under review.'),
    rejectCharityProject: rule(['charity_federation'], 'A project under review, with a reason.'),
    closeCharityProject: rule(['charity_org', 'charity_federation'], 'The owner\'s project (federation: any).'),
    recordDonation: rule(['charity_org'], 'A published project of the caller\'s own organisation; idempotent by key.'),
    recordDisbursement: rule(
      ['charity_org'],
      'From a published project of the caller\'s organisation, for a referral it holds and has accepted (confirmed with civil-affairs); idempotent by key.',
    ),
  },
  entities: {
    CharityOrganization: rule(EVERYONE, 'Any organisation (public registry data).'),
    CharityProject: rule(EVERYONE, 'As Query.charityProject.'),
    Household: rule(
      [...CIVIL_STAFF, 'charity_org', 'provincial_system'],
      'charityAid: disbursements for referrals of the caller\'s region (province-wide provincial system: all); an organisation: what it paid.',
    ),
    PreAidCheck: rule(CIVIL_STAFF, 'charityAid in the check\'s window, by the Household rule.'),
    Referral: rule(
      [...CIVIL_STAFF, 'charity_org', 'charity_federation', 'provincial_system'],
      'fundings: by the disbursement rule (payer, federation, region readers).',
    ),
    Need: rule(
      [...CIVIL_STAFF, 'charity_org', 'charity_federation', 'professional', 'volunteer', 'provincial_system'],
      'fundingProjects (public) and charityFundedFen (only for callers who may see the need\'s funding).',
    ),
  },
};
