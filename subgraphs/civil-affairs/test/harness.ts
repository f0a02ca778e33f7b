import { count } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { createLogger } from '@aid/shared/runtime/logger.js';
import { claimsFor, errorCodes, startTestSubgraph, type OperationResult } from '@aid/shared/testing/harness.js';
import { DEFAULT_CONFIG, type CivilAffairsConfig } from '../src/config.js';
import { createCivilAffairsSubgraph, DB_SCHEMA, MIGRATIONS_FOLDER } from '../src/server.js';
import type { PreAidSources, PreAidSourcesReply } from '../src/pre-aid-sources.js';

export type Result = OperationResult;

/**
 * What charity and services answer of every household in these in-process tests (default: nothing), so the
 * pre-aid verdict of a request comes from government aid alone unless a test says otherwise.
 */
export function fixedPreAidSources(reply: PreAidSourcesReply = { charityAid: [], servicesReceived: [] }): PreAidSources & { reply: PreAidSourcesReply } {
  const sources = { reply, gather: async () => sources.reply };
  return sources;
}

/** The civil-affairs subgraph over a fresh, migrated test database (not seeded), for one test file. */
export async function startSubgraph(options: { config?: CivilAffairsConfig; preAidSources?: PreAidSources } = {}) {
  const config = options.config ?? DEFAULT_CONFIG;
  const preAidSources = options.preAidSources ?? fixedPreAidSources();
  const started = await startTestSubgraph({
    schema: DB_SCHEMA,
    migrationsFolder: MIGRATIONS_FOLDER,
    build: (db) => createCivilAffairsSubgraph({ db, logger: createLogger('test'), config, preAidSources }),
  });
  async function rows(table: PgTable): Promise<number> {
    const [row] = await started.db.select({ n: count() }).from(table);
    return row?.n ?? 0;
  }
  return { ...started, config, rows };
}

export type TestSubgraph = Awaited<ReturnType<typeof startSubgraph>>;

/** Haishu (330203) officer, the region of demo households 0, 10, 20 ... */
export const officer = (region = '330203') => claimsFor('civil_officer', { region, sub: 'officer-1' });
export const org = (id: string, sub = `staff-of-${id.slice(0, 8)}`) => claimsFor('charity_org', { org: id, sub });
export const federation = () => claimsFor('charity_federation', { sub: 'federation-1' });

/** Throws with the errors when a result has any, so scenarios read straight. */
export function ok(result: Result): Record<string, any> {
  if (result.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.data!;
}

export function codeOf(result: Result): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

/** The error codes of a result, in order. */
export const codes = errorCodes;
