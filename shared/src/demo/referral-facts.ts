import { NINGBO_COUNTIES, villagesOf } from '../domain/regions.js';
import type { ReferralFact } from '../referral-feed/read-model.js';
import { pick, seededRandom } from './random.js';
import { demoReferrals } from './referrals.js';

/** The 9-digit town of demo household n, as civil-affairs' seed places it (county n % 10, town by n / 10). */
export function demoHouseholdTown(householdN: number): string {
  const county = NINGBO_COUNTIES[householdN % NINGBO_COUNTIES.length]!;
  return county.towns[Math.floor(householdN / NINGBO_COUNTIES.length) % county.towns.length]!.code;
}

/**
 * The 12-digit village of demo household n, as civil-affairs' seed places it (the first draw of the
 * household's seeded random among its town's villages).
 */
export function demoHouseholdVillage(householdN: number): string {
  return pick(seededRandom(householdN * 7919 + 17), villagesOf(demoHouseholdTown(householdN))).code;
}

/**
 * The read-model rows of the demo referrals (shared/src/demo/referrals.ts), as civil-affairs' feed would build them,
 * for the seeds: `last_sequence` 0, so every real event overrides them.
 */
export function demoReferralFacts(updatedAt: (n: number) => Date = () => new Date()): ReferralFact[] {
  return demoReferrals().map((r) => ({
    id: r.id,
    needId: r.needId,
    householdId: r.householdId,
    programme: r.programme,
    status: r.status,
    organizationId: r.organizationId,
    townCode: demoHouseholdTown(r.householdN),
    villageCode: demoHouseholdVillage(r.householdN),
    lastSequence: 0,
    updatedAt: updatedAt(r.n),
  }));
}
