import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { demoId } from '@aid/shared/demo/ids.js';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { projects } from '../src/db/schema.js';
import { today } from '../src/validation.js';
import { codes, startSubgraph, type TestSubgraph } from './harness.js';

// A project's name, purpose and use of funds are disclosed to the public: no recipient's ID number, phone
// or e-mail may be in them, however the number is split.
const org = claimsFor('charity_org', { org: demoId('organization', 0) });
const create = `mutation($input: CharityProjectInput!) { createCharityProject(input: $input) { id } }`;
const plan = (overrides: Record<string, unknown>) => ({
  name: '海曙区大病医疗救助2027',
  programme: 'MEDICAL',
  fundraisingMode: 'PUBLIC',
  purpose: '帮助大病患者家庭减轻医疗负担',
  periodStart: today(),
  periodEnd: today(new Date(Date.now() + 200 * 86_400_000)),
  regionCode: '330203',
  responsiblePerson: '周慧敏',
  useOfFunds: '医保报销后个人自付部分的补助',
  filingNumber: '53330203MJ8345617X2027001',
  targetFen: 50_000_000,
  ...overrides,
});

let charity: TestSubgraph;
beforeAll(async () => {
  charity = await startSubgraph();
});
afterAll(async () => charity?.stop());

const projectCount = async () => (await charity.db.select({ n: count() }).from(projects))[0]!.n;

describe('public texts of a project', () => {
  it.each([
    ['purpose', '资助王某家庭，联系 138 0013 8000'],
    ['purpose', '受助人身份证 330203 19850101 0015'],
    ['useOfFunds', '直接转给 lisi@example.com 的账户'],
    ['name', '３３０２０３１９８５０１０１００１Ｘ专项'],
  ])('refuse %s carrying personal data, and write nothing', async (field, value) => {
    // Scenario: an organisation puts a recipient's phone, ID number or e-mail into a published text.
    const before = await projectCount();
    const result = await charity.run(create, org, { input: plan({ [field]: value }) });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(result.errors)).not.toContain('8000');
    expect(await projectCount()).toBe(before);
  });

  it('accept ordinary wording with amounts and years', async () => {
    // Scenario: a purpose that names money and a year is fine.
    const result = await charity.run(create, org, { input: plan({ purpose: '2027年资助 30 户大病家庭，每户 5,000 元' }) });
    expect(result.errors).toBeUndefined();
  });
});
