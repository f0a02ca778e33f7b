import { demoId } from '@aid/shared/demo/ids.js';
import { demoHouseholdVillage } from '@aid/shared/demo/referral-facts.js';
import type { Role } from '@aid/shared/security/roles.js';

/**
 * Default claims for dev tokens, pointing at the seeded demo data: Haishu district, the town and village of demo
 * household 0 (the README's and the Sandbox's first query), the first organisation.
 */
export const DEMO_REGION: Partial<Record<Role, string>> = {
  village_worker: demoHouseholdVillage(0),
  town_worker: '330203001',
  civil_officer: '330203',
};

export const DEMO_ORG: Partial<Record<Role, string>> = {
  charity_org: demoId('organization', 0),
};
