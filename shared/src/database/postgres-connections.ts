/**
 * A PostgreSQL client for drizzle that survives lost connections: a fixed set of single-connection clients
 * ("connection slots"), each running one statement or one transaction at a time.
 *
 * postgres.js 3.4.9 (the newest release) mishandles a lost connection in four ways, all avoided here:
 *
 * - `sql.begin` answers the failed statement with its own `rollback` on the dead connection, whose deferred
 *   write dereferences the nulled socket in a `setImmediate` (`TypeError: Cannot read properties of null
 *   (reading 'write')`, upstream porsager/postgres#1154, #1208): the throw escapes every promise and ends the
 *   process.
 * - `sql.reserve()` loses connections: a reserve request that makes the pool (re)connect a closed connection is
 *   dropped once the connection is ready, so the reserve never resolves and the connection never rejoins the
 *   pool (#1199). After a few terminations every connection is lost this way and the service stalls.
 * - A statement pipelined onto a connection between a socket error and the socket's close is never answered
 *   (the close after an error fails only what was sent before the error); the request hangs.
 * - On every (re)connect the client fetches the server's array types, and a connection terminated during that
 *   fetch rejects a promise nobody holds (an unhandled rejection).
 *
 * So: no pipelining (a slot sends its next statement only once the last one is answered, so nothing is ever
 * sent after an unseen error), no type fetch (drizzle parses and serialises array columns itself), and
 * transactions driven statement by statement on a slot of their own. A statement failing for want of its
 * connection, or a close of the slot's connection since the transaction began, marks the transaction lost:
 * from then on no statement or rollback is sent and every later statement fails with a transient
 * `CONNECTION_CLOSED` (the request fails; the process and the pool do not). A slot whose connection failed is
 * handed on only once that connection has closed; its client reconnects on its next statement.
 */
import postgres from 'postgres';

type Connect = (max: number, onclose: () => void) => postgres.Sql;

/** A statement as drizzle's postgres-js session uses it: awaited directly, or through `.values()` for row arrays. */
type Statement = PromiseLike<unknown> & { values(): PromiseLike<unknown> };

/** What drizzle's postgres-js session calls on a transaction's client. */
interface TransactionClient {
  unsafe(query: string, params?: unknown[], options?: { prepare?: boolean }): Statement;
  savepoint<T>(fn: (client: TransactionClient) => Promise<T>): Promise<T>;
}

/** The error a transaction's statement gets once its connection has gone: transient, so the client may retry. */
function connectionClosedError(): Error {
  return Object.assign(new Error('The database connection was lost during the transaction.'), { code: 'CONNECTION_CLOSED' });
}

/** Whether a statement's failure means its connection is gone (anything but an ordinary server-side error). */
function isConnectionFailure(error: unknown): boolean {
  if (!(error instanceof postgres.PostgresError)) return true;
  return error.severity === 'FATAL' || error.severity === 'PANIC';
}

/** One slot: a single-connection client that counts its connection's closings. */
class Slot {
  readonly sql: postgres.Sql;
  /** How many times the slot's connection has closed: a transaction that saw it move lost its connection. */
  closes = 0;
  private onClose: (() => void) | null = null;

  constructor(connect: Connect) {
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

/** The slots, handed out in arrival order. */
class Slots {
  readonly all: Slot[];
  private readonly free: Slot[];
  private readonly waiting: ((slot: Slot) => void)[] = [];

  constructor(count: number, connect: Connect) {
    this.all = Array.from({ length: count }, () => new Slot(connect));
    this.free = [...this.all];
  }

  acquire(): Promise<Slot> {
    const slot = this.free.pop();
    if (slot) return Promise.resolve(slot);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /**
   * Hands the slot on. `closesAtStart` is given when the work failed for want of its connection: until the
   * slot's close count moves past it, the connection is half closed, so the slot waits for its close (at most
   * five seconds).
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
}

/** A statement that runs only when awaited (drizzle calls `.values()` first when it wants row arrays). */
function lazyStatement(run: (values: boolean) => PromiseLike<unknown>): Statement {
  let values = false;
  const statement: Statement = {
    values() {
      values = true;
      return statement;
    },
    then(onFulfilled, onRejected) {
      return run(values).then(onFulfilled, onRejected);
    },
  };
  return statement;
}

export interface SlottedClient {
  /** The client to hand to drizzle (`drizzle(client)`); its `unsafe` and `begin` run on the slots. */
  readonly sql: postgres.Sql;
  end(): Promise<void>;
}

/**
 * Opens `count` connection slots to `url`. `options` are postgres.js options for every slot (pipelining,
 * `max` and the type fetch are set here).
 */
export function openSlottedClient(url: string, count: number, options: postgres.Options<Record<string, never>>): SlottedClient {
  const connect: Connect = (max, onclose) => postgres(url, { ...options, max, fetch_types: false, onclose });
  const template = postgres(url, { ...options, max: 1, fetch_types: false });
  const slots = new Slots(Math.max(1, count), connect);
  // drizzle installs its parsers and serialisers on the client it is given (the template). Each slot's
  // connection holds on to its own parser table from creation, so every entry set on the template is written
  // into each slot's tables too: all slots parse and serialise exactly as drizzle expects.
  const fanOut = (table: 'parsers' | 'serializers') =>
    new Proxy(template.options[table] as Record<string, unknown>, {
      set(target, key, value) {
        target[key as string] = value;
        for (const slot of slots.all) (slot.sql.options[table] as Record<string, unknown>)[key as string] = value;
        return true;
      },
    });
  template.options.parsers = fanOut('parsers') as typeof template.options.parsers;
  template.options.serializers = fanOut('serializers') as typeof template.options.serializers;

  const unsafe = (query: string, params?: unknown[], options?: { prepare?: boolean }): Statement =>
    lazyStatement(async (values) => {
      const slot = await slots.acquire();
      const closesAtStart = slot.closes;
      try {
        const q = slot.sql.unsafe(query, params as never, options);
        const result = await (values ? q.values() : q);
        slots.release(slot);
        return result;
      } catch (error) {
        slots.release(slot, isConnectionFailure(error) ? closesAtStart : undefined);
        throw error;
      }
    });

  const begin = async <T>(fn: (client: TransactionClient) => Promise<T>): Promise<T> => {
    const slot = await slots.acquire();
    const closesAtStart = slot.closes;
    // Set when a statement failed for want of its connection (its close may not have been seen yet).
    let connectionFailed = false;
    const lost = () => connectionFailed || slot.closes !== closesAtStart;
    let finished = false;
    const statement = (query: string, params?: unknown[], options?: { prepare?: boolean }) =>
      lazyStatement((values) => {
        if (lost()) return Promise.reject(connectionClosedError());
        if (finished) return Promise.reject(new Error('Statement issued after its transaction ended.'));
        const q = slot.sql.unsafe(query, params as never, options);
        return (values ? q.values() : q).then(undefined, (error: unknown) => {
          if (isConnectionFailure(error)) connectionFailed = true;
          throw error;
        });
      });
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

  const sql = new Proxy(template, {
    get: (target, property, receiver) => (property === 'begin' ? begin : property === 'unsafe' ? unsafe : Reflect.get(target, property, receiver)),
  });
  return {
    sql,
    end: async () => {
      await Promise.all([template.end({ timeout: 5 }), ...slots.all.map((slot) => slot.sql.end({ timeout: 5 }))]);
    },
  };
}
