import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import { demoId } from '@aid/shared/demo/ids.js';
import type { ReferralFeedEvent } from '@aid/shared/referral-feed/contract.js';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { disbursements, donations, projects } from '../src/db/schema.js';
import { applyReferralEvents } from '../src/referral-sync.js';
import { today } from '../src/validation.js';
import { codes, startSubgraph, type TestSubgraph } from './harness.js';

const ORG = demoId('organization', 0);
const org = claimsFor('charity_org', { org: ORG });
const PROJECT = demoId('charity-project', '0-MEDICAL-0');
const analyst = claimsFor('analyst');

const ROW = `project { id } organization { id } countyCode countyName raisedFen suppressed households disbursementCount repeatHouseholds disbursedFen disbursementRate`;
const INDICATORS = `query($from: String, $to: String, $countyCode: String) {
  projectOperationIndicators(from: $from, to: $to, countyCode: $countyCode) {
    from to countyCode minimumGroupSize byProject { ${ROW} } byOrganization { ${ROW} } byCounty { ${ROW} } } }`;

interface Row {
  project: { id: string } | null;
  organization: { id: string } | null;
  countyCode: string | null;
  raisedFen: number;
  suppressed: boolean;
  households: number | null;
  disbursementCount: number | null;
  repeatHouseholds: number | null;
  disbursedFen: number | null;
  disbursementRate: number | null;
}

let charity: TestSubgraph;
let sequence = 9000;
const accepted = (referralId: string, householdId: string): ReferralFeedEvent => ({
  sequence: (sequence += 1),
  cursor: `i${sequence}`,
  referralId,
  needId: randomUUID(),
  householdId,
  programme: 'MEDICAL',
  action: 'accept',
  fromStatus: 'RECEIVED',
  status: 'ACCEPTED',
  organizationId: ORG,
  townCode: '330203002',
  villageCode: null,
  occurredAt: new Date().toISOString(),
});

async function pay(referralId: string, key: string) {
  const result = await charity.run(`mutation($input: RecordDisbursementInput!) { recordDisbursement(input: $input) { id } }`, org, {
    input: { idempotencyKey: key, projectId: PROJECT, referralId, amountFen: 300_000, purpose: 'MEDICAL_EXPENSES', reasonCodes: ['MAJOR_ILLNESS'], disbursedOn: today() },
  });
  expect(result.errors).toBeUndefined();
}

beforeAll(async () => {
  charity = await startSubgraph();
  // A lead gift so the project can pay, then 7 households paid once and one of them paid a second time.
  const gift = await charity.run(`mutation($input: RecordDonationInput!) { recordDonation(input: $input) { id } }`, org, {
    input: { idempotencyKey: 'indicator-gift-01', projectId: PROJECT, amountFen: 50_000_000, donorKind: 'ORGANIZATION', donorName: '宁波港城物流有限公司', channel: 'BANK_TRANSFER', restricted: true },
  });
  expect(gift.errors).toBeUndefined();
  const referralIds = Array.from({ length: 7 }, () => randomUUID());
  await applyReferralEvents(charity.db, referralIds.map((id) => accepted(id, randomUUID())));
  for (const [i, id] of referralIds.entries()) await pay(id, `indicator-pay-${i}`);
  await pay(referralIds[0]!, 'indicator-pay-again');
});
afterAll(async () => charity?.stop());

const rowsOf = (result: { data?: Record<string, any> | null }) => {
  const data = result.data!.projectOperationIndicators;
  return [...data.byProject, ...data.byOrganization, ...data.byCounty] as Row[];
};

describe('project operation indicators (项目运作)', () => {
  it('a project with enough households shows raised against paid out; the lone repeat household stays hidden', async () => {
    // Scenario: this month, the project paid 7 households (8 payments, one household twice).
    const result = await charity.run(INDICATORS, analyst, { from: today(), to: today() });
    expect(result.errors).toBeUndefined();
    const data = result.data!.projectOperationIndicators;
    expect(data.from).toBe(`${today().slice(0, 7)}-01`);
    expect(data.minimumGroupSize).toBe(5);
    const row = data.byProject.find((r: Row) => r.project?.id === PROJECT) as Row;
    // What the project paid this month: the 8 payments above plus any seeded payment that fell in this month.
    const [paid] = await charity.db
      .select({ households: sql<number>`count(distinct ${disbursements.householdId})::int`, payments: sql<number>`count(*)::int`, fen: sql<string>`sum(${disbursements.amountFen})` })
      .from(disbursements)
      .where(and(eq(disbursements.projectId, PROJECT), gte(disbursements.disbursedOn, data.from)));
    expect(paid!.households).toBeGreaterThanOrEqual(7);
    expect(row).toMatchObject({ suppressed: false, households: paid!.households, disbursementCount: paid!.payments, countyCode: '330203', organization: { id: ORG } });
    // One household was paid twice: a sub-count of 1 is never shown.
    expect(row.repeatHouseholds).toBeNull();
    // Shown to the nearest 10,000 CNY.
    expect(row.disbursedFen).toBe(Math.round(Number(paid!.fen) / 1_000_000) * 1_000_000);
    // Donations this month into the project, exactly (gifts are not about recipients).
    const [raised] = await charity.db
      .select({ fen: sql<string>`sum(${donations.amountFen})` })
      .from(donations)
      .where(and(eq(donations.projectId, PROJECT), gte(donations.donatedAt, new Date(`${data.from}T00:00:00+08:00`))));
    expect(row.raisedFen).toBe(Number(raised!.fen));
    expect(row.disbursementRate).toBe(Number((row.disbursedFen! / row.raisedFen).toFixed(2)));
  });

  it('no shown group has between 1 and 4 households, nor a sub-count or its rest in that range', async () => {
    // Scenario: the whole history of the demo world, every grouping, read by an analyst.
    const rows = rowsOf(await charity.run(INDICATORS, analyst, {}));
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.some((r) => r.suppressed)).toBe(true);
    for (const row of rows) {
      if (row.suppressed) {
        expect([row.households, row.disbursementCount, row.repeatHouseholds, row.disbursedFen, row.disbursementRate]).toEqual([null, null, null, null, null]);
        continue;
      }
      expect(row.households === 0 || row.households! >= 5).toBe(true);
      if (row.repeatHouseholds !== null) {
        const rest = row.households! - row.repeatHouseholds;
        expect(row.repeatHouseholds === 0 || row.repeatHouseholds >= 5).toBe(true);
        expect(rest === 0 || rest >= 5).toBe(true);
      }
    }
  });

  it('no organisation or county shows beside exactly one suppressed project of its own', async () => {
    // Scenario: a shown parent is the sum of its projects: one hidden project would be "parent minus the others".
    const data = (await charity.run(INDICATORS, analyst, {})).data!.projectOperationIndicators;
    const paying = (data.byProject as Row[]).filter((r) => r.suppressed || (r.households ?? 0) > 0);
    for (const parent of data.byOrganization as Row[]) {
      if (parent.suppressed) continue;
      const children = paying.filter((p) => p.organization?.id === parent.organization!.id);
      expect(children.filter((c) => c.suppressed).length).not.toBe(1);
    }
    for (const parent of data.byCounty as Row[]) {
      if (parent.suppressed) continue;
      const children = paying.filter((p) => p.countyCode === parent.countyCode);
      expect(children.filter((c) => c.suppressed).length).not.toBe(1);
    }
  });

  it('a county officer reads the projects of the county; another county reads as empty', async () => {
    // Scenario: the 海曙区 officer asks for the city, then for 北仑区.
    const officer = claimsFor('civil_officer', { region: '330203' });
    const own = (await charity.run(INDICATORS, officer, {})).data!.projectOperationIndicators;
    expect(own.byCounty.map((r: Row) => r.countyCode)).toEqual(['330203']);
    const ids = own.byProject.map((r: Row) => r.project!.id);
    const regions = await charity.db.select({ region: projects.regionCode }).from(projects).where(inArray(projects.id, ids));
    expect(regions.every((r) => r.region.startsWith('330203'))).toBe(true);
    const other = (await charity.run(INDICATORS, officer, { countyCode: '330206' })).data!.projectOperationIndicators;
    expect([other.byProject, other.byOrganization, other.byCounty]).toEqual([[], [], []]);
  });

  it('roles without stats:read are refused; an organisation given the scope still reaches nothing', async () => {
    // Scenario: the public, an organisation, and an organisation whose token was given stats:read.
    expect(codes(await charity.run(INDICATORS, claimsFor('public'), {}))).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
    expect(codes(await charity.run(INDICATORS, org, {}))).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
    expect(codes(await charity.run(INDICATORS, claimsFor('charity_org', { org: ORG, scopes: ['stats:read'] }), {}))).toEqual(['FORBIDDEN']);
  });

  it('bad periods and counties are refused with the field named', async () => {
    // Scenario: a reversed period, a malformed day, a town code where a county is expected.
    for (const [variables, field] of [[{ from: '2026-05-01', to: '2026-04-01' }, 'from'], [{ to: '2026-02-30' }, 'to'], [{ countyCode: '330203001' }, 'countyCode']] as const) {
      const result = await charity.run(INDICATORS, analyst, variables);
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0]!.extensions!.field).toBe(field);
    }
  });
});
