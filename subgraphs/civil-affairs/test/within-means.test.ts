/**
 * Within means (量力而行): a request is judged by the pre-aid verdict at the moment it is made, with what
 * charity and services hold (here a fixed answer); OVER_CAP and SAME_PROGRAMME_ACTIVE block it unless a
 * civil-affairs officer records an override with a reason, kept in the referral's history. A need with no gap
 * cannot be referred. A blocked or failed request writes nothing.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Programme } from '@aid/shared/domain/vocabulary.js';
import { generateHouseholds, insertHouseholds } from '../src/seed.js';
import { referrals, referralTransitions } from '../src/db/schema.js';
import { NO_PRE_AID_SOURCES } from '../src/pre-aid-sources.js';
import { NEED_SUB_TYPES } from '../src/need-library.js';
import { codes, fixedPreAidSources, officer, ok, startSubgraph, type TestSubgraph } from './harness.js';

let t: TestSubgraph;
const sources = fixedPreAidSources();
let unavailable = false;
const haishu = generateHouseholds(700, 240).filter((g) => g.household.countyCode === '330203');
/** Households whose government allowance of this year already reaches the BASIC_ASSISTANCE cap (5,000 CNY). */
const onAllowance = haishu.filter((g) => g.aid.some((a) => (a.type === 'ALLOWANCE' || a.type === 'EXTREME_POVERTY_SUPPORT') && a.amountFen >= 500_000));
const others = haishu.filter((g) => !onAllowance.includes(g));
let next = 0;
let nextOnAllowance = 0;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startSubgraph({
    preAidSources: { gather: (check, token) => (unavailable ? NO_PRE_AID_SOURCES.gather(check, token) : sources.gather(check, token)) },
  });
  await insertHouseholds(t.db, haishu);
});
afterAll(() => t?.stop());
beforeEach(() => {
  sources.reply = { charityAid: [], servicesReceived: [] };
  unavailable = false;
});

/** A DRAFT referral of a fresh household's need of `programme`, with consent and a pre-aid check of today. */
async function draft(programme: Programme, gapFen = 200_000): Promise<{ id: string; householdId: string }> {
  // BASIC_ASSISTANCE needs are drafted for households on the allowance, every other for the rest.
  const g = programme === 'BASIC_ASSISTANCE' ? onAllowance[nextOnAllowance++]! : others[next++]!;
  const head = g.members[0]!;
  const need = ok(
    await t.run(`mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id } }`, officer(), {
      input: {
        householdId: g.household.id,
        programme,
        subType: NEED_SUB_TYPES[programme][0],
        publicSummary: 'Help the household with what the programme does not cover.',
        estimatedCostFen: gapFen,
        priority: 'ROUTINE',
        channel: 'HOME_VISIT',
      },
    }),
  ).recordNeed;
  const consent = ok(
    await t.run(`mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, officer(), {
      input: {
        householdId: g.household.id,
        subjectId: head.id,
        givenById: head.id,
        purposes: ['REFERRAL'],
        dataCategories: ['NEED_DETAILS'],
        allFederationMembers: true,
        method: 'WRITTEN',
        validUntil: new Date(Date.now() + 100 * 86_400_000).toISOString(),
      },
    }),
  ).recordConsent;
  ok(
    await t.run(`mutation($h: ID!, $p: Programme!, $d: String!) { runPreAidCheck(householdId: $h, programme: $p, windowStart: $d, windowEnd: $d) { id } }`, officer(), {
      h: g.household.id,
      p: programme,
      d: today,
    }),
  );
  const referral = ok(await t.run(`mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`, officer(), { input: { needId: need.id, consentId: consent.id } })).createReferral;
  return { id: referral.id, householdId: g.household.id! };
}

const REQUEST = `mutation($id: ID!, $why: String) { requestReferral(id: $id, overrideReason: $why) { id status transitions { action preAidVerdict overrideReason } } }`;

async function unchanged(id: string) {
  const [row] = await t.db.select({ status: referrals.status, check: referrals.preAidCheckId }).from(referrals).where(eq(referrals.id, id));
  const history = await t.db.select({ action: referralTransitions.action }).from(referralTransitions).where(eq(referralTransitions.referralId, id));
  expect(row).toEqual({ status: 'DRAFT', check: null });
  expect(history.map((h) => h.action)).toEqual(['create']);
}

describe('requesting a referral within means', () => {
  it('goes ahead on NONE, and the history keeps the verdict it was judged by', async () => {
    // Scenario: an elderly-care need; no government, charity or services help of that programme in the window.
    const { id } = await draft('ELDERLY_CARE');
    const referral = ok(await t.run(REQUEST, officer(), { id })).requestReferral;
    expect(referral.status).toBe('REQUESTED');
    expect(referral.transitions.find((h: { action: string }) => h.action === 'request')).toEqual({ action: 'request', preAidVerdict: 'NONE', overrideReason: null });
  });

  it('is blocked by OVER_CAP (government aid alone reaches the cap) and writes nothing', async () => {
    // Scenario: a basic-assistance need of a household whose allowance already reaches the programme's cap.
    const { id } = await draft('BASIC_ASSISTANCE');
    const result = await t.run(REQUEST, officer(), { id });
    expect(codes(result)).toEqual(['INVALID_TRANSITION']);
    expect(result.errors![0]!.extensions!.reason).toBe('OVER_CAP');
    expect(result.errors![0]!.message).toMatch(/overrideReason/);
    await unchanged(id);
  });

  it('is blocked by SAME_PROGRAMME_ACTIVE when charity already helps in the programme, as charity says now', async () => {
    // Scenario: charity disbursed 50 CNY of elderly care to the household in the window.
    const { id } = await draft('ELDERLY_CARE');
    sources.reply = { charityAid: [{ programme: 'ELDERLY_CARE', amountFen: 5_000 }], servicesReceived: [] };
    const result = await t.run(REQUEST, officer(), { id });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'SAME_PROGRAMME_ACTIVE' });
    await unchanged(id);
    // Services' hours count as help of the programme too.
    sources.reply = { charityAid: [], servicesReceived: [{ programme: 'ELDERLY_CARE', hours: 3 }] };
    expect((await t.run(REQUEST, officer(), { id })).errors?.[0]?.extensions?.reason).toBe('SAME_PROGRAMME_ACTIVE');
  });

  it('goes ahead over a blocking verdict when an officer records why; the override is in the history', async () => {
    const { id } = await draft('BASIC_ASSISTANCE');
    const why = 'The allowance covers food; the need is a winter heater, which it does not.';
    const referral = ok(await t.run(REQUEST, officer(), { id, why })).requestReferral;
    expect(referral.status).toBe('REQUESTED');
    expect(referral.transitions.find((h: { action: string }) => h.action === 'request')).toEqual({ action: 'request', preAidVerdict: 'OVER_CAP', overrideReason: why });
  });

  it('an override where the verdict blocks nothing is BAD_USER_INPUT and writes nothing', async () => {
    // Scenario: an officer sends an override "just in case"; the history must only hold overrides that mattered.
    const free = await draft('ELDERLY_CARE');
    const needless = await t.run(REQUEST, officer(), { id: free.id, why: 'Just in case.' });
    expect(codes(needless)).toEqual(['BAD_USER_INPUT']);
    expect(needless.errors![0]!.extensions!.field).toBe('overrideReason');
    await unchanged(free.id);
  });

  it('with charity or services not answering there is no verdict: SUBGRAPH_UNAVAILABLE, retryable, nothing written', async () => {
    const { id } = await draft('ELDERLY_CARE');
    unavailable = true;
    const result = await t.run(REQUEST, officer(), { id });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', retryable: true });
    await unchanged(id);
  });

  it('a need with no gap cannot be referred: INVALID_TRANSITION with reason NO_GAP, no referral created', async () => {
    // Scenario: government aid covers the whole cost; the need is recorded with a gap of zero.
    const g = others[next++]!;
    const need = ok(
      await t.run(`mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id gapFen } }`, officer(), {
        input: { householdId: g.household.id, programme: 'EDUCATION', subType: 'COMPULSORY_EDUCATION', publicSummary: 'School uniform, paid by the education grant.', estimatedCostFen: 100_000, otherGovernmentAidFen: 100_000, priority: 'ROUTINE', channel: 'HOME_VISIT' },
      }),
    ).recordNeed;
    expect(need.gapFen).toBe(0);
    const consent = ok(
      await t.run(`mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, officer(), {
        input: { householdId: g.household.id, subjectId: g.members[0]!.id, givenById: g.members[0]!.id, purposes: ['REFERRAL'], dataCategories: ['NEED_DETAILS'], allFederationMembers: true, method: 'WRITTEN', validUntil: new Date(Date.now() + 100 * 86_400_000).toISOString() },
      }),
    ).recordConsent;
    const result = await t.run(`mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`, officer(), { input: { needId: need.id, consentId: consent.id } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'NO_GAP' });
    expect(await t.db.select({ id: referrals.id }).from(referrals).where(eq(referrals.needId, need.id))).toEqual([]);
  });
});

describe('asking charity and services over HTTP', () => {
  it('an owner that does not answer gives SUBGRAPH_UNAVAILABLE (retryable), whatever the other says', async () => {
    // Scenario: charity's port is closed (nothing listens on port 9 of loopback).
    const { httpPreAidSources } = await import('../src/pre-aid-sources.js');
    const sourcesOverHttp = httpPreAidSources({ charityUrl: 'http://127.0.0.1:9/graphql', servicesUrl: 'http://127.0.0.1:9/graphql', timeoutMs: 2000 });
    const check = { id: haishu[0]!.household.id!, householdId: haishu[0]!.household.id!, windowStart: today, windowEnd: today } as never;
    await expect(sourcesOverHttp.gather(check, 'a-token')).rejects.toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', retryable: true } });
    // No token (an in-process call) asks nobody and gives no verdict.
    await expect(sourcesOverHttp.gather(check, undefined)).rejects.toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
  });
});
