import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Logger } from './logger.js';
import { loggableError } from './masking.js';

/** A plain route beside GraphQL, e.g. `/health`. Returns status, content type and body. */
export type Route = (request: IncomingMessage) => Promise<{ status: number; contentType?: string; body: string }>;

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
  onRequest?: (body: unknown) => void;
  /** The most time a request (headers and body) may take to arrive; a slower client is cut. */
  requestTimeoutMs?: number;
}

/** Default bounds on receiving one request: its headers, and all of it. */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 30_000;

export interface RunningHttpServer {
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  close(): Promise<void>;
}

class BodyTooLargeError extends Error {}

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
  // Node checks the request deadlines on this interval: check often enough that a deadline holds.
  const server = createServer({ connectionsCheckingInterval: Math.max(100, Math.min(1_000, requestTimeout / 4)) }, async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    try {
      const route = options.routes?.[url.pathname];
      if (route && request.method === 'GET') {
        const result = await route(request);
        response.writeHead(result.status, { 'content-type': result.contentType ?? 'application/json; charset=utf-8' });
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
      if (body !== undefined) options.onRequest?.(body);
      const result = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
        context: () => options.context(request),
      });
      for (const [key, value] of result.headers) response.setHeader(key, value);
      response.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') {
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
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
