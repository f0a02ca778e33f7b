import { STATUS_CODES } from 'node:http';
import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { Agent, request } from 'undici';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { getOperationAST, GraphQLError, Kind, OperationTypeNode, parse, type DocumentNode, type GraphQLFormattedError, type SelectionSetNode } from 'graphql';
import { GATEWAY_ASSERTION_HEADER } from '@aid/shared/security/auth.js';
import { ErrorCode } from '@aid/shared/errors/domain-errors.js';
import type { Logger } from '@aid/shared/runtime/logger.js';
import type { GatewayContext } from './context.js';
import type { Metrics } from './metrics.js';
import { childTraceparent } from './tracing.js';
import { loggableError } from '@aid/shared/errors/error-formatter.js';

export interface SubgraphFetchOptions {
  timeoutMs: number;
  /** Share one request among identical concurrent reads. */
  deduplicate: boolean;
}

type Fetcher = NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher'];

/** Keep-alive connections to the subgraphs, shared by all data sources of this gateway. */
const subgraphAgent = new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000, connections: 256 });

interface RawResponse {
  statusCode: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

async function send(url: string, init: RequestInit & { signal: AbortSignal }): Promise<RawResponse> {
  // RemoteGraphQLDataSource passes headers as a plain object.
  const response = await request(url, {
    method: (init.method ?? 'POST') as 'POST',
    headers: init.headers as Record<string, string>,
    body: init.body as string,
    dispatcher: subgraphAgent,
    signal: init.signal,
  });
  return { statusCode: response.statusCode, headers: response.headers, text: await response.body.text() };
}

/** Whether a subgraph request body holds a query (a read), judged from its parsed operation. */
function isReadRequest(body: string): boolean {
  try {
    const { query, operationName } = JSON.parse(body) as { query?: unknown; operationName?: unknown };
    if (typeof query !== 'string') return false;
    return getOperationAST(parse(query), typeof operationName === 'string' ? operationName : undefined)?.operation === OperationTypeNode.QUERY;
  } catch {
    return false;
  }
}

/**
 * Identical subgraph reads in flight at the same moment (same subgraph, same token, same operation and
 * variables) share one request, within one fetcher (one subgraph of one gateway). Only queries: a mutation is
 * always sent as often as it is asked for. Each caller parses its own copy of the answer. An entry lives while
 * its request is in flight, at most the subgraph deadline.
 */
function createDeduplicatingSender(): typeof send {
  const inflight = new Map<string, Promise<RawResponse>>();
  return (url, init) => {
    const body = init.body as string;
    if (!isReadRequest(body)) return send(url, init);
    const key = `${url}\n${(init.headers as Record<string, string>).authorization ?? ''}\n${(init.headers as Record<string, string>)[GATEWAY_ASSERTION_HEADER] ?? ''}\n${body}`;
    const pending = inflight.get(key);
    if (pending) return pending;
    const sent = send(url, init).finally(() => inflight.delete(key));
    inflight.set(key, sent);
    return sent;
  };
}

/**
 * The smallest fetch the gateway's data sources need (ok, status, headers.get, json, text), over undici's
 * `request`: WHATWG `fetch` costs several times more CPU per subgraph call on Node 20 (see docs/benchmarks.md).
 */
async function subgraphFetch(url: string, init: RequestInit & { signal: AbortSignal }, sender: typeof send) {
  const { statusCode, headers, text } = await sender(url, init);
  return {
    ok: statusCode >= 200 && statusCode < 300,
    status: statusCode,
    statusText: STATUS_CODES[statusCode] ?? '',
    url,
    headers: {
      get: (name: string) => {
        const value = headers[name.toLowerCase()];
        return Array.isArray(value) ? value.join(', ') : (value ?? null);
      },
    },
    json: async () => JSON.parse(text) as unknown,
    text: async () => text,
  };
}

/**
 * A subgraph fetch with a deadline. A timeout or a refused connection becomes SUBGRAPH_UNAVAILABLE with a
 * message that names the service but never its URL or host.
 */
export function createSubgraphFetcher(name: string, options: SubgraphFetchOptions, metrics: Metrics, logger: Logger): Fetcher {
  const { timeoutMs } = options;
  const sender = options.deduplicate ? createDeduplicatingSender() : send;
  return (async (url: string, init: RequestInit) => {
    const started = performance.now();
    try {
      const response = await subgraphFetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) }, sender);
      metrics.subgraphSeconds.observe({ subgraph: name, outcome: String(response.status) }, (performance.now() - started) / 1000);
      return response;
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      metrics.subgraphSeconds.observe({ subgraph: name, outcome: timedOut ? 'timeout' : 'error' }, (performance.now() - started) / 1000);
      logger.warn({ subgraph: name, timedOut, err: loggableError(error) }, 'subgraph request failed');
      throw new GraphQLError(
        timedOut ? `The ${name} service did not answer within ${timeoutMs} ms.` : `The ${name} service is unavailable.`,
        { extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: name } },
      );
    }
  }) as unknown as Fetcher;
}

/** Forwards the caller's token (or the gateway's anonymous token) to every subgraph it asks. */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(name: string, url: string, options: SubgraphFetchOptions, metrics: Metrics, logger: Logger) {
    super({ url, fetcher: createSubgraphFetcher(name, options, metrics, logger) });
  }

  /**
   * When the subgraph cannot be reached, the fields it was asked for come back null with the error at each of
   * their paths (the gateway maps `_entities` paths back onto the client's response), not as one pathless error.
   */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    try {
      return await super.process(options);
    } catch (error) {
      if (
        !(error instanceof GraphQLError) ||
        error.extensions.code !== ErrorCode.SUBGRAPH_UNAVAILABLE ||
        // Only an operation of a client (not a health check) has fields to put the errors at.
        !('incomingRequestContext' in options)
      ) {
        throw error;
      }
      const representations = (options.request.variables?.representations as unknown[] | undefined)?.length ?? 0;
      const document = options.document ?? (options.request.query ? parse(options.request.query) : undefined);
      return { errors: errorsAtFields(document, representations, { message: error.message, extensions: error.extensions }) };
    }
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const token = (context as Partial<GatewayContext>).forwardToken;
    if (token) request.http?.headers.set('authorization', `Bearer ${token}`);
    const assertion = (context as Partial<GatewayContext>).gatewayAssertion;
    if (assertion) request.http?.headers.set(GATEWAY_ASSERTION_HEADER, assertion);
    const trace = (context as Partial<GatewayContext>).trace;
    if (trace) {
      request.http?.headers.set('traceparent', childTraceparent(trace));
      request.http?.headers.set('x-request-id', trace.requestId);
    }
  }
}

/** Response keys of the fields a selection set asks for, looking through inline fragments. */
function responseKeys(selectionSet: SelectionSetNode | undefined): string[] {
  const keys = new Set<string>();
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD && selection.name.value !== '__typename') keys.add(selection.alias?.value ?? selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) for (const key of responseKeys(selection.selectionSet)) keys.add(key);
  }
  return [...keys];
}

/**
 * One error per field the failed subgraph operation asked for, with the path as the subgraph would have
 * reported it: `[field]` for a root fetch, `['_entities', i, field]` for each entity of an entity fetch.
 */
export function errorsAtFields(document: DocumentNode | undefined, representations: number, error: GraphQLFormattedError): GraphQLFormattedError[] {
  const operation = document?.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return [error];
  const [entitiesField] = operation.selectionSet.selections;
  if (entitiesField?.kind === Kind.FIELD && entitiesField.name.value === '_entities') {
    const fields = responseKeys(entitiesField.selectionSet);
    return Array.from({ length: representations }, (_, index) => fields.map((field) => ({ ...error, path: ['_entities', index, field] }))).flat();
  }
  return responseKeys(operation.selectionSet).map((field) => ({ ...error, path: [field] }));
}
