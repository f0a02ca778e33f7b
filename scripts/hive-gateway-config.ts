/**
 * Hive Gateway as a second router for this supergraph: installs a pinned `@graphql-hive/gateway` into a cache
 * directory outside the project's dependencies, and writes its configuration. The committed
 * `schema/supergraph.graphql` is served unchanged (auth directives included); only the subgraph locations are
 * moved (`transportEntries`) when the subgraphs listen elsewhere than their default ports.
 *
 * What the configuration sets, as close to this gateway as Hive allows (docs/portability.md):
 * - JWT plugin: ES256 tokens of the project's issuer and audience, verified with the same public key; a
 *   missing token is allowed (anonymous), an invalid one refused.
 * - Generic auth, `protect-granular`: `@authenticated`, `@requiresScopes` (from the token's `scope` claim) and
 *   `@policy` (policy names computed from the token's role, region and organisation with the project's own
 *   policy table, written into the configuration as a lookup table).
 * - The caller's token forwarded to every subgraph; an anonymous caller gets a short-lived `public` token
 *   signed with the gateway key, as this gateway does, since the subgraphs refuse requests without one.
 * - Upstream request deduplication on or off (Hive's HTTP transport deduplicates identical in-flight
 *   subgraph queries by default).
 */
import { spawnSync } from 'node:child_process';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import type { JWK } from 'jose';
import { ANONYMOUS_TOKEN_TTL_SECONDS } from '@aid/gateway/anonymous.js';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER } from '@aid/shared/security/auth.js';
import { POLICIES } from '@aid/shared/security/policies.js';
import { ROLES } from '@aid/shared/security/roles.js';
import { REPO_ROOT } from '@aid/shared/runtime/paths.js';
import type { SubgraphName } from '@aid/shared/runtime/services.js';

export const HIVE_VERSION = '2.15.1';

/** The cache directory Hive Gateway is installed in (BENCH_CACHE_DIR, else ~/.cache/aid-federation-bench). */
export function hiveDir(): string {
  return `${process.env.BENCH_CACHE_DIR ?? `${homedir()}/.cache/aid-federation-bench`}/hive-gateway-${HIVE_VERSION}`;
}

/** Installs Hive Gateway (first run only) and returns the path of its CLI. */
export function ensureHive(log: (line: string) => void = console.log): string {
  const dir = hiveDir();
  const bin = `${dir}/node_modules/.bin/hive-gateway`;
  if (existsSync(bin)) return bin;
  log(`Installing @graphql-hive/gateway@${HIVE_VERSION} into ${dir} (first run only) ...`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/package.json`, JSON.stringify({ name: 'bench-hive-gateway', private: true }));
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', `@graphql-hive/gateway@${HIVE_VERSION}`, 'graphql@16'], { cwd: dir, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('Could not install Hive Gateway.');
  return bin;
}

/** Policy names per (role, has region, has organisation), from the project's one policy table. */
function policyTable(): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  for (const role of ROLES) {
    for (const region of [false, true]) {
      for (const org of [false, true]) {
        const claims = { sub: 'x', roles: [role], scopes: new Set<string>(), ...(region ? { region: '330203' } : {}), ...(org ? { org: 'x' } : {}) };
        table[`${role}|${region ? 'r' : ''}|${org ? 'o' : ''}`] = Object.entries(POLICIES)
          .filter(([, holds]) => holds(claims as never))
          .map(([name]) => name);
      }
    }
  }
  return table;
}

export interface HiveConfigOptions {
  /** Where to write `gateway.config.mjs` (a directory of its own per instance). */
  dir: string;
  /** Subgraph URLs, when not the supergraph's routing URLs. */
  urls?: Record<SubgraphName, string>;
  /** The public key that verifies callers' tokens. */
  publicJwk: JWK;
  /** The key the anonymous `public` token is signed with (the gateway key the subgraphs trust). */
  gatewayPrivateJwk: JWK;
  deduplicate: boolean;
}

/** Writes the Hive Gateway configuration; returns the arguments for its CLI. */
export function writeHiveConfig(options: HiveConfigOptions, port: number): string[] {
  mkdirSync(options.dir, { recursive: true });
  const publicPem = createPublicKey({ key: options.publicJwk as never, format: 'jwk' }).export({ type: 'spki', format: 'pem' }).toString();
  const gatewayPem = createPrivateKey({ key: options.gatewayPrivateJwk as never, format: 'jwk' }).export({ type: 'pkcs8', format: 'pem' }).toString();
  writeFileSync(`${options.dir}/gateway-key.pem`, gatewayPem, { mode: 0o600 });
  const transportEntries: Record<string, unknown> = { '*.http': { options: { deduplicateInflightRequests: options.deduplicate } } };
  for (const [name, url] of Object.entries(options.urls ?? {})) transportEntries[name] = { location: url };
  writeFileSync(
    `${options.dir}/gateway.config.mjs`,
    `// Generated by scripts/hive-gateway-config.ts: Hive Gateway ${HIVE_VERSION} in front of the committed supergraph.
import { createSign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig, createInlineSigningKeyProvider } from '@graphql-hive/gateway';

const ISSUER = ${JSON.stringify(DEFAULT_ISSUER)};
const AUDIENCE = ${JSON.stringify(DEFAULT_AUDIENCE)};
const POLICY_TABLE = ${JSON.stringify(policyTable())};
const GATEWAY_KEY = readFileSync(new URL('./gateway-key.pem', import.meta.url), 'utf8');
const TTL = ${ANONYMOUS_TOKEN_TTL_SECONDS};

// The anonymous caller's token: role public, no scopes, short-lived, signed ES256 with the gateway key.
const b64 = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
let anonymous;
function anonymousToken() {
  const now = Math.floor(Date.now() / 1000);
  if (anonymous && now < anonymous.renewAt) return anonymous.token;
  const input = b64({ alg: 'ES256', typ: 'JWT' }) + '.' + b64({ roles: ['public'], scope: '', sub: 'gateway-anonymous', iss: ISSUER, aud: AUDIENCE, iat: now, exp: now + TTL });
  const signature = createSign('SHA256').update(input).sign({ key: GATEWAY_KEY, dsaEncoding: 'ieee-p1363' }).toString('base64url');
  anonymous = { token: input + '.' + signature, renewAt: now + TTL / 2 };
  return anonymous.token;
}

export const gatewayConfig = defineConfig({
  supergraph: ${JSON.stringify(`${REPO_ROOT}schema/supergraph.graphql`)},
  logging: 'error',
  transportEntries: ${JSON.stringify(transportEntries)},
  jwt: {
    signingKeyProviders: [createInlineSigningKeyProvider(${JSON.stringify(publicPem)})],
    tokenVerification: { algorithms: ['ES256'], issuer: ISSUER, audience: AUDIENCE },
    reject: { missingToken: false, invalidToken: true },
  },
  genericAuth: {
    mode: 'protect-granular',
    resolveUserFn: (context) => context.jwt?.payload ?? null,
    rejectUnauthenticated: false,
    extractScopes: (user) => String(user?.scope ?? '').split(' ').filter(Boolean),
    extractPolicies: (user) => {
      const role = Array.isArray(user?.roles) ? user.roles[0] : undefined;
      return POLICY_TABLE[role + '|' + (user?.region ? 'r' : '') + '|' + (user?.org ? 'o' : '')] ?? [];
    },
  },
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') ?? 'Bearer ' + anonymousToken() }),
  },
});
`,
  );
  return ['supergraph', '-c', 'gateway.config.mjs', '--port', String(port), '--host', '127.0.0.1'];
}
