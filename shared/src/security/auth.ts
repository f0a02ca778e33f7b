import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  importPKCS8,
  importSPKI,
  jwtVerify,
  SignJWT,
  type JSONWebKeySet,
  type JWK,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { DEFAULT_TOKEN_CACHE_SIZE, LRUCache } from '../runtime/caches.js';
import { domainError, ErrorCode } from '../errors/domain-errors.js';
import { DEFAULT_ROLE_SCOPES, isRole, type Role } from './roles.js';

/** What the system knows about a caller, from a verified token. */
export interface Claims {
  readonly sub: string;
  readonly roles: readonly Role[];
  readonly scopes: ReadonlySet<string>;
  /** Charity organisation id, for org-bound roles. */
  readonly org?: string;
  /** 6-digit county code, or a longer town (9) / village (12) code. */
  readonly region?: string;
  /** Declared purpose of the access, recorded in the access log. */
  readonly purpose?: string;
}

export const ANONYMOUS: Claims = { sub: 'anonymous', roles: ['public'], scopes: new Set() };

export const ALGORITHM = 'ES256';
export const DEFAULT_ISSUER = 'aid-federation-dev';
export const DEFAULT_AUDIENCE = 'aid-federation';
/** Tokens larger than this are refused before any parsing. */
export const MAX_TOKEN_BYTES = 8192;
/** How many verified tokens each verifier remembers, and for how long at most (key rotation takes effect). */
const VERIFIED_TOKEN_TTL_MS = 5 * 60_000;

export interface AuthConfig {
  issuer: string;
  audience: string;
  /** A JWKS URL of the identity provider (production). */
  jwksUrl?: string;
  /** Public keys (SPKI PEM or JWK JSON) trusted in addition, e.g. the gateway's anonymous-token key. */
  publicKeys: string[];
  /**
   * The gateway's own public keys. A token they verify may only be the gateway's anonymous `public` token (no
   * scopes), and gateway assertions are checked against them: a leaked gateway key cannot mint an officer.
   * When unset, the `publicKeys` serve (a single development key).
   */
  gatewayPublicKeys?: string[];
  /** The longest lifetime a token may have (`exp` from now, and from `iat`), in seconds: 24 hours unless set. */
  maxTokenLifetimeSeconds?: number;
  /** How many verified tokens are remembered, least recently used evicted first (TOKEN_CACHE_SIZE; 10,000). */
  tokenCacheSize?: number;
}

/** Tokens living longer than this are refused unless configured otherwise (AUTH_MAX_TOKEN_LIFETIME_SECONDS). */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 24 * 3600;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const unauthenticated = (message: string) =>
  domainError(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });

/** Turns a verified JWT payload into Claims, refusing malformed claims. */
export function claimsFromPayload(payload: JWTPayload): Claims {
  const rawRoles = Array.isArray(payload.roles) ? payload.roles : [];
  const roles = rawRoles.filter(isRole);
  if (typeof payload.sub !== 'string' || payload.sub.length === 0 || roles.length === 0) {
    throw unauthenticated('The token must carry a subject and at least one known role.');
  }
  const scope = typeof payload.scope === 'string' ? payload.scope : '';
  const region = typeof payload.region === 'string' ? payload.region : undefined;
  if (region !== undefined && !/^\d{6}(\d{3}(\d{3})?)?$/.test(region)) {
    throw unauthenticated('The token region must be a 6-, 9- or 12-digit region code.');
  }
  if (payload.sub.length > 200) throw unauthenticated('The token subject is too long.');
  if (payload.org !== undefined && (typeof payload.org !== 'string' || !UUID.test(payload.org))) {
    throw unauthenticated('The token org must be an organisation id (a uuid).');
  }
  const org = typeof payload.org === 'string' ? payload.org.toLowerCase() : undefined;
  const purpose = typeof payload.purpose === 'string' ? payload.purpose.slice(0, 200) : undefined;
  return {
    sub: payload.sub,
    roles,
    scopes: new Set(scope.split(/\s+/).filter(Boolean)),
    ...(org ? { org } : {}),
    ...(region ? { region } : {}),
    ...(purpose ? { purpose } : {}),
  };
}

async function importPublicKey(text: string) {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) return importJWK(JSON.parse(trimmed) as JWK, ALGORITHM);
  return importSPKI(trimmed, ALGORITHM);
}

export interface TokenVerifier {
  /** Verifies an `Authorization` header value; throws UNAUTHENTICATED when it is missing or invalid. */
  verifyHeader(header: string | undefined | null): Promise<Claims>;
  verify(token: string): Promise<Claims>;
  /** Whether a gateway assertion is valid and was made for exactly this caller token (see mintGatewayAssertion). */
  verifyGatewayAssertion(assertion: string | undefined | null, token: string): Promise<boolean>;
}

/** The header a gateway assertion travels in, from the gateway to a subgraph. */
export const GATEWAY_ASSERTION_HEADER = 'x-gateway-assertion';
const GATEWAY_ASSERTION_TYPE = 'gateway-assertion';
const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * A gateway assertion: the gateway's short-lived signed statement that it checked this caller's operation
 * against the trusted documents (`document` is its id). It is bound to the caller's token, so it cannot be
 * replayed with another token, and signed with the gateway's own key. Subgraphs require one with every
 * request of a machine client, so such a client cannot run an operation of its own by calling a subgraph
 * directly.
 */
export function mintGatewayAssertion(
  privateKey: JWK | string,
  options: { token: string; document: string; issuer?: string; audience?: string },
): Promise<string> {
  return signWith(privateKey, {
    claims: { typ: GATEWAY_ASSERTION_TYPE, tok: tokenHash(options.token), doc: options.document },
    sub: 'gateway',
    issuer: options.issuer ?? DEFAULT_ISSUER,
    audience: options.audience ?? DEFAULT_AUDIENCE,
    expiresIn: '60s',
  });
}

export async function createTokenVerifier(config: AuthConfig): Promise<TokenVerifier> {
  const keySets: JWTVerifyGetKey[] = [];
  if (config.jwksUrl) keySets.push(createRemoteJWKSet(new URL(config.jwksUrl)));
  if (config.publicKeys.length > 0) {
    const keys: JWK[] = [];
    for (const text of config.publicKeys) {
      const key = await importPublicKey(text);
      keys.push({ ...(await exportJWK(key)), alg: ALGORITHM });
    }
    keySets.push(createLocalJWKSet({ keys } as JSONWebKeySet));
  }
  if (keySets.length === 0) throw new Error('No token keys configured: set AUTH_JWKS_URL or AUTH_PUBLIC_KEY.');
  const gatewayKeySets: JWTVerifyGetKey[] = [];
  if (config.gatewayPublicKeys && config.gatewayPublicKeys.length > 0) {
    const keys: JWK[] = [];
    for (const text of config.gatewayPublicKeys) keys.push({ ...(await exportJWK(await importPublicKey(text))), alg: ALGORITHM });
    gatewayKeySets.push(createLocalJWKSet({ keys } as JSONWebKeySet));
  }
  const assertionKeySets = gatewayKeySets.length > 0 ? gatewayKeySets : keySets;

  // Verified tokens are remembered (by their exact text, so by their signature) until they expire, at most
  // VERIFIED_TOKEN_TTL_MS: a signature check costs more than the rest of a small request.
  const verified = new LRUCache<string, { claims: Claims; until: number }>({ max: config.tokenCacheSize ?? DEFAULT_TOKEN_CACHE_SIZE });
  const verify = async (token: string): Promise<Claims> => {
    if (token.length > MAX_TOKEN_BYTES) throw unauthenticated('The token is too large.');
    const now = Date.now();
    const hit = verified.get(token);
    if (hit) {
      if (hit.until > now) return hit.claims;
      verified.delete(token);
    }
    for (const [keySet, gatewayOnly] of [...keySets.map((k) => [k, false] as const), ...gatewayKeySets.map((k) => [k, true] as const)]) {
      try {
        const { payload } = await jwtVerify(token, keySet, {
          issuer: config.issuer,
          audience: config.audience,
          algorithms: [ALGORITHM, 'RS256'],
          requiredClaims: ['exp', 'sub'],
        });
        const maxLifetime = config.maxTokenLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
        const exp = payload.exp ?? 0;
        if (exp - now / 1000 > maxLifetime || (typeof payload.iat === 'number' && exp - payload.iat > maxLifetime)) {
          throw unauthenticated(`The token lives longer than ${maxLifetime} seconds: ask for a shorter-lived one.`);
        }
        const claims = claimsFromPayload(payload);
        if (gatewayOnly && (claims.roles.some((role) => role !== 'public') || claims.scopes.size > 0)) {
          throw unauthenticated('The token is invalid or has expired.');
        }
        verified.set(token, { claims, until: Math.min((payload.exp ?? 0) * 1000, now + VERIFIED_TOKEN_TTL_MS) });
        return claims;
      } catch (error) {
        if (error instanceof Error && 'extensions' in error) throw error;
      }
    }
    throw unauthenticated('The token is invalid or has expired.');
  };

  return {
    verify,
    async verifyGatewayAssertion(assertion, token) {
      if (!assertion || assertion.length > MAX_TOKEN_BYTES) return false;
      for (const keySet of assertionKeySets) {
        try {
          const { payload } = await jwtVerify(assertion, keySet, {
            issuer: config.issuer,
            audience: config.audience,
            algorithms: [ALGORITHM],
            requiredClaims: ['exp', 'sub'],
          });
          if (payload.sub === 'gateway' && payload.typ === GATEWAY_ASSERTION_TYPE && payload.tok === tokenHash(token)) return true;
        } catch {
          // try the next key set
        }
      }
      return false;
    },
    async verifyHeader(header) {
      if (!header) throw unauthenticated('Sign in: send Authorization: Bearer <token>.');
      const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
      if (!match?.[1]) throw unauthenticated('The Authorization header must be "Bearer <token>".');
      return verify(match[1]);
    },
  };
}

/** The development key pair, created on first start under the data folder and reused after. */
export interface DevKeys {
  privateJwk: JWK;
  publicJwk: JWK;
}

export async function loadOrCreateDevKeys(file: string): Promise<DevKeys> {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DevKeys;
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  const keys: DevKeys = { privateJwk: await exportJWK(privateKey), publicJwk: await exportJWK(publicKey) };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
  return keys;
}

export interface MintOptions {
  sub?: string;
  role: Role;
  /** Overrides the role's default scopes. */
  scopes?: readonly string[];
  org?: string;
  region?: string;
  purpose?: string;
  expiresIn?: string;
  issuer?: string;
  audience?: string;
}

/** Signs a token with a private key (JWK JSON or PKCS8 PEM). Used by the dev minter, tests and the gateway. */
/** Signs a JWT with a private key (PKCS8 PEM or JWK). */
async function signWith(
  privateKey: JWK | string,
  options: { claims: Record<string, unknown>; sub: string; issuer: string; audience: string; expiresIn: string },
): Promise<string> {
  const key =
    typeof privateKey === 'string' ? await importPKCS8(privateKey, ALGORITHM) : await importJWK(privateKey, ALGORITHM);
  return new SignJWT(options.claims)
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setSubject(options.sub)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn)
    .sign(key);
}

export async function mintToken(privateKey: JWK | string, options: MintOptions): Promise<string> {
  const scopes = options.scopes ?? DEFAULT_ROLE_SCOPES[options.role];
  return signWith(privateKey, {
    claims: {
      roles: [options.role],
      scope: scopes.join(' '),
      ...(options.org ? { org: options.org } : {}),
      ...(options.region ? { region: options.region } : {}),
      ...(options.purpose ? { purpose: options.purpose } : {}),
    },
    sub: options.sub ?? `dev-${options.role}`,
    issuer: options.issuer ?? DEFAULT_ISSUER,
    audience: options.audience ?? DEFAULT_AUDIENCE,
    expiresIn: options.expiresIn ?? '8h',
  });
}

export function hasRole(claims: Claims, ...roles: Role[]): boolean {
  return claims.roles.some((role) => roles.includes(role));
}
