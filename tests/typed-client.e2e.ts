import { readFileSync } from 'node:fs';
import { buildClientSchema, getIntrospectionQuery, printSchema, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '@aid/shared/demo/ids.js';
import { API_SCHEMA_FILE } from '../schema/api-schema.js';
import { createAidClient } from '../examples/web-client/src/client.js';
import { enumLabelsZhCN } from '../examples/web-client/src/enum-labels.zh-CN.js';
import { runExample } from '../examples/web-client/src/example.js';
import { HouseholdOverview, OfficerReferralDashboard, PublishedProjects, RunPreAidCheck } from '../examples/web-client/src/operations.js';
import { startStack, type Stack } from './support/stack.js';

let stack: Stack;
const HAISHU = '330203';
const HAISHU_HOUSEHOLD = demoId('household', 0); // household 0 of the demo seed lies in Haishu

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

describe('the example client (examples/web-client) against the gateway', () => {
  it('the public projects page runs without a token and gets typed published projects', async () => {
    // Scenario: a disclosure page (信息公开) in a browser, no login.
    const result = await createAidClient({ url: stack.gatewayUrl }).execute(PublishedProjects, { first: 5 });
    expect(result.errors).toEqual([]);
    const projects = result.data!.charityProjects.edges.map((edge) => edge.node);
    expect(projects.length).toBeGreaterThan(0);
    for (const project of projects) {
      expect(project.status).toBe('PUBLISHED');
      expect(Number.isInteger(project.raisedFen) && Number.isInteger(project.disbursedFen)).toBe(true);
      expect(enumLabelsZhCN.Programme[project.programme]).toMatch(/^善/);
      expect(typeof project.organization.name).toBe('string');
    }
  });

  it("an officer's dashboard lists referrals of their county, each enum value with a zh-CN label", async () => {
    // Scenario: a county officer opens the referral dashboard (转介看板) with their token.
    const client = createAidClient({ url: stack.gatewayUrl, token: () => stack.token('civil_officer', { region: HAISHU }) });
    const result = await client.execute(OfficerReferralDashboard, { first: 10 });
    expect(result.errors).toEqual([]);
    const referrals = result.data!.referrals.edges.map((edge) => edge.node);
    expect(referrals.length).toBeGreaterThan(0);
    for (const referral of referrals) {
      expect(enumLabelsZhCN.ReferralStatus[referral.status]).toBeTruthy();
      expect(enumLabelsZhCN.NeedSubType[referral.need.subType]).toBeTruthy();
      expect(referral.household?.id).toMatch(/^[0-9a-f-]{36}$/);
    }
    // Paging is typed too: the cursor goes back as `after`.
    if (result.data!.referrals.pageInfo.hasNextPage) {
      const next = await client.execute(OfficerReferralDashboard, { first: 10, after: result.data!.referrals.pageInfo.endCursor });
      expect(next.data!.referrals.edges.map((e) => e.node.id)).not.toContain(referrals[0]!.id);
    }
  });

  it("a household's page and its pre-aid check come back typed, joined across the three subgraphs", async () => {
    // Scenario: the officer opens a household of their county, then runs the pre-aid check (救前查询) for 善医.
    const client = createAidClient({ url: stack.gatewayUrl, token: await stack.token('civil_officer', { region: HAISHU }) });
    const page = await client.execute(HouseholdOverview, { id: HAISHU_HOUSEHOLD });
    expect(page.errors).toEqual([]);
    const household = page.data!.household!;
    expect(household.id).toBe(HAISHU_HOUSEHOLD);
    expect(household.members.length).toBeGreaterThan(0);
    for (const member of household.members) expect(member.maskedName).toContain('*');

    const check = await client.execute(RunPreAidCheck, { householdId: HAISHU_HOUSEHOLD, programme: 'MEDICAL', windowStart: '2024-01-01', windowEnd: '2024-12-31' });
    expect(check.errors).toEqual([]);
    const verdict = check.data!.runPreAidCheck;
    expect(verdict.programme).toBe('MEDICAL');
    expect(Object.keys(enumLabelsZhCN.PreAidVerdict)).toContain(verdict.verdict);
    expect(Array.isArray(verdict.charityAid) && Array.isArray(verdict.servicesReceived)).toBe(true);
    expect(verdict.capFen).toBeGreaterThan(0);
  });

  it('errors come back with their documented code: a bad token, a record out of scope, a bad date', async () => {
    // Scenario: an expired session; an officer of another county opening the household and checking it; a typo.
    const badToken = await createAidClient({ url: stack.gatewayUrl, token: 'not-a-jwt' }).execute(HouseholdOverview, { id: HAISHU_HOUSEHOLD });
    expect(badToken.status).toBe(401);
    expect(badToken.data).toBeNull();
    expect(badToken.errors.map((e) => [e.code, e.retry])).toEqual([['UNAUTHENTICATED', false]]);

    const elsewhere = createAidClient({ url: stack.gatewayUrl, token: await stack.token('civil_officer', { region: '330205' }) });
    // A read out of scope is an absent record (null), as a missing one would be.
    const page = await elsewhere.execute(HouseholdOverview, { id: HAISHU_HOUSEHOLD });
    expect(page.data).toEqual({ household: null });
    const check = { householdId: HAISHU_HOUSEHOLD, programme: 'MEDICAL', windowStart: '2024-01-01', windowEnd: '2024-12-31' } as const;
    const outOfScope = await elsewhere.execute(RunPreAidCheck, check);
    expect(outOfScope.data).toBeNull();
    expect(outOfScope.errors.map((e) => [e.code, e.retry])).toEqual([['NOT_FOUND', false]]);

    const officer = createAidClient({ url: stack.gatewayUrl, token: await stack.token('civil_officer', { region: HAISHU }) });
    const badDate = await officer.execute(RunPreAidCheck, { ...check, windowStart: '2024-02-30' });
    expect(badDate.errors.map((e) => [e.code, e.extensions.field])).toEqual([['BAD_USER_INPUT', 'windowStart']]);
  });

  it('the example prints every page with zh-CN labels and yuan amounts', async () => {
    // Scenario: `npx tsx examples/web-client/src/main.ts --token ...` as a frontend engineer runs it.
    const lines: string[] = [];
    const results = await runExample({ url: stack.gatewayUrl, token: await stack.token('civil_officer', { region: HAISHU }), print: (line) => lines.push(line) });
    const text = lines.join('\n');
    expect(text).toContain('Published projects (信息公开)');
    expect(text).toContain('Referrals of my county (转介看板)');
    expect(text).toMatch(/verdict: (无同类帮扶|同类帮扶进行中|已达帮扶上限)/);
    expect(text).toMatch(/¥[\d,]+\.\d\d/);
    expect(text).not.toMatch(/! [A-Z_]+/); // no errors on the way
    expect(results.check?.data?.runPreAidCheck.id).toBeTruthy();
  });

  it("the gateway's introspection is exactly schema/api.graphql, the schema the client is generated from", async () => {
    // Scenario: a frontend team points codegen at a development gateway (no token needed) instead of the committed file.
    const result = await stack.query<IntrospectionQuery>(getIntrospectionQuery({ descriptions: true }));
    expect(result.errors).toBeUndefined();
    expect(`${printSchema(buildClientSchema(result.data!))}\n`).toBe(readFileSync(API_SCHEMA_FILE, 'utf8'));
  });
});
