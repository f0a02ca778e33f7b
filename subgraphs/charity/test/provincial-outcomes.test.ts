import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { demoReferrals } from '@aid/shared/demo/referrals.js';
import { demoHouseholdTown } from '@aid/shared/demo/referral-facts.js';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { disbursements } from '../src/db/schema.js';
import { startSubgraph, type TestSubgraph } from './harness.js';

// the provincial system joins the aid outcomes of the referral feed through the graph; here,
// what charities paid for a referral (amounts, dates, project, programme; no donor appears on a disbursement).
let charity: TestSubgraph;
const completed = demoReferrals().find((r) => r.status === 'COMPLETED')!;
const FUNDINGS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Referral { fundings { amountFen programme disbursedOn project { name programme } } } } }`;
const r = [{ __typename: 'Referral', id: completed.id }];

beforeAll(async () => {
  charity = await startSubgraph();
});
afterAll(async () => {
  await charity?.stop();
});

describe('Referral.fundings for the provincial system', () => {
  it('the provincial system reads the fundings of a completed referral province-wide, as the seed paid them', async () => {
    // Scenario: the gateway asks charity for the fundings of a completed demo referral on the provincial system's behalf.
    const result = await charity.run(FUNDINGS, claimsFor('provincial_system'), { r });
    expect(result.errors).toBeUndefined();
    const paid = await charity.db.select().from(disbursements).where(eq(disbursements.referralId, completed.id));
    expect(paid.length).toBeGreaterThan(0);
    expect(result.data!._entities[0].fundings).toEqual(
      paid.map((row) => ({ amountFen: row.amountFen, programme: row.programme, disbursedOn: row.disbursedOn, project: { name: expect.any(String), programme: row.programme } })),
    );
  });

  it('a provincial system bound to a region sees fundings of its region only', async () => {
    // Scenario: a client bound to the referral's town, then one bound to another county, ask for the same fundings.
    const town = demoHouseholdTown(completed.householdN);
    const other = town.startsWith('330203') ? '330206' : '330203';
    const seen = async (region: string) => (await charity.run(FUNDINGS, claimsFor('provincial_system', { region }), { r })).data!._entities[0].fundings;
    expect((await seen(town)).length).toBeGreaterThan(0);
    expect(await seen(other)).toEqual([]);
  });

  it('a volunteer still gets nothing: its role is not admitted to Referral references at charity', async () => {
    // Scenario: a volunteer asks charity directly for the same fundings.
    const result = await charity.run(FUNDINGS, claimsFor('volunteer'), { r });
    expect(result.data?._entities).toEqual([null]);
  });
});
