import { createTokenVerifier } from './auth.js';
import { documentCacheMiBFromEnv } from './caches.js';
import { authConfigFromEnv } from './auth-config.js';
import { EnvReader, envPrefix } from './config.js';
import { databaseLocationFromEnv, describeLocation, openDatabase, type Database } from './database.js';
import { createLogger } from './logger.js';
import { dataRoot } from './paths.js';
import { onTerminationSignal, shutdownTimeoutFromEnv } from './http.js';
import { serveSubgraph, type Subgraph, type SubgraphContext } from './subgraph.js';
import { sql } from 'drizzle-orm';
import {
  createReferralFeedConsumer,
  type ReferralFeedConfig,
  type ReferralFeedConsumer,
  type ReferralFeedStore,
} from './referral-feed.js';

/** What `runSubgraph` hands a subgraph's `build`. */
export interface BuildOptions {
  db: Database;
  logger: ReturnType<typeof createLogger>;
  inlineTracing: boolean;
  introspection: boolean;
  serviceSdl: boolean;
  /** Bound of each Apollo Server cache in MiB (DOCUMENT_CACHE_MIB). */
  documentCacheMiB: number;
  /** Registers background work to stop before the database closes. */
  onStop: (hook: () => unknown) => void;
}

/**
 * A `build` for a subgraph that keeps a read model of civil-affairs' referrals (charity, services): the
 * consumer polls the feed in the background, stops with the process, and is handed to the subgraph for
 * catch-up pulls when a write names a referral not seen yet.
 */
export function followingReferralFeed<TContext extends SubgraphContext>(options: {
  config: ReferralFeedConfig;
  /** The subject of the development feed token, naming the consuming subgraph. */
  sub: string;
  store: (db: Database) => ReferralFeedStore;
  build: (options: BuildOptions & { referralSync: ReferralFeedConsumer }) => Subgraph<TContext>;
}): (build: BuildOptions) => Subgraph<TContext> {
  return (buildOptions) => {
    const referralSync = createReferralFeedConsumer({
      store: options.store(buildOptions.db),
      config: options.config,
      logger: buildOptions.logger,
      sub: options.sub,
    });
    referralSync.start();
    buildOptions.onStop(() => referralSync.stop());
    return options.build({ ...buildOptions, referralSync });
  };
}

/** What a subgraph package tells the shared runtime about itself. */
export interface SubgraphModule<TContext extends SubgraphContext> {
  name: string;
  /** Its own PostgreSQL schema. */
  schema: string;
  migrationsFolder: string;
  defaultPort: number;
  /** Builds the subgraph; background work it starts registers with `onStop`, run before the database closes. */
  build(options: BuildOptions): Subgraph<TContext>;
  /** Writes the deterministic demo data when the database is empty; returns true when it seeded. */
  seed(db: Database): Promise<boolean>;
}

/**
 * Runs one subgraph as its own process: reads and validates its configuration, opens and migrates its
 * database, seeds demo data on first run (unless SEED_DEMO_DATA=false), listens, and stops on SIGINT/SIGTERM.
 */
export async function runSubgraph<TContext extends SubgraphContext>(module: SubgraphModule<TContext>): Promise<void> {
  const logger = createLogger(module.name);
  const prefix = envPrefix(module.name);
  const reader = new EnvReader();
  const port = reader.int(`${prefix}_PORT`, module.defaultPort, { max: 65535 });
  const host = reader.string('HOST', '127.0.0.1');
  const seed = reader.bool('SEED_DEMO_DATA', true);
  const inlineTracing = reader.bool('INLINE_TRACING', false);
  // Off unless asked for: clients explore the graph at the gateway, never a subgraph directly.
  const introspection = reader.bool('SUBGRAPH_INTROSPECTION', false);
  const serviceSdl = reader.bool('SUBGRAPH_SERVICE_SDL', false);
  const shutdownTimeoutMs = shutdownTimeoutFromEnv(reader);
  const documentCacheMiB = documentCacheMiBFromEnv(reader);
  const auth = await authConfigFromEnv(reader);
  reader.done();

  const location = databaseLocationFromEnv(module.name, prefix, dataRoot());
  const database = await openDatabase({ schema: module.schema, migrationsFolder: module.migrationsFolder, location });
  await database.migrate();
  if (seed && (await module.seed(database.db))) logger.info('seeded demo data');
  const stopHooks: (() => unknown)[] = [];
  const subgraph = module.build({ db: database.db, logger, inlineTracing, introspection, serviceSdl, documentCacheMiB, onStop: (hook) => stopHooks.push(hook) });
  await subgraph.apollo.start();
  const running = await serveSubgraph(subgraph, {
    port,
    host,
    verifier: await createTokenVerifier(auth),
    logger,
    ready: async () => {
      await database.db.execute(sql`select 1`);
      return true;
    },
  });
  logger.info({ url: running.url, database: describeLocation(location) }, `${module.name} subgraph ready`);
  console.log(`${module.name} subgraph: ${running.url} (${describeLocation(location)})`);

  onTerminationSignal(logger, shutdownTimeoutMs, async () => {
    // 1. Stop accepting and drain in-flight requests (up to the deadline); 2. stop background work (feed
    // pollers, sweeps), which in-flight writes may have been using; 3. close the pool.
    await running.close(shutdownTimeoutMs);
    await subgraph.apollo.stop();
    for (const hook of stopHooks) await hook();
    await database.close();
  });
}
