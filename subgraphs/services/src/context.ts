import type { Claims } from '@aid/shared/security/auth.js';
import type { Database } from '@aid/shared/database/database.js';
import type { Logger } from '@aid/shared/runtime/logger.js';
import type { ReferralCatchUp } from '@aid/shared/referral-feed/read-model.js';
import type { SubgraphContext } from '@aid/shared/runtime/subgraph.js';
import { loadViewer, type Viewer } from './access.js';
import { createLoaders, type Loaders } from './loaders.js';

/** The per-request context of the services subgraph. */
export interface ServicesContext extends SubgraphContext {
  readonly db: Database;
  readonly loaders: Loaders;
  /**
   * Brings the referral read model up to date on demand (one pull of civil-affairs' feed) when a write names
   * a referral it does not know (yet). Absent in unit tests, which feed the read model directly.
   */
  readonly referralSync: ReferralCatchUp | null;
  readonly logger?: Logger;
  /** The caller's professional / volunteer identity, loaded at most once per request. */
  viewer(): Promise<Viewer>;
}

export function createContext(
  db: Database,
  claims: Claims,
  options: { referralSync?: ReferralCatchUp | null; logger?: Logger } = {},
): ServicesContext {
  let cached: Promise<Viewer> | undefined;
  const viewer = () => (cached ??= loadViewer(db, claims));
  return {
    claims,
    db,
    loaders: createLoaders(db, claims, viewer),
    referralSync: options.referralSync ?? null,
    ...(options.logger ? { logger: options.logger } : {}),
    viewer,
  };
}
