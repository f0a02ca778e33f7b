import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { demoReferrals, DEMO_ORGANIZATIONS } from '@aid/shared/demo/referrals.js';
import type { Programme } from '@aid/shared/domain/vocabulary.js';
import { demoId } from '@aid/shared/demo/ids.js';
import type { ReferralFeedEvent } from '@aid/shared/referral-feed/contract.js';
import { demoHouseholdTown, demoHouseholdVillage } from '@aid/shared/demo/referral-facts.js';
import { villagesOf } from '@aid/shared/domain/regions.js';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { feedback, microWishes, serviceRecords, volunteers } from '../src/db/schema.js';
import { applyReferralEvents } from '../src/referral-sync.js';
import { DEV_VOLUNTEER_SUBJECT, professionalId, socialWorkerOf, teamId, volunteerId } from '../src/seed.js';
import { PROFESSIONAL_ONLY, SERVICE_TYPES_BY_PROGRAMME } from '../src/service-types.js';
import { codes, startSubgraph, type Result, type TestSubgraph } from './harness.js';

// Writes of the services subgraph check every fact they rely on against what services knows: the referral
// read model (civil affairs' feed), its registered professionals, volunteers and teams, and the caller's
// token. Each scenario below was accepted before these checks.

const RECORD = `mutation($input: RecordServiceInput!) { recordService(input: $input) { id volunteer { id } } }`;
const FEEDBACK = `mutation($input: RecordFeedbackInput!) { recordFeedback(input: $input) { respondentType satisfaction } }`;
const COLLECT = `mutation($input: CollectMicroWishInput!) { collectMicroWish(input: $input) { id status } }`;
const CLAIM = `mutation($id: ID!) { claimMicroWish(id: $id) { id status } }`;
const DELIVER = `mutation($id: ID!, $teamId: ID!) { deliverMicroWish(id: $id, teamId: $teamId) { id status } }`;
const CONFIRM = `mutation($id: ID!) { confirmMicroWish(id: $id) { id status } }`;
const CANCEL = `mutation($id: ID!) { cancelMicroWish(id: $id, reason: "需求已满足") { id status } }`;
const LINK = `mutation($v: ID!, $h: ID!) { linkVolunteerToHousehold(volunteerId: $v, householdId: $h) { id } }`;
const REGISTER = `mutation($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id maskedLabel } }`;
const PUBLIC_WISHES = `{ publishedMicroWishes(first: 100) { edges { node { publicTitle } } } }`;

type Claims = ReturnType<typeof claimsFor>;
const org = (k: number) => claimsFor('charity_org', { org: demoId('organization', k % DEMO_ORGANIZATIONS) });
const devVolunteer = claimsFor('volunteer', { sub: DEV_VOLUNTEER_SUBJECT }); // leads team 0 (organisation 0, Haishu)
const haishuOfficer = claimsFor('civil_officer', { region: '330203' });
const beilunOfficer = claimsFor('civil_officer', { region: '330206' });

// Demo referral 25: IN_PROGRESS, held by organisation 1, assigned to its social worker.
const held = demoReferrals()[25]!;
// A referral organisation 0 (team 0's) holds and works on.
const ownCase = demoReferrals().find((r) => r.organizationN === 0 && ['ACCEPTED', 'IN_PROGRESS'].includes(r.status))!;

/** A type a team may deliver under the programme. */
const teamType = (programme: Programme) => SERVICE_TYPES_BY_PROGRAMME[programme].find((type) => !PROFESSIONAL_ONLY.has(type))!;
const visit = (referral: { id: string; householdId: string; programme: Programme } | null, overrides: Record<string, unknown> = {}) => ({
  ...(referral ? { referralId: referral.id, householdId: referral.householdId, programme: referral.programme, serviceType: teamType(referral.programme) } : {}),
  performer: { teamId: teamId(0) },
  startedAt: '2025-05-06T14:00:00+08:00',
  endedAt: '2025-05-06T15:00:00+08:00',
  hours: 1,
  outcome: 'GOT_HELP',
  ...overrides,
});

// A completed referral that only the feed tells services about: household "feedback-test" in a Haishu
// town, held by organisation 2, with no feedback yet.
const FB_HOUSEHOLD = demoId('household', 'feedback-test');
const FB_TOWN = '330203002';
const fbReferral = (n: string): ReferralFeedEvent => ({
  sequence: 7000 + n.length,
  cursor: `fb-${n}`,
  referralId: demoId('referral', `feedback-${n}`),
  needId: demoId('need', `feedback-${n}`),
  householdId: FB_HOUSEHOLD,
  programme: 'BASIC_ASSISTANCE',
  action: 'complete',
  fromStatus: 'IN_PROGRESS',
  status: 'COMPLETED',
  organizationId: demoId('organization', 2),
  townCode: FB_TOWN,
  villageCode: `${FB_TOWN}001`,
  occurredAt: new Date().toISOString(),
});
const answer = (referralId: string, respondentType: string, overrides: Record<string, unknown> = {}) => ({
  referralId,
  householdId: FB_HOUSEHOLD,
  respondentType,
  satisfaction: 4,
  needMet: true,
  ...overrides,
});

let services: TestSubgraph;
beforeAll(async () => {
  services = await startSubgraph();
  await applyReferralEvents(services.database.db, [fbReferral('a')]);
});
afterAll(async () => {
  await services?.stop();
});

const recordCount = async () => (await services.database.db.select({ n: count() }).from(serviceRecords))[0]!.n;
const wishCount = async () => (await services.database.db.select({ n: count() }).from(microWishes))[0]!.n;

describe('recordService checks the referral, the household and the performer', () => {
  it('a volunteer recording for a made-up need of any household is refused and writes nothing', async () => {
    // Scenario: the dev volunteer names a random need and a household services knows nothing about, which
    // used to be written and then counted by the household's pre-aid check.
    const before = await recordCount();
    const result = await services.run(RECORD, devVolunteer, {
      input: visit(null, { needId: demoId('need', 'made-up'), householdId: demoId('household', 'anyone'), programme: 'ELDERLY_CARE', serviceType: 'MEAL_DELIVERY' }),
    });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0]!.extensions!.field).toBe('referralId');
    expect(await recordCount()).toBe(before);
  });

  it('a volunteer token that matches no registered volunteer cannot record, even naming a real team and member', async () => {
    // Scenario: a token with the volunteer role and an unknown subject names team 0 and its leader.
    const before = await recordCount();
    const result = await services.run(RECORD, claimsFor('volunteer', { sub: 'nobody-registered' }), {
      input: visit(ownCase, { performer: { teamId: teamId(0), volunteerId: volunteerId(0) } }),
    });
    expect(codes(result)).toEqual(['NOT_FOUND']);
    expect(await recordCount()).toBe(before);
  });

  it('a team member records their own service, never in another member\'s name', async () => {
    // Scenario: the dev volunteer records a visit on organisation 0's case, first naming a fellow member of
    // team 0 (volunteer 30), then without naming anyone (then the record is theirs).
    const before = await recordCount();
    const other = await services.run(RECORD, devVolunteer, { input: visit(ownCase, { performer: { teamId: teamId(0), volunteerId: volunteerId(30) } }) });
    expect(codes(other)).toEqual(['NOT_FOUND']);
    expect(await recordCount()).toBe(before);
    const own = await services.run(RECORD, devVolunteer, { input: visit(ownCase) });
    expect(own.errors).toBeUndefined();
    expect(own.data!.recordService.volunteer).toEqual({ id: volunteerId(0) });
  });

  it('a team whose organisation does not hold the referral cannot record on it, and learns nothing of its household', async () => {
    // Scenario: the dev volunteer (team 0, organisation 0) names organisation 1's referral 25, with its
    // household and then with another one: both answers are the same NOT_FOUND.
    const before = await recordCount();
    const right = await services.run(RECORD, devVolunteer, { input: visit(held) });
    const wrong = await services.run(RECORD, devVolunteer, { input: visit(held, { householdId: demoId('household', 1) }) });
    expect([codes(right), codes(wrong)]).toEqual([['NOT_FOUND'], ['NOT_FOUND']]);
    expect(wrong.errors![0]!.message).toBe(right.errors![0]!.message);
    expect(await recordCount()).toBe(before);
  });

  it('a professional not assigned to the case gets NOT_FOUND whatever household is named', async () => {
    // Scenario: organisation 7's social worker tries organisation 1's referral with a guessed household.
    const stranger = claimsFor('professional', { sub: `demo-professional-${socialWorkerOf(7)}` });
    const performer = { professionalId: professionalId(socialWorkerOf(7)) };
    const result = await services.run(RECORD, stranger, { input: visit(held, { performer, householdId: demoId('household', 1) }) });
    expect(codes(result)).toEqual(['NOT_FOUND']);
    expect(result.errors![0]!.extensions!.field).toBeUndefined();
  });
});

describe('recordFeedback: only callers related to the referral, each as their own respondent type', () => {
  const a = demoId('referral', 'feedback-a');
  // Every caller here holds feedback:write (granted where the role's default scopes lack it).
  const run = (claims: Claims, input: Record<string, unknown>): Promise<Result> =>
    services.run(FEEDBACK, { ...claims, scopes: new Set([...claims.scopes, 'feedback:write']) }, { input });
  const stored = async (referralId = a) => services.database.db.select().from(feedback).where(eq(feedback.referralId, referralId));

  it('unrelated callers cannot record, so none of them can pre-empt the household\'s answer', async () => {
    // Scenario: another county's officer, another organisation, any professional, any volunteer and the
    // federation try to answer for the completed referral (formerly accepted from any feedback:write holder).
    const attempts = await Promise.all([
      run(beilunOfficer, answer(a, 'HOUSEHOLD')),
      run(beilunOfficer, answer(a, 'CIVIL_AFFAIRS_WORKER')),
      run(claimsFor('town_worker', { region: '330203001' }), answer(a, 'HOUSEHOLD')),
      run(org(3), answer(a, 'CHARITY_ORGANIZATION')),
      run(claimsFor('professional', { sub: `demo-professional-${socialWorkerOf(2)}` }), answer(a, 'PROFESSIONAL')),
      run(devVolunteer, answer(a, 'VOLUNTEER')),
    ]);
    expect(attempts.map(codes)).toEqual(Array(attempts.length).fill(['NOT_FOUND']));
    // Roles that may never answer as a type are refused by their token alone.
    const byRole = await Promise.all([
      run(claimsFor('charity_federation'), answer(a, 'CHARITY_ORGANIZATION')),
      run(claimsFor('professional', { sub: `demo-professional-${socialWorkerOf(2)}` }), answer(a, 'HOUSEHOLD')),
      run(org(2), answer(a, 'HOUSEHOLD')),
    ]);
    expect(byRole.map(codes)).toEqual([['FORBIDDEN'], ['FORBIDDEN'], ['FORBIDDEN']]);
    expect(await stored()).toEqual([]);
    // The household's own answer, entered by civil staff of its region, is still free.
    const household = await run(haishuOfficer, answer(a, 'HOUSEHOLD'));
    expect(household.data!.recordFeedback).toMatchObject({ respondentType: 'HOUSEHOLD' });
    const town = await run(claimsFor('town_worker', { region: FB_TOWN }), answer(a, 'CIVIL_AFFAIRS_WORKER'));
    expect(town.data!.recordFeedback).toMatchObject({ respondentType: 'CIVIL_AFFAIRS_WORKER' });
  });

  it('a wrong household is answered exactly as an unknown referral: no hint which household it belongs to', async () => {
    // Scenario: a Haishu officer and a Beilun officer name the referral with a guessed household, and a
    // made-up referral with the right one.
    const guessed = await run(haishuOfficer, answer(a, 'HOUSEHOLD', { householdId: demoId('household', 5) }));
    const foreign = await run(beilunOfficer, answer(a, 'HOUSEHOLD', { householdId: demoId('household', 5) }));
    const unknown = await run(haishuOfficer, answer(demoId('referral', 'feedback-none'), 'HOUSEHOLD'));
    for (const result of [guessed, foreign, unknown]) {
      expect(codes(result)).toEqual(['NOT_FOUND']);
      expect(result.errors![0]!.message).toBe(unknown.errors![0]!.message);
      expect(result.errors![0]!.extensions!.field).toBeUndefined();
    }
  });

  it('the holding organisation answers for itself, about itself only', async () => {
    // Scenario: organisation 2 first names organisation 3 as the one the feedback is about, then leaves it out.
    const other = await run(org(2), answer(a, 'CHARITY_ORGANIZATION', { organizationId: demoId('organization', 3) }));
    expect(codes(other)).toEqual(['BAD_USER_INPUT']);
    const own = await run(org(2), answer(a, 'CHARITY_ORGANIZATION'));
    expect(own.data!.recordFeedback).toMatchObject({ respondentType: 'CHARITY_ORGANIZATION' });
    const rows = await stored();
    expect(rows.find((f) => f.respondentType === 'CHARITY_ORGANIZATION')!.organizationId).toBe(demoId('organization', 2));
  });

  it('a village worker enters the answer of a household of their own village, never of the neighbouring village', async () => {
    // Scenario: the household of a completed referral lives in village 001 of its town; the worker of village
    // 002 tries to enter its answer, then the worker of village 001 does.
    const v = fbReferral('vil');
    await applyReferralEvents(services.database.db, [v]);
    const neighbour = await run(claimsFor('village_worker', { region: `${FB_TOWN}002` }), answer(v.referralId, 'HOUSEHOLD'));
    expect(codes(neighbour)).toEqual(['NOT_FOUND']);
    expect(await stored(v.referralId)).toEqual([]);
    const own = await run(claimsFor('village_worker', { region: `${FB_TOWN}001` }), answer(v.referralId, 'HOUSEHOLD'));
    expect(own.data!.recordFeedback).toMatchObject({ respondentType: 'HOUSEHOLD' });
    expect(await stored(v.referralId)).toHaveLength(1);
  });

  it('on a demo case: the assigned professional and the volunteer who served it answer; others do not', async () => {
    // Scenario: demo referral 38 (completed, organisation 2, visited by team 20's volunteer 20).
    const referral = demoReferrals()[38]!;
    const input = (type: string) => ({ referralId: referral.id, householdId: referral.householdId, respondentType: type, satisfaction: 5, needMet: true });
    expect(codes(await run(claimsFor('professional', { sub: `demo-professional-${socialWorkerOf(7)}` }), input('PROFESSIONAL')))).toEqual(['NOT_FOUND']);
    expect(codes(await run(devVolunteer, input('VOLUNTEER')))).toEqual(['NOT_FOUND']);
    const professional = await run(claimsFor('professional', { sub: `demo-professional-${socialWorkerOf(2)}` }), input('PROFESSIONAL'));
    expect(professional.errors).toBeUndefined();
    const volunteer = await run(claimsFor('volunteer', { sub: 'demo-volunteer-20' }), input('VOLUNTEER'));
    expect(volunteer.errors).toBeUndefined();
  });
});

describe('micro-wishes: who may collect, confirm and cancel a wish for which household', () => {
  // Household 0's referral places it in the Haishu town 330203001 (the read model).
  const HOUSEHOLD = demoId('household', 0);
  const townWorker = claimsFor('town_worker', { region: demoHouseholdTown(0) });
  const wish = (overrides: Record<string, unknown> = {}) => ({
    input: { householdId: HOUSEHOLD, countyCode: '330203', publicTitle: '一个新书包', category: 'STUDY_SUPPLIES', valueFen: 8000, ...overrides },
  });
  async function collected(): Promise<string> {
    const result = await services.run(COLLECT, townWorker, wish());
    expect(result.errors).toBeUndefined();
    return result.data!.collectMicroWish.id;
  }
  const statusOf = async (id: string) => (await services.database.db.select().from(microWishes).where(eq(microWishes.id, id)))[0]!.status;

  it('a volunteer cannot publish a wish for a household, and nothing reaches the public list', async () => {
    // Scenario: a volunteer publishes a wish for household 0 with a title naming a person and a diagnosis.
    const before = await wishCount();
    const result = await services.run(COLLECT, devVolunteer, wish({ publicTitle: '王阿姨白血病化疗' }));
    expect(codes(result)).not.toEqual([]);
    // Only civil staff collect wishes: the row-rule registry refuses a volunteer's role before any row is read.
    const plain = await services.run(COLLECT, devVolunteer, wish());
    expect(codes(plain)).toEqual(['FORBIDDEN']);
    expect(await wishCount()).toBe(before);
    const published = await services.run(PUBLIC_WISHES, claimsFor('public'));
    expect(published.data!.publishedMicroWishes.edges.map((e: any) => e.node.publicTitle)).not.toContain('王阿姨白血病化疗');
  });

  it('civil staff collect only for households of their region as services knows it; unknown households for no one', async () => {
    // Scenario: a Beilun officer, a worker of another Haishu town and a village worker of another village of
    // household 0's town try household 0; a Haishu officer tries a household
    // services has no referral of; then the right town worker names the wrong county and a foreign need.
    const before = await wishCount();
    for (const claims of [beilunOfficer, claimsFor('town_worker', { region: '330203002' }), claimsFor('village_worker', { region: villagesOf(demoHouseholdTown(0)).find((v) => v.code !== demoHouseholdVillage(0))!.code })]) {
      expect(codes(await services.run(COLLECT, claims, wish()))).toEqual(['NOT_FOUND']);
    }
    expect(codes(await services.run(COLLECT, haishuOfficer, wish({ householdId: demoId('household', 'unknown-to-services') })))).toEqual(['NOT_FOUND']);
    const county = await services.run(COLLECT, townWorker, wish({ countyCode: '330206' }));
    expect(codes(county)).toEqual(['BAD_USER_INPUT']);
    expect(county.errors![0]!.extensions!.field).toBe('countyCode');
    const need = await services.run(COLLECT, townWorker, wish({ needId: demoReferrals()[25]!.needId }));
    expect(need.errors![0]!.extensions!.field).toBe('needId');
    expect(await wishCount()).toBe(before);
    expect((await services.run(COLLECT, haishuOfficer, wish({ needId: demoReferrals()[0]!.needId }))).errors).toBeUndefined();
  });

  it('a village worker collects a wish for a household of their own village, never of the neighbouring village', async () => {
    // Scenario: the worker of household 0's village, then the worker of another village of the same town.
    const own = demoHouseholdVillage(0);
    const neighbour = villagesOf(demoHouseholdTown(0)).find((v) => v.code !== own)!.code;
    const before = await wishCount();
    expect(codes(await services.run(COLLECT, claimsFor('village_worker', { region: neighbour }), wish()))).toEqual(['NOT_FOUND']);
    expect(await wishCount()).toBe(before);
    const collectedByOwn = await services.run(COLLECT, claimsFor('village_worker', { region: own }), wish());
    expect(collectedByOwn.errors).toBeUndefined();
    expect(await wishCount()).toBe(before + 1);
  });

  it('a village worker of 330282 cannot cancel a wish of 330203; its officer can', async () => {
    // Scenario: a Cixi village worker and a Beilun officer try to cancel a Haishu wish; the Haishu officer does.
    const id = await collected();
    for (const claims of [claimsFor('village_worker', { region: '330282001001' }), beilunOfficer, claimsFor('professional', { sub: `demo-professional-${socialWorkerOf(7)}` })]) {
      const result = await services.run(CANCEL, claims, { id });
      expect(codes(result)).toEqual(['NOT_FOUND']);
    }
    expect(await statusOf(id)).toBe('PUBLISHED');
    const cancelled = await services.run(CANCEL, haishuOfficer, { id });
    expect(cancelled.data!.cancelMicroWish.status).toBe('CANCELLED');
  });

  it('a wish is delivered by a team of its county and confirmed by staff of its region, not by the team or outsiders', async () => {
    // Scenario: organisation 1 claims a Haishu wish; team 1 (Jiangbei) tries to deliver it, team 0 does; the
    // delivering volunteer, a Beilun officer and an unrelated professional try to confirm; the town worker does.
    const id = await collected();
    expect((await services.run(CLAIM, org(1), { id })).errors).toBeUndefined();
    const jiangbei = await services.run(DELIVER, claimsFor('charity_org', { org: demoId('organization', 1) }), { id, teamId: teamId(1) });
    expect(codes(jiangbei)).toEqual(['NOT_FOUND']);
    expect(await statusOf(id)).toBe('CLAIMED');
    expect((await services.run(DELIVER, devVolunteer, { id, teamId: teamId(0) })).errors).toBeUndefined();
    for (const claims of [beilunOfficer, claimsFor('professional', { sub: `demo-professional-${socialWorkerOf(7)}` })]) {
      expect(codes(await services.run(CONFIRM, claims, { id }))).toEqual(['NOT_FOUND']);
    }
    expect(await statusOf(id)).toBe('DELIVERED');
    expect((await services.run(CONFIRM, townWorker, { id })).data!.confirmMicroWish.status).toBe('CONFIRMED');
  });

  it('public titles with split, full-width or Chinese-numeral numbers, names or diagnoses are refused', async () => {
    // Scenario: phone and ID numbers disguised with separators, full-width digits and Chinese numerals;
    // a surname with an honorific; a name with 先生; diagnoses. Then ordinary titles still pass.
    const before = await wishCount();
    const refused = [
      '书包 138 1234 5678',
      '书包138-1234-5678',
      '书包1.3.8.1.2',
      '书包１３８１２３４５６７８',
      '书包一三八一二三四五六七八',
      '书包幺三八 幺二三四',
      '证号3302 0319 8001 0112 3X',
      '王阿姨的轮椅',
      '给李 大爷的棉衣',
      '张建国先生的助听器',
      '陈女士的电饭煲',
      '刘某的书包',
      '尿毒症患者的营养品',
      '白血病儿童的玩具',
      '抑郁症少年的书',
      '加微信送书包',
    ];
    for (const publicTitle of refused) {
      const result = await services.run(COLLECT, townWorker, wish({ publicTitle }));
      expect(codes(result), publicTitle).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0]!.extensions!.field).toBe('publicTitle');
      expect(result.errors![0]!.message).not.toContain(publicTitle);
    }
    expect(await wishCount()).toBe(before);
    for (const publicTitle of ['一套初二数学教辅', '两双冬季棉袜', '一台1000瓦电暖器', '一个新书包']) {
      const result = await services.run(COLLECT, townWorker, wish({ publicTitle }));
      expect(result.errors, publicTitle).toBeUndefined();
    }
  });
});

describe('linkVolunteerToHousehold and registerVolunteer', () => {
  it('civil staff link a volunteer only to a household of their region as services knows it', async () => {
    // Scenario: a worker of the Haishu town 330203001 links volunteer 4 to household 10 (of the town
    // 330203002, by its referral), then to a household services has no referral of; both look unknown and
    // nothing is written. The worker of household 10's town can.
    const worker = claimsFor('town_worker', { region: '330203001' });
    for (const h of [demoId('household', 10), demoId('household', 'unknown-to-services')]) {
      expect(codes(await services.run(LINK, worker, { v: demoId('volunteer', 4), h }))).toEqual(['NOT_FOUND']);
    }
    const [row] = await services.database.db.select().from(volunteers).where(eq(volunteers.id, demoId('volunteer', 4)));
    expect(row!.householdId).toBeNull();
    const own = claimsFor('town_worker', { region: demoHouseholdTown(10) });
    expect((await services.run(LINK, own, { v: demoId('volunteer', 4), h: demoId('household', 10) })).errors).toBeUndefined();
  });

  it('a village worker links a volunteer to a household of their own village only', async () => {
    // Scenario: the worker of a neighbouring village of household 20's town, then the worker of its own village.
    const h = demoId('household', 20);
    const own = demoHouseholdVillage(20);
    const neighbour = villagesOf(demoHouseholdTown(20)).find((v) => v.code !== own)!.code;
    expect(codes(await services.run(LINK, claimsFor('village_worker', { region: neighbour }), { v: demoId('volunteer', 5), h }))).toEqual(['NOT_FOUND']);
    const [before] = await services.database.db.select().from(volunteers).where(eq(volunteers.id, demoId('volunteer', 5)));
    const linked = await services.run(LINK, claimsFor('village_worker', { region: own }), { v: demoId('volunteer', 5), h });
    expect(linked.errors).toBeUndefined();
    const [after] = await services.database.db.select().from(volunteers).where(eq(volunteers.id, demoId('volunteer', 5)));
    expect(before!.householdId).not.toBe(h);
    expect(after!.householdId).toBe(h);
  });

  it('a masked label must really mask: a surname and stars, 2-4 characters', async () => {
    // Scenario: organisation 0 registers volunteers with labels that keep a given name, digits or only a star.
    const input = (maskedLabel: string) => ({ input: { maskedLabel, regionCode: '330203', skills: ['DELIVERY'] } });
    for (const label of ['李*明', '李四*', '*', '张三丰*', '李**1', '李 建*', '李***华', '**', 'Li Ming*']) {
      const result = await services.run(REGISTER, org(0), input(label));
      expect(codes(result), label).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0]!.extensions!.field).toBe('maskedLabel');
    }
    for (const label of ['李**', '王*', '欧阳*', 'W**']) {
      const result = await services.run(REGISTER, org(0), input(label));
      expect(result.errors, label).toBeUndefined();
      expect(result.data!.registerVolunteer.maskedLabel).toBe(label);
    }
  });
});
