import type { Claims } from '@aid/shared/security/auth.js';
import type { Database } from '@aid/shared/database/database.js';
import type { SubgraphContext } from '@aid/shared/runtime/subgraph.js';
import { createAccessLogRecorder, type AccessLogRecorder } from './access-log.js';
import type { CivilAffairsConfig } from './config.js';
import { createLoaders, type Loaders } from './loaders.js';

/** The per-request context of the civil-affairs subgraph. */
export interface CivilAffairsContext extends SubgraphContext {
  readonly db: Database;
  readonly config: CivilAffairsConfig;
  readonly loaders: Loaders;
  /** Batches access-log rows for reads of full personal-data values in this request. */
  readonly accessLog: AccessLogRecorder;
}

export function createContext(db: Database, config: CivilAffairsConfig, claims: Claims): CivilAffairsContext {
  return { claims, db, config, loaders: createLoaders(db), accessLog: createAccessLogRecorder(db, claims) };
}
