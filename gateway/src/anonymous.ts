import type { JWK } from 'jose';
import { mintToken } from '@aid/shared/security/auth.js';

export const ANONYMOUS_TOKEN_TTL_SECONDS = 300;

/**
 * Subgraphs refuse requests without a token, so the gateway speaks for anonymous callers with a short-lived
 * token of its own carrying only the `public` role. It is re-signed before it expires.
 */
export function createAnonymousTokenSource(key: JWK | string, options: { issuer: string; audience: string; ttlSeconds: number }) {
  let current: { token: string; renewAt: number } | undefined;
  return async (): Promise<string> => {
    const now = Date.now();
    if (current && now < current.renewAt) return current.token;
    const token = await mintToken(key, {
      role: 'public',
      sub: 'gateway-anonymous',
      scopes: [],
      expiresIn: `${options.ttlSeconds}s`,
      issuer: options.issuer,
      audience: options.audience,
    });
    current = { token, renewAt: now + (options.ttlSeconds * 1000) / 2 };
    return token;
  };
}
