import { eq, like, or, sql, type SQL } from 'drizzle-orm';
import { CIVIL_STAFF, EVERYONE, rule, type RowRules } from '@aid/shared/row-rules.js';
import { hasRole, type Claims } from '@aid/shared/auth.js';
import { disbursements, referrals, type DisbursementRow, type DonationRow, type ProjectRow } from './db/schema.js';
import { isProvinceWide, townScope } from '@aid/shared/region-scope.js';

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
 * Whether the caller's region covers a recipient's town. A town that is not known (a read-model row without
 * it) is covered by no region: region-bound callers do not see it.
 */
export function regionCoversTown(claims: Claims, townCode: string | null): boolean {
  if (isProvinceWide(claims)) return true;
  const scope = townScope(claims);
  return scope !== null && townCode !== null && townCode.startsWith(scope);
}

/** Disbursements: the paying organisation, the federation, and aid readers of the recipient's region. */
export function canSeeDisbursement(claims: Claims, disbursement: Pick<DisbursementRow, 'organizationId' | 'townCode'>): boolean {
  if (isFederation(claims) || actingOrganization(claims) === disbursement.organizationId) return true;
  return regionCoversTown(claims, disbursement.townCode);
}

/**
 * A household's aid history (`Household.charityAid`, `PreAidCheck.charityAid`), as an SQL condition over
 * `disbursements` LEFT JOINed to the referral read model `referrals` on the referral id, or null when the
 * caller sees none (then no query runs). These fields are reachable at the subgraph through `_entities` by
 * any household id, so the household's region is checked here, not only by civil-affairs at the gateway:
 * - region-bound callers: disbursements whose referral's town (read model `town_code`) lies in their
 *   region; a referral without a known town is shown to none of them;
 * - the provincial system (no region): all;
 * - a charity organisation: the disbursements it paid (as `canSeeDisbursement`);
 * - everyone else, the federation included (it follows money by project and referral, not by household):
 *   nothing, which reads the same as a household without aid.
 */
export function visibleHouseholdAid(claims: Claims): SQL | null {
  if (isProvinceWide(claims)) return sql`true`;
  const any: SQL[] = [];
  const scope = townScope(claims);
  if (scope !== null) any.push(like(referrals.townCode, `${scope}%`));
  const organization = actingOrganization(claims);
  if (organization !== null) any.push(eq(disbursements.organizationId, organization));
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
