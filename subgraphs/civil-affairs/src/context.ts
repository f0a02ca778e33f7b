import type { Claims } from '@aid/shared/security/auth.js';
import type { Database } from '@aid/shared/database/database.js';
import type { CallerCredentials, SubgraphContext } from '@aid/shared/runtime/subgraph.js';
import { createAccessLogRecorder, type AccessLogRecorder } from './access-log.js';
import type { CivilAffairsConfig } from './config.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { PreAidSources } from './pre-aid-sources.js';

/** The per-request context of the civil-affairs subgraph. */
export interface CivilAffairsContext extends SubgraphContext {
  readonly db: Database;
  readonly config: CivilAffairsConfig;
  readonly loaders: Loaders;
  /** Batches access-log rows for reads of full personal-data values in this request. */
  readonly accessLog: AccessLogRecorder;
  /** Charity and services, asked as the caller when a write relies on what they hold (pre-aid-sources.ts). */
  readonly preAidSources: PreAidSources;
  /** The caller's bearer token, to ask them with; absent for in-process calls. */
  readonly callerToken: string | undefined;
}

export function createContext(
  db: Database,
  config: CivilAffairsConfig,
  preAidSources: PreAidSources,
  claims: Claims,
  credentials?: CallerCredentials,
): CivilAffairsContext {
  return {
    claims,
    db,
    config,
    loaders: createLoaders(db),
    accessLog: createAccessLogRecorder(db, claims),
    preAidSources,
    callerToken: credentials?.token,
  };
}
