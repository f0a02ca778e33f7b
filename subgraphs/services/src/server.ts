import type { Database } from '@aid/shared/database/database.js';
import type { Logger } from '@aid/shared/runtime/logger.js';
import type { ReferralCatchUp } from '@aid/shared/referral-feed/read-model.js';
import { ROW_RULES } from './access.js';
import { buildSubgraph, loadSchemaFile } from '@aid/shared/runtime/subgraph.js';
import { createContext, type ServicesContext } from './context.js';
import { resolvers } from './resolvers/index.js';

export const SUBGRAPH_NAME = 'services';
export const DB_SCHEMA = 'services';
export const MIGRATIONS_FOLDER = new URL('../drizzle', import.meta.url).pathname;
export const { sdl, typeDefs } = loadSchemaFile(new URL('../schema.graphql', import.meta.url));

/** Builds the services subgraph without listening (tests and main.ts both use it). */
export function createServicesSubgraph(options: {
  db: Database;
  logger: Logger;
  inlineTracing?: boolean;
  introspection?: boolean;
  /** Catch-up pulls of the referral feed for writes that name an unknown referral (main.ts wires it). */
  referralSync?: ReferralCatchUp | null;
}) {
  return buildSubgraph<ServicesContext>(
    { name: SUBGRAPH_NAME, rowRules: ROW_RULES, sdl, typeDefs, resolvers, createContext: (claims) => createContext(options.db, claims, { referralSync: options.referralSync ?? null, logger: options.logger }) },
    options,
  );
}
