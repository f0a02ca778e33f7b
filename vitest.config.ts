import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Unit tests (`*.test.ts`) run a subgraph or module in process with `executeOperation`; entity tests
// (`*.entity.ts`) do the same through `_entities`; end-to-end tests
// (`*.e2e.ts`) start real HTTP servers on port 0 and a gateway over them. Both run on in-memory PGlite, or
// on a PostgreSQL server when TEST_DATABASE_URL is set.
export default defineConfig({
  // Node resolves graphql to its CommonJS build (as @apollo/* require it); Vite would pick the .mjs build and
  // load two copies. One copy, as in production.
  resolve: { alias: { graphql: require.resolve('graphql') } },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    env: { NODE_ENV: 'test' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['shared/test/**/*.test.ts', 'gateway/test/**/*.test.ts', 'subgraphs/*/test/**/*.test.ts', 'schema/**/*.test.ts', 'tests/**/*.test.ts'],
        },
      },
      {
        // Entity tests: each subgraph's `_entities`, as the gateway (or a caller bypassing it) uses it.
        extends: true,
        test: { name: 'entity', include: ['subgraphs/*/test/**/*.entity.ts'] },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/**/*.e2e.ts', 'subgraphs/*/test/**/*.e2e.ts', 'gateway/test/**/*.e2e.ts'] },
      },
    ],
  },
});
