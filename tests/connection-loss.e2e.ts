/**
 * A lost database connection fails one request, never the process: 16 clients record donations through the
 * gateway while an operator terminates the charity subgraph's PostgreSQL backends again and again. Every
 * request is answered (a donation, or SERVICE_UNAVAILABLE with `retryable: true`), nothing is thrown out of
 * the process, every donation a client was told about is stored and counted in its project's total exactly
 * once, and afterwards the same 16 clients all succeed. PostgreSQL only: embedded PGlite has no connections.
 */
import { eq } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { donations, projects } from '@aid/charity/db/schema.js';
import { demoId } from '@aid/shared/demo/ids.js';
import { startStack, type Stack } from './support/stack.js';

const server = process.env.TEST_DATABASE_URL?.trim();
const ORG = demoId('organization', 0);
const PROJECT = demoId('charity-project', '0-MEDICAL-0');
const RECORD = `mutation($input: RecordDonationInput!) { recordDonation(input: $input) { id amountFen } }`;

describe.skipIf(!server)('charity under terminated database connections', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  it('answers every request, stores every reported donation once, and serves again', async () => {
    const token = await stack.token('charity_org', { org: ORG });
    const crashes: unknown[] = [];
    const onCrash = (error: unknown) => crashes.push(error);
    process.on('uncaughtException', onCrash);
    process.on('unhandledRejection', onCrash);
    // Connected to the stack's own database: only its charity backends are terminated, never another test's.
    const location = stack.databases.charity.location as { url: string };
    const admin = postgres(location.url, { max: 1, onnotice: () => {} });
    try {
      const [before] = await stack.databases.charity.db.select({ raised: projects.raisedFen }).from(projects).where(eq(projects.id, PROJECT));
      let stop = false;
      const reported = new Map<string, number>();
      const failures: unknown[] = [];
      let slowest = 0;
      const donate = async (key: string, amountFen: number) => {
        const started = Date.now();
        const result = await stack.query(RECORD, {
          token,
          variables: { input: { idempotencyKey: key, projectId: PROJECT, amountFen, donorKind: 'INDIVIDUAL', donorName: '王建国', publishName: false, channel: 'BANK_TRANSFER', restricted: false } },
        });
        slowest = Math.max(slowest, Date.now() - started);
        return result;
      };
      const client = async (index: number) => {
        for (let n = 0; !stop; n++) {
          const key = `loss-${index}-${n}`;
          const result = await donate(key, 100 + index);
          if (result.data?.recordDonation) reported.set(key, result.data.recordDonation.amountFen);
          else failures.push(result.errors?.map((error) => ({ code: error.extensions?.code, retryable: error.extensions?.retryable })));
        }
      };
      const clients = Array.from({ length: 16 }, (_, index) => client(index));
      for (let round = 0; round < 6; round++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        await admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = 'aid-charity' and pid <> pg_backend_pid()`;
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      stop = true;
      await Promise.all(clients);

      expect(crashes).toEqual([]);
      expect(slowest).toBeLessThan(15_000);
      expect(reported.size).toBeGreaterThan(0);
      // What failed, failed as a retryable outage (never an internal error).
      expect(failures.length).toBeGreaterThan(0);
      expect(new Set(failures.map((failure) => JSON.stringify(failure)))).toEqual(new Set([JSON.stringify([{ code: 'SERVICE_UNAVAILABLE', retryable: true }])]));

      // Every reported donation is stored, and the project's total is exactly the sum of what is stored.
      const stored = await stack.databases.charity.db.select({ key: donations.idempotencyKey, amount: donations.amountFen }).from(donations).where(eq(donations.projectId, PROJECT));
      const storedKeys = new Map(stored.map((row) => [row.key, row.amount]));
      expect([...reported.keys()].filter((key) => storedKeys.get(key) !== reported.get(key))).toEqual([]);
      const [after] = await stack.databases.charity.db.select({ raised: projects.raisedFen }).from(projects).where(eq(projects.id, PROJECT));
      const lost = stored.filter((row) => row.key?.startsWith('loss-')).reduce((total, row) => total + row.amount, 0);
      expect(after!.raised - before!.raised).toBe(lost);

      // The pool has recovered: a second after the last termination, 16 concurrent donations all succeed.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const again = await Promise.all(Array.from({ length: 16 }, (_, index) => donate(`after-loss-${index}`, 50)));
      expect(again.flatMap((result) => result.errors ?? [])).toEqual([]);
    } finally {
      process.off('uncaughtException', onCrash);
      process.off('unhandledRejection', onCrash);
      await admin.end();
    }
  });
});
