import { and, inArray, ne, sql } from 'drizzle-orm';
import type { Queryable } from '@aid/shared/database/database.js';
import type { Outcome, ReferralStatus } from '@aid/shared/domain/vocabulary.js';
import { needs, referrals, type NeedRow } from './db/schema.js';
import { ReferralStates } from '@aid/shared/domain/vocabulary.js';

/** Referral states in which charities are (or may soon be) working the need: the need is REFERRED. */

/**
 * A need's status follows from its referrals (docs/civil-affairs.md, "Need lifecycle"): CLOSED is final;
 * otherwise REFERRED while a referral is requested and not finished, else MET once a referral was completed
 * with GOT_HELP, else OPEN (never referred, still in draft, or every referral ended without full help, so
 * it can be referred again; PARTLY_HELPED leaves the rest of the gap open).
 */
export function needStatusFor(
  current: NeedRow['status'],
  referralsOfNeed: readonly { status: ReferralStatus; outcome: Outcome | null }[],
): NeedRow['status'] {
  if (current === 'CLOSED') return 'CLOSED';
  if (referralsOfNeed.some((r) => ReferralStates.working.has(r.status))) return 'REFERRED';
  if (referralsOfNeed.some((r) => r.status === 'COMPLETED' && r.outcome === 'GOT_HELP')) return 'MET';
  return 'OPEN';
}

/**
 * Re-derives the status of the given needs from their referrals, with the rule of `needStatusFor`, in one
 * conditional UPDATE in the caller's transaction (the one that moved the referral). Only rows whose status
 * changes are written.
 */
export async function settleNeeds(tx: Queryable, needIds: readonly string[]): Promise<void> {
  if (needIds.length === 0) return;
  const working = sql.join([...ReferralStates.working].map((s) => sql`${s}`), sql`, `);
  const derived = sql<NeedRow['status']>`case
    when exists (select 1 from ${referrals} where ${referrals.needId} = ${needs.id} and ${referrals.status} in (${working})) then 'REFERRED'
    when exists (select 1 from ${referrals} where ${referrals.needId} = ${needs.id} and ${referrals.status} = 'COMPLETED' and ${referrals.outcome} = 'GOT_HELP') then 'MET'
    else 'OPEN' end::civil_affairs.need_status`;
  await tx
    .update(needs)
    .set({ status: derived })
    .where(and(inArray(needs.id, [...new Set(needIds)]), ne(needs.status, 'CLOSED'), sql`${needs.status} is distinct from ${derived}`));
}

/** Transitions that can change what a need's status derives to (they enter or leave the working states, or end one). */
export function movesNeed(from: ReferralStatus | null, to: ReferralStatus): boolean {
  const working = (s: ReferralStatus | null) => s !== null && ReferralStates.working.has(s);
  return working(from) !== working(to) || to === 'COMPLETED' || to === 'ENTERED_IN_ERROR';
}
