/** Reads civil-affairs' referral-event feed over HTTP, with a token carrying `feed:read`. */
import type { JWK } from 'jose';
import { mintToken } from '../security/auth.js';
import type { Role } from '../security/roles.js';
import { REFERRAL_FEED_QUERY, type ReferralFeedPage } from './contract.js';
import { postGraphQL, type GraphQLReply } from '../runtime/graphql-client.js';

export interface ReferralFeedClient {
  fetchPage(after: string | null, first: number): Promise<ReferralFeedPage>;
}

/** Raised for any failure to read the feed; the message never carries the token. */
export class ReferralFeedError extends Error {}

export interface ReferralFeedClientOptions {
  /** The civil-affairs GraphQL endpoint (or the gateway's). */
  url: string;
  /** The bearer token to send, fetched before every request (so it can be renewed). */
  token: () => Promise<string>;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** Reads pages of the feed over HTTP. */
export function createReferralFeedClient(options: ReferralFeedClientOptions): ReferralFeedClient {
  return {
    async fetchPage(after, first) {
      let reply: GraphQLReply<{ referralEvents?: ReferralFeedPage | null }>;
      try {
        reply = await postGraphQL({
          url: options.url,
          query: REFERRAL_FEED_QUERY,
          variables: { after, first },
          token: await options.token(),
          timeoutMs: options.timeoutMs ?? 10_000,
          ...(options.fetch ? { fetch: options.fetch } : {}),
        });
      } catch (error) {
        throw new ReferralFeedError(`referral feed ${(error as Error).message}`);
      }
      const page = reply.data?.referralEvents;
      if (!page) {
        const codes = reply.codes.length > 0 ? reply.codes.join(', ') : 'no body';
        throw new ReferralFeedError(`referral feed refused the request (HTTP ${reply.status}: ${codes})`);
      }
      return { events: page.events, endCursor: page.endCursor, hasMore: page.hasMore };
    },
  };
}

export interface FeedTokenOptions {
  /** A token issued for this consumer (production): used as is. */
  token?: string;
  /** Development only: the local dev private key, to mint short-lived tokens. */
  devPrivateKey?: () => Promise<JWK>;
  role: Role;
  sub: string;
  issuer?: string;
  audience?: string;
}

/** The token for feed requests: a configured one, or (development) one minted with `feed:read` and renewed. */
export function feedTokenSource(options: FeedTokenOptions): () => Promise<string> {
  if (options.token) {
    const token = options.token;
    return async () => token;
  }
  const devPrivateKey = options.devPrivateKey;
  if (!devPrivateKey) throw new Error('A referral feed token is required outside development.');
  let current: { token: string; renewAt: number } | undefined;
  return async () => {
    const now = Date.now();
    if (current && now < current.renewAt) return current.token;
    const token = await mintToken(await devPrivateKey(), {
      role: options.role,
      sub: options.sub,
      scopes: ['feed:read'],
      expiresIn: '10m',
      ...(options.issuer ? { issuer: options.issuer } : {}),
      ...(options.audience ? { audience: options.audience } : {}),
    });
    current = { token, renewAt: now + 5 * 60_000 };
    return token;
  };
}
