import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '@aid/shared/demo/ids.js';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { applyReferralEvents } from '../src/referral-sync.js';
import { DEV_VOLUNTEER_SUBJECT, teamId, volunteerId } from '../src/seed.js';
import { codes, startSubgraph, type TestSubgraph } from './harness.js';

let services: TestSubgraph;

// A household with no demo services: only what this test records shows up.
const HOUSEHOLD = demoId('household', 399);
const NEED = demoId('need', 'pre-aid-test');
// The referral of that need, accepted by organisation 0 (which runs the dev volunteer's team 0), as
// civil-affairs' feed tells services: a service is recorded only for a referral services knows.
const REFERRAL = demoId('referral', 'pre-aid-test');
const officer = claimsFor('civil_officer', { region: '330203' });
const volunteer = claimsFor('volunteer', { sub: DEV_VOLUNTEER_SUBJECT });

const RECORD = `mutation($input: RecordServiceInput!) { recordService(input: $input) { id hours } }`;
const CHECKS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on PreAidCheck { id servicesReceived { programme hours serviceType startedAt outcome } } } }`;

const check = (id: string, windowStart: string, windowEnd: string, householdId = HOUSEHOLD) => ({
  __typename: 'PreAidCheck',
  id: demoId('pre-aid-check', id),
  householdId,
  windowStart,
  windowEnd,
});

beforeAll(async () => {
  services = await startSubgraph();
  await applyReferralEvents(services.database.db, [
    {
      sequence: 9001,
      cursor: 'c9001',
      referralId: REFERRAL,
      needId: NEED,
      householdId: HOUSEHOLD,
      programme: 'ELDERLY_CARE',
      action: 'accept',
      fromStatus: 'RECEIVED',
      status: 'ACCEPTED',
      organizationId: demoId('organization', 0),
      townCode: '330203001', // a Haishu town, read by the Haishu officer below
      villageCode: '330203001001',
      occurredAt: new Date().toISOString(),
    },
  ]);
  // The dev volunteer's team visits the household on 31 March 2025 (Beijing time), 9:00-11:30.
  const result = await services.run(RECORD, volunteer, {
    input: {
      referralId: REFERRAL,
      needId: NEED,
      householdId: HOUSEHOLD,
      programme: 'ELDERLY_CARE',
      serviceType: 'MEAL_DELIVERY',
      performer: { teamId: teamId(0), volunteerId: volunteerId(0) },
      startedAt: '2025-03-31T09:00:00+08:00',
      endedAt: '2025-03-31T11:30:00+08:00',
      hours: 2.5,
      outcome: 'GOT_HELP',
    },
  });
  expect(result.errors).toBeUndefined();
});
afterAll(async () => {
  await services?.stop();
});

describe('services contribute to the pre-aid check (救前查询)', () => {
  it('a check whose window covers the service sees its programme and hours', async () => {
    // Scenario: civil affairs runs a check for Q1 2025; the gateway asks services by the compound key.
    const result = await services.run(CHECKS, officer, { r: [check('q1', '2025-01-01', '2025-03-31')] });
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0].servicesReceived).toEqual([
      { programme: 'ELDERLY_CARE', hours: 2.5, serviceType: 'MEAL_DELIVERY', startedAt: '2025-03-31T01:00:00.000Z', outcome: 'GOT_HELP' },
    ]);
  });

  it('a window that ends the day before, or starts the day after, does not see it', async () => {
    // Scenario: the date-only window end includes its whole day in Beijing time, and no more.
    const result = await services.run(CHECKS, officer, {
      r: [check('before', '2025-01-01', '2025-03-30'), check('after', '2025-04-01', '2025-06-30'), check('day', '2025-03-31', '2025-03-31')],
    });
    const [before, after, day] = result.data!._entities;
    expect(before.servicesReceived).toEqual([]);
    expect(after.servicesReceived).toEqual([]);
    expect(day.servicesReceived).toHaveLength(1);
  });

  it('N checks for N households cost one SQL statement', async () => {
    // Scenario: a batch of 25 checks over different households and windows.
    const representations = Array.from({ length: 25 }, (_, k) =>
      check(`batch-${k}`, k % 2 ? '2024-01-01' : '2025-01-01', '2025-12-31', demoId('household', k * 10)),
    );
    services.database.statements.reset();
    const result = await services.run(CHECKS, officer, { r: representations });
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toHaveLength(25);
    expect(services.database.statements.count).toBe(1);
    // Household 240 (demo referral 24, in progress) was served in 2025.
    expect(result.data!._entities[24].servicesReceived.length).toBeGreaterThan(0);
  });

  it('Household.servicesReceived answers the same question with optional bounds', async () => {
    // Scenario: an officer reads a household's services without a window, then with a bad date.
    const all = await services.run(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Household { servicesReceived { programme hours } } } }`,
      officer,
      { r: [{ __typename: 'Household', id: HOUSEHOLD }] },
    );
    expect(all.data!._entities[0].servicesReceived).toEqual([{ programme: 'ELDERLY_CARE', hours: 2.5 }]);
    const bad = await services.run(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Household { servicesReceived(from: "2025-02-30") { hours } } } }`,
      officer,
      { r: [{ __typename: 'Household', id: HOUSEHOLD }] },
    );
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
  });

  it('a caller without aidcheck:run gets no services for a check', async () => {
    // Scenario: a charity organisation crafts a PreAidCheck reference at the subgraph.
    const result = await services.run(CHECKS, claimsFor('charity_org', { org: demoId('organization', 0) }), {
      r: [check('q1', '2025-01-01', '2025-03-31')],
    });
    // Only civil staff resolve PreAidCheck references: the organisation's reference resolves to nothing.
    expect(result.data?._entities).toEqual([null]);
    expect(JSON.stringify(result.data)).not.toContain('ELDERLY_CARE');
  });
});
