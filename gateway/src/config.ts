import type { JWK } from 'jose';
import { ANONYMOUS_TOKEN_TTL_SECONDS } from './anonymous.js';
import type { ResolvedAuthConfig } from '@aid/shared/security/auth-config.js';
import { authConfigFromEnv } from '@aid/shared/security/auth-config.js';
import { documentCacheMiBFromEnv } from '@aid/shared/runtime/caches.js';
import { parseCorsOrigins } from '@aid/shared/runtime/cors.js';
import { shutdownTimeoutFromEnv } from '@aid/shared/runtime/http.js';
import { DEFAULT_PORTS, SUBGRAPH_NAMES } from '@aid/shared/runtime/services.js';
import { EnvReader, subgraphUrlFromEnv } from '@aid/shared/runtime/config.js';
import { dataRoot } from '@aid/shared/runtime/paths.js';
import { isRole, type Role } from '@aid/shared/security/roles.js';

/** A comma-separated list of roles ("" for none). */
function roleList(reader: EnvReader, name: string, fallback: Role[]): Role[] {
  const raw = reader.optional(name);
  if (raw === undefined) return fallback;
  const names = raw.split(',').map((r) => r.trim()).filter(Boolean);
  const unknown = names.filter((r) => !isRole(r));
  if (unknown.length > 0) reader.problem(`${name} names unknown roles: ${unknown.join(', ')}.`);
  return names.filter(isRole);
}

/**
 * What a browser gets at /graphql (EXPLORER): the self-hosted GraphiQL explorer, which works offline; Apollo
 * Sandbox, whose page loads from Apollo's hosts; or nothing.
 */
export const EXPLORER_KINDS = ['graphiql', 'sandbox', 'off'] as const;
export type ExplorerKind = (typeof EXPLORER_KINDS)[number];

/** Everything the gateway reads from the environment, validated once at startup. */
export interface GatewayConfig {
  port: number;
  host: string;
  /** Subgraph name -> URL; overrides the routing URLs in the supergraph. */
  subgraphUrls: Record<string, string>;
  /** Default subgraph request timeout. */
  subgraphTimeoutMs: number;
  /** Per-subgraph overrides of the timeout (`<NAME>_TIMEOUT_MS`). */
  subgraphTimeouts?: Record<string, number>;
  /** Share one subgraph request among identical concurrent reads (default on). */
  deduplicateSubgraphQueries?: boolean;
  /** Roles that may run only the documents of the trusted-documents manifest (machine clients). */
  trustedDocumentRoles: Role[];
  /** The manifest (Apollo persisted query manifest); defaults to gateway/trusted-documents.json. */
  trustedDocumentsFile?: string;
  /** Refuse a whole operation that touches an unauthorized field (router `reject_unauthorized`). */
  rejectUnauthorized: boolean;
  introspection: boolean;
  /** What a browser gets at /graphql: the self-hosted GraphiQL explorer, Apollo Sandbox, or nothing (EXPLORER). */
  explorer: ExplorerKind;
  /**
   * Offer a dev token per role in the explorer to browsers on this machine (never in production; needs the
   * development key pair).
   */
  devTokenPicker?: boolean;
  /** Where the built explorer assets are cached (`<data folder>/explorer`). */
  explorerCacheDir?: string;
  limits: { maxDepth: number; maxAliases: number; maxCost: number; maxTokens: number; maxDirectives: number };
  /**
   * Bounds of the gateway's caches: parsed operations and persisted queries (MiB each), query plans (MiB), and
   * per-operation entries (authorisation filters, trusted-document ids). Verified tokens: `auth.tokenCacheSize`.
   */
  caches?: { documentMiB: number; queryPlanMiB: number; operations: number };
  auth: ResolvedAuthConfig;
  /** PKCS8 PEM key the gateway signs anonymous (`public`) tokens with; the dev key in development. */
  anonymousSigningKey?: string | JWK;
  anonymousTokenTtlSeconds: number;
  /** Origins whose browser apps may call the gateway (CORS_ORIGINS; none by default). */
  corsOrigins?: string[];
  /** How long SIGTERM/SIGINT lets in-flight requests finish (SHUTDOWN_TIMEOUT_MS, default 10 s). */
  shutdownTimeoutMs: number;
}

/** Default bound of the query-plan cache, in MiB (QUERY_PLAN_CACHE_MIB). */
export const DEFAULT_QUERY_PLAN_CACHE_MIB = 30;
/** Default number of per-operation entries: authorisation filters and trusted-document ids (OPERATION_CACHE_SIZE). */
export const DEFAULT_OPERATION_CACHE_SIZE = 1000;

function explorerKind(reader: EnvReader, fallback: ExplorerKind): ExplorerKind {
  const raw = reader.string('EXPLORER', fallback).toLowerCase();
  if ((EXPLORER_KINDS as readonly string[]).includes(raw)) return raw as ExplorerKind;
  reader.problem(`EXPLORER must be one of ${EXPLORER_KINDS.join(', ')} (got "${raw.slice(0, 40)}").`);
  return fallback;
}

export async function gatewayConfigFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<GatewayConfig> {
  const reader = new EnvReader(env);
  const production = env.NODE_ENV === 'production';
  const subgraphUrls: Record<string, string> = {};
  const subgraphTimeouts: Record<string, number> = {};
  for (const name of SUBGRAPH_NAMES) {
    const prefix = name.toUpperCase().replace(/-/g, '_');
    const timeout = reader.int(`${prefix}_TIMEOUT_MS`, 0, { max: 120_000 });
    if (timeout > 0) subgraphTimeouts[name] = timeout;
    const url = subgraphUrlFromEnv(reader, name);
    if (url) subgraphUrls[name] = url;
  }
  const config: GatewayConfig = {
    port: reader.int('GATEWAY_PORT', DEFAULT_PORTS.gateway, { max: 65535 }),
    host: reader.string('HOST', '127.0.0.1'),
    subgraphUrls,
    subgraphTimeoutMs: reader.int('SUBGRAPH_TIMEOUT_MS', 5000, { min: 100, max: 120_000 }),
    subgraphTimeouts,
    // Off by default: merged reads would write one access-log row for several reads of a full personal value.
    deduplicateSubgraphQueries: reader.bool('DEDUPLICATE_SUBGRAPH_QUERIES', false),
    rejectUnauthorized: reader.bool('AUTHZ_REJECT_UNAUTHORIZED', false),
    trustedDocumentRoles: roleList(reader, 'TRUSTED_DOCUMENT_ROLES', ['provincial_system']),
    introspection: reader.bool('INTROSPECTION', !production),
    explorer: explorerKind(reader, production ? 'off' : 'graphiql'),
    devTokenPicker: !production,
    explorerCacheDir: `${dataRoot(env)}/explorer`,
    limits: {
      maxDepth: reader.int('MAX_DEPTH', 12, { min: 2, max: 100 }),
      maxAliases: reader.int('MAX_ALIASES', 15, { min: 1, max: 1000 }),
      maxCost: reader.int('MAX_COST', 20_000, { min: 10 }),
      maxTokens: reader.int('MAX_TOKENS', 3000, { min: 50 }),
      maxDirectives: reader.int('MAX_DIRECTIVES', 30, { min: 1 }),
    },
    caches: {
      documentMiB: documentCacheMiBFromEnv(reader),
      queryPlanMiB: reader.int('QUERY_PLAN_CACHE_MIB', DEFAULT_QUERY_PLAN_CACHE_MIB, { min: 1, max: 4096 }),
      operations: reader.int('OPERATION_CACHE_SIZE', DEFAULT_OPERATION_CACHE_SIZE, { min: 1, max: 1_000_000 }),
    },
    auth: await authConfigFromEnv(reader, env),
    anonymousTokenTtlSeconds: ANONYMOUS_TOKEN_TTL_SECONDS,
    shutdownTimeoutMs: shutdownTimeoutFromEnv(reader),
  };
  const cors = parseCorsOrigins(reader.optional('CORS_ORIGINS'));
  for (const problem of cors.problems) reader.problem(problem);
  if (cors.origins.length > 0) config.corsOrigins = cors.origins;
  const trustedDocumentsFile = reader.optional('TRUSTED_DOCUMENTS_FILE');
  if (trustedDocumentsFile) config.trustedDocumentsFile = trustedDocumentsFile;
  const signingKey = reader.optional('GATEWAY_SIGNING_KEY');
  if (signingKey) config.anonymousSigningKey = signingKey;
  else if (production) reader.string('GATEWAY_SIGNING_KEY');
  reader.done();
  return config;
}
