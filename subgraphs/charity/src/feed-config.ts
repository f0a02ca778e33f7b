import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, loadOrCreateDevKeys } from '@aid/shared/auth.js';
import { EnvReader } from '@aid/shared/config.js';
import type { Database } from '@aid/shared/database.js';
import type { Logger } from '@aid/shared/logger.js';
import { devKeysFile } from '@aid/shared/paths.js';
import { createReferralFeedClient, feedTokenSource, ReferralFeedConsumer } from '@aid/shared/referral-feed.js';
import { referralReadModelStore } from './referral-sync.js';

/** How the charity subgraph reaches civil-affairs' referral-event feed (docs/charity.md). */
export interface ReferralFeedConfig {
  url: string;
  /** A token with feed:read; without one (development only) a token is minted with the local dev key. */
  token?: string;
  pollIntervalMs: number;
  issuer: string;
  audience: string;
}

/** Reads and validates the feed settings; throws a ConfigError naming every variable to fix. */
export function referralFeedConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ReferralFeedConfig {
  const reader = new EnvReader(env);
  const url = reader.url('CIVIL_AFFAIRS_FEED_URL', 'http://localhost:4001/graphql');
  const token = reader.optional('REFERRAL_FEED_TOKEN');
  // Production has no dev key to mint with: the token must be issued for this service.
  if (!token && env.NODE_ENV === 'production') reader.string('REFERRAL_FEED_TOKEN');
  const pollIntervalMs = reader.int('REFERRAL_FEED_POLL_MS', 5000, { max: 3_600_000 });
  const issuer = reader.string('AUTH_ISSUER', DEFAULT_ISSUER);
  const audience = reader.string('AUTH_AUDIENCE', DEFAULT_AUDIENCE);
  reader.done();
  return { url: url!, pollIntervalMs, issuer, audience, ...(token ? { token } : {}) };
}

/** A consumer that keeps the referral read model in `db` up to date; call `start()` to poll. */
export function createReferralFeedConsumer(db: Database, config: ReferralFeedConfig, logger: Logger): ReferralFeedConsumer {
  const token = feedTokenSource({
    role: 'charity_federation',
    sub: 'charity-subgraph-referral-feed',
    issuer: config.issuer,
    audience: config.audience,
    ...(config.token ? { token: config.token } : { devPrivateKey: async () => (await loadOrCreateDevKeys(devKeysFile())).privateJwk }),
  });
  return new ReferralFeedConsumer({
    client: createReferralFeedClient({ url: config.url, token }),
    store: referralReadModelStore(db),
    logger,
    intervalMs: config.pollIntervalMs,
  });
}
