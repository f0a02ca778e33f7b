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
import { domainError, ErrorCode } from './errors.js';
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
const VERIFIED_TOKEN_CACHE_SIZE = 10_000;
const VERIFIED_TOKEN_TTL_MS = 5 * 60_000;

export interface AuthConfig {
  issuer: string;
  audience: string;
  /** A JWKS URL of the identity provider (production). */
  jwksUrl?: string;
  /** Public keys (SPKI PEM or JWK JSON) trusted in addition, e.g. the gateway's anonymous-token key. */
  publicKeys: string[];
}

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
  const org = typeof payload.org === 'string' && payload.org.length > 0 ? payload.org : undefined;
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

  // Verified tokens are remembered (by their exact text, so by their signature) until they expire, at most
  // VERIFIED_TOKEN_TTL_MS: a signature check costs more than the rest of a small request.
  const verified = new Map<string, { claims: Claims; until: number }>();
  const verify = async (token: string): Promise<Claims> => {
    if (token.length > MAX_TOKEN_BYTES) throw unauthenticated('The token is too large.');
    const now = Date.now();
    const hit = verified.get(token);
    if (hit) {
      if (hit.until > now) return hit.claims;
      verified.delete(token);
    }
    for (const keySet of keySets) {
      try {
        const { payload } = await jwtVerify(token, keySet, {
          issuer: config.issuer,
          audience: config.audience,
          algorithms: [ALGORITHM, 'RS256'],
          requiredClaims: ['exp', 'sub'],
        });
        const claims = claimsFromPayload(payload);
        if (verified.size >= VERIFIED_TOKEN_CACHE_SIZE) verified.delete(verified.keys().next().value!);
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
export async function mintToken(privateKey: JWK | string, options: MintOptions): Promise<string> {
  const key =
    typeof privateKey === 'string' ? await importPKCS8(privateKey, ALGORITHM) : await importJWK(privateKey, ALGORITHM);
  const scopes = options.scopes ?? DEFAULT_ROLE_SCOPES[options.role];
  return new SignJWT({
    roles: [options.role],
    scope: scopes.join(' '),
    ...(options.org ? { org: options.org } : {}),
    ...(options.region ? { region: options.region } : {}),
    ...(options.purpose ? { purpose: options.purpose } : {}),
  })
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setSubject(options.sub ?? `dev-${options.role}`)
    .setIssuer(options.issuer ?? DEFAULT_ISSUER)
    .setAudience(options.audience ?? DEFAULT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(key);
}

export function hasRole(claims: Claims, ...roles: Role[]): boolean {
  return claims.roles.some((role) => roles.includes(role));
}
