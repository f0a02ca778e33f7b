import { readFileSync } from 'node:fs';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, loadOrCreateDevKeys, type AuthConfig, type DevKeys } from './auth.js';
import { tokenCacheSizeFromEnv } from '../runtime/caches.js';
import type { EnvReader } from '../runtime/config.js';
import { devKeysFile, gatewayKeysFile } from '../runtime/paths.js';

export interface ResolvedAuthConfig extends AuthConfig {
  /** Present in development only: the local key pair that signs dev tokens. */
  devKeys?: DevKeys;
  /** Present in development only: the gateway's own local key pair (anonymous tokens, gateway assertions). */
  gatewayDevKeys?: DevKeys;
}

/**
 * Token trust from the environment. Production: AUTH_JWKS_URL and/or AUTH_PUBLIC_KEY(_FILE). Development
 * (NODE_ENV != production, nothing set): the local dev key pair, created on first start.
 */
export async function authConfigFromEnv(reader: EnvReader, env: NodeJS.ProcessEnv = process.env): Promise<ResolvedAuthConfig> {
  const issuer = reader.string('AUTH_ISSUER', DEFAULT_ISSUER);
  const audience = reader.string('AUTH_AUDIENCE', DEFAULT_AUDIENCE);
  const jwksUrl = reader.url('AUTH_JWKS_URL');
  const gatewayKey = reader.optional('GATEWAY_PUBLIC_KEY');
  const gatewayPublicKeys = gatewayKey ? [gatewayKey] : [];
  const maxTokenLifetimeSeconds = reader.int('AUTH_MAX_TOKEN_LIFETIME_SECONDS', DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, { min: 60, max: 30 * 86_400 });
  const tokenCacheSize = tokenCacheSizeFromEnv(reader);
  const publicKeys: string[] = [];
  const inline = reader.optional('AUTH_PUBLIC_KEY');
  if (inline) publicKeys.push(inline);
  const file = reader.optional('AUTH_PUBLIC_KEY_FILE');
  if (file) publicKeys.push(readFileSync(file, 'utf8'));
  if (jwksUrl || publicKeys.length > 0) return { issuer, audience, publicKeys, gatewayPublicKeys, maxTokenLifetimeSeconds, tokenCacheSize, ...(jwksUrl ? { jwksUrl } : {}) };
  if (env.NODE_ENV === 'production') {
    reader.optional('AUTH_JWKS_URL') ?? reader.string('AUTH_JWKS_URL');
    return { issuer, audience, publicKeys, gatewayPublicKeys, maxTokenLifetimeSeconds, tokenCacheSize };
  }
  const devKeys = await loadOrCreateDevKeys(devKeysFile(env));
  const gatewayDevKeys = await loadOrCreateDevKeys(gatewayKeysFile(env));
  return {
    issuer,
    audience,
    publicKeys: [JSON.stringify(devKeys.publicJwk)],
    gatewayPublicKeys: gatewayPublicKeys.length > 0 ? gatewayPublicKeys : [JSON.stringify(gatewayDevKeys.publicJwk)],
    maxTokenLifetimeSeconds,
    tokenCacheSize,
    devKeys,
    gatewayDevKeys,
  };
}
