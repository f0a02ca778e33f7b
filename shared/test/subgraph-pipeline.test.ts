import { parse, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSubgraphMetrics, registerStatementMetric } from '../src/runtime/metrics.js';
import { buildSubgraph } from '../src/runtime/subgraph.js';
import { createLogger } from '../src/runtime/logger.js';
import { EVERYONE, rule } from '../src/security/row-rules.js';
import { claimsFor } from '../src/testing/harness.js';

const sdl = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
type Query { greeting: String }`;

describe('the subgraph pipeline', () => {
  it('answers with cache-control: no-store, and resolvers run unwrapped (no cache-control plugin)', async () => {
    // Scenario: a subgraph answers a query; its resolver sees graphql-js's own info, not Apollo's cache hints.
    let sawCacheControl: boolean | undefined;
    const subgraph = buildSubgraph(
      {
        name: 'test',
        sdl,
        typeDefs: parse(sdl),
        resolvers: {
          Query: {
            greeting: (_parent: unknown, _args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
              sawCacheControl = (info as GraphQLResolveInfo & { cacheControl?: unknown }).cacheControl !== undefined;
              return 'hello';
            },
          },
        },
        rowRules: { Query: { greeting: rule(EVERYONE, 'a fixed text') }, Mutation: {}, entities: {} },
        createContext: (claims) => ({ claims }),
      },
      { db: {} as never, logger: createLogger('test') },
    );
    await subgraph.apollo.start();
    try {
      const response = await subgraph.apollo.executeOperation({ query: '{ greeting }' }, { contextValue: subgraph.contextFor(claimsFor('public')) });
      expect(response.body.kind === 'single' && response.body.singleResult.data).toEqual({ greeting: 'hello' });
      expect(response.http.headers.get('cache-control')).toBe('no-store');
      expect(sawCacheControl).toBe(false);
    } finally {
      await subgraph.apollo.stop();
    }
  });

  it('serves the SQL statement count at every scrape (subgraph_sql_statements_total)', async () => {
    const metrics = createSubgraphMetrics('test');
    let statements = 3;
    registerStatementMetric(metrics.registry, () => statements);
    expect(await metrics.registry.metrics()).toMatch(/^subgraph_sql_statements_total\{subgraph="test"\} 3$/m);
    statements = 10;
    expect(await metrics.registry.metrics()).toMatch(/^subgraph_sql_statements_total\{subgraph="test"\} 10$/m);
  });
});
