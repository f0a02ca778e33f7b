import type { Claims } from '@aid/shared/security/auth.js';
import type { Database } from '@aid/shared/database/database.js';
import type { Logger } from '@aid/shared/runtime/logger.js';
import type { ReferralCatchUp } from '@aid/shared/referral-feed/read-model.js';
import type { SubgraphContext } from '@aid/shared/runtime/subgraph.js';
import { createLoaders, type Loaders } from './loaders.js';

/**
 * Brings the referral read model up to date on demand (one pull of civil-affairs' feed). Absent in unit
 * tests, which feed the read model directly.
 */
export type { ReferralCatchUp };

/** The per-request context of the charity subgraph. */
export interface CharityContext extends SubgraphContext {
  readonly db: Database;
  readonly loaders: Loaders;
  readonly referralSync: ReferralCatchUp | null;
  readonly logger?: Logger;
}

export function createContext(
  db: Database,
  claims: Claims,
  options: { referralSync?: ReferralCatchUp | null; logger?: Logger } = {},
): CharityContext {
  return {
    claims,
    db,
    loaders: createLoaders(db, claims),
    referralSync: options.referralSync ?? null,
    ...(options.logger ? { logger: options.logger } : {}),
  };
}
