import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { GATEWAY_ASSERTION_HEADER, hasRole, type Claims, type TokenVerifier } from '../security/auth.js';
import { domainError, ErrorCode } from '../errors/domain-errors.js';
import type { Role } from '../security/roles.js';
import { enforceAuthorization, readAuthorizationRules } from '../security/auth-directives.js';
import { boundedDocumentStore, boundedKeyValueCache, DEFAULT_DOCUMENT_CACHE_MIB } from './caches.js';
import type { Database } from '../database/database.js';
import { serveGraphQL, type RunningHttpServer } from './http.js';
import type { Logger } from './logger.js';
import { createErrorFormatter } from '../errors/error-formatter.js';
import { inputHygienePlugin } from '../security/input-hygiene.js';
import { enforceRowRules, type RowRules } from '../security/row-rules.js';
import { createSubgraphMetrics, operationMetricsPlugin, type SubgraphMetrics } from './metrics.js';

/**
 * A subgraph's resolver map, as `buildSubgraphSchema` takes it in a schema module (read from its signature: the
 * package root exports no name for it). Each subgraph types its own map with the `Resolvers` type graphql-codegen
 * generates from its SDL (`src/generated/graphql.ts`), which fits this one.
 */
export type SubgraphResolvers = NonNullable<Exclude<Extract<Parameters<typeof buildSubgraphSchema>[0], readonly unknown[]>[number], DocumentNode>['resolvers']>;

/**
 * A Mutation resolver that hands its arguments and context to the domain function that owns the write, so a
 * subgraph's `Mutation.ts` stays a table of writes.
 */
export const delegate =
  <TContext, Args, Result>(write: (context: TContext, args: Args) => Result) =>
  (_: unknown, args: Args, context: TContext): Result =>
    write(context, args);

/** What every subgraph's per-request context carries. */
export interface SubgraphContext {
  readonly claims: Claims;
}

/** Reads a subgraph's SDL relative to the module that asks, never the working directory. */
export function loadSchemaFile(url: URL): { sdl: string; typeDefs: DocumentNode } {
  const sdl = readFileSync(url, 'utf8');
  return { sdl, typeDefs: parse(sdl) };
}

export interface SubgraphOptions {
  db: Database;
  logger: Logger;
  /** Apollo inline tracing (ftv1) costs time on every request; off unless configured. */
  inlineTracing?: boolean;
  introspection?: boolean;
  /**
   * Whether `_service { sdl }` answers (off unless configured: SUBGRAPH_SERVICE_SDL). The gateway composes
   * from the committed schema files, so only tools that introspect a running subgraph need it.
   */
  serviceSdl?: boolean;
  /** Told of every role-level denial by the row-rule registry (coordinate and caller), for audit and tests. */
  onRowRuleDenied?: (coordinate: string, claims: Claims) => void;
  /** Bound of the parsed-operation cache and of the persisted-query cache, each in MiB (DOCUMENT_CACHE_MIB). */
  documentCacheMiB?: number;
}

export interface SubgraphDefinition<TContext extends SubgraphContext> {
  /** The subgraph's name, as in the supergraph. */
  name: string;
  sdl: string;
  typeDefs: DocumentNode;
  resolvers: SubgraphResolvers;
  /** The row-rule registry of the subgraph's access module: every root field and entity type, deny by default. */
  rowRules: RowRules;
  /**
   * Builds the per-request context (fresh DataLoaders) for verified claims. `credentials` carries the caller's
   * own bearer token when the request came over HTTP, for a write that must ask another subgraph, as the
   * caller, for a fact that subgraph owns (see civil-affairs' pre-aid sources).
   */
  createContext: (claims: Claims, credentials?: CallerCredentials) => TContext;
}

/** The caller's verified bearer token, as it arrived (absent for in-process calls). */
export interface CallerCredentials {
  readonly token: string;
}

/** A built, unstarted subgraph: tests call `apollo.executeOperation` with `contextFor(claims)`. */
export interface Subgraph<TContext extends SubgraphContext> {
  readonly apollo: ApolloServer<TContext>;
  readonly schema: GraphQLSchema;
  /** Its Prometheus metrics, served at /metrics. */
  readonly metrics: SubgraphMetrics;
  contextFor(claims: Claims, credentials?: CallerCredentials): TContext;
}

export function buildSubgraph<TContext extends SubgraphContext>(
  definition: SubgraphDefinition<TContext>,
  options: SubgraphOptions,
): Subgraph<TContext> {
  const claimsOf = (context: TContext) => context.claims;
  const schema = enforceAuthorization(
    enforceRowRules(
      definition.name,
      buildSubgraphSchema([{ typeDefs: definition.typeDefs, resolvers: definition.resolvers }]),
      definition.rowRules,
      claimsOf,
      options.onRowRuleDenied,
    ),
    readAuthorizationRules(definition.typeDefs),
    claimsOf,
  );
  if (!options.serviceSdl) refuseServiceSdl(schema);
  const metrics = createSubgraphMetrics(definition.name);
  const apollo = new ApolloServer<TContext>({
    schema,
    introspection: options.introspection ?? false,
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGINT/SIGTERM (it closes HTTP, then the database); Apollo's own handlers would race it.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    documentStore: boundedDocumentStore(options.documentCacheMiB ?? DEFAULT_DOCUMENT_CACHE_MIB),
    cache: boundedKeyValueCache(options.documentCacheMiB ?? DEFAULT_DOCUMENT_CACHE_MIB),
    formatError: createErrorFormatter(options.logger),
    plugins: [
      options.inlineTracing ? ApolloServerPluginInlineTrace() : ApolloServerPluginInlineTraceDisabled(),
      // No cache hints are used, and Apollo's cache-control plugin wraps every resolver to collect them (a
      // per-field cost that showed in the profiles): off, with the header it sent kept as it was.
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin<TContext>(),
      ApolloServerPluginLandingPageDisabled(),
      inputHygienePlugin<TContext>(),
      operationMetricsPlugin<TContext>(metrics),
    ],
  });
  return { apollo, schema, metrics, contextFor: definition.createContext };
}

export interface SubgraphHttpOptions {
  port: number;
  host?: string;
  verifier: TokenVerifier;
  logger: Logger;
  ready?: () => Promise<boolean>;
  onRequest?: (body: unknown, request: IncomingMessage) => void;
  /**
   * Machine clients that run only trusted documents (default: the provincial system). Their requests are
   * refused unless the gateway vouches, with a gateway assertion bound to their token, that it checked the
   * operation: such a client cannot run an operation of its own by calling a subgraph directly.
   */
  trustedDocumentRoles?: readonly Role[];
}

/** Roles that run only trusted documents unless a service is configured otherwise. */
export const DEFAULT_TRUSTED_DOCUMENT_ROLES: readonly Role[] = ['provincial_system'];

/**
 * Serves a started subgraph over HTTP. Every request must carry a token the subgraph verifies itself: no token,
 * no answer, `_entities` and `_service` included.
 */
export function serveSubgraph<TContext extends SubgraphContext>(
  subgraph: Subgraph<TContext>,
  options: SubgraphHttpOptions,
): Promise<RunningHttpServer> {
  return serveGraphQL({
    apollo: subgraph.apollo,
    port: options.port,
    ...(options.host ? { host: options.host } : {}),
    logger: options.logger,
    ...(options.onRequest ? { onRequest: options.onRequest } : {}),
    context: async (request) => {
      const claims = await options.verifier.verifyHeader(request.headers.authorization);
      const token = request.headers.authorization!.trim().replace(/^Bearer\s+/i, '');
      if (hasRole(claims, ...(options.trustedDocumentRoles ?? DEFAULT_TRUSTED_DOCUMENT_ROLES))) {
        const assertion = request.headers[GATEWAY_ASSERTION_HEADER];
        if (!(await options.verifier.verifyGatewayAssertion(typeof assertion === 'string' ? assertion : undefined, token))) {
          throw domainError(ErrorCode.FORBIDDEN, 'This client runs only its trusted documents, through the gateway.', { http: { status: 403 } });
        }
      }
      return subgraph.contextFor(claims, { token });
    },
    routes: {
      '/health': async () => ({ status: 200, body: JSON.stringify({ status: 'ok' }) }),
      '/ready': async () => {
        const ok = options.ready ? await options.ready().catch(() => false) : true;
        return { status: ok ? 200 : 503, body: JSON.stringify({ status: ok ? 'ready' : 'unavailable' }) };
      },
      '/metrics': async () => ({ status: 200, contentType: subgraph.metrics.registry.contentType, body: await subgraph.metrics.registry.metrics() }),
    },
  });
}

/** `cache-control: no-store` on every answer (subgraph answers are per caller and never cached). */
function noStorePlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}

/** Starts a subgraph and serves it; `close` stops both. */
export async function listenSubgraph<TContext extends SubgraphContext>(
  subgraph: Subgraph<TContext>,
  options: SubgraphHttpOptions,
): Promise<RunningHttpServer> {
  await subgraph.apollo.start();
  const running = await serveSubgraph(subgraph, options);
  return {
    ...running,
    close: async () => {
      await running.close();
      await subgraph.apollo.stop();
    },
  };
}

/** `_service { sdl }` refused for every caller: the schema is not published by a running subgraph. */
function refuseServiceSdl(schema: GraphQLSchema): void {
  const field = schema.getQueryType()?.getFields()._service;
  if (!field) return;
  field.resolve = () => {
    throw domainError(ErrorCode.FORBIDDEN, 'This subgraph does not publish its schema; compose from the schema files.');
  };
}
