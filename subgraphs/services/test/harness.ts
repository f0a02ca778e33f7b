import type { Claims } from '@aid/shared/auth.js';
import { createLogger } from '@aid/shared/logger.js';
import type { ReferralCatchUp } from '@aid/shared/referral-read-model.js';
import { openTestDatabase } from '@aid/shared/testing.js';
import { seedServices } from '../src/seed.js';
import { createServicesSubgraph, DB_SCHEMA, MIGRATIONS_FOLDER } from '../src/server.js';

export interface GraphQLResult {
  data?: Record<string, any> | null;
  errors?: { message: string; path?: readonly (string | number)[]; extensions?: { code?: string; field?: string } }[];
}

/** The services subgraph over a fresh, migrated (and by default seeded) test database. */
export async function openServices(options: { seed?: boolean; referralSync?: ReferralCatchUp } = {}) {
  const database = await openTestDatabase(DB_SCHEMA, MIGRATIONS_FOLDER);
  if (options.seed ?? true) await seedServices(database.db);
  const subgraph = createServicesSubgraph({ db: database.db, logger: createLogger('test'), referralSync: options.referralSync ?? null });
  await subgraph.apollo.start();
  return {
    database,
    subgraph,
    /** Runs one operation in process with an explicit context built from `claims`. */
    async run(query: string, claims: Claims, variables?: Record<string, unknown>): Promise<GraphQLResult> {
      const response = await subgraph.apollo.executeOperation({ query, variables }, { contextValue: subgraph.contextFor(claims) });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as GraphQLResult;
    },
    async close() {
      await subgraph.apollo.stop();
      await database.drop();
    },
  };
}

export type Services = Awaited<ReturnType<typeof openServices>>;

/** The error codes of a result, in order. */
export const codes = (result: GraphQLResult) => (result.errors ?? []).map((error) => error.extensions?.code);
