import type { Database } from '@aid/shared/database/database.js';
import type { ReferralFeedEvent } from '@aid/shared/referral-feed/contract.js';
import type { ReferralFeedStore } from '@aid/shared/referral-feed/consumer.js';
import { ReferralReadModel } from '@aid/shared/referral-feed/read-model.js';
import { feedCursors, referrals } from './db/schema.js';

/**
 * Charity's read model of civil-affairs' referrals (docs/charity.md), fed only by its referral-event feed:
 * the shared store (`shared/src/referral-feed/read-model.ts`) over `charity.referrals` and `charity.feed_cursors`.
 */
export const referralReadModel = new ReferralReadModel({ referrals, feedCursors });

export { REFERRAL_FEED } from '@aid/shared/referral-feed/contract.js';


/** Applies events and, when given, the cursor after them, in one transaction. */
export const applyReferralEvents = (db: Database, events: readonly ReferralFeedEvent[], endCursor: string | null = null): Promise<void> =>
  referralReadModel.apply(db, events, endCursor);

/** The read model and cursor as a feed store for `ReferralFeedConsumer`. */
export const referralReadModelStore = (db: Database): ReferralFeedStore => referralReadModel.store(db);
