import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { demoReferrals } from '@aid/shared/demo/referrals.js';
import { demoId } from '@aid/shared/demo/ids.js';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { agendaItems, followUpActions, meetings } from '../src/db/schema.js';
import { consortiumId, followUpActionId, meetingId } from '../src/seed.js';
import { codes, startSubgraph, type TestSubgraph } from './harness.js';

// The seed's Haishu meetings (src/seed.ts, buildMeetings): meeting 0 (a consultation with four agenda items),
// meeting 1 (a case conference), meeting 2 (scheduled, in 2027). Attendees: the dev officer, a colleague and
// organisations 0-2 (meeting 1: 0-1).
let services: TestSubgraph;

const HAISHU = '330203';
const officer = claimsFor('civil_officer', { region: HAISHU, sub: 'dev-civil_officer' });
const otherCountyOfficer = claimsFor('civil_officer', { region: '330205' });
const townWorker = claimsFor('town_worker', { region: '330203001' });
const org = (n: number) => claimsFor('charity_org', { org: demoId('organization', n) });
const federation = claimsFor('charity_federation');

const referrals = demoReferrals();
const byStatus = (status: string) => referrals.filter((r) => r.status === status);

const READ = `query($id: ID!) { meeting(id: $id) {
  id kind title scheduledAt consortium { id }
  attendees { officerSubject organization { id } }
  agenda { position reason unclaimedDays releaseCount note referral { id } need { id } }
  decisions { summary agendaItem { position } actions { id description ownerOfficerSubject ownerOrganization { id } dueOn status version } }
} }`;
const LIST = `query($kind: MeetingKind) { meetings(kind: $kind, first: 50) { edges { node { id } } pageInfo { hasNextPage } } }`;
const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id attendees { officerSubject organization { id } } } }`;
const ADD_ITEM = `mutation($id: ID!, $input: AgendaItemInput!) { addAgendaItem(meetingId: $id, input: $input) { id position reason referral { id } need { id } } }`;
const DECIDE = `mutation($id: ID!, $input: MeetingDecisionInput!) { recordMeetingDecision(meetingId: $id, input: $input) { id summary actions { id status ownerOrganization { id } } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateFollowUpActionInput!) { updateFollowUpAction(actionId: $id, input: $input) { id status statusNote version } }`;
const MINE = `query($status: FollowUpStatus) { myFollowUpActions(status: $status) { id status dueOn meeting { id } } }`;

const schedule = (overrides: Record<string, unknown> = {}) => ({
  kind: 'CASE_CONFERENCE',
  consortiumId: consortiumId(HAISHU),
  title: '疑难个案会商：长期未认领转介',
  scheduledAt: '2025-06-10T14:00:00+08:00',
  officerSubjects: ['demo-civil-officer-330203-2'],
  organizationIds: [demoId('organization', 0), demoId('organization', 1)],
  ...overrides,
});

const meetingCount = async () => (await services.db.select({ n: count() }).from(meetings))[0]!.n;
const itemCount = async () => (await services.db.select({ n: count() }).from(agendaItems))[0]!.n;

beforeAll(async () => {
  services = await startSubgraph();
});
afterAll(async () => {
  await services?.stop();
});

describe('work coordination (工作协作): who sees a meeting', () => {
  it('the county officer reads the seeded consultation with its agenda, decisions and actions, cases by reference only', async () => {
    // Scenario: the dev officer opens the quarterly consultation meeting of the Haishu consortium.
    const result = await services.run(READ, officer, { id: meetingId(0) });
    expect(result.errors).toBeUndefined();
    const meeting = result.data!.meeting;
    expect(meeting.kind).toBe('CONSULTATION');
    expect(meeting.agenda.map((i: any) => i.reason)).toEqual(['UNCLAIMED', 'UNCLAIMED', 'REPEATEDLY_RELEASED', 'OVER_CAP']);
    expect(meeting.agenda[0].referral).toEqual({ id: byStatus('REQUESTED')[0]!.id });
    expect(meeting.agenda[3]).toMatchObject({ referral: null, need: { id: byStatus('DRAFT')[0]!.needId } });
    expect(meeting.decisions).toHaveLength(4);
    expect(meeting.decisions[0].actions[0]).toMatchObject({ status: 'DONE', ownerOrganization: { id: demoId('organization', 0) } });
    // Nothing of the case is stored or served by services beyond its id (civil affairs resolves the rest).
    expect(Object.keys(meeting.agenda[0].referral)).toEqual(['id']);
  });

  it('attending organisations and the federation see it; an organisation that does not attend, another county and a town worker do not', async () => {
    // Scenario: each caller asks for the meeting by id and lists the meetings they see.
    for (const claims of [org(2), federation]) {
      expect((await services.run(READ, claims, { id: meetingId(0) })).data!.meeting.id).toBe(meetingId(0));
    }
    // Organisation 2 attends meeting 0 but not meeting 1 (the case conference).
    expect((await services.run(READ, org(2), { id: meetingId(1) })).data!.meeting).toBeNull();
    for (const claims of [org(5), otherCountyOfficer, townWorker]) {
      const one = await services.run(READ, claims, { id: meetingId(0) });
      expect(one.errors).toBeUndefined();
      expect(one.data!.meeting).toBeNull();
      const list = await services.run(LIST, claims);
      expect(list.data!.meetings.edges).toEqual([]);
    }
    const listed = (await services.run(LIST, org(2))).data!.meetings.edges.map((e: any) => e.node.id);
    expect(listed).toContain(meetingId(0));
    expect(listed).not.toContain(meetingId(1));
  });

  it('an officer invited by subject sees the meeting even from a town', async () => {
    // Scenario: the seeded colleague, signed in as a town worker, is on the attendee list by subject.
    const colleague = claimsFor('town_worker', { region: '330203001', sub: 'demo-civil-officer-330203-2' });
    expect((await services.run(READ, colleague, { id: meetingId(1) })).data!.meeting.id).toBe(meetingId(1));
  });

  it('the charity role without a policy is refused at the field, and a volunteer too', async () => {
    // Scenario: callers outside the coordinating roles ask for a meeting at the subgraph.
    for (const claims of [claimsFor('volunteer'), claimsFor('professional'), claimsFor('analyst')]) {
      const result = await services.run(READ, claims, { id: meetingId(0) });
      expect(result.data?.meeting ?? null).toBeNull();
      expect(codes(result)).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
    }
  });
});

describe('work coordination (工作协作): scheduling, agenda, decisions', () => {
  it('a county officer schedules a case conference with member organisations; they attend, and so does the officer', async () => {
    // Scenario: the dev officer schedules a conference with two member organisations and a colleague.
    const result = await services.run(SCHEDULE, officer, { input: schedule() });
    expect(result.errors).toBeUndefined();
    const attendees = result.data!.scheduleMeeting.attendees;
    expect(attendees.map((a: any) => a.officerSubject).filter(Boolean).sort()).toEqual(['demo-civil-officer-330203-2', 'dev-civil_officer']);
    expect(attendees.map((a: any) => a.organization?.id).filter(Boolean)).toHaveLength(2);
  });

  it('refuses an organisation that is not a member, a town consortium, another county, and personal data in the title, writing nothing', async () => {
    // Scenario: four bad schedules; the meeting count does not move.
    const before = await meetingCount();
    const notMember = await services.run(SCHEDULE, officer, { input: schedule({ organizationIds: [demoId('organization', 9)] }) });
    expect(codes(notMember)).toEqual(['BAD_USER_INPUT']);
    const town = await services.run(SCHEDULE, officer, { input: schedule({ consortiumId: consortiumId('330203001') }) });
    expect(codes(town)).toEqual(['BAD_USER_INPUT']);
    const foreign = await services.run(SCHEDULE, otherCountyOfficer, { input: schedule() });
    expect(codes(foreign)).toEqual(['NOT_FOUND']);
    const phone = await services.run(SCHEDULE, officer, { input: schedule({ title: '会商 138 0013 8000 家庭' }) });
    expect(codes(phone)).toEqual(['BAD_USER_INPUT']);
    expect(phone.errors![0]!.message).not.toContain('138');
    expect(await meetingCount()).toBe(before);
  });

  it('puts a referral waiting in the pool on the agenda as UNCLAIMED, numbered after the last item', async () => {
    // Scenario: the officer adds a second REQUESTED referral to the upcoming consultation (meeting 2, empty).
    const referral = byStatus('REQUESTED')[2]!;
    const result = await services.run(ADD_ITEM, officer, { id: meetingId(2), input: { referralId: referral.id, reason: 'UNCLAIMED', unclaimedDays: 30 } });
    expect(result.errors).toBeUndefined();
    expect(result.data!.addAgendaItem).toMatchObject({ position: 1, reason: 'UNCLAIMED', referral: { id: referral.id } });
    const again = await services.run(ADD_ITEM, officer, { id: meetingId(2), input: { referralId: referral.id, reason: 'UNCLAIMED', unclaimedDays: 31 } });
    expect(codes(again)).toEqual(['CONFLICT']);
    const need = await services.run(ADD_ITEM, officer, { id: meetingId(2), input: { needId: byStatus('DRAFT')[1]!.needId, reason: 'OVER_CAP' } });
    expect(need.data!.addAgendaItem.position).toBe(2);
  });

  it('concurrent additions to one agenda take consecutive positions, none lost', async () => {
    // Scenario: three officers' requests add three referrals to a fresh meeting at the same moment.
    const created = await services.run(SCHEDULE, officer, { input: schedule({ title: '并发议程测试会商' }) });
    const id = created.data!.scheduleMeeting.id;
    const cases = [byStatus('REQUESTED')[4]!, byStatus('REQUESTED')[5]!, byStatus('RECEIVED')[1]!];
    const results = await Promise.all(
      cases.map((referral) =>
        services.run(ADD_ITEM, officer, {
          id,
          input: referral.status === 'RECEIVED' ? { referralId: referral.id, reason: 'REPEATEDLY_RELEASED', releaseCount: 3 } : { referralId: referral.id, reason: 'UNCLAIMED', unclaimedDays: 9 },
        }),
      ),
    );
    expect(results.flatMap((r) => codes(r))).toEqual([]);
    expect(results.map((r) => r.data!.addAgendaItem.position).sort()).toEqual([1, 2, 3]);
  });

  it('refuses a reason that does not fit the referral, an unknown case, a need as FAILED, a missing count, and another county', async () => {
    // Scenario: bad agenda items; the agenda does not grow.
    const before = await itemCount();
    const accepted = byStatus('ACCEPTED')[0]!;
    const cases: [Record<string, unknown>, string, typeof officer][] = [
      [{ referralId: accepted.id, reason: 'UNCLAIMED', unclaimedDays: 5 }, 'BAD_USER_INPUT', officer],
      [{ referralId: byStatus('REQUESTED')[3]!.id, reason: 'FAILED' }, 'BAD_USER_INPUT', officer],
      [{ referralId: demoId('referral', 'never-heard-of'), reason: 'OVER_CAP' }, 'NOT_FOUND', officer],
      [{ needId: byStatus('DRAFT')[2]!.needId, reason: 'FAILED' }, 'BAD_USER_INPUT', officer],
      [{ referralId: byStatus('REQUESTED')[3]!.id, reason: 'UNCLAIMED' }, 'BAD_USER_INPUT', officer],
      [{ referralId: byStatus('FAILED')[3]!.id, needId: byStatus('FAILED')[3]!.needId, reason: 'FAILED' }, 'BAD_USER_INPUT', officer],
      [{ referralId: byStatus('FAILED')[3]!.id, reason: 'OTHER' }, 'BAD_USER_INPUT', officer],
      [{ referralId: byStatus('FAILED')[3]!.id, reason: 'FAILED' }, 'NOT_FOUND', otherCountyOfficer],
    ];
    for (const [input, code, claims] of cases) {
      expect(codes(await services.run(ADD_ITEM, claims, { id: meetingId(2), input })), JSON.stringify(input)).toEqual([code]);
    }
    expect(await itemCount()).toBe(before);
  });

  it('records a decision with actions owned by attendees; refuses an owner who does not attend and a meeting still to come', async () => {
    // Scenario: the officer decides on the case conference's first item, then tries two bad decisions.
    const decision = {
      summary: '由成员单位承接并在两周内回访。',
      actions: [
        { description: '承接个案并安排回访', ownerOrganizationId: demoId('organization', 1), dueOn: '2025-06-05' },
        { description: '协调村社陪同', ownerOfficerSubject: 'demo-civil-officer-330203-2', dueOn: '2025-06-01' },
      ],
    };
    const ok = await services.run(DECIDE, officer, { id: meetingId(1), input: decision });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.recordMeetingDecision.actions.map((a: any) => a.status)).toEqual(['OPEN', 'OPEN']);

    const stranger = await services.run(DECIDE, officer, {
      id: meetingId(1),
      input: { ...decision, actions: [{ description: '跟进', ownerOrganizationId: demoId('organization', 2), dueOn: '2025-06-05' }] },
    });
    expect(codes(stranger)).toEqual(['BAD_USER_INPUT']);
    expect(stranger.errors![0]!.extensions!.field).toBe('actions[0].ownerOrganizationId');
    const early = await services.run(DECIDE, officer, { id: meetingId(2), input: { summary: '提前决定', actions: [] } });
    expect(codes(early)).toEqual(['BAD_USER_INPUT']);
    const foreign = await services.run(DECIDE, otherCountyOfficer, { id: meetingId(1), input: decision });
    expect(codes(foreign)).toEqual(['NOT_FOUND']);
  });
});

describe('work coordination (工作协作): follow-up actions', () => {
  // Meeting 0's fourth action (a whole-meeting decision) is owned by organisation 1 and OPEN.
  const ACTION = followUpActionId(0, 3);

  it("the owner sees its actions in its work list and moves one on; a stale version is CONFLICT and writes nothing", async () => {
    // Scenario: organisation 1 lists its open actions, starts one, then sends a second change with the old version.
    const mine = (await services.run(MINE, org(1))).data!.myFollowUpActions;
    expect(mine.map((a: any) => a.id)).toContain(ACTION);
    expect(mine.every((a: any) => ['OPEN', 'IN_PROGRESS'].includes(a.status))).toBe(true);
    const started = await services.run(UPDATE, org(1), { id: ACTION, input: { status: 'IN_PROGRESS', note: '已开始编制首期通报。', expectedVersion: 1 } });
    expect(started.data!.updateFollowUpAction).toMatchObject({ status: 'IN_PROGRESS', version: 2 });
    const stale = await services.run(UPDATE, org(1), { id: ACTION, input: { status: 'DONE', expectedVersion: 1 } });
    expect(codes(stale)).toEqual(['CONFLICT']);
    const [row] = await services.db.select().from(followUpActions).where(eq(followUpActions.id, ACTION));
    expect(row!.status).toBe('IN_PROGRESS');
  });

  it('only a county officer cancels; another organisation finds no such action; a finished action does not move', async () => {
    // Scenario: the owner tries to cancel, a stranger tries to update, then the officer cancels and tries to reopen.
    expect(codes(await services.run(UPDATE, org(1), { id: ACTION, input: { status: 'CANCELLED' } }))).toEqual(['FORBIDDEN']);
    expect(codes(await services.run(UPDATE, org(5), { id: ACTION, input: { status: 'DONE' } }))).toEqual(['NOT_FOUND']);
    expect(codes(await services.run(UPDATE, org(0), { id: ACTION, input: { status: 'DONE' } }))).toEqual(['NOT_FOUND']);
    const cancelled = await services.run(UPDATE, officer, { id: ACTION, input: { status: 'CANCELLED', note: '改由月度例会通报。' } });
    expect(cancelled.data!.updateFollowUpAction.status).toBe('CANCELLED');
    expect(codes(await services.run(UPDATE, officer, { id: ACTION, input: { status: 'OPEN' } }))).toEqual(['INVALID_TRANSITION']);
  });

  it("an officer owning an action by subject updates it; the meeting it came from is readable from the work list", async () => {
    // Scenario: the dev officer's IN_PROGRESS action of meeting 0 is finished from their list.
    const mine = (await services.run(MINE, officer, { status: 'IN_PROGRESS' })).data!.myFollowUpActions;
    const action = mine.find((a: any) => a.meeting.id === meetingId(0));
    expect(action).toBeDefined();
    const done = await services.run(UPDATE, officer, { id: action.id, input: { status: 'DONE' } });
    expect(done.data!.updateFollowUpAction.status).toBe('DONE');
  });

  it('a page of meetings with their agendas, decisions and actions costs one statement per level', async () => {
    // Scenario: the federation lists every meeting with nested lists; statements do not grow with the meetings.
    services.database.statements.reset();
    const result = await services.run(
      `{ meetings(first: 20) { edges { node { id attendees { officerSubject } agenda { position } decisions { summary actions { status } } } } } }`,
      federation,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.meetings.edges.length).toBeGreaterThanOrEqual(3);
    expect(services.database.statements.count).toBe(5);
  });
});
