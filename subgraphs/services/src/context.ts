import type { Claims } from '@aid/shared/auth.js';
import type { Database } from '@aid/shared/database.js';
import type { SubgraphContext } from '@aid/shared/subgraph.js';
import { loadViewer, type Viewer } from './access.js';
import { createLoaders, type Loaders } from './loaders.js';

/** The per-request context of the services subgraph. */
export interface ServicesContext extends SubgraphContext {
  readonly db: Database;
  readonly loaders: Loaders;
  /** The caller's professional / volunteer identity, loaded at most once per request. */
  viewer(): Promise<Viewer>;
}

export function createContext(db: Database, claims: Claims): ServicesContext {
  let viewer: Promise<Viewer> | undefined;
  return {
    claims,
    db,
    loaders: createLoaders(db),
    viewer: () => (viewer ??= loadViewer(db, claims)),
  };
}
