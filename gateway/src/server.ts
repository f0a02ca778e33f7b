import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ANONYMOUS, createTokenVerifier, mintGatewayAssertion } from '@aid/shared/security/auth.js';
import { boundedDocumentStore, boundedKeyValueCache, DEFAULT_DOCUMENT_CACHE_MIB } from '@aid/shared/runtime/caches.js';
import { demoId } from '@aid/shared/demo/ids.js';
import { serveGraphQL, type RunningHttpServer } from '@aid/shared/runtime/http.js';
import { createLogger, type Logger } from '@aid/shared/runtime/logger.js';
import { inputHygienePlugin } from '@aid/shared/security/input-hygiene.js';
import { createErrorFormatter } from '@aid/shared/errors/error-formatter.js';
import { createAnonymousTokenSource } from './anonymous.js';
import { prepareSupergraph, withFieldAuthorization } from './authorization/index.js';
import { DEFAULT_OPERATION_CACHE_SIZE, DEFAULT_QUERY_PLAN_CACHE_MIB, type GatewayConfig } from './config.js';
import type { GatewayContext } from './context.js';
import { SubgraphDataSource } from './data-source.js';
import { createMetrics, type Metrics } from './metrics.js';
import { createReadinessCheck, readinessStatus } from './readiness.js';
import { readTrustedDocuments, TRUSTED_DOCUMENTS_FILE, trustedDocumentsPlugin } from './trusted-documents.js';

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

function metricsPlugin(metrics: Metrics): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse(requestContext) {
          const operation = requestContext.operation?.operation ?? 'unknown';
          const body = requestContext.response.body;
          const failed = body.kind === 'single' && (body.singleResult.errors?.length ?? 0) > 0;
          metrics.operations.inc({ operation, outcome: failed ? 'error' : 'ok' });
          metrics.operationSeconds.observe({ operation }, (performance.now() - started) / 1000);
        },
      };
    },
  };
}

export async function createGateway(config: GatewayConfig, options: CreateGatewayOptions = {}): Promise<Gateway> {
  const logger = options.logger ?? createLogger('gateway');
  const metrics = createMetrics();
  const prepared = prepareSupergraph(options.supergraphSdl ?? readFileSync(SUPERGRAPH_FILE, 'utf8'));

  const caches = config.caches ?? { documentMiB: DEFAULT_DOCUMENT_CACHE_MIB, queryPlanMiB: DEFAULT_QUERY_PLAN_CACHE_MIB, operations: DEFAULT_OPERATION_CACHE_SIZE };
  const gateway = new ApolloGateway({
    supergraphSdl: prepared.gatewaySdl,
    experimental_approximateQueryPlanStoreMiB: caches.queryPlanMiB,
    buildService: ({ name, url }) =>
      new SubgraphDataSource(
        name,
        config.subgraphUrls[name] ?? url ?? '',
        {
          timeoutMs: config.subgraphTimeouts?.[name] ?? config.subgraphTimeoutMs,
          deduplicate: config.deduplicateSubgraphQueries ?? false,
        },
        metrics,
        logger,
      ),
    logger: { debug: () => {}, info: () => {}, warn: (m: unknown) => logger.warn(String(m)), error: (m: unknown) => logger.error(String(m)) },
  });
  const secured = withFieldAuthorization<GatewayContext>(gateway, {
    rules: prepared.rules,
    rejectUnauthorized: config.rejectUnauthorized,
    claimsOf: (context) => context.claims,
    cacheSize: caches.operations,
    onUnauthorized: (count) => metrics.unauthorizedFields.inc(count),
  });

  const armor = new ApolloArmor({
    maxDepth: { n: config.limits.maxDepth },
    maxAliases: { n: config.limits.maxAliases },
    costLimit: { maxCost: config.limits.maxCost },
    maxTokens: { n: config.limits.maxTokens },
    maxDirectives: { n: config.limits.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  }).protect();

  const verifier = await createTokenVerifier(config.auth);
  const anonymousKey = config.anonymousSigningKey ?? config.auth.gatewayDevKeys?.privateJwk ?? config.auth.devKeys?.privateJwk;
  if (!anonymousKey) throw new Error('Set GATEWAY_SIGNING_KEY: the key the gateway signs anonymous tokens with.');
  const anonymousToken = createAnonymousTokenSource(anonymousKey, {
    issuer: config.auth.issuer,
    audience: config.auth.audience,
    ttlSeconds: config.anonymousTokenTtlSeconds,
  });

  // The page is the same for everyone who can reach the gateway, so it never embeds a token: a developer
  // mints one (`npm run token`) and pastes it into the Authorization header.
  const landingPage = config.sandbox
    ? ApolloServerPluginLandingPageLocalDefault({ embed: true, document: SANDBOX_FIRST_QUERY, footer: false })
    : ApolloServerPluginLandingPageDisabled();

  const apollo = new ApolloServer<GatewayContext>({
    gateway: secured,
    introspection: config.introspection,
    csrfPrevention: true,
    documentStore: boundedDocumentStore(caches.documentMiB),
    cache: boundedKeyValueCache(caches.documentMiB),
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGINT/SIGTERM (it closes HTTP, then the database); Apollo's own handlers would race it.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    formatError: createErrorFormatter(logger),
    // Armor and landing-page plugins are context-agnostic (typed for BaseContext).
    plugins: [
      ...(armor.plugins as ApolloServerPlugin<GatewayContext>[]),
      landingPage as ApolloServerPlugin<GatewayContext>,
      metricsPlugin(metrics),
      inputHygienePlugin<GatewayContext>(),
      ...(config.trustedDocumentRoles.length > 0
        ? [
            trustedDocumentsPlugin(readTrustedDocuments(config.trustedDocumentsFile ?? TRUSTED_DOCUMENTS_FILE), config.trustedDocumentRoles, (token, document) =>
              mintGatewayAssertion(anonymousKey, { token, document, issuer: config.auth.issuer, audience: config.auth.audience }),
              caches.operations,
            ),
          ]
        : []),
    ],
  });

  const contextFor = async (authorization: string | undefined): Promise<GatewayContext> => {
    if (!authorization) return { claims: ANONYMOUS, forwardToken: await anonymousToken() };
    const claims = await verifier.verifyHeader(authorization);
    return { claims, forwardToken: authorization.trim().slice('bearer'.length).trim() };
  };
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
        context: (request: IncomingMessage) => contextFor(request.headers.authorization),
        routes: {
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

/** The query the Sandbox opens with: a demo household joined across all three subgraphs. */
export const SANDBOX_FIRST_QUERY = `# A household of Haishu district (海曙区) with what charity and services gave it.
# Put a token in the Authorization header first (Bearer <token>): for this household, a Haishu officer's
#   npm run token -- --role civil_officer
# (other roles: npm run token -- --role <role>).
query FirstLook {
  household(id: "${demoId('household', 0)}") {
    countyName
    townName
    eligibility { eligible reasons { basis category applies explanation } }
    members { maskedName maskedPhone age isMinor }
    referrals { status programme }
    charityAid { programme amountFen disbursedOn }
    servicesReceived { programme serviceType hours }
  }
}
`;
