import { sql } from 'drizzle-orm';
import { databaseLocationFromEnv, describeLocation, openDatabase, type Database } from '../database/database.js';
import { authConfigFromEnv } from '../security/auth-config.js';
import { createTokenVerifier } from '../security/auth.js';
import { documentCacheMiBFromEnv } from './caches.js';
import { EnvReader, envPrefix } from './config.js';
import { onTerminationSignal, shutdownTimeoutFromEnv } from './http.js';
import { createLogger } from './logger.js';
import { registerStatementMetric } from './metrics.js';
import { dataRoot } from './paths.js';
import { serveSubgraph, type Subgraph, type SubgraphContext } from './subgraph.js';

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

/** What a subgraph package tells the shared runtime about itself. */
export interface SubgraphModule<TContext extends SubgraphContext> {
  name: string;
  /** Its own PostgreSQL schema. */
  schema: string;
  migrationsFolder: string;
  defaultPort: number;
  /**
   * Reads the subgraph's own settings with the service's reader (so every configuration problem of the
   * service is reported at once) and returns its build. The build makes the subgraph; background work it
   * starts registers with `onStop`, run before the database closes.
   */
  configure(reader: EnvReader): (options: BuildOptions) => Subgraph<TContext>;
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
  const build = module.configure(reader);
  reader.done();

  const location = databaseLocationFromEnv(module.name, prefix, dataRoot());
  const database = await openDatabase({ schema: module.schema, migrationsFolder: module.migrationsFolder, location });
  await database.migrate();
  if (seed && (await module.seed(database.db))) logger.info('seeded demo data');
  const stopHooks: (() => unknown)[] = [];
  const subgraph = build({ db: database.db, logger, inlineTracing, introspection, serviceSdl, documentCacheMiB, onStop: (hook) => stopHooks.push(hook) });
  registerStatementMetric(subgraph.metrics.registry, () => database.statements.count);
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

  onTerminationSignal(logger, shutdownTimeoutMs, async () => {
    // 1. Stop accepting and drain in-flight requests (up to the deadline); 2. stop background work (feed
    // pollers, sweeps), which in-flight writes may have been using; 3. close the pool.
    await running.close(shutdownTimeoutMs);
    await subgraph.apollo.stop();
    for (const hook of stopHooks) await hook();
    await database.close();
  });
}
