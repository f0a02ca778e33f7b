import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq, sql } from 'drizzle-orm';
import { demoId } from '@aid/shared/demo/ids.js';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { commendations, supportAwards } from '../src/db/schema.js';
import { today } from '../src/validation.js';
import { codes, startSubgraph, type TestSubgraph } from './harness.js';

// Organisation 0 serves 海曙区 (330203); organisation 2 serves 北仑区 (330206).
const HAISHU_ORG = demoId('organization', 0);
const BEILUN_ORG = demoId('organization', 2);
const haishuOfficer = claimsFor('civil_officer', { region: '330203', sub: 'officer-haishu' });
const beilunOfficer = claimsFor('civil_officer', { region: '330206', sub: 'officer-beilun' });
const federation = claimsFor('charity_federation');
const haishuOrg = claimsFor('charity_org', { org: HAISHU_ORG });
const beilunOrg = claimsFor('charity_org', { org: BEILUN_ORG });
const publicCaller = claimsFor('public');

const AWARD_FIELDS = `id kind status amountFen awardingBody countyCode title programme periodStart periodEnd closingReason closedAt
  organization { id } deliverables { position description unit targetQuantity deliveredQuantity }`;
const RECORD = `mutation($input: RecordSupportAwardInput!) { recordSupportAward(input: $input) { ${AWARD_FIELDS} } }`;
const REPORT = `mutation($input: ReportSupportDeliveryInput!) { reportSupportDelivery(input: $input) { ${AWARD_FIELDS} } }`;
const CLOSE = `mutation($id: ID!, $outcome: SupportClosingOutcome!, $reason: String!) {
  closeSupportAward(id: $id, outcome: $outcome, reason: $reason) { ${AWARD_FIELDS} } }`;
const COMMEND = `mutation($input: RecordCommendationInput!) {
  recordCommendation(input: $input) { id title level awardingBody countyCode honoreeKind honoreeDisplayName honoreeRole citation awardedOn organization { id } } }`;

const purchase = (overrides: Record<string, unknown> = {}) => ({
  idempotencyKey: 'purchase-2026-haishu-001',
  kind: 'GOVERNMENT_PURCHASE',
  organizationId: HAISHU_ORG,
  title: '海曙区独居老人上门探访服务',
  programme: 'ELDERLY_CARE',
  amountFen: 12_000_000,
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  deliverables: [
    { description: '独居老人上门探访', unit: '户次', targetQuantity: 300 },
    { description: '助餐服务', unit: '人次', targetQuantity: 1200 },
  ],
  ...overrides,
});

let charity: TestSubgraph;
beforeAll(async () => {
  charity = await startSubgraph();
});
afterAll(async () => charity?.stop());

async function awardsWithKey(key: string): Promise<number> {
  const [row] = await charity.db.select({ n: count() }).from(supportAwards).where(eq(supportAwards.idempotencyKey, key));
  return row!.n;
}

describe('government purchases (政府购买服务) and venture grants (公益创投)', () => {
  it('a county officer records a purchase from an organisation of the county, awarded by the county bureau', async () => {
    // Scenario: the 海曙区 officer buys home visits and meals from the 海曙区 charity federation.
    const result = await charity.run(RECORD, haishuOfficer, { input: purchase() });
    expect(result.errors).toBeUndefined();
    expect(result.data!.recordSupportAward).toMatchObject({
      kind: 'GOVERNMENT_PURCHASE',
      status: 'AWARDED',
      amountFen: 12_000_000,
      awardingBody: '海曙区民政局',
      countyCode: '330203',
      organization: { id: HAISHU_ORG },
      deliverables: [
        { position: 1, description: '独居老人上门探访', unit: '户次', targetQuantity: 300, deliveredQuantity: 0 },
        { position: 2, description: '助餐服务', unit: '人次', targetQuantity: 1200, deliveredQuantity: 0 },
      ],
    });
  });

  it('a retry with the same key returns the first award; the same key with another body is refused', async () => {
    // Scenario: the officer's client resends the request, then reuses the key for a different amount.
    const first = await charity.run(RECORD, haishuOfficer, { input: purchase({ idempotencyKey: 'purchase-retry-0001' }) });
    const again = await charity.run(RECORD, haishuOfficer, { input: purchase({ idempotencyKey: 'purchase-retry-0001' }) });
    expect(again.data!.recordSupportAward.id).toBe(first.data!.recordSupportAward.id);
    const reused = await charity.run(RECORD, haishuOfficer, { input: purchase({ idempotencyKey: 'purchase-retry-0001', amountFen: 1 }) });
    expect(codes(reused)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    expect(await awardsWithKey('purchase-retry-0001')).toBe(1);
  });

  it('ten concurrent requests with one key record one award', async () => {
    // Scenario: a flaky network makes the client send the same purchase ten times at once.
    const results = await Promise.all(
      Array.from({ length: 10 }, () => charity.run(RECORD, haishuOfficer, { input: purchase({ idempotencyKey: 'purchase-concurrent-01' }) })),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(new Set(results.map((r) => r.data!.recordSupportAward.id)).size).toBe(1);
    expect(await awardsWithKey('purchase-concurrent-01')).toBe(1);
  });

  it('a county buys only from organisations serving it, and records no venture grant', async () => {
    // Scenario: the 北仑区 officer tries to buy from a 海曙区 organisation, then to record a federation grant.
    const elsewhere = await charity.run(RECORD, beilunOfficer, { input: purchase({ idempotencyKey: 'purchase-elsewhere-01' }) });
    expect(codes(elsewhere)).toEqual(['BAD_USER_INPUT']);
    const grant = await charity.run(RECORD, beilunOfficer, { input: purchase({ idempotencyKey: 'grant-by-officer-01', kind: 'VENTURE_GRANT', organizationId: BEILUN_ORG, programme: 'MEDICAL' }) });
    expect(codes(grant)).toEqual(['FORBIDDEN']);
    expect(await awardsWithKey('purchase-elsewhere-01')).toBe(0);
    expect(await awardsWithKey('grant-by-officer-01')).toBe(0);
  });

  it('the federation records venture grants to any member, never a government purchase; organisations record neither', async () => {
    // Scenario: the federation funds a 北仑区 venture; it then tries a purchase; an organisation tries to award itself.
    const grant = await charity.run(RECORD, federation, {
      input: purchase({ idempotencyKey: 'grant-beilun-0001', kind: 'VENTURE_GRANT', organizationId: BEILUN_ORG, programme: 'MICRO_WISH', title: '患病儿童微心愿公益创投' }),
    });
    expect(grant.errors).toBeUndefined();
    expect(grant.data!.recordSupportAward).toMatchObject({ kind: 'VENTURE_GRANT', awardingBody: '宁波市慈善总会', countyCode: null });
    const purchaseByFederation = await charity.run(RECORD, federation, { input: purchase({ idempotencyKey: 'purchase-by-fed-01' }) });
    expect(codes(purchaseByFederation)).toEqual(['FORBIDDEN']);
    const self = await charity.run(RECORD, haishuOrg, { input: purchase({ idempotencyKey: 'purchase-by-org-001' }) });
    expect(codes(self)).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
  });

  it('bad input is refused with the field named and writes nothing', async () => {
    // Scenario: a reversed period, no deliverables, a phone number in the published title, a fen amount of 0.
    const cases: [Record<string, unknown>, string][] = [
      [{ periodEnd: '2025-12-31' }, 'periodEnd'],
      [{ deliverables: [] }, 'deliverables'],
      [{ title: '联系人 138 1234 5678' }, 'title'],
      [{ amountFen: 0 }, 'amountFen'],
      [{ programme: 'EDUCATION', organizationId: demoId('organization', 4) }, 'organizationId'],
    ];
    for (const [overrides, field] of cases) {
      const key = `purchase-bad-${field}`;
      const result = await charity.run(RECORD, haishuOfficer, { input: purchase({ idempotencyKey: key, ...overrides }) });
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0]!.extensions!.field).toBe(field);
      expect(await awardsWithKey(key)).toBe(0);
    }
  });
});

describe('delivery and closing', () => {
  it('the receiving organisation reports deliveries; the awarding county accepts once every target is met', async () => {
    // Scenario: purchase → partial report (IN_DELIVERY) → acceptance refused with the shortfall → full report → COMPLETED.
    const awarded = await charity.run(RECORD, haishuOfficer, { input: purchase({ idempotencyKey: 'purchase-lifecycle-1' }) });
    const id = awarded.data!.recordSupportAward.id;
    const partial = await charity.run(REPORT, haishuOrg, { input: { awardId: id, deliveries: [{ position: 1, deliveredQuantity: 120 }] } });
    expect(partial.data!.reportSupportDelivery).toMatchObject({ status: 'IN_DELIVERY', deliverables: [{ deliveredQuantity: 120 }, { deliveredQuantity: 0 }] });

    const early = await charity.run(CLOSE, haishuOfficer, { id, outcome: 'COMPLETED', reason: '年度验收' });
    expect(codes(early)).toEqual(['INVALID_TRANSITION']);
    expect(early.errors![0]!.message).toContain('120 of 300');

    const lower = await charity.run(REPORT, haishuOrg, { input: { awardId: id, deliveries: [{ position: 1, deliveredQuantity: 100 }] } });
    expect(codes(lower)).toEqual(['CONFLICT']);

    const full = await charity.run(REPORT, haishuOrg, {
      input: { awardId: id, deliveries: [{ position: 1, deliveredQuantity: 310 }, { position: 2, deliveredQuantity: 1200 }] },
    });
    expect(full.errors).toBeUndefined();
    const done = await charity.run(CLOSE, haishuOfficer, { id, outcome: 'COMPLETED', reason: '年度考核验收合格。' });
    expect(done.data!.closeSupportAward).toMatchObject({ status: 'COMPLETED', closingReason: '年度考核验收合格。' });
    expect(done.data!.closeSupportAward.closedAt).toEqual(expect.any(String));

    const afterwards = await charity.run(REPORT, haishuOrg, { input: { awardId: id, deliveries: [{ position: 1, deliveredQuantity: 400 }] } });
    expect(codes(afterwards)).toEqual(['INVALID_TRANSITION']);
    const twice = await charity.run(CLOSE, haishuOfficer, { id, outcome: 'TERMINATED', reason: '再次关闭' });
    expect(codes(twice)).toEqual(['INVALID_TRANSITION']);
  });

  it('another organisation, another county and the federation find no award that is not theirs', async () => {
    // Scenario: 北仑's organisation reports on 海曙's award; 北仑's officer and the federation try to close it.
    const awarded = await charity.run(RECORD, haishuOfficer, { input: purchase({ idempotencyKey: 'purchase-not-yours-1' }) });
    const id = awarded.data!.recordSupportAward.id;
    const report = await charity.run(REPORT, beilunOrg, { input: { awardId: id, deliveries: [{ position: 1, deliveredQuantity: 1 }] } });
    expect(codes(report)).toEqual(['NOT_FOUND']);
    for (const caller of [beilunOfficer, federation]) {
      const close = await charity.run(CLOSE, caller, { id, outcome: 'TERMINATED', reason: '终止' });
      expect(codes(close)).toEqual(['NOT_FOUND']);
      expect(close.errors![0]!.message).toBe(report.errors![0]!.message);
    }
    const [row] = await charity.db.select().from(supportAwards).where(eq(supportAwards.id, id));
    expect(row!.status).toBe('AWARDED');
  });

  it('the awarding county terminates an open award with a published reason', async () => {
    // Scenario: the organisation cannot continue; the officer terminates the purchase.
    const awarded = await charity.run(RECORD, haishuOfficer, { input: purchase({ idempotencyKey: 'purchase-terminate-1' }) });
    const result = await charity.run(CLOSE, haishuOfficer, { id: awarded.data!.recordSupportAward.id, outcome: 'TERMINATED', reason: '服务机构申请提前终止。' });
    expect(result.data!.closeSupportAward).toMatchObject({ status: 'TERMINATED', closingReason: '服务机构申请提前终止。' });
  });
});

describe('commendations (表彰)', () => {
  it('an individual is stored and published only as a masked display name', async () => {
    // Scenario: the federation commends the volunteer 欧阳明月; the database and the public see 欧***.
    const result = await charity.run(COMMEND, federation, {
      input: { title: '2026年度宁波市优秀慈善志愿者', honoreeKind: 'INDIVIDUAL', individualName: '欧阳明月', honoreeRole: 'VOLUNTEER', organizationId: HAISHU_ORG, citation: '常年参与入户探访。', awardedOn: today() },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.recordCommendation).toMatchObject({ level: 'CITY', awardingBody: '宁波市慈善总会', honoreeDisplayName: '欧***', honoreeRole: 'VOLUNTEER' });
    const stored = await charity.db.execute(sql`select row_to_json(c)::text as row from ${commendations} c`);
    const rows = JSON.stringify(Array.isArray(stored) ? stored : (stored as { rows: unknown[] }).rows);
    expect(rows).toContain('欧***');
    expect(rows).not.toContain('欧阳明月');
    const listed = JSON.stringify(await charity.run(`{ commendations(first: 100) { edges { node { honoreeDisplayName citation title } } } }`, publicCaller));
    expect(listed).toContain('欧***');
    expect(listed).not.toContain('欧阳明月');
  });

  it('a county officer commends organisations of the county at county level only', async () => {
    // Scenario: 海曙 commends its own charity federation, then tries a 北仑 organisation.
    const own = await charity.run(COMMEND, haishuOfficer, {
      input: { title: '海曙区优秀服务组织', honoreeKind: 'ORGANIZATION', organizationId: HAISHU_ORG, citation: '转介需求反馈及时。', awardedOn: today() },
    });
    expect(own.data!.recordCommendation).toMatchObject({ level: 'COUNTY', countyCode: '330203', awardingBody: '海曙区民政局', honoreeDisplayName: null });
    const other = await charity.run(COMMEND, haishuOfficer, {
      input: { title: '海曙区优秀服务组织', honoreeKind: 'ORGANIZATION', organizationId: BEILUN_ORG, citation: '转介需求反馈及时。', awardedOn: today() },
    });
    expect(codes(other)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses an ID number or a phone in place of a name, and personal data in the citation', async () => {
    // Scenario: an 18-digit ID number as the name, a name with digits, a phone in the citation, a future day.
    const base = { title: '优秀志愿者', honoreeKind: 'INDIVIDUAL', individualName: '张伟', honoreeRole: 'VOLUNTEER', citation: '热心公益。', awardedOn: today() };
    const cases: [Record<string, unknown>, string][] = [
      [{ individualName: '330203199001011234' }, 'individualName'],
      [{ individualName: '张伟13812345678' }, 'individualName'],
      [{ citation: '请联系13812345678' }, 'citation'],
      [{ awardedOn: '2999-01-01' }, 'awardedOn'],
      [{ honoreeRole: null }, 'honoreeRole'],
    ];
    const [before] = await charity.db.select({ n: count() }).from(commendations);
    for (const [overrides, field] of cases) {
      const result = await charity.run(COMMEND, federation, { input: { ...base, ...overrides } });
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0]!.extensions!.field).toBe(field);
      expect(JSON.stringify(result)).not.toContain('13812345678');
    }
    const [after] = await charity.db.select({ n: count() }).from(commendations);
    expect(after!.n).toBe(before!.n);
  });
});

describe('incentives and commendations in the public disclosure', () => {
  it('the public reads awards with deliverables, commendations and totals by kind, with no token', async () => {
    // Scenario: the anonymous caller reads everything the disclosure offers about incentives.
    const result = await charity.run(
      `{ supportAwards(first: 100) { edges { node { kind status amountFen awardingBody title deliverables { targetQuantity deliveredQuantity } organization { name } } } }
         commendations(first: 100) { edges { node { honoreeKind honoreeDisplayName level organization { name } } } }
         charityDisclosure { support { kind awardCount completedCount amountFen } commendationCount } }`,
      publicCaller,
    );
    expect(result.errors).toBeUndefined();
    const awards = result.data!.supportAwards.edges.map((e: { node: { kind: string; amountFen: number } }) => e.node);
    const byKind = Object.fromEntries(result.data!.charityDisclosure.support.map((t: { kind: string }) => [t.kind, t]));
    for (const kind of ['GOVERNMENT_PURCHASE', 'VENTURE_GRANT']) {
      const ofKind = awards.filter((a: { kind: string }) => a.kind === kind);
      expect(byKind[kind]).toMatchObject({ awardCount: ofKind.length, amountFen: ofKind.reduce((sum: number, a: { amountFen: number }) => sum + a.amountFen, 0) });
    }
    const individuals = result.data!.commendations.edges.filter((e: { node: { honoreeKind: string } }) => e.node.honoreeKind === 'INDIVIDUAL');
    expect(individuals.length).toBeGreaterThan(0);
    for (const { node } of individuals) expect(node.honoreeDisplayName).toMatch(/^\p{Script=Han}\*+$/u);
    expect(result.data!.charityDisclosure.commendationCount).toBe(result.data!.commendations.edges.length);
  });

  it('an organisation lists its own awards and commendations, and N organisations cost one statement each', async () => {
    // Scenario: the public lists every organisation with its awards, their deliverables and its commendations.
    charity.database.statements.reset();
    const result = await charity.run(
      `{ charityOrganizations(first: 100) { edges { node { id supportAwards { id deliverables { position } } commendations { id } } } } }`,
      publicCaller,
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.charityOrganizations.edges.map((e: { node: unknown }) => e.node);
    expect(nodes.length).toBe(12);
    // One for the organisations, one for all their awards, one for all deliverables, one for all commendations.
    expect(charity.database.statements.count).toBe(4);
  });
});
