import type { MintOptions } from '../security/auth.js';
import type { Role } from '../security/roles.js';
import { demoId } from './ids.js';
import { demoHouseholdVillage } from './referral-facts.js';

/**
 * Default claims for dev tokens, pointing at the seeded demo data: Haishu district, the town and village of demo
 * household 0 (the README's and the explorer's first query), the first organisation.
 */
export const DEMO_REGION: Partial<Record<Role, string>> = {
  village_worker: demoHouseholdVillage(0),
  town_worker: '330203001',
  civil_officer: '330203',
};

export const DEMO_ORG: Partial<Record<Role, string>> = {
  charity_org: demoId('organization', 0),
};

/**
 * What a dev token of `role` carries unless told otherwise: the role, and the demo region or organisation it is
 * bound to. One source for `npm run token` and the explorer's dev-token picker.
 */
export function demoTokenOptions(role: Role, overrides: { region?: string; org?: string } = {}): MintOptions {
  const region = overrides.region ?? DEMO_REGION[role];
  const org = overrides.org ?? DEMO_ORG[role];
  return { role, ...(region ? { region } : {}), ...(org ? { org } : {}) };
}
