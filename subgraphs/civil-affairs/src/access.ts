import { inArray, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { hasRole, type Claims } from '@aid/shared/security/auth.js';
import { ReferralStates } from '@aid/shared/domain/vocabulary.js';
import { actingOrganization, actsForOrganization, isCivilStaff, isProvinceWide, readsRegion, regionCoversSql, regionScope } from '@aid/shared/security/claims.js';
import { CIVIL_STAFF_ROLES } from '@aid/shared/security/roles.js';
import type { Queryable } from '@aid/shared/database/database.js';
import { CIVIL_STAFF, rule, type RowRules } from '@aid/shared/security/row-rules.js';
import { referrals, type ConsentRow, type HouseholdRow, type NeedRow, type PersonRow, type ReferralRow } from './db/schema.js';
import { consentCoversRecipient } from './consent.js';
import { ageOn } from './identity.js';

export { isCivilStaff };

const hasScope = (claims: Claims, scope: string) => claims.scopes.has(scope);

/**
 * Row level: which households a caller may see. Civil-affairs staff see the households of their region
 * (county, town or village code in the token). A charity organisation sees a household only through a
 * referral it holds under active consent (holderSeesHousehold). Not found and not allowed look the same.
 */
export function canSeeHousehold(claims: Claims, household: Pick<HouseholdRow, 'villageCode'>): boolean {
  return readsRegion(claims, household.villageCode, CIVIL_STAFF_ROLES);
}

/** A household the caller may write to: staff of its region (checked again at write time, in the transaction). */
export function canWriteHousehold(claims: Claims, household: Pick<HouseholdRow, 'villageCode'>): boolean {
  return canSeeHousehold(claims, household);
}

/** Why a person cannot be the guardian of a child of this household, or null when they can. */
export function isGuardianFor(
  household: Pick<HouseholdRow, 'id'>,
  guardian: Pick<PersonRow, 'householdId' | 'birthDate'> | null,
  now: Date,
): 'NOT_IN_HOUSEHOLD' | 'NOT_ADULT' | null {
  if (!guardian || guardian.householdId !== household.id) return 'NOT_IN_HOUSEHOLD';
  if (ageOn(guardian.birthDate, now) < 18) return 'NOT_ADULT';
  return null;
}

/** The region prefix a list query is confined to, or null when the caller may list nothing. */
export function listableRegion(claims: Claims, requested?: string | null): string | null {
  const region = regionScope(claims, CIVIL_STAFF_ROLES);
  if (region === null) return null;
  if (!requested) return region;
  if (requested.startsWith(region)) return requested;
  if (region.startsWith(requested)) return region;
  return null;
}

/** True when the caller's organisation holds the referral (any state it was claimed in). */
export function holdsReferral(claims: Claims, referral: Pick<ReferralRow, 'organizationId'>): boolean {
  return actsForOrganization(claims, referral.organizationId);
}

/** A holder sees the household's consented fields while it works the case and the consent stays active. */
export function holderSeesHousehold(claims: Claims, referral: ReferralRow, consent: ConsentRow | null, now = new Date()): boolean {
  return (
    holdsReferral(claims, referral) &&
    ReferralStates.accepted.has(referral.status) &&
    consent !== null &&
    consentCoversRecipient(consent, referral.organizationId!, now)
  );
}

/**
 * Health data: the medical coverage lines of a need (what basic medical insurance, critical-illness
 * insurance and medical assistance paid say about an illness). Staff of the need's region who hold
 * `person:health`, or who record needs (`need:write`) and so entered these lines; no one else.
 */
export function maySeeHealthData(claims: Claims, need: Pick<NeedRow, 'villageCode'>): boolean {
  return canSeeHousehold(claims, need) && (hasScope(claims, 'person:health') || hasScope(claims, 'need:write'));
}

/** Minors' data: the guardian link of a child, for staff of the region who hold `person:minor`. */
export function maySeeMinorData(claims: Claims, household: Pick<HouseholdRow, 'villageCode'> | null): boolean {
  return household !== null && canSeeHousehold(claims, household) && hasScope(claims, 'person:minor');
}

/** The county whose duplicate ID reviews the caller resolves: a county officer's own county, else null. */
export function reviewCounty(claims: Claims): string | null {
  const region = regionScope(claims, ['civil_officer']);
  return region?.length === 6 ? region : null;
}

/** A household as a holding organisation reaches it: with the data categories its consents allow it. */
export type ReachedHousehold = HouseholdRow & { readonly consentedCategories?: ReadonlySet<string> };

/**
 * Whether the caller may read a household field of a consent data category (null: a field no category
 * covers). Staff of the household's region read every field; a holding organisation only the fields of
 * the categories its active consents cover (e.g. size under HOUSEHOLD_COMPOSITION, address under ADDRESS).
 */
export function mayReadHouseholdField(claims: Claims, household: ReachedHousehold, category: string | null): boolean {
  if (canSeeHousehold(claims, household)) return true;
  return category !== null && household.consentedCategories?.has(category) === true;
}

/** The categories a set of consents allows a holder, for `ReachedHousehold`. */
export function consentedCategories(consents: readonly ConsentRow[]): ReadonlySet<string> {
  return new Set(consents.flatMap((consent) => consent.dataCategories));
}

/**
 * Whether a claiming organisation may know of a referral at all: one it holds, or one open to it in the pool
 * (REQUESTED, or RECEIVED by another organisation, when it was in the pool a moment ago: a lost race is
 * CONFLICT), not directed elsewhere, under an active consent that covers it. Anything else, in any state,
 * looks exactly like an unknown id.
 */
export function claimerSeesReferral(claims: Claims, referral: ReferralRow, consent: ConsentRow | null, now = new Date()): boolean {
  const org = actingOrganization(claims);
  if (org === null) return false;
  if (holdsReferral(claims, referral) && ReferralStates.open.has(referral.status)) return true;
  if (referral.directedToOrganizationId && referral.directedToOrganizationId !== org) return false;
  if (consent === null || !consentCoversRecipient(consent, org, now)) return false;
  return referral.status === 'REQUESTED' || referral.status === 'RECEIVED';
}

/**
 * The provincial system reads a referral's non-personal fields (status, programme, need, outcome, dates) to
 * join the aid outcomes of its feed through the graph: read-only, province-wide when its
 * token has no region, else within that region. It never reaches the household through the referral
 * (`household`, `consent`, `consentedContact` stay behind the household and holder rules).
 */
export function provincialSeesReferral(claims: Claims, referral: Pick<ReferralRow, 'villageCode'>): boolean {
  return isProvinceWide(claims) || readsRegion(claims, referral.villageCode, ['provincial_system']);
}

/**
 * The part of the referral feed a reader gets: `'whole'` for the province-wide provincial system and the
 * charity federation's feed consumers (their anonymous counts need every event), a region prefix for a
 * provincial system whose token names a region (only events of referrals in it), null for anyone else.
 */
export function feedScope(claims: Claims): 'whole' | { region: string } | null {
  if (hasRole(claims, 'provincial_system')) {
    const region = regionScope(claims);
    return region === null ? 'whole' : { region };
  }
  if (hasRole(claims, 'charity_federation')) return 'whole';
  return null;
}

/** SQL twin of a region-bound feed scope: the referral of an event lies in the region. */
export function feedEventInRegion(db: Queryable, referralId: AnyPgColumn, region: string): SQL {
  return inArray(referralId, db.select({ id: referrals.id }).from(referrals).where(regionCoversSql(region, referrals.villageCode)));
}

/** Who may read a referral: staff of its region, the organisation holding it, or the provincial system. */
export function canSeeReferral(claims: Claims, referral: ReferralRow): boolean {
  return canSeeHousehold(claims, referral) || holdsReferral(claims, referral) || provincialSeesReferral(claims, referral);
}

/**
 * The row-rule registry of civil-affairs: every root field, mutation and entity reference, the roles that
 * reach it, and which rows they get. A role not listed is refused before the resolver runs; the rows are
 * decided by the predicates above. `docs/authorization.md` is generated from this table.
 */
export const ROW_RULES: RowRules = {
  Query: {
    household: rule(CIVIL_STAFF, 'A household whose village lies in the caller\'s region; otherwise null, as for an unknown id.'),
    households: rule(CIVIL_STAFF, 'Households of the caller\'s region (a requested region narrows it, never widens it).'),
    need: rule(CIVIL_STAFF, 'A need of a household in the caller\'s region.'),
    needs: rule(CIVIL_STAFF, 'Needs of households in the caller\'s region.'),
    referral: rule(
      [...CIVIL_STAFF, 'charity_org', 'provincial_system'],
      'Staff: referrals of their region. An organisation: the referrals it holds or held. The provincial system: non-personal fields, province-wide or its region.',
    ),
    referrals: rule(CIVIL_STAFF, 'Referrals of households in the caller\'s region.'),
    officerWorkList: rule(CIVIL_STAFF, 'Work lists of the caller\'s region (a requested region narrows it, never widens it).'),
    myOrganizationReferrals: rule(['charity_org'], 'Referrals the caller\'s organisation holds or held; an organisation-less token gets none.'),
    referralPool: rule(
      ['charity_federation', 'charity_org'],
      'Requested referrals open to claim (or directed to the caller\'s organisation): programme, gap, priority and town, no personal data.',
    ),
    referralEvents: rule(
      ['provincial_system', 'charity_federation'],
      'The lifecycle feed: province-wide for a token without a region, else only events of referrals in its region. The federation\'s feed consumers read it whole.',
    ),
    accessLog: rule(['civil_officer'], 'Access-log entries about records of the officer\'s region.'),
    duplicateIdReviews: rule(['civil_officer'], 'Duplicate ID reviews whose existing person lives in the officer\'s county (the submitting household may lie elsewhere).'),
    referralIndicators: rule(
      ['analyst', 'civil_officer', 'charity_federation', 'provincial_system'],
      'Aggregates only, small cells suppressed; a county officer or region-bound client sees its region.',
    ),
  },
  Mutation: {
    registerHousehold: rule(CIVIL_STAFF, 'A household in a village of the caller\'s region.'),
    addPerson: rule(CIVIL_STAFF, 'A member of a household in the caller\'s region; a duplicate ID number elsewhere is never revealed.'),
    addHouseholdCategory: rule(CIVIL_STAFF, 'A household of the caller\'s region.'),
    recordAid: rule(CIVIL_STAFF, 'A household of the caller\'s region.'),
    recordNeed: rule(CIVIL_STAFF, 'A household of the caller\'s region.'),
    recordConsent: rule(CIVIL_STAFF, 'A household of the caller\'s region (consent:write: county officers by default).'),
    withdrawConsent: rule(CIVIL_STAFF, 'A consent of a household in the caller\'s region; its open referrals are cancelled.'),
    runPreAidCheck: rule(CIVIL_STAFF, 'A household of the caller\'s region (aidcheck:run: county officers by default).'),
    createReferral: rule(CIVIL_STAFF, 'A need of a household in the caller\'s region, under an active consent.'),
    requestReferral: rule(CIVIL_STAFF, 'A draft referral of the caller\'s region.'),
    claimReferral: rule(['charity_org'], 'A requested referral open to the caller\'s organisation; one claim wins, others get CONFLICT.'),
    releaseReferral: rule(['charity_org'], 'A referral the caller\'s organisation holds, in a state that allows the step.'),
    acceptReferral: rule(['charity_org'], 'A referral the caller\'s organisation holds, in a state that allows the step.'),
    rejectReferral: rule(['charity_org', 'charity_federation'], 'A referral the caller\'s organisation holds (the federation: any in the pool).'),
    startReferral: rule(['charity_org'], 'A referral the caller\'s organisation holds, in a state that allows the step.'),
    holdReferral: rule(['charity_org'], 'A referral the caller\'s organisation holds, in a state that allows the step.'),
    resumeReferral: rule(['charity_org'], 'A referral the caller\'s organisation holds, in a state that allows the step.'),
    completeReferral: rule(['charity_org'], 'A referral the caller\'s organisation holds, with an outcome.'),
    failReferral: rule(['charity_org'], 'A referral the caller\'s organisation holds, with an outcome.'),
    cancelReferral: rule(CIVIL_STAFF, 'An open referral of the caller\'s region, with a reason.'),
    markReferralEnteredInError: rule(CIVIL_STAFF, 'A referral of the caller\'s region, with a reason.'),
  },
  entities: {
    Household: rule(
      [...CIVIL_STAFF, 'charity_org'],
      'Staff: households of their region. An organisation: a household of a referral it works under an active consent covering it.',
    ),
    Person: rule(CIVIL_STAFF, 'Members of households in the caller\'s region.'),
    Need: rule(
      [...CIVIL_STAFF, 'charity_org', 'charity_federation', 'professional', 'volunteer', 'provincial_system'],
      'Its non-personal fields (programme, gap, priority, town, checked summary) for callers that reach it through the graph (pool, projects, service records, micro-wishes); its household by the Household rule.',
    ),
    Referral: rule(
      [...CIVIL_STAFF, 'charity_org', 'provincial_system'],
      'As Query.referral.',
    ),
    PreAidCheck: rule(CIVIL_STAFF, 'A recorded check of a household in the caller\'s region, matching its compound key.'),
    CharityOrganization: rule([], 'Not resolvable here (a stub owned by charity).'),
  },
};
