import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../src/database/database.js';
import { createTestDatabaseLocation } from '../src/testing/harness.js';
import { MIGRATIONS_FOLDER } from '@aid/charity/server.js';

// Only a PostgreSQL server has connections to terminate (embedded PGlite has none).
const server = process.env.TEST_DATABASE_URL?.trim();

/**
 * A charity database on the PostgreSQL server with the service's default 10 connection slots, an admin
 * connection to terminate its backends with, and every exception that escapes a promise collected.
 */
async function underTerminations(run: (setup: { handle: DatabaseHandle; admin: postgres.Sql; crashes: unknown[] }) => Promise<void>): Promise<void> {
  const { location, drop } = await createTestDatabaseLocation();
  const handle = await openDatabase({
    schema: 'charity',
    migrationsFolder: MIGRATIONS_FOLDER,
    location: { ...(location as { url: string }), kind: 'postgres', maxConnections: 10 },
  });
  await handle.migrate();
  const crashes: unknown[] = [];
  const onCrash = (error: unknown) => crashes.push(error);
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
  const admin = postgres((location as { url: string }).url, { max: 1, onnotice: () => {} });
  try {
    await run({ handle, admin, crashes });
  } finally {
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
    await admin.end();
    await handle.close();
    await drop();
  }
}

describe.skipIf(!server)('a lost database connection', () => {
  it('fails the transactions it was running, never the process, and the pool serves again', async () => {
    // Scenario: 16 writers run transactions in a loop while an operator terminates the service's backends.
    await underTerminations(async ({ handle, admin, crashes }) => {
      let stop = false;
      const outcomes = { ok: 0, failed: 0 };
      const writer = async () => {
        while (!stop) {
          try {
            await handle.db.transaction(async (tx) => {
              await tx.execute(sql`select pg_sleep(0.02)`);
              await tx.execute(sql`select 1`);
            });
            // A statement outside any transaction shares the pool with them.
            await handle.db.execute(sql`select 1`);
            outcomes.ok++;
          } catch {
            outcomes.failed++;
          }
        }
      };
      const writers = Array.from({ length: 16 }, writer);
      for (let round = 0; round < 10; round++) {
        await new Promise((resolve) => setTimeout(resolve, 150));
        await admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and application_name = 'aid-charity'`;
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      stop = true;
      await Promise.all(writers);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(crashes).toEqual([]);
      expect(outcomes.failed).toBeGreaterThan(0);
      expect(outcomes.ok).toBeGreaterThan(0);
      // The pool reconnects: a statement and 16 concurrent transactions (every slot, several times) succeed.
      await handle.db.execute(sql`select 1`);
      const after = await Promise.allSettled(
        Array.from({ length: 16 }, () => handle.db.transaction(async (tx) => tx.execute(sql`select pg_sleep(0.01)`))),
      );
      expect(after.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
    });
  });
  it('keeps writes all-or-nothing: every reported commit is stored, every failed batch left nothing', async () => {
    // Scenario: 20 writers insert real rows (12 in two-row transactions, 8 as single statements) while every
    // other backend of the database is terminated 6 times.
    await underTerminations(async ({ handle, admin, crashes }) => {
      await handle.db.execute(sql`create table public.loss_probe (batch text not null, part int not null, primary key (batch, part))`);
      let stop = false;
      const committed: string[] = [];
      let failed = 0;
      let slowest = 0;
      const writer = async (index: number) => {
        for (let n = 0; !stop; n++) {
          const batch = `w${index}-${n}`;
          const started = Date.now();
          try {
            if (index < 12) {
              await handle.db.transaction(async (tx) => {
                await tx.execute(sql`insert into public.loss_probe values (${batch}, 1)`);
                await tx.execute(sql`select pg_sleep(0.01)`);
                await tx.execute(sql`insert into public.loss_probe values (${batch}, 2)`);
              });
            } else {
              await handle.db.execute(sql`insert into public.loss_probe values (${batch}, 1), (${batch}, 2)`);
            }
            committed.push(batch);
          } catch {
            failed++;
          }
          slowest = Math.max(slowest, Date.now() - started);
        }
      };
      const writers = Array.from({ length: 20 }, (_, index) => writer(index));
      for (let round = 0; round < 6; round++) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        await admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`;
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      stop = true;
      await Promise.all(writers);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(crashes).toEqual([]);
      expect(failed).toBeGreaterThan(0);
      expect(slowest).toBeLessThan(15_000);
      const rows = await admin<{ batch: string; parts: number }[]>`select batch, count(*)::int as parts from public.loss_probe group by batch`;
      // No half batch: a failed transaction left nothing behind.
      expect(rows.filter((row) => row.parts !== 2)).toEqual([]);
      // Every commit the writer was told about is stored (a batch may also have committed while its answer was lost).
      const stored = new Set(rows.map((row) => row.batch));
      expect(committed.filter((batch) => !stored.has(batch))).toEqual([]);
      // The pool serves again.
      const after = await Promise.allSettled(
        Array.from({ length: 16 }, (_, n) => handle.db.transaction(async (tx) => tx.execute(sql`insert into public.loss_probe values (${`after-${n}`}, 1)`))),
      );
      expect(after.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
    });
  });

  it('every slot parses values as drizzle expects: a raw timestamp is the server text, on every connection', async () => {
    // Scenario: 20 concurrent raw statements land on all 10 slots; each must read a timestamp the same way.
    await underTerminations(async ({ handle }) => {
      const rows = await Promise.all(
        Array.from({ length: 20 }, () => handle.db.execute(sql`select '2026-03-01 10:00:00+08'::timestamptz as at, pg_sleep(0.01)`)),
      );
      const values = rows.map((result) => (result as unknown as { at: unknown }[])[0]!.at);
      expect(values.every((value) => typeof value === 'string')).toBe(true);
    });
  });
});
