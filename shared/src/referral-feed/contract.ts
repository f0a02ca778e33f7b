/**
 * The contract of civil-affairs' referral-event feed (`Query.referralEvents`, docs/contracts.md): the event as
 * it travels, the fields a consumer asks for, and the key under which consumers keep their cursor. Civil
 * affairs types what it serves with `ReferralFeedEvent`; charity and services read it with the client.
 */
import type { Programme, ReferralStatus } from '../domain/vocabulary.js';

/** The feed key in consumers' `feed_cursors`. */
export const REFERRAL_FEED = 'civil-affairs.referral-events';

/** One referral transition as the feed carries it: the referral's state after the event. */
export interface ReferralFeedEvent {
  sequence: number;
  cursor: string;
  referralId: string;
  needId: string;
  householdId: string;
  programme: Programme;
  action: string;
  fromStatus: ReferralStatus | null;
  status: ReferralStatus;
  /** The organisation holding the referral after the event. */
  organizationId: string | null;
  /** 9-digit town code of the household. */
  townCode: string | null;
  /**
   * 12-digit village code of the household: what the consumers' row rules compare a caller's region with (a
   * village worker covers one village, never the whole town).
   */
  villageCode: string | null;
  occurredAt: string;
}

export interface ReferralFeedPage {
  events: ReferralFeedEvent[];
  /** The cursor to resume after this page. */
  endCursor: string | null;
  hasMore: boolean;
}

/** The fields of `ReferralEvent` a consumer asks for: every field of `ReferralFeedEvent`. */
export const REFERRAL_FEED_FIELDS = [
  'sequence',
  'cursor',
  'referralId',
  'needId',
  'householdId',
  'programme',
  'action',
  'fromStatus',
  'status',
  'organizationId',
  'townCode',
  'villageCode',
  'occurredAt',
] as const satisfies readonly (keyof ReferralFeedEvent)[];

/** The query a consumer sends for one page. */
export const REFERRAL_FEED_QUERY = `query ReferralFeed($after: String, $first: Int) {
  referralEvents(after: $after, first: $first) { events { ${REFERRAL_FEED_FIELDS.join(' ')} } endCursor hasMore }
}`;
