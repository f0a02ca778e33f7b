/**
 * The closed loop of docs/design.md, end to end through the gateway: every step acts with the token of the
 * role that acts in the story, and each step builds on the state the previous ones left.
 */
import { count, eq, max } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReferrals } from '@aid/shared/demo/referrals.js';
import { demoId } from '@aid/shared/demo/ids.js';
import { maskName } from '@aid/shared/security/personal-data-masks.js';
import { villagesOf } from '@aid/shared/domain/regions.js';
import { referralEvents as civilReferralEvents, referrals as civilReferrals } from '@aid/civil-affairs/db/schema.js';
import { referrals as charityReferrals } from '@aid/charity/db/schema.js';
import { professionalId, socialWorkerOf } from '@aid/services/seed.js';
import { startStack, type GraphQLResponse, type Stack } from './support/stack.js';

let stack: Stack;

/**
 * The household: a seeded Haishu (330203) household (demo households 0, 10, 20 ... lie there) with no
 * MEDICAL referral in the demo plan and no government medical aid (the seed gives that to every 7th
 * household), so its MEDICAL pre-aid check starts clean.
 */
const HOUSEHOLD_N = Array.from({ length: 40 }, (_, m) => m * 10).find(
  (n) => n % 7 !== 0 && !demoReferrals().some((r) => r.householdN === n && r.programme === 'MEDICAL'),
)!;
const HOUSEHOLD = demoId('household', HOUSEHOLD_N);
const COUNTY = '330203';
/** The two claiming organisations: both serve MEDICAL in Haishu and run a published MEDICAL project. */
const CLAIMANTS = [0, 10] as const;

/** What civil affairs knows of the household, to look for it where it must never appear. */
interface HouseholdFacts {
  townCode: string;
  townName: string;
  villageCode: string;
  villageName: string;
  address: string;
  members: { id: string; relation: string; fullName: string; idNumber: string; phone: string | null }[];
}
let facts: HouseholdFacts;

/** State the steps hand on to each other. */
const loop = {
  needId: '',
  gapFen: 0,
  referralId: '',
  winnerN: -1,
  winner: '',
  loser: '',
  projectId: '',
  projectBefore: { raisedFen: 0, disbursedFen: 0 },
  paidFen: 800_000,
  serviceHours: 1.5,
};

/** Today and nearby days as calendar days in China Standard Time (UTC+08:00), as the subgraphs read them. */
const chinaDay = (offsetDays = 0) => new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
const WINDOW = { windowStart: chinaDay(-365), windowEnd: chinaDay() };

const ID_NUMBER = /(?<![0-9])\d{17}[\dXx](?![0-9])/;
const MOBILE = /(?<![0-9])1[3-9]\d{9}(?![0-9])/;
const VILLAGE_CODE = /(?<![0-9])\d{12}(?![0-9])/;
/** JSON with opaque ids set aside: a random UUID's last group can be twelve digits in a row. */
const withoutIds = (value: unknown) => JSON.stringify(value).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<id>');

/** The data of a response that must have no errors (the errors are shown when it has). */
function ok<T = any>(result: GraphQLResponse<T>): T {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as T;
}
const codeOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;
const clearReceived = () => {
  for (const list of Object.values(stack.received)) list.length = 0;
};

const officer = () => stack.token('civil_officer', { region: COUNTY, sub: 'closed-loop-officer', purpose: 'closed-loop referral' });
const organization = (n: number) => stack.token('charity_org', { org: demoId('organization', n), sub: `closed-loop-org-${n}` });
const winner = () => organization(loop.winnerN);

const PRE_AID_CHECK = `mutation($h: ID!, $from: String!, $to: String!) {
  runPreAidCheck(householdId: $h, programme: MEDICAL, windowStart: $from, windowEnd: $to) {
    id householdId verdict explanation capFen
    charityAid { programme amountFen } servicesReceived { programme hours }
  }
}`;
const REFERRAL_AS_ORG = `query($id: ID!) {
  referral(id: $id) { id status consentedContact { maskedName phone townName householdSize } }
}`;

const analyst = () => stack.token('analyst', { sub: 'closed-loop-analyst' });
const INDICATORS = `query($from: String, $to: String, $county: String) {
  referralIndicators(from: $from, to: $to, countyCode: $county) {
    from to countyCode minimumGroupSize
    byProgramme { ...figures }
    byCounty { ...figures }
  }
}
fragment figures on ReferralIndicatorRow {
  programme countyCode countyName suppressed created requested claimed completed failed cancelled
  completionRate medianHoursToClaim p90HoursToClaim gapCoveredFen
}`;
let indicatorsBefore: any;
const needStatus = async (id: string) =>
  ok(await stack.query(`query($id: ID!) { need(id: $id) { status } }`, { token: await officer(), variables: { id } })).need.status;

/** How many referrals civil affairs holds for a need (read from its own tables, to prove nothing was written). */
async function referralsOfNeed(needId: string): Promise<number> {
  const [row] = await stack.databases['civil-affairs'].db.select({ n: count() }).from(civilReferrals).where(eq(civilReferrals.needId, needId));
  return row?.n ?? 0;
}
async function lastEventSequence(): Promise<number> {
  const [row] = await stack.databases['civil-affairs'].db.select({ last: max(civilReferralEvents.sequence) }).from(civilReferralEvents);
  return Number(row?.last ?? 0);
}

beforeAll(async () => {
  stack = await startStack();
  // Setup, not a step: the officer reads the household's personal data once, to search for it later.
  const data = ok(
    await stack.query(
      `query($id: ID!) { household(id: $id) { townCode townName villageCode address members { id relation fullName idNumber phone } } }`,
      { token: await officer(), variables: { id: HOUSEHOLD } },
    ),
  );
  const household = data.household;
  facts = { ...household, villageName: villagesOf(household.townCode).find((v) => v.code === household.villageCode)!.name };
  // Setup, not a step: the indicators before the story, so step 9 can check what the story added.
  indicatorsBefore = ok(await stack.query(INDICATORS, { token: await analyst(), variables: { county: COUNTY } })).referralIndicators;
});
afterAll(async () => {
  await stack?.stop();
});

describe('the closed loop of docs/design.md, through the gateway with each role\'s own token', () => {
  it('1. a village worker records a MEDICAL need on a home visit; civil affairs computes the gap', async () => {
    // Step 1: the village worker of the household's village records 善医 costs left after the three coverage lines.
    const worker = await stack.token('village_worker', { region: facts.villageCode, sub: 'closed-loop-village-worker' });
    const result = await stack.query(
      `mutation($input: RecordNeedInput!) { recordNeed(input: $input) {
        id programme subType estimatedCostFen gapFen priority channel status collectedBy townName
        coverage { basicMedicalInsuranceFen criticalIllnessInsuranceFen medicalAssistanceFen otherGovernmentAidFen }
        household { id }
      } }`,
      {
        token: worker,
        variables: {
          input: {
            householdId: HOUSEHOLD,
            programme: 'MEDICAL',
            subType: 'MEDICAL_COSTS',
            publicSummary: 'Inpatient treatment for a major illness; costs left after basic, critical-illness insurance and medical assistance.',
            estimatedCostFen: 25_000_000,
            basicMedicalInsuranceFen: 12_000_000,
            criticalIllnessInsuranceFen: 5_000_000,
            medicalAssistanceFen: 3_000_000,
            priority: 'MAJOR_ILLNESS',
            channel: 'HOME_VISIT',
          },
        },
      },
    );
    const need = ok(result).recordNeed;
    // 250,000 CNY - 120,000 - 50,000 - 30,000 = 50,000 CNY left for charities.
    expect(need.gapFen).toBe(5_000_000);
    expect(need).toMatchObject({
      programme: 'MEDICAL',
      estimatedCostFen: 25_000_000,
      priority: 'MAJOR_ILLNESS',
      channel: 'HOME_VISIT',
      status: 'OPEN',
      collectedBy: 'closed-loop-village-worker',
      townName: facts.townName,
      coverage: { basicMedicalInsuranceFen: 12_000_000, criticalIllnessInsuranceFen: 5_000_000, medicalAssistanceFen: 3_000_000, otherGovernmentAidFen: 0 },
      household: { id: HOUSEHOLD },
    });
    loop.needId = need.id;
    loop.gapFen = need.gapFen;
  });

  it('2. a county officer runs the pre-aid check; charity and services are asked and a verdict comes back', async () => {
    // Step 2: 救前查询 over the last year for MEDICAL, joining government aid, charity aid and services.
    clearReceived();
    const result = await stack.query(PRE_AID_CHECK, { token: await officer(), variables: { h: HOUSEHOLD, from: WINDOW.windowStart, to: WINDOW.windowEnd } });
    const check = ok(result).runPreAidCheck;
    expect(check.householdId).toBe(HOUSEHOLD);
    expect(check.capFen).toBe(10_000_000);
    // No MEDICAL aid from anyone yet: the household may be helped.
    expect(check.charityAid.filter((a: any) => a.programme === 'MEDICAL')).toEqual([]);
    expect(check.servicesReceived.filter((s: any) => s.programme === 'MEDICAL')).toEqual([]);
    expect(check.verdict).toBe('NONE');
    const askedFor = (name: 'charity' | 'services') =>
      stack.received[name].filter((r) => r.query.includes('PreAidCheck') && JSON.stringify(r.variables).includes(check.id));
    expect(askedFor('charity')).toHaveLength(1);
    expect(askedFor('services')).toHaveLength(1);
  });

  it('3. referring without the household\'s consent is refused and writes nothing; with its consent the referral is requested', async () => {
    // Step 3: the officer first cites a consent that is not this household's, then records the household's own.
    const token = await officer();
    const eventsBefore = await lastEventSequence();
    const CREATE = `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id status } }`;
    const refused = await stack.query(CREATE, {
      token,
      // An active consent, but of another household (demo household 0): it does not cover this need.
      variables: { input: { needId: loop.needId, consentId: demoId('consent', 0) } },
    });
    expect(refused.data?.createReferral ?? null).toBeNull();
    expect(codeOf(refused)).toBe('NOT_FOUND');
    expect(refused.errors?.[0]?.message).toBe('Consent not found.');
    expect(await referralsOfNeed(loop.needId)).toBe(0);
    expect(await lastEventSequence()).toBe(eventsBefore);

    const head = facts.members.find((m) => m.relation === 'HEAD')!;
    const consent = ok(
      await stack.query(
        `mutation($input: RecordConsentInput!) { recordConsent(input: $input) {
          id status purposes dataCategories allFederationMembers recipients { id } method validUntil subject { id } givenBy { id }
        } }`,
        {
          token,
          variables: {
            input: {
              householdId: HOUSEHOLD,
              subjectId: head.id,
              givenById: head.id,
              purposes: ['REFERRAL', 'SERVICE_DELIVERY', 'FOLLOW_UP'],
              dataCategories: ['NEED_DETAILS', 'NAME', 'CONTACT'],
              allFederationMembers: false,
              recipientOrganizationIds: CLAIMANTS.map((k) => demoId('organization', k)),
              method: 'WRITTEN',
              validUntil: chinaDay(365),
            },
          },
        },
      ),
    ).recordConsent;
    expect(consent).toMatchObject({ status: 'ACTIVE', allFederationMembers: false, subject: { id: head.id }, givenBy: { id: head.id } });
    expect(consent.recipients.map((r: any) => r.id).sort()).toEqual(CLAIMANTS.map((k) => demoId('organization', k)).sort());

    const created = ok(await stack.query(CREATE, { token, variables: { input: { needId: loop.needId, consentId: consent.id } } })).createReferral;
    expect(created.status).toBe('DRAFT');
    const requested = ok(
      await stack.query(`mutation($id: ID!) { requestReferral(id: $id) { id status need { status } preAidCheck { verdict } consent { id } } }`, {
        token,
        variables: { id: created.id },
      }),
    ).requestReferral;
    // The request carries the check of step 2 and the consent just recorded.
    expect(requested).toEqual({ id: created.id, status: 'REQUESTED', need: { status: 'REFERRED' }, preAidCheck: { verdict: 'NONE' }, consent: { id: consent.id } });
    expect(await referralsOfNeed(loop.needId)).toBe(1);
    loop.referralId = created.id;
  });

  it('4. charity staff see the referral in the pool without personal data; of two concurrent claims exactly one wins', async () => {
    // Step 4: both named organisations look at the pool, then press "claim" at the same moment.
    const tokens = await Promise.all(CLAIMANTS.map((k) => organization(k)));
    for (const token of tokens) {
      const pool = ok(
        await stack.query(
          `{ referralPool(first: 100, programme: MEDICAL, regionCode: "${COUNTY}") { edges { node {
            referralId programme subType gapFen priority countyName townName publicSummary needCollectedAt
          } } } }`,
          { token },
        ),
      ).referralPool;
      const item = pool.edges.map((e: any) => e.node).find((n: any) => n.referralId === loop.referralId);
      expect(item).toMatchObject({ programme: 'MEDICAL', subType: 'MEDICAL_COSTS', gapFen: loop.gapFen, priority: 'MAJOR_ILLNESS', countyName: '海曙区', townName: facts.townName });
      const json = withoutIds(item);
      expect(json).not.toMatch(ID_NUMBER);
      expect(json).not.toMatch(MOBILE);
      expect(json).not.toMatch(VILLAGE_CODE);
      for (const value of [HOUSEHOLD, facts.address, facts.villageName, ...facts.members.flatMap((m) => [m.id, m.fullName, m.idNumber, ...(m.phone ? [m.phone] : [])])]) {
        expect(json).not.toContain(value);
      }
    }

    const claim = `mutation($id: ID!) { claimReferral(id: $id) { id status claimedBy { id } } }`;
    const results = await Promise.all(tokens.map((token) => stack.query(claim, { token, variables: { id: loop.referralId } })));
    const winners = results.flatMap((r, i) => (r.data?.claimReferral?.status === 'RECEIVED' ? [i] : []));
    const losers = results.flatMap((r, i) => (codeOf(r) === 'CONFLICT' ? [i] : []));
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    loop.winnerN = CLAIMANTS[winners[0]!]!;
    loop.winner = demoId('organization', loop.winnerN);
    loop.loser = demoId('organization', CLAIMANTS[losers[0]!]!);
    expect(results[winners[0]!]!.data.claimReferral.claimedBy).toEqual({ id: loop.winner });

    // Never a double claim: one claim transition, and the referral is held by the winner.
    const transitions = ok(
      await stack.query(`query($id: ID!) { referral(id: $id) { status claimedBy { id } transitions { action actorOrganization { id } } } }`, {
        token: await officer(),
        variables: { id: loop.referralId },
      }),
    ).referral;
    expect(transitions.status).toBe('RECEIVED');
    expect(transitions.claimedBy).toEqual({ id: loop.winner });
    expect(transitions.transitions.filter((t: any) => t.action === 'claim')).toEqual([{ action: 'claim', actorOrganization: { id: loop.winner } }]);
  });

  it('5. once it accepts, the claiming organisation sees only what the consent covers and never an ID number', async () => {
    // Step 5: the winner reads the case before and after accepting it, and tries for the full identity.
    const token = await winner();
    const beforeAccept = ok(await stack.query(REFERRAL_AS_ORG, { token, variables: { id: loop.referralId } })).referral;
    expect(beforeAccept).toMatchObject({ status: 'RECEIVED', consentedContact: null });

    const accepted = ok(await stack.query(`mutation($id: ID!) { acceptReferral(id: $id, reason: "We take the case.") { status } }`, { token, variables: { id: loop.referralId } }));
    expect(accepted.acceptReferral.status).toBe('ACCEPTED');

    const head = facts.members.find((m) => m.relation === 'HEAD')!;
    const seen = ok(await stack.query(REFERRAL_AS_ORG, { token, variables: { id: loop.referralId } })).referral;
    // The consent covers NAME (masked) and CONTACT (a phone route), not HOUSEHOLD_COMPOSITION.
    expect(seen.consentedContact).toEqual({ maskedName: maskName(head.fullName), phone: head.phone, townName: facts.townName, householdSize: null });

    clearReceived();
    const probe = await stack.query(
      `query($id: ID!) { referral(id: $id) { id household { id members { fullName idNumber maskedIdNumber } } } }`,
      { token, variables: { id: loop.referralId } },
    );
    expect(probe.data?.referral?.id).toBe(loop.referralId);
    expect(probe.data?.referral?.household?.members ?? null).toBeNull();
    // The gateway removed the members (and with them every name and ID number) before asking civil affairs.
    expect(probe.errors).toEqual([
      expect.objectContaining({ path: ['referral', 'household', 'members'], extensions: { code: 'UNAUTHORIZED_FIELD_OR_TYPE' } }),
    ]);
    expect(stack.received['civil-affairs'].some((r) => /members|idNumber|fullName/.test(r.query))).toBe(false);
    const json = withoutIds([seen, probe]);
    expect(json).not.toMatch(ID_NUMBER);
    for (const m of facts.members) {
      expect(json).not.toContain(m.idNumber);
      expect(json).not.toContain(m.fullName);
    }

    // The organisation that lost the claim sees nothing of the case.
    const loserView = ok(await stack.query(REFERRAL_AS_ORG, { token: await stack.token('charity_org', { org: loop.loser }), variables: { id: loop.referralId } }));
    expect(loserView.referral).toBeNull();
  });

  it('6. it pays the case from its own published MEDICAL project, charity learning of the acceptance from the feed; a social worker visits', async () => {
    // Step 6: the winner finds its project, pays with an idempotency key (retried once), assigns its social worker, who records a visit.
    const token = await winner();
    const projects = ok(
      await stack.query(
        `query($org: ID!) { charityProjects(first: 50, filter: { organizationId: $org, programme: MEDICAL, status: PUBLISHED }) {
          edges { node { id programme status organization { id } raisedFen disbursedFen availableFen } } } }`,
        { token, variables: { org: loop.winner } },
      ),
    ).charityProjects.edges.map((e: any) => e.node);
    const project = projects.find((p: any) => p.availableFen >= loop.paidFen);
    expect(project, 'the seed gives the organisation a published MEDICAL project with money left').toBeDefined();
    expect(project).toMatchObject({ programme: 'MEDICAL', status: 'PUBLISHED', organization: { id: loop.winner } });
    loop.projectId = project.id;
    loop.projectBefore = { raisedFen: project.raisedFen, disbursedFen: project.disbursedFen };

    // Charity has not heard of the referral yet: only the feed can tell it.
    const readModel = () => stack.databases.charity.db.select().from(charityReferrals).where(eq(charityReferrals.id, loop.referralId));
    expect(await readModel()).toEqual([]);

    const PAY = `mutation($input: RecordDisbursementInput!) { recordDisbursement(input: $input) {
      id amountFen programme purpose project { id } organization { id } referral { id status }
    } }`;
    const input = {
      idempotencyKey: `closed-loop-medical-${loop.referralId}`,
      projectId: loop.projectId,
      referralId: loop.referralId,
      amountFen: loop.paidFen,
      purpose: 'MEDICAL_EXPENSES',
      reasonCodes: ['MAJOR_ILLNESS', 'GAP_AFTER_GOVERNMENT_AID'],
      disbursedOn: chinaDay(),
    };
    clearReceived();
    const paid = ok(await stack.query(PAY, { token, variables: { input } })).recordDisbursement;
    expect(paid).toEqual({
      id: paid.id,
      amountFen: loop.paidFen,
      programme: 'MEDICAL',
      purpose: 'MEDICAL_EXPENSES',
      project: { id: loop.projectId },
      organization: { id: loop.winner },
      referral: { id: loop.referralId, status: 'ACCEPTED' },
    });
    // The catch-up pull read civil affairs' feed and the read model now knows who holds the referral.
    expect(stack.received['civil-affairs'].some((r) => r.query.includes('referralEvents'))).toBe(true);
    expect(await readModel()).toMatchObject([{ id: loop.referralId, status: 'ACCEPTED', organizationId: loop.winner, householdId: HOUSEHOLD, townCode: facts.townCode }]);

    // A retry with the same key returns the first payment and moves no money twice.
    const retried = ok(await stack.query(PAY, { token, variables: { input } })).recordDisbursement;
    expect(retried.id).toBe(paid.id);
    const after = ok(await stack.query(`query($id: ID!) { charityProject(id: $id) { raisedFen disbursedFen } }`, { token, variables: { id: loop.projectId } }));
    expect(after.charityProject).toEqual({ raisedFen: loop.projectBefore.raisedFen, disbursedFen: loop.projectBefore.disbursedFen + loop.paidFen });

    // The organisation assigns the case to its social worker, who records a home visit for the referral.
    const worker = professionalId(socialWorkerOf(loop.winnerN));
    const assigned = ok(
      await stack.query(`mutation($input: AssignCaseInput!) { assignCase(input: $input) { id professional { id kind } referral { id } } }`, {
        token,
        variables: { input: { professionalId: worker, referralId: loop.referralId, householdId: HOUSEHOLD } },
      }),
    ).assignCase;
    expect(assigned).toMatchObject({ professional: { id: worker, kind: 'SOCIAL_WORKER' }, referral: { id: loop.referralId } });

    const socialWorker = await stack.token('professional', { sub: `demo-professional-${socialWorkerOf(loop.winnerN)}` });
    const visit = ok(
      await stack.query(
        `mutation($input: RecordServiceInput!) { recordService(input: $input) { id programme serviceType hours outcome professional { id } organization { id } referral { id } } }`,
        {
          token: socialWorker,
          variables: {
            input: {
              referralId: loop.referralId,
              needId: loop.needId,
              householdId: HOUSEHOLD,
              programme: 'MEDICAL',
              serviceType: 'VISITING_CARE',
              performer: { professionalId: worker },
              startedAt: `${chinaDay(-1)}T09:30:00+08:00`,
              endedAt: `${chinaDay(-1)}T11:00:00+08:00`,
              hours: loop.serviceHours,
              outcome: 'PARTLY_HELPED',
              notes: 'Home visit after discharge; explained the payment and the follow-up plan.',
            },
          },
        },
      ),
    ).recordService;
    expect(visit).toMatchObject({
      programme: 'MEDICAL',
      serviceType: 'VISITING_CARE',
      hours: loop.serviceHours,
      professional: { id: worker },
      organization: { id: loop.winner },
      referral: { id: loop.referralId },
    });
  });

  it('7. it completes the referral with GOT_HELP; the provincial feed carries it and the next pre-aid check shows the aid', async () => {
    // Step 7: start and complete (救后反馈), then the provincial system reads the feed and the officer checks again.
    const token = await winner();
    ok(await stack.query(`mutation($id: ID!) { startReferral(id: $id) { status } }`, { token, variables: { id: loop.referralId } }));
    const completed = ok(
      await stack.query(`mutation($id: ID!) { completeReferral(id: $id, outcome: GOT_HELP, reason: "Costs covered; household followed up.") { status outcome } }`, {
        token,
        variables: { id: loop.referralId },
      }),
    ).completeReferral;
    expect(completed).toEqual({ status: 'COMPLETED', outcome: 'GOT_HELP' });
    // The need of the story is met, in the same transaction as the completion.
    expect(await needStatus(loop.needId)).toBe('MET');

    // The provincial system reads the whole feed from the start, page by page (default page size), as after a week offline.
    const provincial = await stack.token('provincial_system', { sub: 'closed-loop-province' });
    const events: any[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page += 1) {
      const feed: any = ok(
        await stack.query(
          `query($after: String) { referralEvents(after: $after) {
            events { sequence referralId householdId townCode programme action fromStatus status organizationId outcome }
            endCursor hasMore
          } }`,
          { token: provincial, variables: { after } },
        ),
      ).referralEvents;
      events.push(...feed.events);
      after = feed.endCursor;
      if (!feed.hasMore) break;
    }
    // Gap-free and in order, and this referral's life exactly as it happened: one claim, no double claim.
    expect(events.map((e) => e.sequence)).toEqual(events.map((_, i) => i + 1));
    const ours = events.filter((e) => e.referralId === loop.referralId);
    expect(ours.map((e) => e.action)).toEqual(['create', 'request', 'claim', 'accept', 'start', 'complete']);
    expect(ours.at(-1)).toEqual({
      sequence: ours.at(-1).sequence,
      referralId: loop.referralId,
      householdId: HOUSEHOLD,
      townCode: facts.townCode,
      programme: 'MEDICAL',
      action: 'complete',
      fromStatus: 'IN_PROGRESS',
      status: 'COMPLETED',
      organizationId: loop.winner,
      outcome: 'GOT_HELP',
    });

    // The next pre-aid check sees the charity money and the social worker's visit.
    const check = ok(await stack.query(PRE_AID_CHECK, { token: await officer(), variables: { h: HOUSEHOLD, from: WINDOW.windowStart, to: WINDOW.windowEnd } }))
      .runPreAidCheck;
    expect(check.charityAid.filter((a: any) => a.programme === 'MEDICAL')).toEqual([{ programme: 'MEDICAL', amountFen: loop.paidFen }]);
    expect(check.servicesReceived.filter((s: any) => s.programme === 'MEDICAL')).toEqual([{ programme: 'MEDICAL', hours: loop.serviceHours }]);
    // 8,000 CNY is below the 100,000 CNY cap: the programme already helps the household, not over the cap.
    expect(check.verdict).toBe('SAME_PROGRAMME_ACTIVE');
    expect(check.explanation).toContain(`charity ${loop.paidFen} fen`);
  });

  it('8. the household withdraws the consent of a second referral: it is cancelled and the organisation loses access', async () => {
    // Step 8: a second MEDICAL need under its own consent is referred and accepted, then the consent is withdrawn.
    const worker = await stack.token('village_worker', { region: facts.villageCode, sub: 'closed-loop-village-worker' });
    const need = ok(
      await stack.query(`mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id gapFen } }`, {
        token: worker,
        variables: {
          input: {
            householdId: HOUSEHOLD,
            programme: 'MEDICAL',
            subType: 'MEDICAL_COSTS',
            publicSummary: 'Rehabilitation after discharge; costs left after insurance.',
            estimatedCostFen: 3_000_000,
            basicMedicalInsuranceFen: 1_500_000,
            criticalIllnessInsuranceFen: 0,
            medicalAssistanceFen: 500_000,
            priority: 'MAJOR_ILLNESS',
            channel: 'HOME_VISIT',
          },
        },
      }),
    ).recordNeed;
    expect(need.gapFen).toBe(1_000_000);

    const token = await officer();
    const head = facts.members.find((m) => m.relation === 'HEAD')!;
    const consent = ok(
      await stack.query(`mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id status } }`, {
        token,
        variables: {
          input: {
            householdId: HOUSEHOLD,
            subjectId: head.id,
            givenById: head.id,
            purposes: ['REFERRAL', 'SERVICE_DELIVERY'],
            dataCategories: ['NEED_DETAILS', 'NAME', 'HOUSEHOLD_COMPOSITION'],
            allFederationMembers: false,
            recipientOrganizationIds: [loop.winner],
            method: 'ELECTRONIC_SIGNATURE',
            validUntil: chinaDay(180),
          },
        },
      }),
    ).recordConsent;
    expect(consent.status).toBe('ACTIVE');
    const created = ok(
      await stack.query(`mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`, {
        token,
        variables: { input: { needId: need.id, consentId: consent.id } },
      }),
    ).createReferral;
    // The pre-aid check of step 7 is recent enough for the request, and its verdict, judged now with what
    // charity and services hold, is SAME_PROGRAMME_ACTIVE: the request is blocked (量力而行) and nothing moves.
    const blocked = await stack.query(`mutation($id: ID!) { requestReferral(id: $id) { status } }`, { token, variables: { id: created.id } });
    expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'SAME_PROGRAMME_ACTIVE' });
    // The county officer goes ahead on the record: the override and its reason stay in the referral's history.
    const why = 'Rehabilitation after discharge is a new episode; the first grant paid for the operation.';
    const requested = ok(
      await stack.query(`mutation($id: ID!, $why: String) { requestReferral(id: $id, overrideReason: $why) { status transitions { action preAidVerdict overrideReason } } }`, {
        token,
        variables: { id: created.id, why },
      }),
    ).requestReferral;
    expect(requested.status).toBe('REQUESTED');
    expect(requested.transitions.find((h: any) => h.action === 'request')).toEqual({ action: 'request', preAidVerdict: 'SAME_PROGRAMME_ACTIVE', overrideReason: why });

    const org = await winner();
    for (const step of ['claimReferral', 'acceptReferral']) {
      ok(await stack.query(`mutation($id: ID!) { ${step}(id: $id) { status } }`, { token: org, variables: { id: created.id } }));
    }
    const before = ok(await stack.query(REFERRAL_AS_ORG, { token: org, variables: { id: created.id } })).referral;
    expect(before.status).toBe('ACCEPTED');
    // This consent covers the masked name and the household's size, and no contact route.
    expect(before.consentedContact).toEqual({ maskedName: maskName(head.fullName), phone: null, townName: facts.townName, householdSize: facts.members.length });

    const withdrawn = ok(
      await stack.query(`mutation($id: ID!) { withdrawConsent(id: $id, reason: "The household no longer wants its case shared.") { id status withdrawalReason } }`, {
        token,
        variables: { id: consent.id },
      }),
    ).withdrawConsent;
    expect(withdrawn).toEqual({ id: consent.id, status: 'WITHDRAWN', withdrawalReason: 'The household no longer wants its case shared.' });

    const officerView = ok(
      await stack.query(`query($a: ID!, $b: ID!) { second: referral(id: $a) { status statusReason } first: referral(id: $b) { status outcome } }`, {
        token,
        variables: { a: created.id, b: loop.referralId },
      }),
    );
    expect(officerView.second).toEqual({ status: 'CANCELLED', statusReason: 'The household withdrew its consent.' });
    // The second need goes back to OPEN (it can be referred again under a new consent); the first stays MET.
    expect(await needStatus(need.id)).toBe('OPEN');
    expect(await needStatus(loop.needId)).toBe('MET');
    // The completed referral under the first consent is left alone.
    expect(officerView.first).toEqual({ status: 'COMPLETED', outcome: 'GOT_HELP' });
    // Referring the need again under the withdrawn consent is refused and writes nothing.
    const again = await stack.query(`mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`, {
      token,
      variables: { input: { needId: need.id, consentId: consent.id } },
    });
    expect(codeOf(again)).toBe('CONSENT_REQUIRED');
    expect(await referralsOfNeed(need.id)).toBe(1);

    const after = await stack.query(`query($id: ID!) { referral(id: $id) { id status consentedContact { maskedName householdSize } household { id } } }`, {
      token: org,
      variables: { id: created.id },
    });
    // It still sees the referral it held, cancelled, but no household field any more.
    expect(ok(after).referral).toEqual({ id: created.id, status: 'CANCELLED', consentedContact: null, household: null });
    expect(JSON.stringify(after)).not.toContain(maskName(head.fullName));
    // And it cannot go on working the case.
    const start = await stack.query(`mutation($id: ID!) { startReferral(id: $id) { status } }`, { token: org, variables: { id: created.id } });
    expect(codeOf(start)).toBe('INVALID_TRANSITION');
  });

  it('9. an analyst reads referral indicators by programme and county, small counts suppressed, no personal data', async () => {
    // Step 9: 绩效评价 with the analyst's token: Haishu over all time, then only today (the story's two referrals).
    const token = await analyst();
    const result = await stack.query(INDICATORS, { token, variables: { county: COUNTY } });
    const all = ok(result).referralIndicators;
    const county = (data: any) => data.byCounty.find((r: any) => r.countyCode === COUNTY);
    const medical = (data: any) => data.byProgramme.find((r: any) => r.programme === 'MEDICAL');
    // The story added two MEDICAL referrals in Haishu: both requested and claimed, one completed with
    // GOT_HELP (its whole gap covered), one cancelled by the consent withdrawal.
    for (const [before, after] of [[county(indicatorsBefore), county(all)], [medical(indicatorsBefore), medical(all)]]) {
      expect(after.suppressed).toBe(false);
      expect(before.suppressed).toBe(false);
      expect(after.created).toBe(before.created + 2);
      // A sub-count is shown only where neither it nor the rest of its group is a small group; where it is
      // shown in both periods, it moved by exactly the story's referrals.
      const delta = { requested: 2, claimed: 2, completed: 1, failed: 0, cancelled: 1 } as const;
      for (const [field, moved] of Object.entries(delta)) {
        for (const value of [before[field], after[field]]) expect(value === null || value === 0 || value >= 5).toBe(true);
        if (before[field] !== null && after[field] !== null) expect(after[field]).toBe(before[field] + moved);
      }
      // Gap covered is rounded to 10,000 CNY, so one need's gap cannot be read off two periods.
      for (const value of [before.gapCoveredFen, after.gapCoveredFen]) if (value !== null) expect(value % 1_000_000).toBe(0);
      if (before.gapCoveredFen !== null && after.gapCoveredFen !== null) {
        expect(Math.abs(after.gapCoveredFen - before.gapCoveredFen - loop.gapFen)).toBeLessThanOrEqual(1_000_000);
      }
      if (after.completionRate !== null) expect(after.completionRate).toBeCloseTo(after.completed / after.requested, 4);
      if (after.p90HoursToClaim !== null) expect(after.p90HoursToClaim).toBeGreaterThanOrEqual(after.medianHoursToClaim);
    }
    expect(county(all).countyName).toBe('海曙区');

    // Only today (the period is widened to the whole month): the story's two referrals, fewer than 5, so
    // every figure is suppressed.
    const today = ok(await stack.query(INDICATORS, { token, variables: { county: COUNTY, from: chinaDay(), to: chinaDay() } })).referralIndicators;
    expect(today.minimumGroupSize).toBe(5);
    expect(today.byCounty).toEqual([expect.objectContaining({ countyCode: COUNTY, suppressed: true, created: null, completed: null, gapCoveredFen: null })]);
    expect(today.byProgramme).toEqual([expect.objectContaining({ programme: 'MEDICAL', suppressed: true, created: null, medianHoursToClaim: null })]);

    // Nothing that points at the household: no ids, no village, no names, ID numbers or phones.
    for (const json of [JSON.stringify(result), JSON.stringify(today)]) {
      expect(json).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/);
      expect(json).not.toMatch(ID_NUMBER);
      expect(json).not.toMatch(MOBILE);
      expect(json).not.toMatch(VILLAGE_CODE);
      for (const value of [facts.townName, facts.villageName, facts.address, ...facts.members.map((m) => m.fullName)]) expect(json).not.toContain(value);
    }
  });

  it('10. the public, with no token, sees published projects with amounts raised and disbursed, and donors only where they agreed', async () => {
    // Step 10: three donors give to the paying project (one agrees to publication); an anonymous visitor opens the disclosure.
    const token = await winner();
    const gifts = [
      { idempotencyKey: `closed-loop-gift-published-${loop.referralId}`, donorName: '宁波明州爱心商行', donorKind: 'ORGANIZATION', publishName: true, amountFen: 300_000 },
      { idempotencyKey: `closed-loop-gift-private-${loop.referralId}`, donorName: '钱多福', donorKind: 'INDIVIDUAL', publishName: false, amountFen: 120_000 },
      { idempotencyKey: `closed-loop-gift-anonymous-${loop.referralId}`, anonymous: true, donorKind: 'INDIVIDUAL', amountFen: 50_000 },
    ];
    for (const gift of gifts) {
      ok(
        await stack.query(`mutation($input: RecordDonationInput!) { recordDonation(input: $input) { id receiptNumber } }`, {
          token,
          variables: { input: { projectId: loop.projectId, channel: 'BANK_TRANSFER', restricted: false, ...gift } },
        }),
      );
    }
    const given = gifts.reduce((sum, g) => sum + g.amountFen, 0);

    const result = await stack.query(
      `query($id: ID!) {
        charityProject(id: $id) { id status name raisedFen disbursedFen availableFen organization { id name }
          publicDonors(first: 100) { donorName donorKind amountFen } recipients { programme townName households suppressed } }
        charityProjects(first: 100, filter: { programme: MEDICAL }) { edges { node { id status raisedFen disbursedFen } } }
        charityDisclosure(programme: MEDICAL) { projectCount raisedFen disbursedFen byProgramme { programme raisedFen disbursedFen } }
      }`,
      { variables: { id: loop.projectId } },
    );
    const data = ok(result);
    const project = data.charityProject;
    expect(project).toMatchObject({
      id: loop.projectId,
      status: 'PUBLISHED',
      organization: { id: loop.winner },
      raisedFen: loop.projectBefore.raisedFen + given,
      disbursedFen: loop.projectBefore.disbursedFen + loop.paidFen,
      availableFen: loop.projectBefore.raisedFen + given - loop.projectBefore.disbursedFen - loop.paidFen,
    });
    const donors = project.publicDonors.map((d: any) => d.donorName);
    expect(project.publicDonors).toContainEqual({ donorName: '宁波明州爱心商行', donorKind: 'ORGANIZATION', amountFen: 300_000 });
    expect(donors).not.toContain('钱多福');
    expect(donors).not.toContain(null);

    // Only published and closed projects, and the MEDICAL totals add up over them.
    const nodes = data.charityProjects.edges.map((e: any) => e.node);
    expect(nodes.every((n: any) => n.status === 'PUBLISHED' || n.status === 'CLOSED')).toBe(true);
    expect(nodes.map((n: any) => n.id)).toContain(loop.projectId);
    expect(data.charityDisclosure.projectCount).toBe(nodes.length);
    expect(data.charityDisclosure.raisedFen).toBe(nodes.reduce((s: number, n: any) => s + n.raisedFen, 0));
    expect(data.charityDisclosure.disbursedFen).toBe(nodes.reduce((s: number, n: any) => s + n.disbursedFen, 0));

    // Nothing personal: not the household, its people, the undisclosed donor or the recipients below 5.
    const json = withoutIds(result);
    expect(json).not.toContain('钱多福');
    expect(json).not.toContain(HOUSEHOLD);
    expect(json).not.toMatch(ID_NUMBER);
    for (const m of facts.members) expect(json).not.toContain(m.fullName);
    for (const row of project.recipients) if (row.households !== null) expect(row.households).toBeGreaterThanOrEqual(5);
  });
});
