import { ANONYMOUS, createTokenVerifier } from '@aid/shared/security/auth.js';
import type { JWK } from 'jose';
import { createAnonymousTokenSource } from './anonymous.js';
import type { GatewayConfig } from './config.js';
import type { GatewayContext } from './context.js';

/** The key the gateway signs its own tokens with (anonymous `public` tokens, gateway assertions). */
export function gatewaySigningKey(config: GatewayConfig): string | JWK {
  const key = config.anonymousSigningKey ?? config.auth.gatewayDevKeys?.privateJwk ?? config.auth.devKeys?.privateJwk;
  if (!key) throw new Error('Set GATEWAY_SIGNING_KEY: the key the gateway signs anonymous tokens with.');
  return key;
}

/**
 * Builds each request's context from its Authorization header: a verified caller's claims and token to
 * forward, or, with no header, the anonymous caller with the gateway's short-lived `public` token.
 */
export async function createRequestContext(config: GatewayConfig, signingKey: string | JWK): Promise<(authorization: string | undefined) => Promise<GatewayContext>> {
  const verifier = await createTokenVerifier(config.auth);
  const anonymousToken = createAnonymousTokenSource(signingKey, {
    issuer: config.auth.issuer,
    audience: config.auth.audience,
    ttlSeconds: config.anonymousTokenTtlSeconds,
  });
  return async (authorization) => {
    if (!authorization) return { claims: ANONYMOUS, forwardToken: await anonymousToken() };
    const claims = await verifier.verifyHeader(authorization);
    return { claims, forwardToken: authorization.trim().slice('bearer'.length).trim() };
  };
}
