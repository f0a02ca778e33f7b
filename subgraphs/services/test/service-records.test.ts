import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReferrals } from '@aid/shared/demo/referrals.js';
import { demoId } from '@aid/shared/demo/ids.js';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { feedback, serviceRecords } from '../src/db/schema.js';
import { counsellorOf, DEV_PROFESSIONAL_SUBJECT, professionalId, socialWorkerOf } from '../src/seed.js';
import { codes, startSubgraph, type TestSubgraph } from './harness.js';

let services: TestSubgraph;

// Demo referral 25 (IN_PROGRESS) is held by organisation 1 and assigned to its social worker.
const referral = demoReferrals()[25]!;
const socialWorker = claimsFor('professional', { sub: `demo-professional-${socialWorkerOf(1)}` });
const strangerProfessional = claimsFor('professional', { sub: `demo-professional-${socialWorkerOf(7)}` });
const organization = (k: number) => claimsFor('charity_org', { org: demoId('organization', k) });

const RECORD = `mutation($input: RecordServiceInput!) { recordService(input: $input) { id hours programme serviceType notes professional { id } organization { id } } }`;
const READ = `query($id: ID!) { serviceRecord(id: $id) { id notes } }`;

const visit = (overrides: Record<string, unknown> = {}) => ({
  referralId: referral.id,
  householdId: referral.householdId,
  programme: referral.programme,
  serviceType: 'RESOURCE_LINKING',
  performer: { professionalId: professionalId(socialWorkerOf(1)) },
  startedAt: '2025-05-06T14:00:00+08:00',
  endedAt: '2025-05-06T16:00:00+08:00',
  hours: 1.5,
  outcome: 'PARTLY_HELPED',
  notes: '链接社区资源，约定两周后回访。',
  ...overrides,
});

async function recordCount(): Promise<number> {
  return (await services.database.db.select({ id: serviceRecords.id }).from(serviceRecords)).length;
}

beforeAll(async () => {
  services = await startSubgraph();
});
afterAll(async () => {
  await services?.stop();
});

describe('service records', () => {
  it('the assigned social worker records a visit and reads it back with notes', async () => {
    // Scenario: after a home visit the social worker records what was done.
    const result = await services.run(RECORD, socialWorker, { input: visit() });
    expect(result.errors).toBeUndefined();
    expect(result.data!.recordService).toMatchObject({
      hours: 1.5,
      notes: '链接社区资源，约定两周后回访。',
      professional: { id: professionalId(socialWorkerOf(1)) },
      organization: { id: demoId('organization', 1) },
    });
  });

  it('row level: the federation sees the record without notes, another organisation\'s professional not at all', async () => {
    // Scenario: three callers ask for the same record by id.
    const recorded = await services.run(RECORD, socialWorker, { input: visit({ startedAt: '2025-05-08T09:00:00+08:00', endedAt: '2025-05-08T10:00:00+08:00', hours: 1 }) });
    const id = recorded.data!.recordService.id;
    const federation = await services.run(READ, claimsFor('charity_federation'), { id });
    expect(federation.data!.serviceRecord).toEqual({ id, notes: null });
    const stranger = await services.run(READ, strangerProfessional, { id });
    expect(stranger.data!.serviceRecord).toBeNull();
    expect(stranger.errors).toBeUndefined();
    const ownOrg = await services.run(READ, organization(1), { id });
    expect(ownOrg.data!.serviceRecord.notes).toContain('链接社区资源');
    const otherOrg = await services.run(READ, organization(2), { id });
    expect(otherOrg.data!.serviceRecord).toBeNull();
  });

  it('a county officer lists only services delivered in their county', async () => {
    // Scenario: a Beilun officer pages through service records: the demo cases are all Haishu's.
    const beilun = await services.run(`{ serviceRecords(first: 50) { edges { node { id } } } }`, claimsFor('civil_officer', { region: '330206' }));
    expect(beilun.data!.serviceRecords.edges).toEqual([]);
    const haishu = await services.run(`{ serviceRecords(first: 50) { edges { node { id } } pageInfo { hasNextPage } } }`, claimsFor('civil_officer', { region: '330203' }));
    expect(haishu.data!.serviceRecords.edges.length).toBe(50);
    expect(haishu.data!.serviceRecords.pageInfo.hasNextPage).toBe(true);
  });

  it('a professional cannot record for a case not assigned to them, and nothing is written', async () => {
    // Scenario: organisation 0's counsellor (the dev professional) tries to log a visit on organisation 1's case.
    const before = await recordCount();
    const result = await services.run(RECORD, claimsFor('professional', { sub: DEV_PROFESSIONAL_SUBJECT }), {
      input: visit({ performer: { professionalId: professionalId(counsellorOf(0)) } }),
    });
    expect(codes(result)).toEqual(['NOT_FOUND']);
    expect(await recordCount()).toBe(before);
  });

  it('bad input is refused with a message naming the field, and nothing is written', async () => {
    // Scenario: a service type the programme does not deliver, hours longer than the visit, an end in the future.
    const before = await recordCount();
    const cases: [Record<string, unknown>, string][] = [
      [{ serviceType: 'HOTLINE' }, 'serviceType'],
      [{ hours: 3 }, 'hours'],
      [{ endedAt: '2099-01-01T00:00:00+08:00' }, 'endedAt'],
      [{ startedAt: '2025-05-06' }, 'startedAt'],
      [{ performer: { professionalId: professionalId(socialWorkerOf(1)), teamId: demoId('volunteer-team', 0) } }, 'performer'],
      [{ householdId: demoId('household', 1) }, 'householdId'],
    ];
    for (const [overrides, field] of cases) {
      const result = await services.run(RECORD, socialWorker, { input: visit(overrides) });
      expect(codes(result), field).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0]!.extensions!.field).toBe(field);
    }
    expect(await recordCount()).toBe(before);
  });

  it('feedback on a completed referral is recorded once per respondent type; a second one is a CONFLICT', async () => {
    // Scenario: on completed referral 37 (organisation 1's psychological case), the counsellor assigned to it
    // records their own feedback twice by mistake.
    const counsellor = claimsFor('professional', { sub: `demo-professional-${counsellorOf(1)}` });
    const completed = demoReferrals()[37]!;
    expect(completed.status).toBe('COMPLETED');
    const input = { referralId: completed.id, householdId: completed.householdId, respondentType: 'PROFESSIONAL', satisfaction: 5, needMet: true };
    const mutation = `mutation($input: RecordFeedbackInput!) { recordFeedback(input: $input) { satisfaction needMet respondentType } }`;
    const first = await services.run(mutation, counsellor, { input });
    expect(first.data!.recordFeedback).toEqual({ satisfaction: 5, needMet: true, respondentType: 'PROFESSIONAL' });
    const second = await services.run(mutation, counsellor, { input: { ...input, satisfaction: 2 } });
    expect(codes(second)).toEqual(['CONFLICT']);
    const asOfficer = await services.run(mutation, counsellor, { input: { ...input, respondentType: 'CIVIL_AFFAIRS_WORKER' } });
    expect(codes(asOfficer)).toEqual(['FORBIDDEN']);
    const rows = (await services.database.db.select().from(feedback)).filter((f) => f.referralId === completed.id && f.respondentType === 'PROFESSIONAL');
    expect(rows).toHaveLength(1);
    const read = await services.run(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Referral { feedback { respondentType satisfaction } } } }`,
      claimsFor('civil_officer', { region: '330203' }),
      { r: [{ __typename: 'Referral', id: completed.id }] },
    );
    expect(read.data!._entities[0].feedback).toContainEqual({ respondentType: 'PROFESSIONAL', satisfaction: 5 });
  });

  it('an organisation assigns a case to its own professional, who then sees the case; not to another\'s', async () => {
    // Scenario: organisation 1 adds its counsellor to the case, then tries to assign organisation 2's professional.
    const assign = `mutation($input: AssignCaseInput!) { assignCase(input: $input) { referral { id } professional { id } } }`;
    const input = { professionalId: professionalId(counsellorOf(1)), referralId: referral.id, householdId: referral.householdId };
    const ok = await services.run(assign, organization(1), { input });
    expect(ok.errors).toBeUndefined();
    const counsellor = claimsFor('professional', { sub: `demo-professional-${counsellorOf(1)}` });
    const cases = await services.run(`{ myProfessionalProfile { assignedCases { referral { id } } } }`, counsellor);
    expect(cases.data!.myProfessionalProfile.assignedCases.map((c: any) => c.referral.id)).toContain(referral.id);
    expect(codes(await services.run(assign, organization(1), { input }))).toEqual(['CONFLICT']);
    const foreign = await services.run(assign, organization(1), { input: { ...input, professionalId: professionalId(socialWorkerOf(2)) } });
    expect(codes(foreign)).toEqual(['NOT_FOUND']);
  });

  it('a volunteer\'s link to a recovered household is readable only by civil staff with household rights', async () => {
    // Scenario: a town worker links a volunteer to the household they came from (助人自助); others look.
    // Households 50 and 100 lie in the worker's town 330203001 (the town of their referrals).
    const link = `mutation($v: ID!, $h: ID!) { linkVolunteerToHousehold(volunteerId: $v, householdId: $h) { id } }`;
    const v = demoId('volunteer', 2);
    const h = demoId('household', 50);
    const linked = await services.run(link, claimsFor('town_worker', { region: '330203001' }), { v, h });
    expect(linked.errors).toBeUndefined();
    const read = `query($id: ID!) { volunteer(id: $id) { recoveredHousehold { id } } }`;
    const federation = await services.run(read, claimsFor('charity_federation'), { id: v });
    expect(federation.data!.volunteer.recoveredHousehold).toBeNull();
    expect(codes(federation)).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
    const officer = await services.run(read, claimsFor('civil_officer', { region: '330203' }), { id: v });
    expect(officer.data!.volunteer.recoveredHousehold).toEqual({ id: h });
    const relink = await services.run(link, claimsFor('town_worker', { region: '330203001' }), { v, h: demoId('household', 100) });
    expect(codes(relink)).toEqual(['CONFLICT']);
  });
});
