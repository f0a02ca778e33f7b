import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReferrals } from '@aid/shared/demo/referrals.js';
import { demoId } from '@aid/shared/demo/ids.js';
import { referrals, referralTransitions } from '../src/db/schema.js';
import { seedCivilAffairs } from '../src/seed.js';
import { codeOf, startSubgraph, org, type TestSubgraph } from './harness.js';

// Issue 8, lower findings: claimReferral told the state of a referral the caller cannot see; the pool took
// village codes.
let t: TestSubgraph;
const outsider = demoId('organization', 5);
const CLAIM = `mutation($id: ID!) { claimReferral(id: $id) { id status } }`;
const UNKNOWN = '00000000-0000-4000-8000-0000000000ff';

beforeAll(async () => {
  t = await startSubgraph();
  await seedCivilAffairs(t.db);
});
afterAll(() => t?.stop());

describe('claiming a referral the organisation cannot see', () => {
  const notInPool = ['DRAFT', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'FAILED', 'REJECTED', 'CANCELLED', 'ENTERED_IN_ERROR'] as const;

  it.each(notInPool)('a %s referral held by no one or by another organisation answers exactly like an unknown id', async (status) => {
    // Scenario: an organisation that does not hold it claims a referral out of the pool, then an id that does not exist.
    const referral = demoReferrals().find((r) => r.status === status && r.organizationId !== outsider)!;
    const before = { referrals: await t.rows(referrals), transitions: await t.rows(referralTransitions) };
    const seen = await t.run(CLAIM, org(outsider), { id: referral.id });
    const unknown = await t.run(CLAIM, org(outsider), { id: UNKNOWN });
    expect(codeOf(seen)).toBe('NOT_FOUND');
    expect(seen).toEqual(unknown);
    expect(JSON.stringify(seen)).not.toContain(status);
    expect({ referrals: await t.rows(referrals), transitions: await t.rows(referralTransitions) }).toEqual(before);
  });
});

describe('the referral pool is filtered by county or town only', () => {
  it('a 12-digit village code is BAD_USER_INPUT naming the argument', async () => {
    // Scenario: an organisation narrows the pool to one village.
    const result = await t.run(`{ referralPool(regionCode: "330203001001") { edges { cursor } } }`, org(outsider));
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions?.field).toBe('regionCode');
  });

  it('a county or town code still filters', async () => {
    // Scenario: the same organisation narrows the pool to Haishu, then to a town of it.
    for (const regionCode of ['330203', '330203001']) {
      const result = await t.run(`query($r: String) { referralPool(regionCode: $r) { edges { cursor } } }`, org(outsider), { r: regionCode });
      expect(result.errors).toBeUndefined();
    }
  });
});
