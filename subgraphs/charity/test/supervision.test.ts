import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq, isNotNull } from 'drizzle-orm';
import { demoId } from '@aid/shared/demo/ids.js';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { supervisionVisits } from '../src/db/schema.js';
import { today } from '../src/validation.js';
import { codes, startSubgraph, type TestSubgraph } from './harness.js';

// Organisation 0 runs the 海曙区 (330203) projects; organisation 2 runs 北仑区 (330206) ones, one under review.
const HAISHU_PROJECT = demoId('charity-project', '0-MEDICAL-0');
const BEILUN_PROJECT = demoId('charity-project', '2-MEDICAL-0');
const UNDER_REVIEW = demoId('charity-project', '2-MEDICAL-1');
const haishuOfficer = claimsFor('civil_officer', { region: '330203' });
const beilunOfficer = claimsFor('civil_officer', { region: '330206' });
const federation = claimsFor('charity_federation');
const haishuOrg = claimsFor('charity_org', { org: demoId('organization', 0) });
const beilunOrg = claimsFor('charity_org', { org: demoId('organization', 2) });
const publicCaller = claimsFor('public');

const VISIT = `id supervisor visitedOn rating findings summary followUpAction followUpDueOn followUpStatus followUpOverdue followUpReport publishedAt project { id }`;
const RECORD = `mutation($input: RecordSupervisionVisitInput!) { recordSupervisionVisit(input: $input) { ${VISIT} } }`;
const REPORT = `mutation($id: ID!, $report: String!) { reportSupervisionFollowUp(visitId: $id, report: $report) { ${VISIT} } }`;
const PUBLISH = `mutation($id: ID!) { publishSupervisionResult(visitId: $id) { ${VISIT} } }`;
const VISITS_OF = `query($id: ID!) { charityProject(id: $id) { supervisionVisits { id rating publishedAt } } }`;
const visit = (overrides: Record<string, unknown> = {}) => ({
  projectId: HAISHU_PROJECT,
  visitedOn: today(),
  rating: 'ADEQUATE',
  findings: ['RECORDS_INCOMPLETE'],
  summary: '救助对象签收单不全。',
  followUpAction: '补齐签收单并完善台账',
  followUpDueOn: `${Number(today().slice(0, 4)) + 1}-01-31`,
  ...overrides,
});

let charity: TestSubgraph;
beforeAll(async () => {
  charity = await startSubgraph();
});
afterAll(async () => charity?.stop());

describe('supervision visits (专业督导)', () => {
  it('visit → follow-up reported by the organisation → result published, visible to the public only then', async () => {
    // Scenario: the 海曙 officer visits a 海曙 project; the public sees nothing until the result is published.
    const recorded = await charity.run(RECORD, haishuOfficer, { input: visit() });
    expect(recorded.errors).toBeUndefined();
    const id = recorded.data!.recordSupervisionVisit.id;
    expect(recorded.data!.recordSupervisionVisit).toMatchObject({ supervisor: '海曙区民政局', followUpStatus: 'OPEN', followUpOverdue: false, publishedAt: null });

    const before = await charity.run(VISITS_OF, publicCaller, { id: HAISHU_PROJECT });
    expect(before.data!.charityProject.supervisionVisits.map((v: { id: string }) => v.id)).not.toContain(id);
    const owner = await charity.run(VISITS_OF, haishuOrg, { id: HAISHU_PROJECT });
    expect(owner.data!.charityProject.supervisionVisits.map((v: { id: string }) => v.id)).toContain(id);

    const reported = await charity.run(REPORT, haishuOrg, { id, report: '已补齐全部签收单。' });
    expect(reported.data!.reportSupervisionFollowUp).toMatchObject({ followUpStatus: 'DONE', followUpReport: '已补齐全部签收单。' });
    const again = await charity.run(REPORT, haishuOrg, { id, report: '再次报告' });
    expect(codes(again)).toEqual(['INVALID_TRANSITION']);

    const published = await charity.run(PUBLISH, haishuOfficer, { id });
    expect(published.data!.publishSupervisionResult.publishedAt).toEqual(expect.any(String));
    const after = await charity.run(VISITS_OF, publicCaller, { id: HAISHU_PROJECT });
    expect(after.data!.charityProject.supervisionVisits.map((v: { id: string }) => v.id)).toContain(id);
    expect(codes(await charity.run(PUBLISH, haishuOfficer, { id }))).toEqual(['INVALID_TRANSITION']);
  });

  it('a county supervises only its own projects, and nobody supervises a project under review', async () => {
    // Scenario: the 海曙 officer visits a 北仑 project; the federation visits a project under review.
    const [before] = await charity.db.select({ n: count() }).from(supervisionVisits);
    const elsewhere = await charity.run(RECORD, haishuOfficer, { input: visit({ projectId: BEILUN_PROJECT }) });
    expect(codes(elsewhere)).toEqual(['NOT_FOUND']);
    const review = await charity.run(RECORD, federation, { input: visit({ projectId: UNDER_REVIEW }) });
    expect(codes(review)).toEqual(['NOT_FOUND']);
    expect(review.errors![0]!.message).toBe(elsewhere.errors![0]!.message);
    const [after] = await charity.db.select({ n: count() }).from(supervisionVisits);
    expect(after!.n).toBe(before!.n);
    const federationVisit = await charity.run(RECORD, federation, { input: visit({ projectId: BEILUN_PROJECT, rating: 'GOOD', followUpAction: null, followUpDueOn: null }) });
    expect(federationVisit.data!.recordSupervisionVisit).toMatchObject({ supervisor: '宁波市慈善总会', followUpStatus: 'NONE' });
  });

  it('only the project\'s organisation reports follow-ups, only the supervising side publishes', async () => {
    // Scenario: 北仑's organisation reports on a 海曙 visit; 北仑's officer and the federation try to publish it.
    const recorded = await charity.run(RECORD, haishuOfficer, { input: visit() });
    const id = recorded.data!.recordSupervisionVisit.id;
    expect(codes(await charity.run(REPORT, beilunOrg, { id, report: '不是我们的项目' }))).toEqual(['NOT_FOUND']);
    expect(codes(await charity.run(PUBLISH, beilunOfficer, { id }))).toEqual(['NOT_FOUND']);
    expect(codes(await charity.run(PUBLISH, federation, { id }))).toEqual(['NOT_FOUND']);
    // Unpublished, the visit stays out of other sides' and the public's view.
    const beilun = await charity.run(VISITS_OF, beilunOfficer, { id: HAISHU_PROJECT });
    expect(beilun.data!.charityProject.supervisionVisits.map((v: { id: string }) => v.id)).not.toContain(id);
    const [row] = await charity.db.select().from(supervisionVisits).where(eq(supervisionVisits.id, id));
    expect([row!.followUpStatus, row!.publishedAt]).toEqual(['OPEN', null]);
  });

  it('bad input is refused with the field named and writes nothing', async () => {
    // Scenario: a POOR rating without follow-up, a follow-up without a due day, a phone in the summary, no findings,
    // a future visit, a due day before the visit.
    const cases: [Record<string, unknown>, string][] = [
      [{ rating: 'POOR', followUpAction: null, followUpDueOn: null }, 'followUpAction'],
      [{ followUpDueOn: null }, 'followUpDueOn'],
      [{ summary: '家属电话 13812345678' }, 'summary'],
      [{ findings: [] }, 'findings'],
      [{ visitedOn: '2999-01-01' }, 'visitedOn'],
      [{ followUpDueOn: '2020-01-01' }, 'followUpDueOn'],
    ];
    const [before] = await charity.db.select({ n: count() }).from(supervisionVisits);
    for (const [overrides, field] of cases) {
      const result = await charity.run(RECORD, federation, { input: visit(overrides) });
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0]!.extensions!.field).toBe(field);
    }
    const [after] = await charity.db.select({ n: count() }).from(supervisionVisits);
    expect(after!.n).toBe(before!.n);
  });

  it('the public disclosure counts published results by rating, and the seeded overdue follow-up shows as overdue', async () => {
    // Scenario: the anonymous caller reads the disclosure; the 鄞州 county reads its unpublished POOR visit.
    const disclosure = await charity.run(`{ charityDisclosure { supervisionResults { rating visits } } }`, publicCaller);
    const published = await charity.db.select({ rating: supervisionVisits.rating }).from(supervisionVisits).where(isNotNull(supervisionVisits.publishedAt));
    const expected = new Map<string, number>();
    for (const { rating } of published) expected.set(rating, (expected.get(rating) ?? 0) + 1);
    const shown = new Map(disclosure.data!.charityDisclosure.supervisionResults.map((r: { rating: string; visits: number }) => [r.rating, r.visits]));
    expect(shown).toEqual(expected);
    expect(JSON.stringify(disclosure)).not.toContain('POOR');
    const yinzhou = await charity.run(`query($id: ID!) { charityProject(id: $id) { supervisionVisits { rating followUpOverdue } } }`, claimsFor('civil_officer', { region: '330212' }), {
      id: demoId('charity-project', '4-ELDERLY_CARE-0'),
    });
    expect(yinzhou.data!.charityProject.supervisionVisits).toEqual([{ rating: 'POOR', followUpOverdue: true }]);
  });
});
