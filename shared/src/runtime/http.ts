import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { EnvReader } from './config.js';
import type { Logger } from './logger.js';
import { ErrorCode } from '../errors/domain-errors.js';
import { loggableError } from '../errors/error-formatter.js';
import { handleCors, type CorsPolicy } from './cors.js';

/** A plain route beside GraphQL, e.g. `/health`. Returns status, content type, body and any other headers. */
export type Route = (request: IncomingMessage) => Promise<{ status: number; contentType?: string; headers?: Record<string, string>; body: string }>;

export interface ServeOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  context: (request: IncomingMessage) => Promise<TContext>;
  port: number;
  host?: string;
  path?: string;
  routes?: Record<string, Route>;
  logger: Logger;
  /** Largest accepted request body. */
  maxBodyBytes?: number;
  /** Observes each GraphQL request body (tests check what a subgraph received). */
  onRequest?: (body: unknown, request: IncomingMessage) => void;
  /** The most time a request (headers and body) may take to arrive; a slower client is cut. */
  requestTimeoutMs?: number;
  /** How long `close()` lets in-flight requests finish before cutting them (default SHUTDOWN_TIMEOUT_MS). */
  shutdownTimeoutMs?: number;
  /** Origins whose browser apps may call the server (none unless configured). */
  cors?: CorsPolicy;
}

/** Default bounds on receiving one request: its headers, and all of it. */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 30_000;
/** Default time a closing server gives in-flight requests (configurable as SHUTDOWN_TIMEOUT_MS). */
export const SHUTDOWN_TIMEOUT_MS = 10_000;

export interface RunningHttpServer {
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  /**
   * Graceful: stops accepting connections at once, closes idle keep-alive sockets, lets in-flight requests
   * finish (each answered with `connection: close`), and cuts whatever is still running after `timeoutMs`
   * (default: the server's `shutdownTimeoutMs`). Resolves when every connection is closed. Idempotent.
   */
  close(timeoutMs?: number): Promise<void>;
}

class BodyTooLargeError extends Error {}

/** Request errors of a well-formed GraphQL request: the document does not parse or validate, or its variables do not fit. */
const REQUEST_ERROR_CODES = new Set<string>([
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.LIMIT_EXCEEDED,
  ErrorCode.OPERATION_RESOLUTION_FAILURE,
]);

/**
 * The status of a GraphQL answer. A client that accepts `application/graphql-response+json` (or anything)
 * gets 4xx for a request error; a client that asks only for `application/json`, the legacy media type, gets
 * 200 with the errors in the body, as the GraphQL over HTTP specification asks.
 */
function graphqlStatusFor(accept: string | undefined, status: number, body: string): number {
  if (status !== 400 || !accept) return status;
  const types = accept.split(',').map((part) => part.split(';')[0]!.trim().toLowerCase());
  if (!types.includes('application/json') || types.includes('application/graphql-response+json') || types.includes('*/*')) return status;
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] };
    const codes = (parsed.errors ?? []).map((error) => error.extensions?.code);
    return codes.length > 0 && codes.every((code) => typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) ? 200 : status;
  } catch {
    return status;
  }
}

async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

/**
 * Serves an Apollo Server over node:http at `path` (default /graphql), plus plain routes. Started Apollo
 * servers only; listening on port 0 picks a free port (tests).
 */
export async function serveGraphQL<TContext extends BaseContext>(
  options: ServeOptions<TContext>,
): Promise<RunningHttpServer> {
  const graphqlPath = options.path ?? '/graphql';
  const limit = options.maxBodyBytes ?? 1_000_000;
  const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const shutdownTimeout = options.shutdownTimeoutMs ?? SHUTDOWN_TIMEOUT_MS;
  // Shutdown state: once closing, every response asks its client to close the connection, and each socket
  // is closed as soon as it is idle.
  let closing: Promise<void> | undefined;
  const inFlight = new Set<ServerResponse>();
  const closeAfterResponse = (response: ServerResponse) => {
    if (response.headersSent) return;
    response.shouldKeepAlive = false;
    response.setHeader('connection', 'close');
  };
  // Node checks the request deadlines on this interval: check often enough that a deadline holds.
  const server = createServer({ connectionsCheckingInterval: Math.max(100, Math.min(1_000, requestTimeout / 4)) }, async (request, response) => {
    if (closing) closeAfterResponse(response);
    inFlight.add(response);
    response.once('close', () => {
      inFlight.delete(response);
      // A connection whose last request just finished is idle: close it now rather than at its keep-alive end.
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
    const url = new URL(request.url ?? '/', 'http://localhost');
    try {
      if (handleCors(options.cors, request, response)) return;
      const route = options.routes?.[url.pathname];
      if (route && request.method === 'GET') {
        const result = await route(request);
        response.writeHead(result.status, { ...result.headers, 'content-type': result.contentType ?? 'application/json; charset=utf-8' });
        response.end(result.body);
        return;
      }
      if (url.pathname !== graphqlPath && !(url.pathname === '/' && request.method === 'GET')) {
        sendJson(response, 404, { errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
        return;
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(request.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      let body: unknown = undefined;
      if (request.method === 'POST') {
        const text = await readBody(request, limit);
        const contentType = headers.get('content-type') ?? '';
        if (contentType.startsWith('application/json')) {
          try {
            body = text.length > 0 ? JSON.parse(text) : undefined;
          } catch {
            sendJson(response, 400, { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
            return;
          }
        } else {
          body = text;
        }
      }
      if (body !== undefined) options.onRequest?.(body, request);
      const result = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
        context: () => options.context(request),
      });
      for (const [key, value] of result.headers) {
        // Keep a CORS `Vary: Origin` beside Apollo's own Vary.
        const existing = key === 'vary' ? response.getHeader('vary') : undefined;
        response.setHeader(key, existing ? `${String(existing)}, ${value}` : value);
      }
      response.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') {
        response.statusCode = graphqlStatusFor(request.headers.accept, response.statusCode, result.body.string);
        response.end(result.body.string);
      } else {
        for await (const chunk of result.body.asyncIterator) response.write(chunk);
        response.end();
      }
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        sendJson(response, 413, { errors: [{ message: 'The request body is too large.', extensions: { code: 'BAD_REQUEST' } }] });
        return;
      }
      options.logger.error({ err: loggableError(error) }, 'request failed');
      if (!response.headersSent) {
        sendJson(response, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      } else {
        response.end();
      }
    }
  });
  server.keepAliveTimeout = 65_000;
  // A client that trickles its headers or body is cut: the whole request must arrive within these bounds.
  server.headersTimeout = Math.min(requestTimeout, HEADERS_TIMEOUT_MS);
  server.requestTimeout = requestTimeout;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host && options.host !== '0.0.0.0' && options.host !== '::' ? options.host : 'localhost';
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}${graphqlPath}`,
    port,
    server,
    close: (timeoutMs = shutdownTimeout) => {
      closing ??= new Promise<void>((resolve) => {
        // Responses not yet started close their connection when done; ones already sent close it when idle.
        const cut = setTimeout(() => {
          options.logger.warn({ timeoutMs }, 'shutdown deadline reached: cutting the requests still running');
          server.closeAllConnections();
        }, timeoutMs);
        server.close(() => {
          clearTimeout(cut);
          resolve();
        });
        for (const response of inFlight) closeAfterResponse(response);
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}

/** SHUTDOWN_TIMEOUT_MS: how long a stopping service lets in-flight requests finish (default 10 s). */
export function shutdownTimeoutFromEnv(reader: EnvReader): number {
  return reader.int('SHUTDOWN_TIMEOUT_MS', SHUTDOWN_TIMEOUT_MS, { max: 600_000 });
}

/**
 * On the first SIGINT or SIGTERM runs `shutdown` once, then exits 0 (1 if shutdown failed). A backstop exits
 * 1 if shutdown has not finished 5 s after its deadline (a pool that will not close, a hook that hangs).
 */
export function onTerminationSignal(logger: Logger, shutdownTimeoutMs: number, shutdown: () => Promise<void>): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    logger.info({ signal, shutdownTimeoutMs }, 'shutting down: draining in-flight requests');
    setTimeout(() => {
      logger.error({ afterMs: Date.now() - started }, 'shutdown did not finish: exiting');
      process.exit(1);
    }, shutdownTimeoutMs + 5_000).unref();
    shutdown().then(
      () => {
        logger.info({ tookMs: Date.now() - started }, 'stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: loggableError(error) }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
