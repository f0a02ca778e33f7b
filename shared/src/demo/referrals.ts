import { demoId } from './ids.js';
import { OUTCOMES, PROGRAMMES, REFERRAL_STATUSES, ReferralStates, type Outcome, type Programme, type ReferralStatus } from '../domain/vocabulary.js';

/**
 * The demo world that every subgraph's seed agrees on without reading another's data: which households
 * have needs and referrals, in which state, held by which organisation. Ids come from `demoId`.
 */
export const DEMO_HOUSEHOLDS = 400;
export const DEMO_ORGANIZATIONS = 12;

export interface DemoReferral {
  n: number;
  id: string;
  needId: string;
  householdN: number;
  householdId: string;
  programme: Programme;
  status: ReferralStatus;
  /** Index and id of the organisation that claimed it (states from RECEIVED on, where it applies). */
  organizationN: number | null;
  organizationId: string | null;
  outcome: Outcome | null;
}


/** 66 referrals: six in every state, spread over programmes, households (all in the demo) and organisations. */
export function demoReferrals(): DemoReferral[] {
  const referrals: DemoReferral[] = [];
  let n = 0;
  for (const status of REFERRAL_STATUSES) {
    for (let k = 0; k < 6; k += 1, n += 1) {
      // Households 0, 10, 20 ... are Haishu (330203) in the demo seed; the first referrals land there so the
      // default dev tokens see them.
      const householdN = (n * 10) % DEMO_HOUSEHOLDS;
      const organizationN = ReferralStates.claimed.has(status) ? n % DEMO_ORGANIZATIONS : null;
      referrals.push({
        n,
        id: demoId('referral', n),
        needId: demoId('need', n),
        householdN,
        householdId: demoId('household', householdN),
        programme: PROGRAMMES[n % PROGRAMMES.length]!,
        status,
        organizationN,
        organizationId: organizationN === null ? null : demoId('organization', organizationN),
        outcome: status === 'COMPLETED' ? OUTCOMES[k % 3]! : status === 'FAILED' ? OUTCOMES[3 + (k % 4)]! : null,
      });
    }
  }
  return referrals;
}
