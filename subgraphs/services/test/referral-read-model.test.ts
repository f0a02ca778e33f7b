import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { demoReferrals } from '@aid/shared/demo/referrals.js';
import { demoId } from '@aid/shared/demo/ids.js';
import type { ReferralFeedEvent } from '@aid/shared/referral-feed/contract.js';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { caseAssignments, feedback, referrals, serviceRecords } from '../src/db/schema.js';
import { applyReferralEvents } from '../src/referral-sync.js';
import { DEV_VOLUNTEER_SUBJECT, professionalId, socialWorkerOf, teamId, volunteerId } from '../src/seed.js';
import { codes, startSubgraph, type TestSubgraph } from './harness.js';

// Referrals that only the feed tells services about (not in the demo plan), all for household 30.
const HOUSEHOLD = demoId('household', 30);
const ORG_N = 3;
const org = (k: number) => claimsFor('charity_org', { org: demoId('organization', k) });
const socialWorker = claimsFor('professional', { sub: `demo-professional-${socialWorkerOf(ORG_N)}` });
const federation = claimsFor('charity_federation');

/** Events the catch-up pull will apply, as civil-affairs' feed would deliver them. */
const feed = { pending: [] as ReferralFeedEvent[], pulls: 0 };
let sequence = 5000;
const event = (n: string, status: ReferralFeedEvent['status'], organizationN: number | null = ORG_N): ReferralFeedEvent => ({
  sequence: (sequence += 1),
  cursor: `c${sequence}`,
  referralId: demoId('referral', `feed-${n}`),
  needId: demoId('need', `feed-${n}`),
  householdId: HOUSEHOLD,
  programme: 'ELDERLY_CARE',
  action: status.toLowerCase(),
  fromStatus: null,
  status,
  organizationId: organizationN === null ? null : demoId('organization', organizationN),
  townCode: '330203003',
  villageCode: '330203003001',
  occurredAt: new Date().toISOString(),
});

const ASSIGN = `mutation($input: AssignCaseInput!) { assignCase(input: $input) { id referral { id } professional { id } } }`;
const RECORD = `mutation($input: RecordServiceInput!) { recordService(input: $input) { id hours organization { id } } }`;
const FEEDBACK = `mutation($input: RecordFeedbackInput!) { recordFeedback(input: $input) { satisfaction respondentType } }`;

const assignment = (n: string, overrides: Record<string, unknown> = {}) => ({
  professionalId: professionalId(socialWorkerOf(ORG_N)),
  referralId: demoId('referral', `feed-${n}`),
  householdId: HOUSEHOLD,
  ...overrides,
});
const visit = (n: string, overrides: Record<string, unknown> = {}) => ({
  referralId: demoId('referral', `feed-${n}`),
  householdId: HOUSEHOLD,
  programme: 'ELDERLY_CARE',
  serviceType: 'VISITING_CARE',
  performer: { professionalId: professionalId(socialWorkerOf(ORG_N)) },
  startedAt: '2025-06-02T09:00:00+08:00',
  endedAt: '2025-06-02T10:00:00+08:00',
  hours: 1,
  outcome: 'PARTLY_HELPED',
  ...overrides,
});
const answer = (n: string, overrides: Record<string, unknown> = {}) => ({
  referralId: demoId('referral', `feed-${n}`),
  householdId: HOUSEHOLD,
  respondentType: 'HOUSEHOLD',
  satisfaction: 4,
  needMet: true,
  ...overrides,
});

/** Rows written for household 30 by the three mutations (assignments, records, feedback). */
async function written(): Promise<number> {
  const db = services.database.db;
  const [a] = await db.select({ n: count() }).from(caseAssignments).where(eq(caseAssignments.householdId, HOUSEHOLD));
  const [r] = await db.select({ n: count() }).from(serviceRecords).where(eq(serviceRecords.householdId, HOUSEHOLD));
  const [f] = await db.select({ n: count() }).from(feedback).where(eq(feedback.householdId, HOUSEHOLD));
  return a!.n + r!.n + f!.n;
}

let services: TestSubgraph;
beforeAll(async () => {
  services = await startSubgraph({
    referralSync: {
      async catchUp() {
        feed.pulls += 1;
        await applyReferralEvents(services.database.db, feed.pending.splice(0));
      },
    },
  });
});
afterAll(async () => services?.stop());

describe('referral facts from the read model (civil-affairs feed)', () => {
  it('happy path: an accepted referral is assigned and served, and once completed gets feedback', async () => {
    // Scenario: organisation 3 accepts referral "a"; it assigns its social worker, who visits; civil affairs completes it; the household answers.
    await applyReferralEvents(services.database.db, [event('a', 'RECEIVED'), event('a', 'ACCEPTED')]);
    const assigned = await services.run(ASSIGN, org(ORG_N), { input: assignment('a') });
    expect(assigned.errors).toBeUndefined();
    const recorded = await services.run(RECORD, socialWorker, { input: visit('a') });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.recordService.organization).toEqual({ id: demoId('organization', ORG_N) });
    await applyReferralEvents(services.database.db, [event('a', 'IN_PROGRESS'), event('a', 'COMPLETED')]);
    // The household's answer is entered on its behalf by civil staff of its region (the referral's town).
    const answered = await services.run(FEEDBACK, claimsFor('civil_officer', { region: '330203' }), { input: answer('a') });
    expect(answered.data!.recordFeedback).toEqual({ satisfaction: 4, respondentType: 'HOUSEHOLD' });
    // After the fact: a late visit on the completed referral is still recorded.
    const late = await services.run(RECORD, socialWorker, { input: visit('a', { startedAt: '2025-06-09T09:00:00+08:00', endedAt: '2025-06-09T10:00:00+08:00' }) });
    expect(late.errors).toBeUndefined();
  });

  it('a referral the read model misses is pulled once from the feed, then assigned', async () => {
    // Scenario: organisation 3 accepted referral "b" a second ago; services has not polled yet.
    feed.pending.push(event('b', 'RECEIVED'), event('b', 'ACCEPTED'));
    const pullsBefore = feed.pulls;
    const assigned = await services.run(ASSIGN, org(ORG_N), { input: assignment('b') });
    expect(assigned.errors).toBeUndefined();
    expect(feed.pulls).toBe(pullsBefore + 1);
    const [row] = await services.database.db.select().from(referrals).where(eq(referrals.id, demoId('referral', 'feed-b')));
    expect(row).toMatchObject({ status: 'ACCEPTED', organizationId: demoId('organization', ORG_N), householdId: HOUSEHOLD });
  });

  it('an unknown referral is NOT_FOUND for all three writes after one catch-up each, and nothing is written', async () => {
    // Scenario: a made-up referral id; the feed has nothing about it.
    const before = await written();
    const pullsBefore = feed.pulls;
    const results = [
      await services.run(ASSIGN, org(ORG_N), { input: assignment('nowhere') }),
      await services.run(RECORD, socialWorker, { input: visit('nowhere') }),
      await services.run(FEEDBACK, socialWorker, { input: answer('nowhere', { respondentType: 'PROFESSIONAL' }) }),
    ];
    expect(results.map(codes)).toEqual([['NOT_FOUND'], ['NOT_FOUND'], ['NOT_FOUND']]);
    expect(results[0]!.errors![0]!.message).toMatch(/try again in a moment/);
    expect(feed.pulls).toBe(pullsBefore + 3);
    expect(await written()).toBe(before);
  });

  it('another organisation cannot assign or record on a referral it does not hold: it looks unknown', async () => {
    // Scenario: organisation 4 names organisation 3's referral "a" with its own social worker.
    const before = await written();
    const assigned = await services.run(ASSIGN, org(4), { input: assignment('a', { professionalId: professionalId(socialWorkerOf(4)) }) });
    expect(codes(assigned)).toEqual(['NOT_FOUND']);
    expect(assigned.errors![0]!.message).toContain('your organisation holds');
    const recorded = await services.run(RECORD, org(4), { input: visit('a', { performer: { professionalId: professionalId(socialWorkerOf(4)) } }) });
    expect(codes(recorded)).toEqual(['NOT_FOUND']);
    expect(await written()).toBe(before);
  });

  it('a household other than the referral\'s is refused, naming householdId; feedback answers it as an unknown referral', async () => {
    // Scenario: the social worker picks the wrong household from a list.
    const before = await written();
    const other = { householdId: demoId('household', 31) };
    const results = [
      await services.run(ASSIGN, org(ORG_N), { input: assignment('b', other) }),
      await services.run(RECORD, socialWorker, { input: visit('a', other) }),
      await services.run(FEEDBACK, socialWorker, { input: answer('a', { ...other, respondentType: 'PROFESSIONAL' }) }),
    ];
    expect(results.map(codes)).toEqual([['BAD_USER_INPUT'], ['BAD_USER_INPUT'], ['NOT_FOUND']]);
    expect(results.slice(0, 2).map((r) => r.errors![0]!.extensions!.field)).toEqual(['householdId', 'householdId']);
    expect(await written()).toBe(before);
  });

  it('states: no case on a completed referral, no service on a cancelled or failed one, no feedback before completion', async () => {
    // Scenario: referral "a" is COMPLETED, "b" is ACCEPTED, "c" was CANCELLED and "d" FAILED.
    // "c" was cancelled while organisation 0 (which runs the dev volunteer's team 0) held it.
    await applyReferralEvents(services.database.db, [event('c', 'CANCELLED', 0), event('d', 'RECEIVED'), event('d', 'FAILED')]);
    const before = await written();
    const completedCase = await services.run(ASSIGN, federation, { input: assignment('a') });
    expect(codes(completedCase)).toEqual(['INVALID_TRANSITION']);
    expect(completedCase.errors![0]!.message).toContain('this referral is COMPLETED');
    const volunteer = claimsFor('volunteer', { sub: DEV_VOLUNTEER_SUBJECT });
    const team = { performer: { teamId: teamId(0), volunteerId: volunteerId(0) }, serviceType: 'MEAL_DELIVERY' };
    expect(codes(await services.run(RECORD, volunteer, { input: visit('c', team) }))).toEqual(['INVALID_TRANSITION']);
    // Organisation 3 holds "d": its own team 3 is refused on the failed referral.
    const ownTeam = { performer: { teamId: teamId(3) }, serviceType: 'MEAL_DELIVERY' };
    expect(codes(await services.run(RECORD, org(ORG_N), { input: visit('d', ownTeam) }))).toEqual(['INVALID_TRANSITION']);
    const early = await services.run(FEEDBACK, socialWorker, { input: answer('b', { respondentType: 'PROFESSIONAL' }) });
    expect(codes(early)).toEqual(['INVALID_TRANSITION']);
    expect(early.errors![0]!.message).toContain('only for a completed referral');
    expect(await written()).toBe(before);
  });

  it('a replayed older event does not reopen a completed referral', async () => {
    // Scenario: the feed delivers referral "a"'s acceptance again after its completion.
    await applyReferralEvents(services.database.db, [{ ...event('a', 'ACCEPTED'), sequence: 1 }]);
    const [row] = await services.database.db.select().from(referrals).where(eq(referrals.id, demoId('referral', 'feed-a')));
    expect(row!.status).toBe('COMPLETED');
  });

  it('a service must be of the referral\'s programme and need', async () => {
    // Scenario: the social worker logs referral "b" (ELDERLY_CARE) as MEDICAL, then names another need.
    const before = await written();
    const programme = await services.run(RECORD, socialWorker, { input: visit('b', { programme: 'MEDICAL', serviceType: 'VISITING_CARE' }) });
    expect(codes(programme)).toEqual(['BAD_USER_INPUT']);
    expect(programme.errors![0]!.extensions!.field).toBe('programme');
    const need = await services.run(RECORD, socialWorker, { input: visit('b', { needId: demoId('need', 'feed-a') }) });
    expect(need.errors![0]!.extensions!.field).toBe('needId');
    expect(await written()).toBe(before);
  });

  it('the seed fills the read model with the demo referrals', async () => {
    // Scenario: every demo referral is known with its household, state and holding organisation.
    const rows = await services.database.db.select().from(referrals);
    for (const demo of demoReferrals()) {
      expect(rows.find((r) => r.id === demo.id)).toMatchObject({
        householdId: demo.householdId,
        status: demo.status,
        organizationId: demo.organizationId,
        lastSequence: 0,
      });
    }
  });
});
