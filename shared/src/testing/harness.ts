import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { DatabaseLocation } from '../database/database.js';

/**
 * A fresh database for one test file: in-memory PGlite by default, or a new database on the server named
 * by TEST_DATABASE_URL (dropped again by `drop`). Each subgraph uses its own schema inside it.
 */
export async function createTestDatabaseLocation(): Promise<{
  location: DatabaseLocation;
  drop: () => Promise<void>;
}> {
  const serverUrl = process.env.TEST_DATABASE_URL?.trim();
  if (!serverUrl) return { location: { kind: 'memory' }, drop: async () => {} };
  const name = `aid_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    location: { kind: 'postgres', url: url.toString(), maxConnections: 5 },
    drop: async () => {
      const dropper = postgres(serverUrl, { max: 1, onnotice: () => {} });
      try {
        await dropper.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

import { ANONYMOUS, type Claims } from '../security/auth.js';
import { openDatabase, type DatabaseHandle } from '../database/database.js';
import { DEFAULT_ROLE_SCOPES, type Role } from '../security/roles.js';
import type { Subgraph, SubgraphContext } from '../runtime/subgraph.js';

/** Opens and migrates one subgraph's schema in a fresh test database. `close` also drops the database. */
export async function openTestDatabase(schema: string, migrationsFolder: string): Promise<DatabaseHandle & { drop(): Promise<void> }> {
  const { location, drop } = await createTestDatabaseLocation();
  const handle = await openDatabase({ schema, migrationsFolder, location });
  await handle.migrate();
  return {
    ...handle,
    migrate: handle.migrate,
    close: handle.close,
    drop: async () => {
      await handle.close();
      await drop();
    },
  };
}

/** Claims as a verified token of `role` would carry them (for in-process tests with executeOperation). */
export function claimsFor(role: Role, extra: { scopes?: string[]; org?: string; region?: string; sub?: string } = {}): Claims {
  if (role === 'public') return ANONYMOUS;
  return {
    sub: extra.sub ?? `test-${role}`,
    roles: [role],
    scopes: new Set(extra.scopes ?? DEFAULT_ROLE_SCOPES[role]),
    ...(extra.org ? { org: extra.org } : {}),
    ...(extra.region ? { region: extra.region } : {}),
  };
}

/** What `executeOperation` answers for one operation, as tests read it. */
export interface OperationResult {
  data?: Record<string, any> | null;
  errors?: { message: string; path?: readonly (string | number)[]; extensions?: { code?: string; field?: string; reason?: string } }[];
}

/** The error codes of a result, in order. */
export const errorCodes = (result: OperationResult) => (result.errors ?? []).map((error) => error.extensions?.code);

/**
 * The paths (dotted) of a result's NOT_FOUND entries, and whether they all carry one message: a row hidden
 * by a row rule and a record that does not exist must read the same (`{ paths, sameMessage }`).
 */
export function notFoundEntries(result: Pick<OperationResult, 'errors'>): { paths: string[]; sameMessage: boolean } {
  const entries = (result.errors ?? []).filter((error) => error.extensions?.code === 'NOT_FOUND');
  return { paths: entries.map((error) => (error.path ?? []).join('.')).sort(), sameMessage: new Set(entries.map((error) => error.message)).size <= 1 };
}

/**
 * One subgraph over a fresh, migrated (optionally seeded) test database, started in process: `run` executes an
 * operation with an explicit context built from the caller's claims, as apollo-server's own tests do.
 */
export async function startTestSubgraph<TContext extends SubgraphContext>(options: {
  schema: string;
  migrationsFolder: string;
  build: (db: DatabaseHandle['db']) => Subgraph<TContext>;
  seed?: (db: DatabaseHandle['db']) => Promise<unknown>;
}) {
  const database = await openTestDatabase(options.schema, options.migrationsFolder);
  if (options.seed) await options.seed(database.db);
  const subgraph = options.build(database.db);
  await subgraph.apollo.start();
  return {
    database,
    db: database.db,
    subgraph,
    async run(query: string, claims: Claims, variables?: Record<string, unknown>): Promise<OperationResult> {
      const response = await subgraph.apollo.executeOperation({ query, variables }, { contextValue: subgraph.contextFor(claims) });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as OperationResult;
    },
    async stop() {
      await subgraph.apollo.stop();
      await database.drop();
    },
  };
}
