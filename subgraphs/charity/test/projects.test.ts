import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { demoId } from '@aid/shared/demo/ids.js';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { projects, projectTransitions } from '../src/db/schema.js';
import { today } from '../src/validation.js';
import { codes, startSubgraph, type TestSubgraph } from './harness.js';

// Organisation 0 (海曙区慈善总会) holds public-fundraising and certified-charity qualifications in the seed;
// organisation 4 holds none.
const ORG = demoId('organization', 0);
const UNQUALIFIED_ORG = demoId('organization', 4);
const org = claimsFor('charity_org', { org: ORG });
const federation = claimsFor('charity_federation');

const plan = (overrides: Record<string, unknown> = {}) => ({
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

const PROJECT_FIELDS = 'id status version rejectionReason reviewHistory { action fromStatus toStatus actor reason }';
const create = `mutation($input: CharityProjectInput!) { createCharityProject(input: $input) { ${PROJECT_FIELDS} } }`;
const step = (name: string, withReason = false) =>
  `mutation($id: ID!${withReason ? ', $reason: String!' : ''}) { ${name}(id: $id${withReason ? ', reason: $reason' : ''}) { ${PROJECT_FIELDS} } }`;
const submit = step('submitCharityProject');
const approve = step('approveCharityProject');
const reject = step('rejectCharityProject', true);
const close = step('closeCharityProject', true);

let charity: TestSubgraph;
beforeAll(async () => {
  charity = await startSubgraph();
});
afterAll(async () => charity?.stop());

async function newDraft(overrides: Record<string, unknown> = {}, claims = org): Promise<string> {
  const result = await charity.run(create, claims, { input: plan(overrides) });
  expect(result.errors).toBeUndefined();
  return result.data!.createCharityProject.id;
}

/** The stored state of a project and how many transitions it has, to prove that nothing was written. */
async function snapshot(id: string) {
  const [row] = await charity.db.select().from(projects).where(eq(projects.id, id));
  const [transitions] = await charity.db.select({ n: count() }).from(projectTransitions).where(eq(projectTransitions.projectId, id));
  return { status: row!.status, version: row!.version, updatedAt: row!.updatedAt.toISOString(), transitions: transitions!.n };
}

describe('the project review flow', () => {
  it('walks DRAFT → UNDER_REVIEW → PUBLISHED → CLOSED, recording each step with its actor', async () => {
    // Scenario: the organisation submits, the federation approves, the organisation closes with a reason.
    const id = await newDraft();
    expect((await charity.run(submit, org, { id })).data!.submitCharityProject.status).toBe('UNDER_REVIEW');
    const approved = await charity.run(approve, federation, { id });
    expect(approved.data!.approveCharityProject.status).toBe('PUBLISHED');
    const closed = await charity.run(close, org, { id, reason: '项目周期结束' });
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.closeCharityProject.status).toBe('CLOSED');
    expect(closed.data!.closeCharityProject.version).toBe(4);
    expect(closed.data!.closeCharityProject.reviewHistory).toEqual([
      { action: 'CREATE', fromStatus: null, toStatus: 'DRAFT', actor: 'test-charity_org', reason: null },
      { action: 'SUBMIT', fromStatus: 'DRAFT', toStatus: 'UNDER_REVIEW', actor: 'test-charity_org', reason: null },
      { action: 'APPROVE', fromStatus: 'UNDER_REVIEW', toStatus: 'PUBLISHED', actor: 'test-charity_federation', reason: null },
      { action: 'CLOSE', fromStatus: 'PUBLISHED', toStatus: 'CLOSED', actor: 'test-charity_org', reason: '项目周期结束' },
    ]);
  });

  it('a rejection sends the project back to DRAFT with the reason the organisation sees', async () => {
    // Scenario: the federation rejects with a reason; the organisation edits and resubmits; approval clears it.
    const id = await newDraft();
    await charity.run(submit, org, { id });
    const rejected = await charity.run(reject, federation, { id, reason: '请补充资金使用明细' });
    expect(rejected.data!.rejectCharityProject).toMatchObject({ status: 'DRAFT', rejectionReason: '请补充资金使用明细' });
    const edited = await charity.run(
      `mutation($id: ID!, $v: Int!, $input: CharityProjectInput!) { updateCharityProject(id: $id, expectedVersion: $v, input: $input) { version plan { useOfFunds } } }`,
      org,
      { id, v: rejected.data!.rejectCharityProject.version, input: plan({ useOfFunds: '医疗费用补助 80%，康复护理 20%' }) },
    );
    expect(edited.errors).toBeUndefined();
    await charity.run(submit, org, { id });
    const approved = await charity.run(approve, federation, { id });
    expect(approved.data!.approveCharityProject).toMatchObject({ status: 'PUBLISHED', rejectionReason: null });
  });

  it('illegal transitions are refused with INVALID_TRANSITION and write nothing', async () => {
    // Scenario: approving a draft, closing a draft, submitting twice, rejecting a published project, approving a closed one.
    const draft = await newDraft();
    const before = await snapshot(draft);
    for (const [mutation, claims, variables] of [
      [approve, federation, { id: draft }],
      [close, org, { id: draft, reason: '不再需要' }],
      [reject, federation, { id: draft, reason: '材料不全' }],
    ] as const) {
      const result = await charity.run(mutation, claims, variables);
      expect(codes(result)).toEqual(['INVALID_TRANSITION']);
    }
    expect(await snapshot(draft)).toEqual(before);

    await charity.run(submit, org, { id: draft });
    const underReview = await snapshot(draft);
    expect(codes(await charity.run(submit, org, { id: draft }))).toEqual(['INVALID_TRANSITION']);
    expect(await snapshot(draft)).toEqual(underReview);

    await charity.run(approve, federation, { id: draft });
    const published = await snapshot(draft);
    expect(codes(await charity.run(reject, federation, { id: draft, reason: '晚了' }))).toEqual(['INVALID_TRANSITION']);
    expect(codes(await charity.run(submit, org, { id: draft }))).toEqual(['INVALID_TRANSITION']);
    expect(await snapshot(draft)).toEqual(published);

    await charity.run(close, org, { id: draft, reason: '结项' });
    const closed = await snapshot(draft);
    expect(codes(await charity.run(approve, federation, { id: draft }))).toEqual(['INVALID_TRANSITION']);
    expect(codes(await charity.run(close, federation, { id: draft, reason: '再次结项' }))).toEqual(['INVALID_TRANSITION']);
    expect(await snapshot(draft)).toEqual(closed);
  });

  it('only the federation reviews: an organisation approving its own project is refused at the field', async () => {
    // Scenario: @policy(charity_federation) on approveCharityProject; the project stays UNDER_REVIEW.
    const id = await newDraft();
    await charity.run(submit, org, { id });
    const before = await snapshot(id);
    const result = await charity.run(approve, org, { id });
    expect(codes(result)).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
    expect(await snapshot(id)).toEqual(before);
  });

  it('public fundraising needs the qualification and a filing number before review', async () => {
    // Scenario: an organisation without a public-fundraising qualification, and a plan without a filing number.
    const unqualified = claimsFor('charity_org', { org: UNQUALIFIED_ORG });
    const id = await newDraft({ programme: 'HOUSING', regionCode: '330212004' }, unqualified);
    const refused = await charity.run(submit, unqualified, { id });
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors![0]!.message).toMatch(/public-fundraising qualification/);
    expect((await snapshot(id)).status).toBe('DRAFT');

    const noFiling = await newDraft({ filingNumber: null });
    const missing = await charity.run(submit, org, { id: noFiling });
    expect(codes(missing)).toEqual(['BAD_USER_INPUT']);
    expect(missing.errors![0]!.extensions!.field).toBe('filingNumber');
  });

  it('a stale edit gets CONFLICT instead of overwriting', async () => {
    // Scenario: two editors read version 1; the second save names version 1 after the first made it 2.
    const id = await newDraft();
    const update = `mutation($id: ID!, $v: Int!, $input: CharityProjectInput!) { updateCharityProject(id: $id, expectedVersion: $v, input: $input) { version } }`;
    expect((await charity.run(update, org, { id, v: 1, input: plan({ name: '第一次修改' }) })).data!.updateCharityProject.version).toBe(2);
    expect(codes(await charity.run(update, org, { id, v: 1, input: plan({ name: '第二次修改' }) }))).toEqual(['CONFLICT']);
  });

  it('drafts are visible to their organisation and the federation only; not found looks the same as not allowed', async () => {
    // Scenario: another organisation and the public ask for a draft by id and get null without an error.
    const id = await newDraft();
    const query = `query($id: ID!) { charityProject(id: $id) { id status } }`;
    expect((await charity.run(query, org, { id })).data!.charityProject.status).toBe('DRAFT');
    expect((await charity.run(query, federation, { id })).data!.charityProject.status).toBe('DRAFT');
    const other = await charity.run(query, claimsFor('charity_org', { org: UNQUALIFIED_ORG }), { id });
    expect(other).toEqual({ data: { charityProject: null } });
    expect(await charity.run(query, claimsFor('public'), { id })).toEqual({ data: { charityProject: null } });
  });

  it('the plan is validated field by field', async () => {
    // Scenario: a period that ends before it starts, a region outside Ningbo, a programme the organisation does not serve.
    const unqualified = claimsFor('charity_org', { org: UNQUALIFIED_ORG });
    const period = await charity.run(create, org, { input: plan({ periodStart: '2027-05-01', periodEnd: '2027-04-01' }) });
    expect(period.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'periodEnd' });
    const region = await charity.run(create, org, { input: plan({ regionCode: '110101' }) });
    expect(region.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regionCode' });
    const programme = await charity.run(create, unqualified, { input: plan({ programme: 'MEDICAL', regionCode: '330212' }) });
    expect(programme.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'programme' });
  });
});
