import type { EnvReader } from '../runtime/config.js';
import { DEFAULT_PORTS } from '../runtime/services.js';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER } from '../security/auth.js';

/** How a subgraph reaches civil-affairs' referral-event feed (docs/charity.md, docs/services.md). */
export interface ReferralFeedConfig {
  url: string;
  /** A token with feed:read; without one (development only) a token is minted with the local dev key. */
  token?: string;
  pollIntervalMs: number;
  issuer: string;
  audience: string;
}

/**
 * Reads and validates the feed settings (the same variables for every consumer): CIVIL_AFFAIRS_FEED_URL (default: civil affairs on
 * localhost at CIVIL_AFFAIRS_PORT),
 * REFERRAL_FEED_TOKEN (required in production), REFERRAL_FEED_POLL_MS (0 turns the loop off), AUTH_ISSUER,
 * AUTH_AUDIENCE. Problems are collected by the reader, with the service's other settings.
 */
export function referralFeedConfigFromEnv(reader: EnvReader, env: NodeJS.ProcessEnv = process.env): ReferralFeedConfig {
  // Civil affairs' own port setting, so the default follows it when it listens elsewhere.
  const civilAffairsPort = reader.int('CIVIL_AFFAIRS_PORT', DEFAULT_PORTS['civil-affairs'], { max: 65535 });
  const url = reader.url('CIVIL_AFFAIRS_FEED_URL', `http://localhost:${civilAffairsPort}/graphql`);
  const token = reader.optional('REFERRAL_FEED_TOKEN');
  // Production has no dev key to mint with: the token must be issued for this service.
  if (!token && env.NODE_ENV === 'production') reader.string('REFERRAL_FEED_TOKEN');
  const pollIntervalMs = reader.int('REFERRAL_FEED_POLL_MS', 5000, { max: 3_600_000 });
  const issuer = reader.string('AUTH_ISSUER', DEFAULT_ISSUER);
  const audience = reader.string('AUTH_AUDIENCE', DEFAULT_AUDIENCE);
  return { url: url!, pollIntervalMs, issuer, audience, ...(token ? { token } : {}) };
}
