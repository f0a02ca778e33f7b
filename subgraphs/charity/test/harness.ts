import { createLogger } from '@aid/shared/runtime/logger.js';
import { errorCodes, startTestSubgraph, type OperationResult } from '@aid/shared/testing/harness.js';
import type { ReferralCatchUp } from '../src/context.js';
import { seedCharity } from '../src/seed.js';
import { createCharitySubgraph, DB_SCHEMA, MIGRATIONS_FOLDER } from '../src/server.js';

export type Result = OperationResult;

/** One charity subgraph over a fresh test database (seeded with the demo data unless told otherwise). */
export async function startCharity(options: { seed?: boolean; referralSync?: ReferralCatchUp } = {}) {
  const started = await startTestSubgraph({
    schema: DB_SCHEMA,
    migrationsFolder: MIGRATIONS_FOLDER,
    build: (db) => createCharitySubgraph({ db, logger: createLogger('test'), referralSync: options.referralSync ?? null }),
    ...((options.seed ?? true) ? { seed: seedCharity } : {}),
  });
  return { ...started, stop: started.close };
}

export type Charity = Awaited<ReturnType<typeof startCharity>>;

/** The error codes of a result, in order. */
export const codes = errorCodes;
