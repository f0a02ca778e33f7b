/**
 * Stock `@apollo/gateway` for the benchmark: the supergraph (auth links stripped, as ours reads it) served by
 * Apollo Server with no authorisation, no limits and no plugins, forwarding the caller's `authorization`
 * header to every subgraph. `createStockGateway` also serves the benchmark in process, to record the query
 * plan's own subgraph requests (the direct chain).
 *
 *   tsx scripts/bench-stock-gateway.ts <port> <civil-affairs url> <charity url> <services url>
 */
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { prepareSupergraph } from '@aid/gateway/authorization/index.js';
import { REPO_ROOT } from '@aid/shared/runtime/paths.js';
import { GATEWAY_ASSERTION_HEADER } from '@aid/shared/security/auth.js';
import { SUBGRAPH_NAMES, type SubgraphName } from '@aid/shared/runtime/services.js';

export interface StockContext {
  authorization?: string;
  /** In-process recording only: a gateway assertion for a machine client's trusted document. */
  assertion?: string;
}

/** One subgraph request the gateway sent, with when it started and ended (ms, from the operation's start). */
export interface RecordedFetch {
  url: string;
  body: string;
  authorization?: string;
  assertion?: string;
  startedAt: number;
  endedAt: number;
}

/** The supergraph as both gateways read it (security links stripped), with the given subgraph URLs. */
export function benchSupergraph(urls: Record<SubgraphName, string>): string {
  let sdl = prepareSupergraph(readFileSync(`${REPO_ROOT}schema/supergraph.graphql`, 'utf8')).gatewaySdl;
  for (const name of SUBGRAPH_NAMES) sdl = sdl.replace(new RegExp(`(name: "${name}", url: ")[^"]*(")`), `$1${urls[name]}$2`);
  return sdl;
}

export function createStockGateway(urls: Record<SubgraphName, string>, record?: (fetch: RecordedFetch) => void) {
  let origin = performance.now();
  class Forwarding extends RemoteGraphQLDataSource<StockContext> {
    override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<StockContext>) {
      if (context?.authorization) request.http?.headers.set('authorization', context.authorization);
      if (context?.assertion) request.http?.headers.set(GATEWAY_ASSERTION_HEADER, context.assertion);
    }
  }
  // Recording: the exact body and headers the data source sends, and when each request starts and ends.
  const recordingFetcher = async (url: string, init: { body?: string; headers?: Record<string, string> }) => {
    const startedAt = performance.now() - origin;
    const response = await fetch(url, init as RequestInit);
    const text = await response.text();
    const headers = init.headers ?? {};
    record!({
      url,
      body: init.body ?? '',
      ...(headers.authorization ? { authorization: headers.authorization } : {}),
      ...(headers[GATEWAY_ASSERTION_HEADER] ? { assertion: headers[GATEWAY_ASSERTION_HEADER] } : {}),
      startedAt,
      endedAt: performance.now() - origin,
    });
    return new Response(text, { status: response.status, headers: response.headers });
  };
  const gateway = new ApolloGateway({ supergraphSdl: benchSupergraph(urls), buildService: ({ url }) => new Forwarding({ url, ...(record ? { fetcher: recordingFetcher as never } : {}) }) });
  const server = new ApolloServer<StockContext>({ gateway, csrfPrevention: false, introspection: false });
  return { server, resetClock: () => (origin = performance.now()) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [port, ...subgraphUrls] = process.argv.slice(2);
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name, i) => [name, subgraphUrls[i]!])) as Record<SubgraphName, string>;
  const { server } = createStockGateway(urls);
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(port), host: '127.0.0.1' },
    context: async ({ req }) => (req.headers.authorization ? { authorization: req.headers.authorization } : {}),
  });
  process.stderr.write(`stock gateway at ${url}\n`);
}
