import { createLogger } from '@aid/shared/runtime/logger.js';
import { errorCodes, startTestSubgraph, type OperationResult } from '@aid/shared/testing/harness.js';
import type { ReferralCatchUp } from '../src/context.js';
import { seedCharity } from '../src/seed.js';
import { createCharitySubgraph, DB_SCHEMA, MIGRATIONS_FOLDER } from '../src/server.js';

export type Result = OperationResult;

/** The charity subgraph over a fresh, migrated (and by default seeded) test database, for one test file. */
export function startSubgraph(options: { seed?: boolean; referralSync?: ReferralCatchUp } = {}) {
  return startTestSubgraph({
    schema: DB_SCHEMA,
    migrationsFolder: MIGRATIONS_FOLDER,
    build: (db) => createCharitySubgraph({ db, logger: createLogger('test'), referralSync: options.referralSync ?? null }),
    ...((options.seed ?? true) ? { seed: seedCharity } : {}),
  });
}

export type TestSubgraph = Awaited<ReturnType<typeof startSubgraph>>;

/** The error codes of a result, in order. */
export const codes = errorCodes;
