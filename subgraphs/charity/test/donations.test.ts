import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { demoId } from '@aid/shared/demo/ids.js';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { donations, projects } from '../src/db/schema.js';
import { codes, startSubgraph, type TestSubgraph } from './harness.js';

const ORG = demoId('organization', 0);
const org = claimsFor('charity_org', { org: ORG });
// Seeded projects of organisation 0: its published medical project and a draft is made below.
const PUBLISHED = demoId('charity-project', '0-MEDICAL-0');

const record = `mutation($input: RecordDonationInput!) {
  recordDonation(input: $input) { id receiptNumber amountFen donorKind anonymous donorName publishName channel restricted donatedAt recordedAt project { id } }
}`;
const gift = (overrides: Record<string, unknown> = {}) => ({
  idempotencyKey: 'gift-2026-0001',
  projectId: PUBLISHED,
  amountFen: 123_400,
  donorKind: 'INDIVIDUAL',
  donorName: '王建国',
  publishName: true,
  channel: 'MOBILE_PAYMENT',
  restricted: false,
  ...overrides,
});

let charity: TestSubgraph;
beforeAll(async () => {
  charity = await startSubgraph();
});
afterAll(async () => charity?.stop());

async function raisedOf(id: string): Promise<number> {
  const [row] = await charity.db.select({ raised: projects.raisedFen }).from(projects).where(eq(projects.id, id));
  return row!.raised;
}

async function donationsWithKey(key: string): Promise<number> {
  const [row] = await charity.db
    .select({ n: count() })
    .from(donations)
    .where(and(eq(donations.organizationId, ORG), eq(donations.idempotencyKey, key)));
  return row!.n;
}

describe('recording donations', () => {
  it('20 concurrent requests with one key make one donation, count the money once and answer identically', async () => {
    // Scenario: a payment callback retried 20 times at once; all requests run concurrently.
    const before = await raisedOf(PUBLISHED);
    const input = gift({ idempotencyKey: 'callback-7f3a9c' });
    const results = await Promise.all(Array.from({ length: 20 }, () => charity.run(record, org, { input })));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const answers = new Set(results.map((r) => JSON.stringify(r.data)));
    expect(answers.size).toBe(1);
    expect(results[0]!.data!.recordDonation).toMatchObject({ amountFen: 123_400, receiptNumber: expect.stringMatching(/^NBCS\d{4}\d{8}$/) });
    expect(await donationsWithKey('callback-7f3a9c')).toBe(1);
    expect(await raisedOf(PUBLISHED)).toBe(before + 123_400);
  });

  it('a later retry with the same key returns the first donation', async () => {
    // Scenario: the client retries a minute later after a timeout; nothing new is written.
    const input = gift({ idempotencyKey: 'retry-later-01' });
    const first = await charity.run(record, org, { input });
    const raised = await raisedOf(PUBLISHED);
    const second = await charity.run(record, org, { input });
    expect(second).toEqual(first);
    expect(await raisedOf(PUBLISHED)).toBe(raised);
  });

  it('the same key with a different body is refused with IDEMPOTENCY_KEY_REUSED', async () => {
    // Scenario: a client bug reuses a key for another amount; the first donation stands, the money is not added.
    await charity.run(record, org, { input: gift({ idempotencyKey: 'reused-key-01' }) });
    const raised = await raisedOf(PUBLISHED);
    const reused = await charity.run(record, org, { input: gift({ idempotencyKey: 'reused-key-01', amountFen: 999_900 }) });
    expect(codes(reused)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    expect(reused.errors![0]!.message).not.toMatch(/王建国|999900/);
    expect(await raisedOf(PUBLISHED)).toBe(raised);
    expect(await donationsWithKey('reused-key-01')).toBe(1);
  });

  it('only published projects take donations', async () => {
    // Scenario: a donation into the organisation's own draft is refused and the draft's total stays 0.
    const draft = await charity.run(
      `mutation($input: CharityProjectInput!) { createCharityProject(input: $input) { id } }`,
      org,
      {
        input: {
          name: '草稿项目',
          programme: 'HOUSING',
          fundraisingMode: 'NONE',
          purpose: '测试',
          periodStart: '2027-01-01',
          periodEnd: '2027-12-31',
          regionCode: '330203',
          responsiblePerson: '周慧敏',
          useOfFunds: '测试用途',
          targetFen: 1_000_000,
        },
      },
    );
    const id = draft.data!.createCharityProject.id;
    const refused = await charity.run(record, org, { input: gift({ idempotencyKey: 'draft-gift-01', projectId: id }) });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0]!.message).toMatch(/Only published projects take donations/);
    expect(await raisedOf(id)).toBe(0);
    expect(await donationsWithKey('draft-gift-01')).toBe(0);
  });

  it('anonymous donations keep no name, and a named donation needs one', async () => {
    // Scenario: an anonymous gift with a name, a named gift without one, then a proper anonymous gift.
    const both = await charity.run(record, org, { input: gift({ idempotencyKey: 'anonymous-01', anonymous: true, donorName: '李四', publishName: false }) });
    expect(both.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'donorName' });
    const nameless = await charity.run(record, org, { input: gift({ idempotencyKey: 'anonymous-02', donorName: null, publishName: false }) });
    expect(nameless.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'donorName' });
    const anonymous = await charity.run(record, org, { input: gift({ idempotencyKey: 'anonymous-03', anonymous: true, donorName: null, publishName: false }) });
    expect(anonymous.data!.recordDonation).toMatchObject({ anonymous: true, donorName: null, publishName: false });
  });

  it('amounts outside 1..2147483647 fen and projects of other organisations are refused', async () => {
    // Scenario: zero, a fraction, and a project of organisation 2 (which looks like a missing one).
    expect(codes(await charity.run(record, org, { input: gift({ idempotencyKey: 'amount-0', amountFen: 0 }) }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await charity.run(record, org, { input: gift({ idempotencyKey: 'amount-neg', amountFen: -5 }) }))).toEqual(['BAD_USER_INPUT']);
    const foreign = await charity.run(record, org, { input: gift({ idempotencyKey: 'foreign-01', projectId: demoId('charity-project', '2-MEDICAL-0') }) });
    expect(codes(foreign)).toEqual(['NOT_FOUND']);
  });

  it('the federation reads a project\'s donations; another organisation gets an empty list', async () => {
    // Scenario: donor names are for the receiving organisation and the federation only.
    const query = `query($id: ID!) { donations(projectId: $id, first: 100) { edges { node { donorName amountFen } } } }`;
    const own = await charity.run(query, claimsFor('charity_federation'), { id: PUBLISHED });
    expect(own.data!.donations.edges.length).toBeGreaterThan(3);
    const other = await charity.run(query, claimsFor('charity_org', { org: demoId('organization', 2) }), { id: PUBLISHED });
    expect(other.data!.donations.edges).toEqual([]);
    const anonymous = await charity.run(query, claimsFor('public'), { id: PUBLISHED });
    expect(codes(anonymous)).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
  });
});
