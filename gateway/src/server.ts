import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { createErrorFormatter } from '@aid/shared/errors/error-formatter.js';
import { boundedDocumentStore, boundedKeyValueCache, DEFAULT_DOCUMENT_CACHE_MIB } from '@aid/shared/runtime/caches.js';
import { serveGraphQL, type RunningHttpServer } from '@aid/shared/runtime/http.js';
import { createLogger, type Logger } from '@aid/shared/runtime/logger.js';
import { mintGatewayAssertion } from '@aid/shared/security/auth.js';
import { inputHygienePlugin } from '@aid/shared/security/input-hygiene.js';
import { DEFAULT_OPERATION_CACHE_SIZE, DEFAULT_QUERY_PLAN_CACHE_MIB, type GatewayConfig } from './config.js';
import type { GatewayContext } from './context.js';
import { createFederation } from './federation.js';
import { selfHostedExplorer } from './explorer/page.js';
import { FIRST_QUERY, landingPagePlugin } from './landing-page.js';
import { operationLimits, operationResolutionPlugin, relabelLimitError } from './limits.js';
import { createMetrics, metricsPlugin, type Metrics } from './metrics.js';
import { operationLogPlugin, traceOf } from './tracing.js';
import { createReadinessCheck, readinessStatus } from './readiness.js';
import { createRequestContext, gatewaySigningKey } from './request-context.js';
import { persistedQueryCache, readTrustedDocuments, TRUSTED_DOCUMENTS_FILE, trustedDocumentsPlugin } from './trusted-documents.js';

export const SUPERGRAPH_FILE = new URL('../../schema/supergraph.graphql', import.meta.url);

export interface CreateGatewayOptions {
  /** The composed supergraph; defaults to the committed schema/supergraph.graphql. */
  supergraphSdl?: string;
  logger?: Logger;
}

/** A built, unstarted gateway: `listen()` starts it over HTTP; tests may also call `apollo.executeOperation`. */
export interface Gateway {
  readonly apollo: ApolloServer<GatewayContext>;
  readonly metrics: Metrics;
  /** Builds the per-request context from an Authorization header (verifies the token). */
  contextFor(authorization: string | undefined): Promise<GatewayContext>;
  listen(port?: number, host?: string): Promise<RunningHttpServer>;
}

export async function createGateway(config: GatewayConfig, options: CreateGatewayOptions = {}): Promise<Gateway> {
  const logger = options.logger ?? createLogger('gateway');
  const metrics = createMetrics();
  const caches = config.caches ?? { documentMiB: DEFAULT_DOCUMENT_CACHE_MIB, queryPlanMiB: DEFAULT_QUERY_PLAN_CACHE_MIB, operations: DEFAULT_OPERATION_CACHE_SIZE };
  const federation = createFederation(options.supergraphSdl ?? readFileSync(SUPERGRAPH_FILE, 'utf8'), config, caches, metrics, logger);
  const limits = operationLimits(config.limits);
  const formatError = createErrorFormatter(logger);
  const signingKey = gatewaySigningKey(config);
  const contextFor = await createRequestContext(config, signingKey);
  const trusted = readTrustedDocuments(config.trustedDocumentsFile ?? TRUSTED_DOCUMENTS_FILE);
  const devTokenKey = config.devTokenPicker ? config.auth.devKeys?.privateJwk : undefined;
  const explorer =
    config.explorer === 'graphiql'
      ? await selfHostedExplorer({
          firstQuery: FIRST_QUERY,
          logger,
          ...(devTokenKey ? { devTokenKey } : {}),
          ...(config.explorerCacheDir ? { cacheDir: config.explorerCacheDir } : {}),
        })
      : undefined;
  if (explorer && !config.introspection) logger.warn('the explorer is on but introspection is off (INTROSPECTION): its docs stay empty');

  const apollo = new ApolloServer<GatewayContext>({
    gateway: federation,
    introspection: config.introspection,
    csrfPrevention: true,
    documentStore: boundedDocumentStore(caches.documentMiB),
    persistedQueries: { cache: persistedQueryCache(trusted, boundedKeyValueCache(caches.documentMiB)) },
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGINT/SIGTERM (it closes HTTP, then the database); Apollo's own handlers would race it.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    formatError: (formatted, error) => relabelLimitError(formatError(formatted, error)),
    plugins: [
      ...limits.plugins,
      operationResolutionPlugin(),
      landingPagePlugin(config.explorer, explorer?.html),
      metricsPlugin(metrics),
      operationLogPlugin(logger),
      inputHygienePlugin<GatewayContext>(),
      ...(config.trustedDocumentRoles.length > 0
        ? [
            trustedDocumentsPlugin(trusted, config.trustedDocumentRoles, (token, document) =>
              mintGatewayAssertion(signingKey, { token, document, issuer: config.auth.issuer, audience: config.auth.audience }),
              caches.operations,
            ),
          ]
        : []),
    ],
  });
  const ready = createReadinessCheck(config.subgraphUrls, Math.min(config.subgraphTimeoutMs, 2000));

  return {
    apollo,
    metrics,
    contextFor,
    async listen(port = config.port, host = config.host) {
      await apollo.start();
      const running = await serveGraphQL({
        apollo,
        port,
        host,
        logger,
        context: async (request: IncomingMessage) => ({ ...(await contextFor(request.headers.authorization)), trace: traceOf(request.headers) }),
        ...(config.corsOrigins ? { cors: { origins: config.corsOrigins } } : {}),
        routes: {
          ...explorer?.routes,
          '/health': async () => ({ status: 200, body: JSON.stringify({ status: 'ok' }) }),
          '/ready': async () => {
            const report = await ready();
            // ready 200, degraded 200 (partial answers still served), not_ready 503 (see readiness.ts).
            return { status: readinessStatus(report), body: JSON.stringify(report) };
          },
          '/metrics': async () => ({
            status: 200,
            contentType: metrics.registry.contentType,
            body: await metrics.registry.metrics(),
          }),
        },
      });
      return {
        ...running,
        close: async (timeoutMs?: number) => {
          await running.close(timeoutMs);
          await apollo.stop();
        },
      };
    },
  };
}

export { FIRST_QUERY } from './landing-page.js';
