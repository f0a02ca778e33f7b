import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq, isNull, and } from 'drizzle-orm';
import { demoReferrals } from '@aid/shared/demo/referrals.js';
import { demoId } from '@aid/shared/demo/ids.js';
import type { ReferralFeedEvent } from '@aid/shared/referral-feed/contract.js';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { caseAssignments, consortia, professionals, psychFiles } from '../src/db/schema.js';
import { applyReferralEvents } from '../src/referral-sync.js';
import { consortiumId, counsellorOf, DEV_PROFESSIONAL_SUBJECT, professionalId, socialWorkerOf } from '../src/seed.js';
import { codes, startSubgraph, type TestSubgraph } from './harness.js';

// Administration of the services subgraph: consortia, entries (入驻), sites, professionals, teams; closing and
// handing over psychological files; case assignments closed by the referral feed; trainings (引导培育).
let services: TestSubgraph;

const HAISHU = '330203';
const officer = claimsFor('civil_officer', { region: HAISHU, sub: 'dev-civil_officer' });
const otherCountyOfficer = claimsFor('civil_officer', { region: '330205' });
const federation = claimsFor('charity_federation');
const org = (n: number) => claimsFor('charity_org', { org: demoId('organization', n) });
const counsellor = claimsFor('professional', { sub: DEV_PROFESSIONAL_SUBJECT });

const CREATE = `mutation($input: CreateConsortiumInput!) { createConsortium(input: $input) { id tier regionCode brand parent { regionCode } } }`;
const BRAND = `mutation($id: ID!, $brand: String) { setConsortiumBrand(consortiumId: $id, brand: $brand) { brand } }`;
const ADMIT = `mutation($input: AdmitOrganizationInput!) { admitOrganization(input: $input) { role joinedOn organization { id } consortium { id } } }`;
const SITE = `mutation($input: ServiceLocationInput!) { addServiceLocation(input: $input) { id title regionCode consortium { id } } }`;
const REGISTER = `mutation($input: RegisterProfessionalInput!) { registerProfessional(input: $input) { id kind maskedLabel maskedQualificationNumber organization { id } serviceAreas } }`;
const ACTIVE = `mutation($id: ID!, $active: Boolean!) { setProfessionalActive(professionalId: $id, active: $active) { id active } }`;
const TEAM = `mutation($input: CreateVolunteerTeamInput!) { createVolunteerTeam(input: $input) { id title organization { id } consortium { id } } }`;

const professional = (overrides: Record<string, unknown> = {}) => ({
  kind: 'PSYCHOLOGICAL_COUNSELLOR',
  maskedName: '李**',
  qualificationNumber: 'XL2024-778812',
  consortiumId: consortiumId(HAISHU),
  programmes: ['PSYCHOLOGICAL'],
  serviceAreas: [HAISHU, '330203002'],
  ...overrides,
});

beforeAll(async () => {
  services = await startSubgraph();
});
afterAll(async () => {
  await services?.stop();
});

describe('consortia (助联体): set up, brand, entries and sites', () => {
  it('a county officer sets up a village consortium under its town; the tier and parent follow from the code', async () => {
    // Scenario: a fifth village of a Haishu town gets its consortium.
    const result = await services.run(CREATE, officer, { input: { regionCode: '330203001005', title: '鼓楼街道新村助联体', establishedOn: '2025-03-01' } });
    expect(result.errors).toBeUndefined();
    expect(result.data!.createConsortium).toMatchObject({ tier: 'VILLAGE', parent: { regionCode: '330203001' }, brand: null });
    const again = await services.run(CREATE, officer, { input: { regionCode: '330203001005', title: '重复', establishedOn: '2025-03-01' } });
    expect(codes(again)).toEqual(['CONFLICT']);
  });

  it('refuses a region of another county, a region outside Ningbo, a brand below the county and a future date, writing nothing', async () => {
    // Scenario: four bad set-ups; the consortium count does not move.
    const before = (await services.db.select({ n: count() }).from(consortia))[0]!.n;
    const cases: [typeof officer, Record<string, unknown>, string][] = [
      [otherCountyOfficer, { regionCode: '330203001006', title: '越界助联体', establishedOn: '2025-03-01' }, 'FORBIDDEN'],
      [officer, { regionCode: '110101001001', title: '外地助联体', establishedOn: '2025-03-01' }, 'BAD_USER_INPUT'],
      [officer, { regionCode: '330203001006', title: '村级助联体', establishedOn: '2025-03-01', brand: '一村一品' }, 'BAD_USER_INPUT'],
      [officer, { regionCode: '330203001006', title: '未来助联体', establishedOn: '2099-03-01' }, 'BAD_USER_INPUT'],
    ];
    for (const [claims, input, code] of cases) expect(codes(await services.run(CREATE, claims, { input })), JSON.stringify(input)).toEqual([code]);
    expect((await services.db.select({ n: count() }).from(consortia))[0]!.n).toBe(before);
  });

  it("the county's brand (一地一品) is set by its own officer only, and only on the county consortium", async () => {
    // Scenario: the Haishu officer renames the brand; a town consortium and another county's officer are refused.
    const set = await services.run(BRAND, officer, { id: consortiumId(HAISHU), brand: '海曙·善暖三江' });
    expect(set.data!.setConsortiumBrand.brand).toBe('海曙·善暖三江');
    expect(codes(await services.run(BRAND, officer, { id: consortiumId('330203001'), brand: '街道品牌' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await services.run(BRAND, otherCountyOfficer, { id: consortiumId(HAISHU), brand: '越界' }))).toEqual(['NOT_FOUND']);
    const read = await services.run(`query($id: ID!) { consortium(id: $id) { brand } }`, claimsFor('public'), { id: consortiumId(HAISHU) });
    expect(read.data!.consortium.brand).toBe('海曙·善暖三江');
  });

  it('the federation records an organisation entering a consortium (入驻); twice is CONFLICT, a second lead too', async () => {
    // Scenario: organisation 7 enters the Haishu consortium; then the same again, and a lead for a consortium with one.
    const entry = { consortiumId: consortiumId(HAISHU), organizationId: demoId('organization', 7), joinedOn: '2025-02-10', description: '心理支持与个案服务' };
    const admitted = await services.run(ADMIT, federation, { input: entry });
    expect(admitted.errors).toBeUndefined();
    expect(admitted.data!.admitOrganization).toMatchObject({ role: 'MEMBER', joinedOn: '2025-02-10', consortium: { id: consortiumId(HAISHU) } });
    expect(codes(await services.run(ADMIT, federation, { input: entry }))).toEqual(['CONFLICT']);
    const lead = { ...entry, organizationId: demoId('organization', 8), role: 'LEAD' };
    expect(codes(await services.run(ADMIT, officer, { input: lead }))).toEqual(['CONFLICT']);
    expect(codes(await services.run(ADMIT, otherCountyOfficer, { input: { ...entry, organizationId: demoId('organization', 9) } }))).toEqual(['NOT_FOUND']);
    const members = await services.run(`query($id: ID!) { consortium(id: $id) { memberOrganizations { organization { id } joinedOn } } }`, claimsFor('public'), {
      id: consortiumId(HAISHU),
    });
    expect(members.data!.consortium.memberOrganizations.map((m: any) => m.organization.id)).toContain(demoId('organization', 7));
  });

  it('of two concurrent lead entries for a consortium without a lead, exactly one wins; the other is CONFLICT', async () => {
    // Scenario: the officer and the federation each record a different lead for a village consortium at once.
    const village = consortiumId('330203002001');
    const lead = (n: number) => ({ consortiumId: village, organizationId: demoId('organization', n), role: 'LEAD', joinedOn: '2025-03-01' });
    const results = await Promise.all([services.run(ADMIT, officer, { input: lead(4) }), services.run(ADMIT, federation, { input: lead(5) })]);
    expect(results.map((r) => codes(r)).flat().sort()).toEqual(['CONFLICT']);
    expect(results.filter((r) => r.data?.admitOrganization?.role === 'LEAD')).toHaveLength(1);
  });

  it('adds a site within the consortium region, and refuses one outside it', async () => {
    // Scenario: the officer adds a social-work station to a town consortium, then a site of another town.
    const site = { consortiumId: consortiumId('330203001'), title: '鼓楼街道社工站分站', regionCode: '330203001002', latitude: 29.87, longitude: 121.55 };
    const ok = await services.run(SITE, officer, { input: site });
    expect(ok.data!.addServiceLocation).toMatchObject({ regionCode: '330203001002', consortium: { id: consortiumId('330203001') } });
    expect(codes(await services.run(SITE, officer, { input: { ...site, regionCode: '330203002001' } }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await services.run(SITE, officer, { input: { ...site, latitude: 45 } }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('registering professionals and teams', () => {
  it('an organisation that entered the consortium registers its counsellor with a masked label; one that did not is refused', async () => {
    // Scenario: organisation 7 (entered above) and organisation 10 (not a Haishu member) register counsellors.
    const ok = await services.run(REGISTER, org(7), { input: professional({ accountSubject: 'counsellor-org7' }) });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.registerProfessional).toMatchObject({
      kind: 'PSYCHOLOGICAL_COUNSELLOR',
      maskedLabel: '李** (心理咨询师)',
      maskedQualificationNumber: '*********8812',
      organization: { id: demoId('organization', 7) },
    });
    expect(codes(await services.run(REGISTER, org(10), { input: professional() }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await services.run(REGISTER, org(7), { input: professional({ accountSubject: 'counsellor-org7' }) }))).toEqual(['CONFLICT']);
  });

  it('refuses a full name, an area outside the county, another organisation and a federation registration without one', async () => {
    // Scenario: four bad registrations; the professional count does not move.
    const before = (await services.db.select({ n: count() }).from(professionals))[0]!.n;
    const cases: [typeof officer, Record<string, unknown>, string][] = [
      [org(7), professional({ maskedName: '李四' }), 'BAD_USER_INPUT'],
      [org(7), professional({ serviceAreas: ['330205001'] }), 'BAD_USER_INPUT'],
      [org(7), professional({ organizationId: demoId('organization', 0) }), 'NOT_FOUND'],
      [federation, professional(), 'BAD_USER_INPUT'],
    ];
    for (const [claims, input, code] of cases) expect(codes(await services.run(REGISTER, claims, { input })), JSON.stringify(input)).toEqual([code]);
    expect((await services.db.select({ n: count() }).from(professionals))[0]!.n).toBe(before);
  });

  it('takes a professional off cases by their organisation only', async () => {
    // Scenario: organisation 3 pauses its social worker; organisation 4 tries the same.
    const id = professionalId(socialWorkerOf(3));
    expect(codes(await services.run(ACTIVE, org(4), { id, active: false }))).toEqual(['NOT_FOUND']);
    expect((await services.run(ACTIVE, org(3), { id, active: false })).data!.setProfessionalActive.active).toBe(false);
    expect((await services.run(ACTIVE, org(3), { id, active: true })).data!.setProfessionalActive.active).toBe(true);
  });

  it('an organisation registers a team with a town consortium below the county it is a member of', async () => {
    // Scenario: organisation 1 (a Haishu county member) registers a team with a Haishu town consortium.
    const team = { title: '鼓楼街道暖心助老志愿服务队', consortiumId: consortiumId('330203001'), skills: ['ELDERLY_CARE', 'DELIVERY'], foundedOn: '2025-04-01' };
    const ok = await services.run(TEAM, org(1), { input: team });
    expect(ok.data!.createVolunteerTeam).toMatchObject({ organization: { id: demoId('organization', 1) }, consortium: { id: consortiumId('330203001') } });
    expect(codes(await services.run(TEAM, org(11), { input: team }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await services.run(TEAM, org(1), { input: { ...team, skills: [] } }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('psychological files: closing and handing over', () => {
  // Demo referral 24 (IN_PROGRESS) has an open file kept by the dev counsellor (organisation 0).
  const FILE = demoId('psych-file', 24);
  const READ = `query($id: ID!) { psychologicalFile(id: $id) { id status counsellor { id } handovers { reason fromCounsellor { id } toCounsellor { id } } } }`;
  const HANDOVER = `mutation($file: ID!, $to: ID!, $reason: String!) { reassignPsychologicalFile(fileId: $file, counsellorId: $to, reason: $reason) { fileId reason toCounsellor { id } fromCounsellor { id } } }`;
  const CLOSE = `mutation($file: ID!, $summary: String!) { closePsychologicalFile(fileId: $file, closingSummary: $summary) { id status closedAt closingSummary } }`;

  it("the counsellor's organisation hands the file to its new counsellor, who alone reads it then; the answer carries no health data", async () => {
    // Scenario: organisation 0 registers a second counsellor and hands the dev counsellor's file to them.
    const registered = await services.run(REGISTER, org(0), { input: professional({ maskedName: '周*', qualificationNumber: 'XL2023-100200', accountSubject: 'counsellor-org0-b' }) });
    const next = registered.data!.registerProfessional.id;
    const socialWorker = professionalId(socialWorkerOf(0));
    expect(codes(await services.run(HANDOVER, org(0), { file: FILE, to: socialWorker, reason: '原咨询师调岗' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await services.run(HANDOVER, org(0), { file: FILE, to: professionalId(counsellorOf(5)), reason: '原咨询师调岗' }))).toEqual(['NOT_FOUND']);
    expect(codes(await services.run(HANDOVER, org(5), { file: FILE, to: next, reason: '原咨询师调岗' }))).toEqual(['NOT_FOUND']);

    const handed = await services.run(HANDOVER, org(0), { file: FILE, to: next, reason: '原咨询师调岗' });
    expect(handed.errors).toBeUndefined();
    expect(handed.data!.reassignPsychologicalFile).toMatchObject({ fileId: FILE, toCounsellor: { id: next }, fromCounsellor: { id: professionalId(counsellorOf(0)) } });
    expect(JSON.stringify(handed.data)).not.toContain('assessment');

    expect((await services.run(READ, counsellor, { id: FILE })).data!.psychologicalFile).toBeNull();
    const newCounsellor = claimsFor('professional', { sub: 'counsellor-org0-b' });
    const read = await services.run(READ, newCounsellor, { id: FILE });
    expect(read.data!.psychologicalFile).toMatchObject({ counsellor: { id: next }, handovers: [{ reason: '原咨询师调岗' }] });
  });

  it('only the counsellor closes the file, with a summary; a closed file takes no follow-up and is not closed twice', async () => {
    // Scenario: the new counsellor closes the file; the former counsellor and the organisation cannot.
    const newCounsellor = claimsFor('professional', { sub: 'counsellor-org0-b' });
    expect(codes(await services.run(CLOSE, counsellor, { file: FILE, summary: '结案' }))).toEqual(['NOT_FOUND']);
    const closed = await services.run(CLOSE, newCounsellor, { file: FILE, summary: '情绪稳定，睡眠恢复，转为常规关怀。' });
    expect(closed.data!.closePsychologicalFile).toMatchObject({ status: 'CLOSED', closingSummary: '情绪稳定，睡眠恢复，转为常规关怀。' });
    expect(closed.data!.closePsychologicalFile.closedAt).toMatch(/^\d{4}-/);
    expect(codes(await services.run(CLOSE, newCounsellor, { file: FILE, summary: '再次结案' }))).toEqual(['BAD_USER_INPUT']);
    const entry = await services.run(
      `mutation($id: ID!, $input: PsychologicalFileEntryInput!) { addPsychologicalFileEntry(fileId: $id, input: $input) { id } }`,
      newCounsellor,
      { id: FILE, input: { sessionMode: 'HOTLINE', riskLevel: 'LOW', summary: '回访', occurredAt: '2025-06-01T10:00:00+08:00' } },
    );
    expect(codes(entry)).toEqual(['BAD_USER_INPUT']);
    const [row] = await services.db.select().from(psychFiles).where(eq(psychFiles.id, FILE));
    expect(row!.status).toBe('CLOSED');
  });
});

describe('case assignments close when their referral ends', () => {
  it("the feed's completion closes the referral's open assignments in the same apply, and a replayed older event reopens nothing", async () => {
    // Scenario: demo referral 25 (IN_PROGRESS, assigned) completes in civil affairs; then an old event is replayed.
    const referral = demoReferrals()[25]!;
    const open = () =>
      services.db
        .select({ id: caseAssignments.id })
        .from(caseAssignments)
        .where(and(eq(caseAssignments.referralId, referral.id), isNull(caseAssignments.closedAt)));
    expect((await open()).length).toBeGreaterThan(0);
    const event = (sequence: number, status: ReferralFeedEvent['status']): ReferralFeedEvent => ({
      sequence,
      cursor: `c${sequence}`,
      referralId: referral.id,
      needId: referral.needId,
      householdId: referral.householdId,
      programme: referral.programme,
      action: status.toLowerCase(),
      fromStatus: null,
      status,
      organizationId: referral.organizationId,
      townCode: null,
      villageCode: null,
      occurredAt: new Date().toISOString(),
    });
    await applyReferralEvents(services.db, [event(9001, 'COMPLETED')]);
    expect(await open()).toEqual([]);
    await applyReferralEvents(services.db, [event(9000, 'IN_PROGRESS')]);
    expect(await open()).toEqual([]);
    const cases = await services.run(`{ myProfessionalProfile { assignedCases { referral { id } closedAt } } }`, claimsFor('professional', { sub: `demo-professional-${socialWorkerOf(1)}` }));
    const closed = cases.data!.myProfessionalProfile.assignedCases.find((c: any) => c.referral.id === referral.id);
    expect(closed.closedAt).not.toBeNull();
  });

  it('an assignment of a referral still being worked stays open', async () => {
    // Scenario: an ON_HOLD event for demo referral 26 (IN_PROGRESS) arrives.
    const referral = demoReferrals()[26]!;
    await applyReferralEvents(services.db, [
      {
        sequence: 9100, cursor: 'c9100', referralId: referral.id, needId: referral.needId, householdId: referral.householdId, programme: referral.programme,
        action: 'hold', fromStatus: 'IN_PROGRESS', status: 'ON_HOLD', organizationId: referral.organizationId, townCode: null, villageCode: null,
        occurredAt: new Date().toISOString(),
      },
    ]);
    const rows = await services.db.select().from(caseAssignments).where(eq(caseAssignments.referralId, referral.id));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.closedAt === null)).toBe(true);
  });
});

describe('trainings (引导培育)', () => {
  const RECORD = `mutation($input: RecordTrainingInput!) { recordTraining(input: $input) { id kind hours attendanceCount } }`;
  const ATTEND = `mutation($id: ID!, $input: TrainingAttendanceInput!) { recordTrainingAttendance(trainingId: $id, input: $input) { id attendanceCount attendingOrganizations { id } } }`;
  const LIST = `query($consortiumId: ID) { trainings(consortiumId: $consortiumId, first: 10) { edges { node { id title kind heldOn hours attendanceCount attendingOrganizations { id } } } } }`;

  it('the federation records a policy training and who attended; recording an attendee twice changes nothing', async () => {
    // Scenario: a policy training of the Haishu consortium with two members, a professional and a volunteer.
    const recorded = await services.run(RECORD, federation, {
      input: { kind: 'POLICY', consortiumId: consortiumId(HAISHU), title: '困难群众救助政策解读', heldOn: '2025-07-02', hours: 2 },
    });
    expect(recorded.data!.recordTraining).toMatchObject({ kind: 'POLICY', hours: 2, attendanceCount: 0 });
    const id = recorded.data!.recordTraining.id;
    const input = {
      organizationIds: [demoId('organization', 0), demoId('organization', 1)],
      professionalIds: [professionalId(0)],
      volunteerIds: [demoId('volunteer', 0)],
    };
    expect((await services.run(ATTEND, federation, { id, input })).data!.recordTrainingAttendance.attendanceCount).toBe(4);
    expect((await services.run(ATTEND, officer, { id, input })).data!.recordTrainingAttendance.attendanceCount).toBe(4);
  });

  it('refuses a non-member organisation, an unknown professional, a training to come and another county', async () => {
    // Scenario: bad attendance records for a seeded and a new future training.
    const seeded = (await services.run(LIST, claimsFor('public'), { consortiumId: consortiumId(HAISHU) })).data!.trainings.edges[0].node.id;
    expect(codes(await services.run(ATTEND, federation, { id: seeded, input: { organizationIds: [demoId('organization', 11)] } }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await services.run(ATTEND, federation, { id: seeded, input: { professionalIds: [demoId('professional', 'nobody')] } }))).toEqual(['NOT_FOUND']);
    expect(codes(await services.run(ATTEND, otherCountyOfficer, { id: seeded, input: { organizationIds: [demoId('organization', 0)] } }))).toEqual(['NOT_FOUND']);
    const future = await services.run(RECORD, officer, {
      input: { kind: 'SYSTEM', consortiumId: consortiumId(HAISHU), title: '平台新版本应用培训', heldOn: '2099-01-10', hours: 1.5 },
    });
    const id = future.data!.recordTraining.id;
    expect(codes(await services.run(ATTEND, officer, { id, input: { organizationIds: [demoId('organization', 0)] } }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await services.run(RECORD, otherCountyOfficer, { input: { kind: 'SYSTEM', consortiumId: consortiumId(HAISHU), title: '越界培训', heldOn: '2025-01-10', hours: 1 } }))).toEqual(['NOT_FOUND']);
  });

  it('the public reads trainings and the organisations that attended, not the people', async () => {
    // Scenario: an anonymous caller lists Haishu's trainings, then asks for the professionals who attended.
    const list = await services.run(LIST, claimsFor('public'), { consortiumId: consortiumId(HAISHU) });
    expect(list.errors).toBeUndefined();
    expect(list.data!.trainings.edges.length).toBeGreaterThanOrEqual(3);
    expect(list.data!.trainings.edges.some((e: any) => e.node.attendingOrganizations.length > 0)).toBe(true);
    const people = await services.run(`{ trainings(first: 1) { edges { node { attendingProfessionals { id } } } } }`, claimsFor('public'));
    expect(codes(people)).toContain('UNAUTHORIZED_FIELD_OR_TYPE');
  });
});
