import { createHash } from 'node:crypto';
import { GraphQLError, print, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { ApolloGateway } from '@apollo/gateway';
import type {
  GatewayExecutor,
  GatewayGraphQLRequestContext,
  GatewayInterface,
  GatewayLoadResult,
} from '@apollo/server-gateway-interface';
import type { Claims } from '@aid/shared/security/auth.js';
import { LRUCache } from '@aid/shared/runtime/caches.js';
import { isAuthenticated, type AuthorizationRules } from '@aid/shared/security/auth-directives.js';
import { POLICIES } from '@aid/shared/security/policies.js';
import { authorizeOperation, type AuthorizationResult } from './filter.js';
import { completeResult, unauthorizedErrors } from './result.js';

export interface FieldAuthorizationOptions<TContext = Record<string, unknown>> {
  /** From `prepareSupergraph`; a function when the supergraph (and so the rules) can change at runtime. */
  rules: AuthorizationRules | (() => AuthorizationRules);
  /** Router `reject_unauthorized`: refuse the whole operation instead of removing the fields. */
  rejectUnauthorized: boolean;
  /** The verified claims of the request. */
  claimsOf: (contextValue: TContext) => Claims;
  /** Filtered operations kept (least recently used dropped first). Default 1000. */
  cacheSize?: number;
  /** Told how many fields each operation had removed or refused (for metrics). */
  onUnauthorized?: (count: number) => void;
}

/** A filtered operation, ready for the inner executor. */
interface CachedFilter {
  readonly schema: GraphQLSchema;
  readonly rules: AuthorizationRules;
  readonly result: AuthorizationResult;
  /** Only when something was removed. */
  readonly source?: string;
  readonly queryHash?: string;
}

/** Scopes and policies the rules mention: the only claims the filter's decisions depend on. */
interface RelevantClaims {
  readonly rules: AuthorizationRules;
  readonly scopes: readonly string[];
  readonly policies: readonly string[];
}

function relevantClaims(rules: AuthorizationRules): RelevantClaims {
  const scopes = new Set<string>();
  const policies = new Set<string>();
  for (const requirement of [...rules.types.values(), ...rules.fields.values()]) {
    for (const all of requirement.scopes ?? []) for (const scope of all) scopes.add(scope);
    for (const all of requirement.policies ?? []) for (const policy of all) policies.add(policy);
  }
  return { rules, scopes: [...scopes].sort(), policies: [...policies].sort() };
}

/**
 * What the filter can see of the claims: signed in or not, which of the mentioned scopes are held, which of the
 * mentioned policies pass. Two callers with the same fingerprint get the same filtered operation.
 */
export function claimsFingerprint(claims: Claims, relevant: RelevantClaims): string {
  let fingerprint = isAuthenticated(claims) ? 'A' : 'a';
  for (const scope of relevant.scopes) fingerprint += claims.scopes.has(scope) ? '1' : '0';
  fingerprint += '|';
  for (const policy of relevant.policies) fingerprint += POLICIES[policy]?.(claims) === true ? '1' : '0';
  return fingerprint;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Wraps an `ApolloGateway` (loaded from `prepareSupergraph(...).gatewaySdl`) so that it enforces `@authenticated`,
 * `@requiresScopes` and `@policy` like the Apollo router: unauthorized fields are removed from the operation before
 * query planning (no subgraph is asked for them) and come back as `null` with an UNAUTHORIZED_FIELD_OR_TYPE error
 * each, or, with `rejectUnauthorized`, the operation is refused with those errors only.
 *
 * The filtered operation goes to the gateway with its own `queryHash` (sha256 of its print): the gateway caches
 * query plans by `queryHash`, so a plan built for one caller's operation is never served to a caller with other
 * rights.
 */
export function withFieldAuthorization<TContext = Record<string, unknown>>(
  gateway: ApolloGateway | GatewayInterface,
  options: FieldAuthorizationOptions<TContext>,
): GatewayInterface {
  const cache = new LRUCache<string, CachedFilter>({ max: Math.max(1, options.cacheSize ?? 1000) });
  let relevant: RelevantClaims | undefined;
  const currentRules = () => (typeof options.rules === 'function' ? options.rules() : options.rules);

  const filterFor = (requestContext: GatewayGraphQLRequestContext, claims: Claims): CachedFilter => {
    const rules = currentRules();
    if (relevant?.rules !== rules) relevant = relevantClaims(rules);
    const { schema, document } = requestContext;
    const operationName = requestContext.request.operationName ?? requestContext.operationName ?? null;
    const queryHash = requestContext.queryHash || sha256(requestContext.source ?? print(document));
    const key = `${queryHash}\u0000${operationName ?? ''}\u0000${claimsFingerprint(claims, relevant)}`;
    const hit = cache.get(key);
    if (hit && hit.schema === schema && hit.rules === rules) return hit;
    const result = authorizeOperation({ schema, rules, document, operationName, claims });
    let entry: CachedFilter = { schema, rules, result };
    if (result.removed.length > 0) {
      const source = print(result.document);
      entry = { ...entry, source, queryHash: sha256(source) };
    }
    cache.set(key, entry);
    return entry;
  };

  const wrap = (inner: GatewayExecutor): GatewayExecutor => async (requestContext) => {
    let entry: CachedFilter;
    try {
      entry = filterFor(requestContext, options.claimsOf(requestContext.context as TContext));
    } catch (error) {
      if (error instanceof GraphQLError) return { errors: [error] };
      throw error;
    }
    const { result } = entry;
    if (result.removed.length === 0) return inner(requestContext);
    options.onUnauthorized?.(result.removed.length);
    const variables = requestContext.request.variables;
    if (options.rejectUnauthorized) {
      const errors = unauthorizedErrors(result, variables);
      // Nothing reported when every removed field is skipped by @skip/@include: run the filtered operation.
      if (errors.length > 0) return { errors };
    }
    const filtered: GatewayGraphQLRequestContext = {
      ...requestContext,
      request: { ...requestContext.request, query: entry.source! },
      document: result.document as DocumentNode,
      source: entry.source!,
      queryHash: entry.queryHash!,
      operation: result.operation as OperationDefinitionNode,
    };
    return completeResult(await inner(filtered), result, variables);
  };

  return {
    async load(loadOptions) {
      const loaded: GatewayLoadResult = await gateway.load(loadOptions);
      return { executor: loaded.executor ? wrap(loaded.executor) : null };
    },
    stop: () => gateway.stop(),
    onSchemaLoadOrUpdate(callback) {
      return gateway.onSchemaLoadOrUpdate((schemaContext) => {
        cache.clear();
        callback(schemaContext);
      });
    },
  };
}
