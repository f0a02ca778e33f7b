import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '@aid/shared/demo/ids.js';
import { consents, needs, referralEvents, referrals, referralTransitions } from '../src/db/schema.js';
import { needStatusFor, settleNeeds } from '../src/need-lifecycle.js';
import { releaseExpiredClaims, transitionReferral } from '../src/referral-workflow.js';
import { generateHouseholds, insertHouseholds, seedCivilAffairs } from '../src/seed.js';
import { codeOf, federation, officer, ok, startSubgraph, org, type Result, type TestSubgraph } from './harness.js';

let t: TestSubgraph;
const ORGS = [0, 1, 2, 3].map((k) => demoId('organization', k));
// Households 400+ (after the demo's) give each scenario a Haishu (330203) household of its own.
const extra = generateHouseholds(400, 400);
const households = extra.filter((g) => g.household.countyCode === '330203');
let nextHousehold = 0;

beforeAll(async () => {
  t = await startSubgraph();
  await seedCivilAffairs(t.db);
  await insertHouseholds(t.db, extra);
});
afterAll(() => t?.stop());

/** A new household case: a need, an all-members consent and a fresh pre-aid check. */
async function prepareCase(options: { check?: boolean } = {}) {
  const g = households[nextHousehold++]!;
  const householdId = g.household.id;
  const head = g.members[0]!;
  const need = ok(
    await t.run(
      `mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id gapFen } }`,
      officer(),
      {
        input: {
          householdId,
          programme: 'MEDICAL',
          subType: 'MEDICAL_COSTS',
          publicSummary: 'Costs of a major operation left after insurance.',
          estimatedCostFen: 10_000_000,
          basicMedicalInsuranceFen: 5_000_000,
          criticalIllnessInsuranceFen: 2_000_000,
          medicalAssistanceFen: 1_000_000,
          priority: 'MAJOR_ILLNESS',
          channel: 'HOME_VISIT',
        },
      },
    ),
  ).recordNeed;
  const consent = ok(
    await t.run(
      `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id status } }`,
      officer(),
      {
        input: {
          householdId,
          subjectId: head.id,
          givenById: head.id,
          purposes: ['REFERRAL', 'SERVICE_DELIVERY'],
          dataCategories: ['NEED_DETAILS', 'NAME', 'CONTACT'],
          allFederationMembers: true,
          method: 'WRITTEN',
          validUntil: new Date(Date.now() + 200 * 86_400_000).toISOString(),
        },
      },
    ),
  ).recordConsent;
  if (options.check ?? true) {
    ok(
      await t.run(`mutation($h: ID!) { runPreAidCheck(householdId: $h, programme: MEDICAL, windowStart: "2025-01-01", windowEnd: "2025-12-31") { id } }`, officer(), { h: householdId }),
    );
  }
  const referral = ok(
    await t.run(`mutation($input: CreateReferralInput!) { createReferral(input: $input) { id status } }`, officer(), {
      input: { needId: need.id, consentId: consent.id },
    }),
  ).createReferral;
  expect(referral.status).toBe('DRAFT');
  return { householdId, head, needId: need.id as string, consentId: consent.id as string, referralId: referral.id as string, gapFen: need.gapFen as number };
}

const MUTATION: Record<string, string> = {
  request: 'requestReferral(id: $id)',
  claim: 'claimReferral(id: $id)',
  release: 'releaseReferral(id: $id, reason: "No volunteers this month.")',
  accept: 'acceptReferral(id: $id)',
  reject: 'rejectReferral(id: $id, reason: "Outside our mission.")',
  start: 'startReferral(id: $id)',
  hold: 'holdReferral(id: $id, reason: "Waiting for the hospital bill.")',
  resume: 'resumeReferral(id: $id)',
  complete: 'completeReferral(id: $id, outcome: GOT_HELP)',
  fail: 'failReferral(id: $id, outcome: COULD_NOT_CONTACT, reason: "Phone disconnected.")',
  cancel: 'cancelReferral(id: $id, reason: "Duplicate case.")',
  enterInError: 'markReferralEnteredInError(id: $id, reason: "Wrong household.")',
};

function act(action: string, id: string, claims = officer()): Promise<Result> {
  return t.run(`mutation($id: ID!) { r: ${MUTATION[action]} { id status claimedBy { id } outcome statusReason } }`, claims, { id });
}

/** Who performs each action in the scenarios below. */
function actor(action: string) {
  if (['claim', 'release', 'accept', 'start', 'hold', 'resume', 'complete', 'fail'].includes(action)) return org(ORGS[0]!);
  return officer();
}

async function snapshot(referralId: string) {
  const [row] = await t.db.select().from(referrals).where(eq(referrals.id, referralId));
  return { row, transitions: await t.rows(referralTransitions), events: await t.rows(referralEvents) };
}

describe('the referral state machine', () => {
  const paths: [string, [string, string, ('holder' | 'federation')?][]][] = [
    ['to completion, through hold and resume', [['request', 'REQUESTED'], ['claim', 'RECEIVED'], ['accept', 'ACCEPTED'], ['start', 'IN_PROGRESS'], ['hold', 'ON_HOLD'], ['resume', 'IN_PROGRESS'], ['complete', 'COMPLETED']]],
    ['released back to the pool', [['request', 'REQUESTED'], ['claim', 'RECEIVED'], ['release', 'REQUESTED']]],
    ['rejected by the claiming organisation', [['request', 'REQUESTED'], ['claim', 'RECEIVED'], ['reject', 'REJECTED', 'holder']]],
    ['rejected from the pool by the federation', [['request', 'REQUESTED'], ['reject', 'REJECTED', 'federation']]],
    ['failed after acceptance', [['request', 'REQUESTED'], ['claim', 'RECEIVED'], ['accept', 'ACCEPTED'], ['fail', 'FAILED']]],
    ['failed while on hold', [['request', 'REQUESTED'], ['claim', 'RECEIVED'], ['accept', 'ACCEPTED'], ['start', 'IN_PROGRESS'], ['hold', 'ON_HOLD'], ['fail', 'FAILED']]],
    ['failed while in progress', [['request', 'REQUESTED'], ['claim', 'RECEIVED'], ['accept', 'ACCEPTED'], ['start', 'IN_PROGRESS'], ['fail', 'FAILED']]],
    ['cancelled in draft', [['cancel', 'CANCELLED']]],
    ['cancelled while in progress', [['request', 'REQUESTED'], ['claim', 'RECEIVED'], ['accept', 'ACCEPTED'], ['start', 'IN_PROGRESS'], ['cancel', 'CANCELLED']]],
    ['cancelled in the pool', [['request', 'REQUESTED'], ['cancel', 'CANCELLED']]],
    ['entered in error after completion', [['request', 'REQUESTED'], ['claim', 'RECEIVED'], ['accept', 'ACCEPTED'], ['start', 'IN_PROGRESS'], ['complete', 'COMPLETED'], ['enterInError', 'ENTERED_IN_ERROR']]],
    ['entered in error in draft', [['enterInError', 'ENTERED_IN_ERROR']]],
  ];

  it.each(paths)('a referral goes %s, each step recorded with actor, time and reason beside its outbox event', async (_name, steps) => {
    // Scenario: each legal transition of the path, by the role that acts, one transition row and one event each.
    const { referralId } = await prepareCase();
    for (const [action, expected, who] of steps) {
      const before = await snapshot(referralId);
      const claims = who === 'federation' ? federation() : who === 'holder' ? org(ORGS[0]!) : actor(action);
      const result = ok(await act(action, referralId, claims)).r;
      expect(result.status).toBe(expected);
      const after = await snapshot(referralId);
      expect(after.transitions).toBe(before.transitions + 1);
      expect(after.events).toBe(before.events + 1);
      expect(after.row!.version).toBe(before.row!.version + 1);
      const [transition] = await t.db
        .select()
        .from(referralTransitions)
        .where(eq(referralTransitions.referralId, referralId))
        .orderBy(referralTransitions.at)
        .then((rows) => rows.slice(-1));
      expect(transition).toMatchObject({ fromStatus: before.row!.status, toStatus: expected, actor: claims.sub, actorRole: claims.roles[0] });
      if (['release', 'reject', 'hold', 'fail', 'cancel', 'enterInError'].includes(action)) expect(transition!.reason).toBeTruthy();
    }
    const final = ok(await t.run(`query($id: ID!) { referral(id: $id) { status outcome transitions { from to action actor reason at } } }`, officer(), { id: referralId })).referral;
    expect(final.transitions.map((x: any) => x.to)).toEqual(['DRAFT', ...steps.map((s) => s[1])]);
    if (final.status === 'COMPLETED') expect(final.outcome).toBe('GOT_HELP');
  });

  it('an illegal transition is INVALID_TRANSITION and writes nothing: no row change, no transition, no event', async () => {
    // Scenario: the holding organisation tries to complete a referral it has only claimed.
    const { referralId } = await prepareCase();
    ok(await act('request', referralId));
    ok(await act('claim', referralId, org(ORGS[0]!)));
    const before = await snapshot(referralId);
    const result = await act('complete', referralId, org(ORGS[0]!));
    expect(codeOf(result)).toBe('INVALID_TRANSITION');
    expect(result.errors![0]!.message).toMatch(/RECEIVED.*allowed from IN_PROGRESS/);
    expect(await snapshot(referralId)).toEqual(before);
  });

  it('completion without an outcome is BAD_USER_INPUT and writes nothing', async () => {
    // Scenario: a direct call of the workflow without the outcome.
    const { referralId } = await prepareCase();
    const before = await snapshot(referralId);
    await expect(transitionReferral(t.db, t.config, org(ORGS[0]!), referralId, 'complete', {})).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(await snapshot(referralId)).toEqual(before);
  });

  it('an organisation that does not hold a referral cannot move it: it looks not found', async () => {
    // Scenario: organisation 1 tries to accept organisation 0's claim.
    const { referralId } = await prepareCase();
    ok(await act('request', referralId));
    ok(await act('claim', referralId, org(ORGS[0]!)));
    const result = await act('accept', referralId, org(ORGS[1]!));
    expect(codeOf(result)).toBe('NOT_FOUND');
  });

  it('requesting without a recent pre-aid check is refused with a clear reason and writes nothing', async () => {
    // Scenario: the officer forgot the 救前查询.
    const { referralId } = await prepareCase({ check: false });
    const before = await snapshot(referralId);
    const result = await act('request', referralId);
    expect(codeOf(result)).toBe('INVALID_TRANSITION');
    expect(result.errors![0]!.extensions?.reason).toBe('PRE_AID_CHECK_REQUIRED');
    expect(result.errors![0]!.message).toMatch(/pre-aid check/);
    expect(await snapshot(referralId)).toEqual(before);
  });

  it('requesting under a withdrawn consent is CONSENT_REQUIRED (the withdrawal cancelled the draft already)', async () => {
    // Scenario: creating a referral with a consent that is no longer active.
    const { needId, consentId, referralId } = await prepareCase();
    ok(await t.run(`mutation($id: ID!) { withdrawConsent(id: $id, reason: "Changed my mind.") { status } }`, officer(), { id: consentId }));
    expect((await snapshot(referralId)).row!.status).toBe('CANCELLED');
    const result = await t.run(`mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`, officer(), { input: { needId, consentId } });
    expect(codeOf(result)).toBe('CONSENT_REQUIRED');
  });
});

describe('claiming', () => {
  it('four organisations claim at once: exactly one wins, the others get CONFLICT, one transition is written', async () => {
    // Scenario: a concurrent race on one pooled referral (real concurrency on PostgreSQL).
    const { referralId } = await prepareCase();
    ok(await act('request', referralId));
    const before = await snapshot(referralId);
    const results = await Promise.all(ORGS.map((id) => act('claim', referralId, org(id))));
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers.map(codeOf)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT']);
    const after = await snapshot(referralId);
    expect(after.row!.status).toBe('RECEIVED');
    expect(after.row!.organizationId).toBe(winners[0]!.data!.r.claimedBy.id);
    expect(after.transitions).toBe(before.transitions + 1);
    expect(after.events).toBe(before.events + 1);
  });

  it('a claim not accepted in time returns to the pool when the sweep runs', async () => {
    // Scenario: the sweep runs one timeout later; the referral is REQUESTED again with no holder.
    const { referralId } = await prepareCase();
    ok(await act('request', referralId));
    ok(await act('claim', referralId, org(ORGS[0]!)));
    expect(await releaseExpiredClaims(t.db, new Date())).toBe(0);
    const later = new Date(Date.now() + t.config.claimTimeoutMs + 1000);
    expect(await releaseExpiredClaims(t.db, later)).toBeGreaterThanOrEqual(1);
    const { row } = await snapshot(referralId);
    expect(row).toMatchObject({ status: 'REQUESTED', organizationId: null, claimExpiresAt: null });
    const [last] = (await t.db.select().from(referralEvents).where(eq(referralEvents.referralId, referralId)).orderBy(referralEvents.sequence)).slice(-1);
    expect(last).toMatchObject({ action: 'expire', fromStatus: 'RECEIVED', status: 'REQUESTED', organizationId: null });
  });

  it('a lapsed claim is released lazily when another organisation claims', async () => {
    // Scenario: organisation 1 claims after organisation 0's claim lapsed, before any sweep.
    const { referralId } = await prepareCase();
    ok(await act('request', referralId));
    ok(await act('claim', referralId, org(ORGS[0]!)));
    const later = new Date(Date.now() + t.config.claimTimeoutMs + 1000);
    const row = await transitionReferral(t.db, t.config, org(ORGS[1]!), referralId, 'claim', {}, later);
    expect(row).toMatchObject({ status: 'RECEIVED', organizationId: ORGS[1] });
    const actions = (await t.db.select().from(referralTransitions).where(eq(referralTransitions.referralId, referralId)).orderBy(referralTransitions.at)).map((x) => x.action);
    expect(actions).toEqual(['create', 'request', 'claim', 'expire', 'claim']);
  });
});

describe('consent', () => {
  it('withdrawing consent cancels its open referrals in the same transaction and the organisation loses access', async () => {
    // Scenario: a household with one referral in progress withdraws consent.
    const { referralId, consentId } = await prepareCase();
    for (const [action, claims] of [['request', officer()], ['claim', org(ORGS[2]!)], ['accept', org(ORGS[2]!)], ['start', org(ORGS[2]!)]] as const) {
      ok(await act(action, referralId, claims));
    }
    const contactQuery = `query($id: ID!) { referral(id: $id) { status consentedContact { maskedName phone townName } household { id } } }`;
    const visible = ok(await t.run(contactQuery, org(ORGS[2]!), { id: referralId })).referral;
    expect(visible.consentedContact.maskedName).toMatch(/^.\*+$/);
    expect(visible.household).not.toBeNull();
    const eventsBefore = await t.rows(referralEvents);
    const withdrawn = ok(await t.run(`mutation($id: ID!) { withdrawConsent(id: $id, reason: "No longer wants charity contact.") { status withdrawnAt withdrawalReason } }`, officer(), { id: consentId })).withdrawConsent;
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', withdrawalReason: 'No longer wants charity contact.' });
    expect(await t.rows(referralEvents)).toBe(eventsBefore + 1);
    const after = ok(await t.run(contactQuery, org(ORGS[2]!), { id: referralId })).referral;
    expect(after).toMatchObject({ status: 'CANCELLED', consentedContact: null, household: null });
    const [event] = (await t.db.select().from(referralEvents).where(eq(referralEvents.referralId, referralId)).orderBy(referralEvents.sequence)).slice(-1);
    expect(event).toMatchObject({ action: 'consentWithdrawn', fromStatus: 'IN_PROGRESS', status: 'CANCELLED' });
  });

  it('withdrawal leaves finished referrals alone and a second withdrawal is CONFLICT', async () => {
    // Scenario: a demo household's consent covers one completed referral (plan n=36) and others.
    const consentId = demoId('consent', 360 % 400);
    const before = await t.db.select().from(referrals).where(eq(referrals.consentId, consentId));
    ok(await t.run(`mutation($id: ID!) { withdrawConsent(id: $id, reason: "Moved away.") { id } }`, officer(), { id: consentId }));
    const after = await t.db.select().from(referrals).where(eq(referrals.consentId, consentId));
    for (const row of after) {
      const was = before.find((b) => b.id === row.id)!.status;
      expect(row.status).toBe(['DRAFT', 'REQUESTED', 'RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD'].includes(was) ? 'CANCELLED' : was);
    }
    const again = await t.run(`mutation($id: ID!) { withdrawConsent(id: $id, reason: "Again.") { id } }`, officer(), { id: consentId });
    expect(codeOf(again)).toBe('CONFLICT');
    const [row] = await t.db.select().from(consents).where(eq(consents.id, consentId));
    expect(row!.withdrawalReason).toBe('Moved away.');
  });

  it('a consent for a child under 14 must be given by the guardian', async () => {
    // Scenario: the child's own "consent" is refused; the guardian's is recorded.
    const g = generateHouseholds(0, 400).find((x) => x.household.countyCode === '330203' && x.members.some((m) => m.guardianId))!;
    const child = g.members.find((m) => m.guardianId)!;
    const input = { householdId: g.household.id, subjectId: child.id, purposes: ['REFERRAL'], dataCategories: ['NEED_DETAILS'], allFederationMembers: true, method: 'WRITTEN', validUntil: '2099-01-01' };
    const query = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { status givenBy { id } } }`;
    const byChild = await t.run(query, officer(), { input: { ...input, givenById: child.id, validUntil: new Date(Date.now() + 86_400_000 * 30).toISOString() } });
    expect(codeOf(byChild)).toBe('BAD_USER_INPUT');
    expect(byChild.errors![0]!.message).toMatch(/guardian/);
    const byGuardian = ok(await t.run(query, officer(), { input: { ...input, givenById: child.guardianId, validUntil: new Date(Date.now() + 86_400_000 * 30).toISOString() } }));
    expect(byGuardian.recordConsent).toEqual({ status: 'ACTIVE', givenBy: { id: child.guardianId } });
  });
});

describe('what charity staff see', () => {
  it('the pool shows programme, gap, priority and town and no personal data, major illness first', async () => {
    // Scenario: a member organisation browses the pool and finds a freshly requested case.
    const { referralId, gapFen } = await prepareCase();
    ok(await act('request', referralId));
    const data = ok(await t.run(`{ referralPool(first: 100) { edges { node { referralId programme subType gapFen priority countyName townName publicSummary needCollectedAt } } } }`, org(ORGS[3]!)));
    const nodes = data.referralPool.edges.map((e: any) => e.node);
    const mine = nodes.find((n: any) => n.referralId === referralId);
    expect(mine).toMatchObject({ programme: 'MEDICAL', gapFen, priority: 'MAJOR_ILLNESS', countyName: '海曙区' });
    const ranks = nodes.map((n: any) => ['MAJOR_ILLNESS', 'DISASTER', 'SUDDEN_ACCIDENT', 'ROUTINE'].indexOf(n.priority));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // No ID or phone number anywhere; opaque ids are set aside first (a random UUID can hold 11 digits in a row).
    const text = JSON.stringify(nodes).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>');
    expect(text).not.toMatch(/\d{17}[\dX]|1\d{10}/);
  });

  it('a claimed but not yet accepted referral shows no household to the organisation', async () => {
    // Scenario: Step 5 of the closed loop starts only once the claim is accepted.
    const { referralId } = await prepareCase();
    ok(await act('request', referralId));
    ok(await act('claim', referralId, org(ORGS[0]!)));
    const data = ok(await t.run(`query($id: ID!) { referral(id: $id) { status household { id } consentedContact { maskedName } } }`, org(ORGS[0]!), { id: referralId }));
    expect(data.referral).toEqual({ status: 'RECEIVED', household: null, consentedContact: null });
  });

  it('the pool needs the charity_member policy: a civil officer gets UNAUTHORIZED_FIELD_OR_TYPE', async () => {
    // Scenario: defence in depth at the subgraph.
    const result = await t.run(`{ referralPool { edges { cursor } } }`, officer());
    expect(codeOf(result)).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
  });
});

describe('the need follows its referral (need lifecycle)', () => {
  const needStatus = async (needId: string) => (await t.db.select({ status: needs.status }).from(needs).where(eq(needs.id, needId)))[0]!.status;
  /** Moves a fresh case to IN_PROGRESS with organisation 1. */
  async function inProgress() {
    const c = await prepareCase();
    for (const [action, claims] of [['request', officer()], ['claim', org(ORGS[1]!)], ['accept', org(ORGS[1]!)], ['start', org(ORGS[1]!)]] as const) {
      ok(await act(action, c.referralId, claims));
    }
    return c;
  }
  const complete = (id: string, outcome: string) =>
    t.run(`mutation($id: ID!) { completeReferral(id: $id, outcome: ${outcome}) { status need { status } } }`, org(ORGS[1]!), { id });

  it('requesting makes the need REFERRED; claiming and releasing keep it REFERRED', async () => {
    // Scenario: a referral goes to the pool, is claimed, then released back.
    const { needId, referralId } = await prepareCase();
    expect(await needStatus(needId)).toBe('OPEN');
    ok(await act('request', referralId));
    expect(await needStatus(needId)).toBe('REFERRED');
    ok(await act('claim', referralId, org(ORGS[1]!)));
    ok(await act('release', referralId, org(ORGS[1]!)));
    expect(await needStatus(needId)).toBe('REFERRED');
  });

  it('completion with GOT_HELP makes the need MET, in the completing mutation', async () => {
    // Scenario: the organisation completes with GOT_HELP and reads the need in the same response.
    const { needId, referralId } = await inProgress();
    expect(ok(await complete(referralId, 'GOT_HELP')).completeReferral).toEqual({ status: 'COMPLETED', need: { status: 'MET' } });
    expect(await needStatus(needId)).toBe('MET');
  });

  it('completion with PARTLY_HELPED reopens the need, which can be referred again', async () => {
    // Scenario: part of the gap is left; the officer refers the same need a second time.
    const { needId, referralId, consentId } = await inProgress();
    expect(ok(await complete(referralId, 'PARTLY_HELPED')).completeReferral.need).toEqual({ status: 'OPEN' });
    const second = ok(
      await t.run(`mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`, officer(), { input: { needId, consentId } }),
    ).createReferral;
    ok(await act('request', second.id));
    expect(await needStatus(needId)).toBe('REFERRED');
  });

  it.each(['COULD_NOT_CONTACT', 'NOT_ELIGIBLE', 'NO_CAPACITY', 'DECLINED', 'REFERRED_ELSEWHERE'])(
    'completion with %s (no help) reopens the need',
    async (outcome) => {
      // Scenario: the referral is completed without help.
      const { needId, referralId } = await inProgress();
      expect(ok(await complete(referralId, outcome)).completeReferral.need).toEqual({ status: 'OPEN' });
      expect(await needStatus(needId)).toBe('OPEN');
    },
  );

  it.each([
    ['failed by the organisation', 'fail', org(ORGS[1]!)],
    ['cancelled by the officer', 'cancel', officer()],
    ['entered in error', 'enterInError', officer()],
  ] as const)('a referral %s reopens the need', async (_name, action, claims) => {
    // Scenario: the referral in progress ends without help.
    const { needId, referralId } = await inProgress();
    ok(await act(action, referralId, claims));
    expect(await needStatus(needId)).toBe('OPEN');
  });

  it('a referral rejected from the pool by the federation reopens the need', async () => {
    // Scenario: no member covers the need; the federation rejects it while it waits in the pool.
    const { needId, referralId } = await prepareCase();
    ok(await act('request', referralId));
    ok(await act('reject', referralId, federation()));
    expect(await needStatus(needId)).toBe('OPEN');
  });

  it('marking the helping referral entered in error takes the need from MET back to OPEN', async () => {
    // Scenario: the completion was recorded for the wrong household and is struck out.
    const { needId, referralId } = await inProgress();
    ok(await complete(referralId, 'GOT_HELP'));
    ok(await act('enterInError', referralId));
    expect(await needStatus(needId)).toBe('OPEN');
  });

  it('a consent withdrawal that cancels the referral reopens the need in the same transaction', async () => {
    // Scenario: the household withdraws consent while the case is in progress.
    const { needId, consentId } = await inProgress();
    ok(await t.run(`mutation($id: ID!) { withdrawConsent(id: $id, reason: "No longer wants it shared.") { id } }`, officer(), { id: consentId }));
    expect(await needStatus(needId)).toBe('OPEN');
  });

  it('a refused transition leaves the need as it was', async () => {
    // Scenario: an organisation tries to complete a referral still in the pool (it holds none); the need stays REFERRED.
    const { needId, referralId } = await prepareCase();
    ok(await act('request', referralId));
    expect(codeOf(await complete(referralId, 'GOT_HELP'))).toBe('NOT_FOUND');
    expect(await needStatus(needId)).toBe('REFERRED');
  });

  it('the rule: CLOSED is final, a working referral keeps REFERRED, GOT_HELP gives MET, else OPEN', () => {
    // Scenario: the derivation on its own, including a need with another open referral.
    expect(needStatusFor('CLOSED', [{ status: 'IN_PROGRESS', outcome: null }])).toBe('CLOSED');
    expect(needStatusFor('REFERRED', [{ status: 'FAILED', outcome: 'NO_CAPACITY' }, { status: 'REQUESTED', outcome: null }])).toBe('REFERRED');
    expect(needStatusFor('REFERRED', [{ status: 'COMPLETED', outcome: 'GOT_HELP' }])).toBe('MET');
    expect(needStatusFor('REFERRED', [{ status: 'COMPLETED', outcome: 'PARTLY_HELPED' }, { status: 'DRAFT', outcome: null }])).toBe('OPEN');
  });

  it('the seed and the SQL rule agree: settling every seeded need changes none', async () => {
    // Scenario: the derived UPDATE run over every need finds nothing to change in the demo data.
    const before = await t.db.select({ id: needs.id, status: needs.status }).from(needs);
    await settleNeeds(t.db, before.map((n) => n.id));
    const after = new Map((await t.db.select({ id: needs.id, status: needs.status }).from(needs)).map((n) => [n.id, n.status]));
    expect(before.filter((n) => after.get(n.id) !== n.status)).toEqual([]);
  });
});
