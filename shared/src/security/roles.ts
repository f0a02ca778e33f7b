/** Roles a token can carry. `public` is the anonymous caller. */
export const ROLES = [
  'village_worker',
  'town_worker',
  'civil_officer',
  'charity_federation',
  'charity_org',
  'professional',
  'volunteer',
  'provincial_system',
  'analyst',
  'public',
] as const;
export type Role = (typeof ROLES)[number];

/** Civil-affairs staff: village, town and county (civil officer) workers, each bound to the region in their token. */
export const CIVIL_STAFF_ROLES = ['village_worker', 'town_worker', 'civil_officer'] as const satisfies readonly Role[];

/** Roles whose token may bind them to a region: civil-affairs staff and the provincial system. */
export const REGION_BOUND_ROLES = [...CIVIL_STAFF_ROLES, 'provincial_system'] as const satisfies readonly Role[];
export type RegionBoundRole = (typeof REGION_BOUND_ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * Scopes name what a caller may read or do. Personal data categories are separate scopes so that each
 * full value is granted on its own; masked forms need only the record-level scope.
 */
export const SCOPES = {
  householdRead: 'household:read',
  householdWrite: 'household:write',
  personName: 'person:name',
  personIdNumber: 'person:id_number',
  personPhone: 'person:phone',
  personAddress: 'person:address',
  personHealth: 'person:health',
  personMinor: 'person:minor',
  aidRead: 'aid:read',
  needWrite: 'need:write',
  consentWrite: 'consent:write',
  referralWrite: 'referral:write',
  referralClaim: 'referral:claim',
  preAidCheck: 'aidcheck:run',
  charityManage: 'charity:manage',
  charityReview: 'charity:review',
  donationWrite: 'donation:write',
  disbursementWrite: 'disbursement:write',
  serviceWrite: 'service:write',
  psychFile: 'service:psych_file',
  feedRead: 'feed:read',
  statsRead: 'stats:read',
  accessLogRead: 'accesslog:read',
  wishClaim: 'wish:claim',
  feedbackWrite: 'feedback:write',
  serviceRead: 'service:read',
} as const;
export type Scope = (typeof SCOPES)[keyof typeof SCOPES];

const S = SCOPES;

/**
 * Scopes the development token minter grants each role. A production identity provider issues its own
 * `scope` claim; the gateway and subgraphs only ever read the claim.
 */
export const DEFAULT_ROLE_SCOPES: Record<Role, Scope[]> = {
  village_worker: [S.householdRead, S.householdWrite, S.personName, S.personPhone, S.personAddress, S.aidRead, S.needWrite],
  town_worker: [S.householdRead, S.householdWrite, S.personName, S.personPhone, S.personAddress, S.aidRead, S.needWrite],
  civil_officer: [
    S.householdRead, S.householdWrite, S.personName, S.personIdNumber, S.personPhone, S.personAddress,
    S.personHealth, S.personMinor, S.aidRead, S.needWrite, S.consentWrite, S.referralWrite, S.preAidCheck,
    S.accessLogRead, S.serviceRead, S.feedbackWrite, S.statsRead,
  ],
  charity_federation: [S.charityManage, S.charityReview, S.referralClaim, S.statsRead, S.serviceRead, S.feedRead],
  charity_org: [S.charityManage, S.referralClaim, S.donationWrite, S.disbursementWrite, S.serviceRead, S.serviceWrite, S.wishClaim],
  professional: [S.serviceRead, S.serviceWrite, S.psychFile, S.feedbackWrite],
  volunteer: [S.serviceRead, S.serviceWrite, S.wishClaim, S.feedbackWrite],
  provincial_system: [S.feedRead, S.statsRead, S.aidRead],
  analyst: [S.statsRead],
  public: [],
};
