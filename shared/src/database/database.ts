import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Logger as DrizzleLogger } from 'drizzle-orm/logger';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { openSlottedClient } from './postgres-connections.js';

/** The driver-neutral database every subgraph codes against. */
export type Database = PgDatabase<PgQueryResultHKT, Record<string, unknown>>;
/** A transaction handle, usable wherever a Database is. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Queryable = Database | Transaction;

/** Counts SQL statements, so tests can prove that batching holds. */
export class StatementCounter implements DrizzleLogger {
  count = 0;
  readonly statements: string[] = [];
  logQuery(query: string): void {
    this.count += 1;
    if (this.statements.length < 1000) this.statements.push(query);
  }
  reset(): void {
    this.count = 0;
    this.statements.length = 0;
  }
}

export type DatabaseLocation =
  | { kind: 'memory' }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'postgres'; url: string; maxConnections?: number };

export interface DatabaseHandle {
  readonly db: Database;
  readonly location: DatabaseLocation;
  readonly statements: StatementCounter;
  /** Applies this subgraph's committed drizzle-kit migrations, journaled in its own migrations table. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** The subgraph's PostgreSQL schema, which also holds its migrations table. */
  schema: string;
  migrationsFolder: string;
  location: DatabaseLocation;
}

/** Opens a subgraph's database: embedded PGlite (on disk or in memory) or a PostgreSQL server. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  const statements = new StatementCounter();
  const { location } = options;
  const migrationConfig = {
    migrationsFolder: options.migrationsFolder,
    // The subgraph's own schema is created by its first migration, so the journal lives beside it in
    // drizzle's schema, in a table of the subgraph's own.
    migrationsSchema: 'drizzle',
    migrationsTable: `${options.schema}_migrations`,
  };
  if (location.kind === 'postgres') {
    // Every statement and transaction runs on one of `maxConnections` connection slots (default 10), which keep
    // a lost connection to the request that was using it (see postgres-connections.ts).
    const client = openSlottedClient(location.url, Math.max(2, location.maxConnections ?? 10), {
      onnotice: () => {},
      connection: { application_name: `aid-${options.schema}` },
      // A connection that cannot be (re)established fails its query after this many seconds, not 30.
      connect_timeout: 10,
      // An idle connection gives its server backend back after a minute.
      idle_timeout: 60,
    });
    const db = drizzlePostgres(client.sql, { logger: statements }) as unknown as Database;
    return {
      db,
      location,
      statements,
      migrate: () => migratePostgres(db as never, migrationConfig),
      close: () => client.end(),
    };
  }
  if (location.kind === 'pglite') mkdirSync(location.dataDir, { recursive: true });
  const client = location.kind === 'pglite' ? await PGlite.create(location.dataDir) : await PGlite.create();
  const db = drizzlePglite(client, { logger: statements }) as unknown as Database;
  return {
    db,
    location,
    statements,
    migrate: () => migratePglite(db as never, migrationConfig),
    close: () => client.close(),
  };
}

/**
 * Where a service's data lives, from the environment: `<PREFIX>_DATABASE_URL`, else `DATABASE_URL`,
 * else an embedded PGlite under `<dataRoot>/<service>`.
 */
export function databaseLocationFromEnv(
  service: string,
  prefix: string,
  dataRoot: string,
  env: NodeJS.ProcessEnv = process.env,
): DatabaseLocation {
  const url = env[`${prefix}_DATABASE_URL`]?.trim() || env.DATABASE_URL?.trim();
  if (url) return { kind: 'postgres', url };
  return { kind: 'pglite', dataDir: `${dataRoot}/${service}` };
}

/** A short description of a location that never includes credentials or hostnames. */
export function describeLocation(location: DatabaseLocation): string {
  switch (location.kind) {
    case 'memory':
      return 'embedded PGlite (in memory)';
    case 'pglite':
      return `embedded PGlite at ${location.dataDir}`;
    case 'postgres':
      return 'PostgreSQL server (DATABASE_URL)';
  }
}
