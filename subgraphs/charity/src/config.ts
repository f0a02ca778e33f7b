import type { EnvReader } from '@aid/shared/runtime/config.js';
import { referralFeedConfigFromEnv, type ReferralFeedConfig } from '@aid/shared/referral-feed/config.js';

/** The charity subgraph's own settings (validated at startup with the service's other settings). */
export interface CharityConfig {
  /** How charity follows civil affairs' referral feed: CIVIL_AFFAIRS_FEED_URL, REFERRAL_FEED_TOKEN, REFERRAL_FEED_POLL_MS. */
  feed: ReferralFeedConfig;
}

/** Reads charity's settings; problems are collected by the reader, which the caller finishes with `done()`. */
export function charityConfigFromEnv(reader: EnvReader): CharityConfig {
  return { feed: referralFeedConfigFromEnv(reader) };
}
