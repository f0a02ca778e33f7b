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
    // The connection budget is split: half serves single statements (pipelined), half are transaction slots.
    const budget = Math.max(2, location.maxConnections ?? 10);
    const slotCount = Math.floor(budget / 2);
    const connect = (max: number, onclose?: () => void) =>
      postgres(location.url, {
        max,
        onnotice: () => {},
        connection: { application_name: `aid-${options.schema}` },
        // A connection that cannot be (re)established fails its query after this many seconds, not 30.
        connect_timeout: 10,
        // An idle connection (pool or transaction slot) gives its server backend back after a minute.
        idle_timeout: 60,
        ...(onclose ? { onclose } : {}),
      });
    const client = connect(budget - slotCount);
    const slots = new TransactionSlots(slotCount, connect);
    const db = drizzlePostgres(withConnectionSafeTransactions(client, slots), { logger: statements }) as unknown as Database;
    return {
      db,
      location,
      statements,
      migrate: () => migratePostgres(db as never, migrationConfig),
      close: async () => {
        await Promise.all([client.end({ timeout: 5 }), slots.end()]);
      },
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

/** One transaction slot: a single-connection client that counts its connection's closings. */
class Slot {
  readonly sql: postgres.Sql;
  /** How many times the slot's connection has closed: a transaction that saw it move lost its connection. */
  closes = 0;
  private onClose: (() => void) | null = null;

  constructor(connect: (max: number, onclose: () => void) => postgres.Sql) {
    this.sql = connect(1, () => {
      this.closes += 1;
      const waiter = this.onClose;
      this.onClose = null;
      waiter?.();
    });
  }

  /** Resolves once the connection has closed more than `closesSeen` times, or after `ms` at the latest. */
  closedSince(closesSeen: number, ms: number): Promise<void> {
    if (this.closes > closesSeen) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.onClose = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

/**
 * A fixed set of single-connection clients, each running one transaction at a time; a transaction waits for a
 * free slot in arrival order. A slot whose connection failed is handed on only once that connection has closed,
 * so the next transaction starts on a fresh connection (the client reconnects on its next statement).
 */
class TransactionSlots {
  private readonly all: Slot[];
  private readonly free: Slot[];
  private readonly waiting: ((slot: Slot) => void)[] = [];

  constructor(count: number, connect: (max: number, onclose: () => void) => postgres.Sql) {
    this.all = Array.from({ length: count }, () => new Slot(connect));
    this.free = [...this.all];
  }

  acquire(): Promise<Slot> {
    const slot = this.free.pop();
    if (slot) return Promise.resolve(slot);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /**
   * Hands the slot on. `closesAtStart` is given when the transaction failed for want of its connection: until
   * the slot's close count moves past it, the connection is half closed, so the slot waits for its close (at
   * most five seconds).
   */
  release(slot: Slot, closesAtStart?: number): void {
    if (closesAtStart === undefined) return this.handOn(slot);
    void slot.closedSince(closesAtStart, 5000).then(() => this.handOn(slot));
  }

  private handOn(slot: Slot): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.free.push(slot);
  }

  async end(): Promise<void> {
    await Promise.all(this.all.map((slot) => slot.sql.end({ timeout: 5 })));
  }
}

/** Whether a statement's failure means its connection is gone (anything but an ordinary server-side error). */
function isConnectionFailure(error: unknown): boolean {
  if (!(error instanceof postgres.PostgresError)) return true;
  return error.severity === 'FATAL' || error.severity === 'PANIC';
}

/**
 * postgres.js 3.4.9 (the newest release) fails in three ways when a connection is lost, and both are avoided here.
 *
 * - `sql.begin` answers the failed statement with its own `rollback` on the dead connection, whose deferred
 *   write dereferences the nulled socket in a `setImmediate` (`TypeError: Cannot read properties of null
 *   (reading 'write')`, upstream porsager/postgres#1154, #1208): the throw escapes every promise and ends the
 *   process.
 * - `sql.reserve()` loses connections: a reserve request that makes the pool (re)connect a closed connection
 *   is dropped once the connection is ready, so the reserve never resolves and the connection never rejoins the
 *   pool (#1199). After a few terminations every connection is lost this way and the service stalls.
 *
 * - A statement sent in the moment between a socket error and the socket's close is never answered, neither
 *   resolved nor rejected (the close after an error does not fail the connection's running query).
 *
 * So drizzle's transactions run here on transaction slots: single-connection clients used by one transaction at
 * a time, driven statement by statement. A statement failing for want of its connection, or a close of the
 * slot's connection since the transaction began, marks the transaction lost, and from that moment no statement
 * or rollback is sent: every later statement fails with a transient `CONNECTION_CLOSED` (the request fails; the
 * process and the pool do not). The slot is handed on only after its failed connection has closed, so no
 * transaction ever waits on a half-closed connection; the slot's client reconnects on its next statement.
 * Statements outside transactions use the shared pool, which routes them to open connections.
 */
function withConnectionSafeTransactions(client: postgres.Sql, slots: TransactionSlots): postgres.Sql {
  const begin = async <T>(fn: (client: TransactionClient) => Promise<T>): Promise<T> => {
    const slot = await slots.acquire();
    const closesAtStart = slot.closes;
    // Set when a statement failed for want of its connection (its close may not have been seen yet).
    let connectionFailed = false;
    const lost = () => connectionFailed || slot.closes !== closesAtStart;
    let finished = false;
    const guard = (query: () => PromiseLike<unknown>): PromiseLike<unknown> => {
      if (lost()) return Promise.reject(connectionClosedError());
      if (finished) return Promise.reject(new Error('Statement issued after its transaction ended.'));
      return query();
    };
    // Lazy, so the check runs when drizzle awaits the statement (it calls `.values()` first for row arrays).
    const statement = (query: string, params?: unknown[], options?: { prepare?: boolean }) => {
      let values = false;
      const run = () =>
        guard(() => {
          const q = slot.sql.unsafe(query, params as never, options);
          return (values ? q.values() : q).then(undefined, (error: unknown) => {
            if (isConnectionFailure(error)) connectionFailed = true;
            throw error;
          });
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
          if (!lost()) await statement(`rollback to savepoint ${name}`);
          throw error;
        }
      },
    };
    let begun = false;
    try {
      await statement('begin');
      begun = true;
      const result = await fn(transaction);
      await statement('commit');
      return result;
    } catch (error) {
      if (begun && !lost()) await Promise.resolve(statement('rollback')).catch(() => {});
      throw lost() ? connectionClosedError() : error;
    } finally {
      finished = true;
      slots.release(slot, connectionFailed ? closesAtStart : undefined);
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
