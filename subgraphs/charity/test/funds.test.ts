import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { demoId } from '@aid/shared/demo/ids.js';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { funds, projects } from '../src/db/schema.js';
import { today } from '../src/validation.js';
import { codes, startSubgraph, type TestSubgraph } from './harness.js';

// Organisation 0 (海曙区慈善总会, certified, every programme) holds the seeded funds 0 and 1; organisation 4 is
// not certified; organisation 2 (北仑, certified) holds fund 2, whose second project is under review.
const HAISHU_ORG = demoId('organization', 0);
const BEILUN_ORG = demoId('organization', 2);
const UNCERTIFIED_ORG = demoId('organization', 4);
const SPECIAL_FUND = demoId('charity-fund', 0);
const BEILUN_FUND = demoId('charity-fund', 2);
const federation = claimsFor('charity_federation');
const haishuOrg = claimsFor('charity_org', { org: HAISHU_ORG });
const publicCaller = claimsFor('public');

const ESTABLISH = `mutation($input: EstablishCharityFundInput!) {
  establishCharityFund(input: $input) { id kind name sponsor programmes countyCode countyName purpose establishedOn organization { id } projectCount raisedFen disbursedFen availableFen } }`;
const named = (overrides: Record<string, unknown> = {}) => ({
  kind: 'NAMED',
  name: '三江口置业慈善冠名基金',
  organizationId: HAISHU_ORG,
  sponsor: '宁波三江口置业有限公司',
  programmes: ['HOUSING', 'MEDICAL'],
  countyCode: '330203',
  purpose: '由宁波三江口置业有限公司冠名捐资设立，用于困难家庭住房修缮和大病医疗自付费用。',
  establishedOn: today(),
  ...overrides,
});
const CREATE = `mutation($input: CharityProjectInput!) { createCharityProject(input: $input) { id status fund { id name } } }`;
const project = (overrides: Record<string, unknown> = {}) => ({
  name: '三江口安居修缮项目',
  programme: 'HOUSING',
  fundraisingMode: 'NONE',
  purpose: '帮助困难家庭修缮危旧房。',
  periodStart: today(),
  periodEnd: `${Number(today().slice(0, 4)) + 1}-12-31`,
  regionCode: '330203',
  responsiblePerson: '周慧敏',
  useOfFunds: '用于危旧房修缮材料和人工。',
  targetFen: 50_000_000,
  ...overrides,
});

let charity: TestSubgraph;
beforeAll(async () => {
  charity = await startSubgraph();
});
afterAll(async () => charity?.stop());

async function fundsNamed(name: string): Promise<number> {
  const [row] = await charity.db.select({ n: count() }).from(funds).where(eq(funds.title, name));
  return row!.n;
}

describe('establishing funds (基金)', () => {
  it('the federation establishes a named fund held by a certified organisation serving the county', async () => {
    // Scenario: a property company endows a named fund at the 海曙区 charity federation.
    const result = await charity.run(ESTABLISH, federation, { input: named() });
    expect(result.errors).toBeUndefined();
    expect(result.data!.establishCharityFund).toMatchObject({
      kind: 'NAMED',
      name: '三江口置业慈善冠名基金',
      sponsor: '宁波三江口置业有限公司',
      countyName: '海曙区',
      organization: { id: HAISHU_ORG },
      projectCount: 0,
      raisedFen: 0,
      availableFen: 0,
    });
    const again = await charity.run(ESTABLISH, federation, { input: named() });
    expect(codes(again)).toEqual(['CONFLICT']);
  });

  it('refuses a holder that is not a certified charity, and facts that do not fit, writing nothing', async () => {
    // Scenario: an uncertified holder; a special fund with a sponsor; a named fund without one; another county;
    // a programme the holder does not serve (organisation 2 serves MEDICAL and MICRO_WISH only).
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '未认定机构冠名基金', organizationId: UNCERTIFIED_ORG, countyCode: '330212' }, 'FORBIDDEN'],
      [{ name: '带冠名的专项基金', kind: 'SPECIAL_ASSISTANCE' }, 'BAD_USER_INPUT'],
      [{ name: '没有冠名方的冠名基金', sponsor: null }, 'BAD_USER_INPUT'],
      [{ name: '跨区冠名基金', countyCode: '330206' }, 'BAD_USER_INPUT'],
      [{ name: '北仑助学冠名基金', organizationId: BEILUN_ORG, countyCode: '330206', programmes: ['EDUCATION'] }, 'BAD_USER_INPUT'],
      [{ name: '联系电话13812345678冠名基金' }, 'BAD_USER_INPUT'],
    ];
    for (const [overrides, code] of cases) {
      const result = await charity.run(ESTABLISH, federation, { input: named(overrides) });
      expect(codes(result)).toEqual([code]);
      expect(await fundsNamed(overrides.name as string)).toBe(0);
    }
  });

  it('only the federation establishes funds', async () => {
    // Scenario: a member organisation and a civil officer try to establish a fund.
    for (const caller of [haishuOrg, claimsFor('civil_officer', { region: '330203' })]) {
      const result = await charity.run(ESTABLISH, caller, { input: named({ name: '自设冠名基金' }) });
      expect(codes(result)).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
    }
    expect(await fundsNamed('自设冠名基金')).toBe(0);
  });
});

describe('projects raise into and pay out from a fund', () => {
  it('an organisation creates a project in its own fund, of one of the fund\'s programmes', async () => {
    // Scenario: 海曙 drafts a housing project in its special social-assistance fund.
    const result = await charity.run(CREATE, haishuOrg, { input: project({ fundId: SPECIAL_FUND }) });
    expect(result.errors).toBeUndefined();
    expect(result.data!.createCharityProject).toMatchObject({ status: 'DRAFT', fund: { id: SPECIAL_FUND, name: '海曙区社会救助专项基金' } });
  });

  it('another organisation\'s fund reads as not found, and a programme outside the fund is refused', async () => {
    // Scenario: 海曙 names 北仑's fund, then puts a medical project into its housing fund.
    const [before] = await charity.db.select({ n: count() }).from(projects);
    const foreign = await charity.run(CREATE, haishuOrg, { input: project({ fundId: BEILUN_FUND, programme: 'MEDICAL' }) });
    expect(codes(foreign)).toEqual(['NOT_FOUND']);
    const unknown = await charity.run(CREATE, haishuOrg, { input: project({ fundId: '00000000-0000-4000-8000-000000000001', programme: 'MEDICAL' }) });
    expect(unknown.errors![0]!.message).toBe(foreign.errors![0]!.message);
    const outside = await charity.run(CREATE, haishuOrg, { input: project({ fundId: SPECIAL_FUND, programme: 'MEDICAL' }) });
    expect(codes(outside)).toEqual(['BAD_USER_INPUT']);
    const [after] = await charity.db.select({ n: count() }).from(projects);
    expect(after!.n).toBe(before!.n);
  });

  it('a fund\'s totals are its published and closed projects\' money; a project under review counts nowhere', async () => {
    // Scenario: fund 2 holds a published project and one under review; the totals equal the published one.
    const result = await charity.run(
      `query($id: ID!) { charityFund(id: $id) { projectCount raisedFen disbursedFen availableFen projects { id status } } }`,
      publicCaller,
      { id: BEILUN_FUND },
    );
    expect(result.errors).toBeUndefined();
    const rows = await charity.db
      .select({ raised: sql<string>`sum(${projects.raisedFen})`, disbursed: sql<string>`sum(${projects.disbursedFen})` })
      .from(projects)
      .where(and(eq(projects.fundId, BEILUN_FUND), inArray(projects.status, ['PUBLISHED', 'CLOSED'])));
    const fund = result.data!.charityFund;
    expect(fund).toMatchObject({ projectCount: 1, raisedFen: Number(rows[0]!.raised), disbursedFen: Number(rows[0]!.disbursed) });
    expect(fund.availableFen).toBe(fund.raisedFen - fund.disbursedFen);
    // The public sees the published project only; the one under review is the organisation's and the federation's.
    expect(fund.projects.map((p: { status: string }) => p.status)).toEqual(['PUBLISHED']);
  });

  it('a donation into a fund\'s project raises the fund\'s total in the disclosure', async () => {
    // Scenario: a donor gives 1,000 CNY to the 海曙 named fund's medical project; the public disclosure follows.
    const DISCLOSE = `{ charityDisclosure { funds { fund { id kind name sponsor } projectCount raisedFen disbursedFen } } }`;
    const before = (await charity.run(DISCLOSE, publicCaller)).data!.charityDisclosure.funds;
    const namedFund = demoId('charity-fund', 1);
    const donation = await charity.run(`mutation($input: RecordDonationInput!) { recordDonation(input: $input) { id } }`, haishuOrg, {
      input: { idempotencyKey: 'fund-gift-000001', projectId: demoId('charity-project', '0-MEDICAL-0'), amountFen: 100_000, donorKind: 'INDIVIDUAL', anonymous: true, channel: 'BANK_TRANSFER', restricted: true },
    });
    expect(donation.errors).toBeUndefined();
    const after = (await charity.run(DISCLOSE, publicCaller)).data!.charityDisclosure.funds;
    const of = (list: { fund: { id: string }; raisedFen: number }[]) => list.find((f) => f.fund.id === namedFund)!;
    expect(of(after).raisedFen - of(before).raisedFen).toBe(100_000);
    expect(after.map((f: { fund: { kind: string } }) => f.fund.kind)).toEqual(expect.arrayContaining(['SPECIAL_ASSISTANCE', 'NAMED']));
  });

  it('N funds with their totals, holders and projects cost one statement per level', async () => {
    // Scenario: the public lists every fund with its totals, its holder and its projects.
    charity.database.statements.reset();
    const result = await charity.run(
      `{ charityFunds(first: 100) { edges { node { id raisedFen disbursedFen projectCount organization { name } projects { id } } } } }`,
      publicCaller,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.charityFunds.edges.length).toBeGreaterThanOrEqual(5);
    // The funds, their totals, their holders, their projects.
    expect(charity.database.statements.count).toBe(4);
  });
});
