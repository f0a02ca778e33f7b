import type { Database } from '@aid/shared/database/database.js';
import type { Logger } from '@aid/shared/runtime/logger.js';
import { ROW_RULES } from './access.js';
import { buildSubgraph, loadSchemaFile } from '@aid/shared/runtime/subgraph.js';
import { createContext, type CharityContext, type ReferralCatchUp } from './context.js';
import { resolvers } from './resolvers/index.js';

export const SUBGRAPH_NAME = 'charity';
export const DB_SCHEMA = 'charity';
export const MIGRATIONS_FOLDER = new URL('../drizzle', import.meta.url).pathname;
export const { sdl, typeDefs } = loadSchemaFile(new URL('../schema.graphql', import.meta.url));

/** Builds the charity subgraph without listening (tests and main.ts both use it). */
export function createCharitySubgraph(options: {
  db: Database;
  logger: Logger;
  inlineTracing?: boolean;
  introspection?: boolean;
  /** Catch-up pulls of the referral feed for writes that name an unknown referral (main.ts wires it). */
  referralSync?: ReferralCatchUp | null;
}) {
  return buildSubgraph<CharityContext>(
    {
      name: SUBGRAPH_NAME,
      rowRules: ROW_RULES,
      sdl,
      typeDefs,
      resolvers,
      createContext: (claims) => createContext(options.db, claims, { referralSync: options.referralSync ?? null, logger: options.logger }),
    },
    options,
  );
}
