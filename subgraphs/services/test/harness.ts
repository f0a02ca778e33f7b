import { createLogger } from '@aid/shared/runtime/logger.js';
import type { ReferralCatchUp } from '@aid/shared/referral-feed/read-model.js';
import { errorCodes, startTestSubgraph, type OperationResult } from '@aid/shared/testing/harness.js';
import { seedServices } from '../src/seed.js';
import { createServicesSubgraph, DB_SCHEMA, MIGRATIONS_FOLDER } from '../src/server.js';

export type Result = OperationResult;

/** The services subgraph over a fresh, migrated (and by default seeded) test database, for one test file. */
export function startSubgraph(options: { seed?: boolean; referralSync?: ReferralCatchUp } = {}) {
  return startTestSubgraph({
    schema: DB_SCHEMA,
    migrationsFolder: MIGRATIONS_FOLDER,
    build: (db) => createServicesSubgraph({ db, logger: createLogger('test'), referralSync: options.referralSync ?? null }),
    ...((options.seed ?? true) ? { seed: seedServices } : {}),
  });
}

export type TestSubgraph = Awaited<ReturnType<typeof startSubgraph>>;

/** The error codes of a result, in order. */
export const codes = errorCodes;
