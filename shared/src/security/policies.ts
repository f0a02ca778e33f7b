import { hasRole, type Claims } from './auth.js';

/**
 * `@policy` names and the claim checks they stand for. The gateway and every subgraph
 * resolve policy names through this one table; an unknown name never authorises.
 */
export const POLICIES: Readonly<Record<string, (claims: Claims) => boolean>> = {
  /** Village, town and county civil-affairs staff. */
  civil_staff: (c) => hasRole(c, 'village_worker', 'town_worker', 'civil_officer'),
  /** A county civil-affairs officer bound to a region. */
  county_officer: (c) => hasRole(c, 'civil_officer') && c.region !== undefined,
  /** The charity federation and its member organisations. */
  charity_member: (c) => hasRole(c, 'charity_federation', 'charity_org'),
  /** A member organisation acting for the organisation named in its token. */
  charity_org_bound: (c) => hasRole(c, 'charity_org') && c.org !== undefined,
  /** Staff of the charity federation itself (reviews, the referral pool). */
  charity_federation: (c) => hasRole(c, 'charity_federation'),
  /** Social workers, counsellors, lawyers. */
  professional: (c) => hasRole(c, 'professional'),
  /** Anyone who delivers services: professionals, volunteers, member organisations. */
  service_provider: (c) => hasRole(c, 'professional', 'volunteer', 'charity_org'),
  /** The provincial aid information system (machine client). */
  provincial_system: (c) => hasRole(c, 'provincial_system'),
  /** Readers of aggregate indicators. */
  indicator_reader: (c) => hasRole(c, 'analyst', 'charity_federation', 'provincial_system', 'civil_officer'),
};

export type PolicyName = keyof typeof POLICIES;
