import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Logger as DrizzleLogger } from 'drizzle-orm/logger';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';

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
    const transactions = new Map<number, () => void>();
    const client = postgres(location.url, {
      max: location.maxConnections ?? 10,
      onnotice: () => {},
      connection: { application_name: `aid-${options.schema}` },
      // A connection that cannot be (re)established fails its query after this many seconds, not 30.
      connect_timeout: 10,
      // Told of every closed connection: a transaction on it stops writing to it at once (see below).
      onclose: (connectionId) => transactions.get(connectionId)?.(),
    });
    const db = drizzlePostgres(withConnectionSafeTransactions(client, transactions), { logger: statements }) as unknown as Database;
    return {
      db,
      location,
      statements,
      migrate: () => migratePostgres(db as never, migrationConfig),
      close: () => client.end({ timeout: 5 }),
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

/** The error a transaction's statement gets once its connection has gone: transient, so the client may retry. */
function connectionClosedError(): Error {
  return Object.assign(new Error('The database connection was lost during the transaction.'), { code: 'CONNECTION_CLOSED' });
}

/** What drizzle's postgres-js session calls on a transaction's client. */
interface TransactionClient {
  unsafe(query: string, params?: unknown[], options?: { prepare?: boolean }): PromiseLike<unknown> & { values(): PromiseLike<unknown> };
  savepoint<T>(fn: (client: TransactionClient) => Promise<T>): Promise<T>;
}

/**
 * postgres.js 3.4.9 (the newest release) crashes the process when a connection is lost inside a transaction:
 * `sql.begin` answers the failed statement with its own `rollback` on the dead connection, whose deferred
 * write dereferences the nulled socket in a `setImmediate` (`TypeError: Cannot read properties of null
 * (reading 'write')`, upstream porsager/postgres#1154, #1208; fixes proposed in #1168/#1209, none released).
 * The throw escapes every promise, so nothing can catch it, and the connection is left wedged (its flush timer
 * is never cleared), so even a guarded process would lose the pool.
 *
 * This runs drizzle's transactions on a reserved connection instead, driven here: the connection is learned
 * from the first statement (`onexecute`), its closing is learned from the pool's `onclose`, and from that
 * moment no statement, rollback or release touches it again: every later statement of the transaction fails
 * with a transient `CONNECTION_CLOSED` (the request fails; the process and the pool do not). The pool already
 * took the closed connection back and reconnects it on demand; releasing it again would wedge it (#1199).
 * Statements outside transactions never reach a closed connection: the pool routes them to open ones.
 */
function withConnectionSafeTransactions(client: postgres.Sql, transactions: Map<number, () => void>): postgres.Sql {
  const begin = async <T>(fn: (client: TransactionClient) => Promise<T>): Promise<T> => {
    const reserved = await client.reserve();
    let connectionId: number | undefined;
    let lost = false;
    let finished = false;
    const guard = (query: () => PromiseLike<unknown>): PromiseLike<unknown> => {
      if (lost) return Promise.reject(connectionClosedError());
      if (finished) return Promise.reject(new Error('Statement issued after its transaction ended.'));
      return query();
    };
    // Lazy, so the check runs when drizzle awaits the statement (it calls `.values()` first for row arrays).
    const statement = (query: string, params?: unknown[], options?: { prepare?: boolean }) => {
      let values = false;
      const run = () =>
        guard(() => {
          const q = reserved.unsafe(query, params as never, options);
          return values ? q.values() : q;
        });
      const lazy = {
        values() {
          values = true;
          return lazy;
        },
        then<A, B>(onFulfilled?: (value: unknown) => A | PromiseLike<A>, onRejected?: (reason: unknown) => B | PromiseLike<B>) {
          return run().then(onFulfilled, onRejected);
        },
      };
      return lazy;
    };
    let savepoints = 0;
    const transaction: TransactionClient = {
      unsafe: statement,
      async savepoint(inner) {
        const name = `aid_savepoint_${savepoints++}`;
        await statement(`savepoint ${name}`);
        try {
          const result = await inner(transaction);
          await statement(`release savepoint ${name}`);
          return result;
        } catch (error) {
          if (!lost) await statement(`rollback to savepoint ${name}`);
          throw error;
        }
      },
    };
    try {
      await reserved.unsafe('begin', [], {
        onexecute: (connection: { id: number }) => {
          connectionId = connection.id;
          transactions.set(connection.id, () => {
            lost = true;
          });
          return true;
        },
      } as never);
      const result = await fn(transaction);
      await statement('commit');
      return result;
    } catch (error) {
      if (!lost && connectionId !== undefined) await Promise.resolve(statement('rollback')).catch(() => {});
      throw lost ? connectionClosedError() : error;
    } finally {
      finished = true;
      if (connectionId !== undefined) transactions.delete(connectionId);
      // A connection that closed went back to the pool when it closed; only a live one is handed back.
      if (!lost && connectionId !== undefined) reserved.release();
    }
  };
  return new Proxy(client, {
    get: (target, property, receiver) => (property === 'begin' ? begin : Reflect.get(target, property, receiver)),
  });
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
