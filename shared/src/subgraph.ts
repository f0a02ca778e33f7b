import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Claims, TokenVerifier } from './auth.js';
import { enforceAuthorization, readAuthorizationRules } from './authz.js';
import type { Database } from './database.js';
import { serveGraphQL, type RunningHttpServer } from './http.js';
import type { Logger } from './logger.js';
import { createErrorFormatter } from './masking.js';
import { inputHygienePlugin } from './input-hygiene.js';
import { enforceRowRules, type RowRules } from './row-rules.js';

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
  /** Told of every role-level denial by the row-rule registry (coordinate and caller), for audit and tests. */
  onRowRuleDenied?: (coordinate: string, claims: Claims) => void;
}

export interface SubgraphDefinition<TContext extends SubgraphContext> {
  /** The subgraph's name, as in the supergraph. */
  name: string;
  sdl: string;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<TContext>;
  /** The row-rule registry of the subgraph's access module: every root field and entity type, deny by default. */
  rowRules: RowRules;
  /** Builds the per-request context (fresh DataLoaders) for verified claims. */
  createContext: (claims: Claims) => TContext;
}

/** A built, unstarted subgraph: tests call `apollo.executeOperation` with `contextFor(claims)`. */
export interface Subgraph<TContext extends SubgraphContext> {
  readonly apollo: ApolloServer<TContext>;
  readonly schema: GraphQLSchema;
  contextFor(claims: Claims): TContext;
}

export function buildSubgraph<TContext extends SubgraphContext>(
  definition: SubgraphDefinition<TContext>,
  options: SubgraphOptions,
): Subgraph<TContext> {
  const claimsOf = (context: TContext) => context.claims;
  const schema = enforceAuthorization(
    enforceRowRules(
      definition.name,
      buildSubgraphSchema({ typeDefs: definition.typeDefs, resolvers: definition.resolvers as GraphQLResolverMap<unknown> }),
      definition.rowRules,
      claimsOf,
      options.onRowRuleDenied,
    ),
    readAuthorizationRules(definition.typeDefs),
    claimsOf,
  );
  const apollo = new ApolloServer<TContext>({
    schema,
    introspection: options.introspection ?? false,
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGINT/SIGTERM (it closes HTTP, then the database); Apollo's own handlers would race it.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    formatError: createErrorFormatter(options.logger),
    plugins: [
      options.inlineTracing ? ApolloServerPluginInlineTrace() : ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      inputHygienePlugin<TContext>(),
    ],
  });
  return { apollo, schema, contextFor: definition.createContext };
}

export interface SubgraphHttpOptions {
  port: number;
  host?: string;
  verifier: TokenVerifier;
  logger: Logger;
  ready?: () => Promise<boolean>;
  onRequest?: (body: unknown) => void;
}

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
    context: async (request) => subgraph.contextFor(await options.verifier.verifyHeader(request.headers.authorization)),
    routes: {
      '/health': async () => ({ status: 200, body: JSON.stringify({ status: 'ok' }) }),
      '/ready': async () => {
        const ok = options.ready ? await options.ready().catch(() => false) : true;
        return { status: ok ? 200 : 503, body: JSON.stringify({ status: ok ? 'ready' : 'unavailable' }) };
      },
    },
  });
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
