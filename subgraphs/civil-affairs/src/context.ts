import type { Claims } from '@aid/shared/auth.js';
import type { Database } from '@aid/shared/database.js';
import type { SubgraphContext } from '@aid/shared/subgraph.js';
import { createLoaders, type Loaders } from './loaders.js';

/** The per-request context of the civil-affairs subgraph. */
export interface CivilAffairsContext extends SubgraphContext {
  readonly db: Database;
  readonly loaders: Loaders;
}

export function createContext(db: Database, claims: Claims): CivilAffairsContext {
  return { claims, db, loaders: createLoaders(db) };
}
