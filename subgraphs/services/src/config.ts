import type { EnvReader } from '@aid/shared/runtime/config.js';
import { referralFeedConfigFromEnv, type ReferralFeedConfig } from '@aid/shared/referral-feed/config.js';

/** The services subgraph's own settings (validated at startup with the service's other settings). */
export interface ServicesConfig {
  /** How services follows civil affairs' referral feed: CIVIL_AFFAIRS_FEED_URL, REFERRAL_FEED_TOKEN, REFERRAL_FEED_POLL_MS. */
  feed: ReferralFeedConfig;
}

/** Reads services' settings; problems are collected by the reader, which the caller finishes with `done()`. */
export function servicesConfigFromEnv(reader: EnvReader): ServicesConfig {
  return { feed: referralFeedConfigFromEnv(reader) };
}
