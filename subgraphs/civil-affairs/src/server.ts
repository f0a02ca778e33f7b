import type { Database } from '@aid/shared/database/database.js';
import type { Logger } from '@aid/shared/runtime/logger.js';
import { ROW_RULES } from './access.js';
import { buildSubgraph, loadSchemaFile } from '@aid/shared/runtime/subgraph.js';
import { DEFAULT_CONFIG, type CivilAffairsConfig } from './config.js';
import { createContext, type CivilAffairsContext } from './context.js';
import { resolvers } from './resolvers/index.js';
import { NO_PRE_AID_SOURCES, type PreAidSources } from './pre-aid-sources.js';

export const SUBGRAPH_NAME = 'civil-affairs';
export const DB_SCHEMA = 'civil_affairs';
export const MIGRATIONS_FOLDER = new URL('../drizzle', import.meta.url).pathname;
export const { sdl, typeDefs } = loadSchemaFile(new URL('../schema.graphql', import.meta.url));

/** Builds the civil-affairs subgraph without listening (tests and main.ts both use it). */
export function createCivilAffairsSubgraph(options: {
  db: Database;
  logger: Logger;
  config?: CivilAffairsConfig;
  inlineTracing?: boolean;
  introspection?: boolean;
  /** Charity and services, asked when a referral is requested (default: none, so no request passes). */
  preAidSources?: PreAidSources;
}) {
  const config = options.config ?? DEFAULT_CONFIG;
  const preAidSources = options.preAidSources ?? NO_PRE_AID_SOURCES;
  return buildSubgraph<CivilAffairsContext>(
    { name: SUBGRAPH_NAME, rowRules: ROW_RULES, sdl, typeDefs, resolvers, createContext: (claims, credentials) => createContext(options.db, config, preAidSources, claims, credentials) },
    options,
  );
}
