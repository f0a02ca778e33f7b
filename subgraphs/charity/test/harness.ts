import type { Claims } from '@aid/shared/auth.js';
import { createLogger } from '@aid/shared/logger.js';
import { openTestDatabase } from '@aid/shared/testing.js';
import type { ReferralCatchUp } from '../src/context.js';
import { seedCharity } from '../src/seed.js';
import { createCharitySubgraph, DB_SCHEMA, MIGRATIONS_FOLDER } from '../src/server.js';

export interface Result {
  data?: Record<string, any> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; field?: string } }[];
}

/** One charity subgraph over a fresh test database (seeded with the demo data unless told otherwise). */
export async function startCharity(options: { seed?: boolean; referralSync?: ReferralCatchUp } = {}) {
  const database = await openTestDatabase(DB_SCHEMA, MIGRATIONS_FOLDER);
  if (options.seed ?? true) await seedCharity(database.db);
  const subgraph = createCharitySubgraph({ db: database.db, logger: createLogger('test'), referralSync: options.referralSync ?? null });
  await subgraph.apollo.start();
  return {
    database,
    db: database.db,
    subgraph,
    async run(query: string, claims: Claims, variables?: Record<string, unknown>): Promise<Result> {
      const response = await subgraph.apollo.executeOperation({ query, variables }, { contextValue: subgraph.contextFor(claims) });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as Result;
    },
    async stop() {
      await subgraph.apollo.stop();
      await database.drop();
    },
  };
}

export type Charity = Awaited<ReturnType<typeof startCharity>>;

/** The error codes of a result, in order. */
export const codes = (result: Result) => (result.errors ?? []).map((e) => e.extensions?.code);
