/**
 * The end-to-end harness: the three subgraphs over real HTTP on port 0, each on its own schema of a fresh
 * test database (in-memory PGlite, or a new database on TEST_DATABASE_URL), and the gateway over them, loaded
 * from the committed supergraph. Tokens are real JWTs signed by a key pair made for the run.
 */
import { readFileSync } from 'node:fs';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { ALGORITHM, createTokenVerifier, type Claims, DEFAULT_AUDIENCE, DEFAULT_ISSUER, mintToken, type MintOptions } from '@aid/shared/security/auth.js';
import { openDatabase, type Database, type DatabaseHandle, type DatabaseLocation } from '@aid/shared/database/database.js';
import type { RunningHttpServer } from '@aid/shared/runtime/http.js';
import { createLogger } from '@aid/shared/runtime/logger.js';
import { listenSubgraph, serveSubgraph, type Subgraph, type SubgraphContext } from '@aid/shared/runtime/subgraph.js';
import { createTestDatabaseLocation } from '@aid/shared/testing/harness.js';
import * as civilAffairs from '@aid/civil-affairs/server.js';
import { httpPreAidSources } from '@aid/civil-affairs/pre-aid-sources.js';
import { seedCivilAffairs } from '@aid/civil-affairs/seed.js';
import * as charity from '@aid/charity/server.js';
import { seedCharity } from '@aid/charity/seed.js';
import { referralReadModelStore } from '@aid/charity/referral-sync.js';
import { createReferralFeedClient } from '@aid/shared/referral-feed/client.js';
import { ReferralFeedConsumer } from '@aid/shared/referral-feed/consumer.js';
import * as services from '@aid/services/server.js';
import { seedServices } from '@aid/services/seed.js';
import { referralReadModelStore as servicesReferralReadModelStore } from '@aid/services/referral-sync.js';
import { createGateway, SUPERGRAPH_FILE } from '@aid/gateway/server.js';
import type { GatewayConfig } from '@aid/gateway/config.js';

export type { SubgraphName } from '@aid/shared/runtime/services.js';
import type { SubgraphName } from '@aid/shared/runtime/services.js';

interface BuildOptions {
  db: Database;
  logger: ReturnType<typeof createLogger>;
  /** Where civil-affairs listens (started first), for the charity and services read models' feed consumers. */
  civilAffairsUrl: string;
  /** Where a subgraph listens, once it does (civil affairs is built before charity and services start). */
  subgraphUrl: (name: SubgraphName) => string;
  privateJwk: JWK;
  onRowRuleDenied?: (coordinate: string, claims: Claims) => void;
}

interface SubgraphModule {
  DB_SCHEMA: string;
  MIGRATIONS_FOLDER: string;
  build: (options: BuildOptions) => Subgraph<SubgraphContext>;
  seed: (db: Database) => Promise<boolean>;
}

const MODULES: Record<SubgraphName, SubgraphModule> = {
  'civil-affairs': {
    ...civilAffairs,
    // As in main.ts, civil affairs asks charity and services (started after it) when a referral is requested.
    build: (o) =>
      civilAffairs.createCivilAffairsSubgraph({
        ...o,
        preAidSources: httpPreAidSources({ charityUrl: () => o.subgraphUrl('charity'), servicesUrl: () => o.subgraphUrl('services') }),
      }) as unknown as Subgraph<SubgraphContext>,
    seed: seedCivilAffairs,
  },
  charity: {
    ...charity,
    // As in main.ts, charity follows civil-affairs' referral feed; here only on demand (catch-up pulls when a
    // disbursement names a referral it has not seen), so tests stay deterministic.
    build: (o) =>
      charity.createCharitySubgraph({
        ...o,
        referralSync: new ReferralFeedConsumer({
          client: createReferralFeedClient({
            url: o.civilAffairsUrl,
            token: () => mintToken(o.privateJwk, { role: 'charity_federation', sub: 'charity-feed', scopes: ['feed:read'] }),
          }),
          store: referralReadModelStore(o.db),
          intervalMs: 0,
        }),
      }) as unknown as Subgraph<SubgraphContext>,
    seed: seedCharity,
  },
  services: {
    ...services,
    // As in main.ts, services follows civil-affairs' referral feed; here only on demand (catch-up pulls when a
    // write names a referral it has not seen), as charity's is wired above.
    build: (o) =>
      services.createServicesSubgraph({
        ...o,
        referralSync: new ReferralFeedConsumer({
          client: createReferralFeedClient({
            url: o.civilAffairsUrl,
            token: () => mintToken(o.privateJwk, { role: 'charity_federation', sub: 'services-feed', scopes: ['feed:read'] }),
          }),
          store: servicesReferralReadModelStore(o.db),
          intervalMs: 0,
        }),
      }) as unknown as Subgraph<SubgraphContext>,
    seed: seedServices,
  },
};

export interface StackOptions {
  /** Seed the demo data into every subgraph (default true). */
  seed?: boolean;
  /** Gateway settings to override (e.g. rejectUnauthorized, subgraphTimeoutMs). */
  gateway?: Partial<Omit<GatewayConfig, 'auth'>>;
  /** Told of every role-level denial of the subgraphs' row-rule registries (the authorization matrix test). */
  onRowRuleDenied?: (subgraph: SubgraphName, coordinate: string, claims: Claims) => void;
}

export interface GraphQLResponse<TData = any> {
  status: number;
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

export interface Stack {
  gatewayUrl: string;
  /** The configuration the gateway was built with (to build a second gateway in a test). */
  gatewayConfig: GatewayConfig;
  subgraphUrls: Record<SubgraphName, string>;
  databases: Record<SubgraphName, DatabaseHandle>;
  /** The built subgraphs, to call in process with `apollo.executeOperation` and `contextFor(claims)`. */
  subgraphs: Record<SubgraphName, Subgraph<SubgraphContext>>;
  /** Request bodies each subgraph received, in order (clear with `received[name].length = 0`). */
  received: Record<SubgraphName, { query: string; variables?: Record<string, unknown> }[]>;
  /** The trace headers each subgraph received with those requests (`traceparent`, `x-request-id`). */
  traces: Record<SubgraphName, { traceparent: string; requestId: string }[]>;
  token(role: MintOptions['role'], extra?: Omit<MintOptions, 'role'>): Promise<string>;
  /** POSTs an operation to the gateway (or to `url`) with an optional bearer token. */
  query<TData = any>(query: string, options?: { token?: string; variables?: Record<string, unknown>; url?: string; headers?: Record<string, string> }): Promise<GraphQLResponse<TData>>;
  /** Stops one subgraph's HTTP server (to test failure) and restarts it on the same port. */
  stopSubgraph(name: SubgraphName): Promise<void>;
  startSubgraph(name: SubgraphName): Promise<void>;
  stop(): Promise<void>;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const logger = createLogger('e2e');
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  const privateJwk: JWK = await exportJWK(privateKey);
  const publicJwk: JWK = await exportJWK(publicKey);
  // The gateway has a key pair of its own (anonymous tokens, gateway assertions), as in development and production.
  const gatewayPair = await generateKeyPair(ALGORITHM, { extractable: true });
  const gatewayPrivateJwk: JWK = await exportJWK(gatewayPair.privateKey);
  const auth = {
    issuer: DEFAULT_ISSUER,
    audience: DEFAULT_AUDIENCE,
    publicKeys: [JSON.stringify(publicJwk)],
    gatewayPublicKeys: [JSON.stringify(await exportJWK(gatewayPair.publicKey))],
  };
  const verifier = await createTokenVerifier(auth);

  const shared = await createTestDatabaseLocation();
  const databases = {} as Record<SubgraphName, DatabaseHandle>;
  const subgraphs = {} as Record<SubgraphName, Subgraph<SubgraphContext>>;
  const servers = {} as Record<SubgraphName, RunningHttpServer>;
  const ports = {} as Record<SubgraphName, number>;
  const received = { 'civil-affairs': [], charity: [], services: [] } as Stack['received'];
  const traces = { 'civil-affairs': [], charity: [], services: [] } as Stack['traces'];

  const listen = async (name: SubgraphName, port: number) => {
    servers[name] = await listenSubgraph(subgraphs[name], {
      port,
      verifier,
      logger,
      onRequest: (body, request) => {
        received[name].push(body as { query: string });
        traces[name].push({ traceparent: String(request.headers.traceparent ?? ''), requestId: String(request.headers['x-request-id'] ?? '') });
      },
    });
    ports[name] = servers[name].port;
  };

  for (const name of Object.keys(MODULES) as SubgraphName[]) {
    const module = MODULES[name];
    const location: DatabaseLocation = shared.location;
    const handle = await openDatabase({ schema: module.DB_SCHEMA, migrationsFolder: module.MIGRATIONS_FOLDER, location });
    await handle.migrate();
    if (options.seed ?? true) await module.seed(handle.db);
    databases[name] = handle;
    subgraphs[name] = module.build({
      db: handle.db,
      logger,
      civilAffairsUrl: servers['civil-affairs']?.url ?? '',
      subgraphUrl: (other: SubgraphName) => servers[other]!.url,
      privateJwk,
      ...(options.onRowRuleDenied ? { onRowRuleDenied: (coordinate: string, claims: Claims) => options.onRowRuleDenied!(name, coordinate, claims) } : {}),
    });
    await listen(name, 0);
  }

  const subgraphUrls = Object.fromEntries(
    (Object.keys(servers) as SubgraphName[]).map((name) => [name, servers[name].url]),
  ) as Record<SubgraphName, string>;
  const gatewayConfig: GatewayConfig = {
      port: 0,
      host: '127.0.0.1',
      subgraphUrls,
      subgraphTimeoutMs: 5000,
      rejectUnauthorized: false,
      trustedDocumentRoles: ['provincial_system'],
      introspection: true,
      explorer: 'off',
      limits: { maxDepth: 12, maxAliases: 15, maxCost: 20_000, maxTokens: 3000, maxDirectives: 30 },
      auth: { ...auth, devKeys: { privateJwk, publicJwk } },
      anonymousSigningKey: gatewayPrivateJwk,
      anonymousTokenTtlSeconds: 300,
      shutdownTimeoutMs: 10_000,
      ...options.gateway,
    };
  const gateway = await createGateway(gatewayConfig, { supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'), logger });
  const gatewayServer = await gateway.listen(0, '127.0.0.1');

  return {
    gatewayUrl: gatewayServer.url,
    gatewayConfig,
    subgraphUrls,
    databases,
    subgraphs,
    received,
    traces,
    token: (role, extra = {}) => mintToken(privateJwk, { role, ...extra }),
    async query(query, { token, variables, url, headers } = {}) {
      const response = await fetch(url ?? gatewayServer.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status'>;
      return { status: response.status, ...body };
    },
    async stopSubgraph(name) {
      servers[name].server.closeAllConnections();
      await new Promise<void>((resolve) => servers[name].server.close(() => resolve()));
    },
    async startSubgraph(name) {
      const running = await serveSubgraph(subgraphs[name], {
        port: ports[name],
        verifier,
        logger,
        onRequest: (body, request) => {
        received[name].push(body as { query: string });
        traces[name].push({ traceparent: String(request.headers.traceparent ?? ''), requestId: String(request.headers['x-request-id'] ?? '') });
      },
      });
      // Closing stops the HTTP server and, as at first start, the subgraph itself.
      servers[name] = { ...running, close: async () => { await running.close(); await subgraphs[name].apollo.stop(); } };
    },
    async stop() {
      await gatewayServer.close();
      for (const server of Object.values(servers)) await server.close().catch(() => {});
      for (const handle of Object.values(databases)) await handle.close();
      await shared.drop();
    },
  };
}
