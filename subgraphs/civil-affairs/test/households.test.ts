import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { generateHouseholds, insertHouseholds } from '../src/seed.js';
import { startSubgraph, type TestSubgraph } from './harness.js';

let t: TestSubgraph;
const generated = generateHouseholds(0, 200);
const haishu = generated.filter((g) => g.household.countyCode === '330203');
const run = (query: string, claims: ReturnType<typeof claimsFor>, variables?: Record<string, unknown>) => t.run(query, claims, variables);

beforeAll(async () => {
  t = await startSubgraph();
  await insertHouseholds(t.db, generated);
});
afterAll(() => t?.stop());

describe('civil-affairs households', () => {
  it('a county officer lists only households of their county, with members', async () => {
    // Scenario: an officer of Haishu (330203) pages through households and sees no other county's.
    const result = await run(`{ households(first: 50) { edges { node { countyCode members { maskedName } } } } }`, claimsFor('civil_officer', { region: '330203' }));
    const nodes = result.data!.households.edges.map((e: any) => e.node);
    expect(nodes.length).toBe(haishu.length);
    expect(nodes.every((n: any) => n.countyCode === '330203' && n.members.length > 0)).toBe(true);
  });

  it('a village worker without the ID-number scope gets null and UNAUTHORIZED_FIELD_OR_TYPE at the subgraph', async () => {
    // Scenario: a direct subgraph call asks for a full ID number without person:id_number.
    const g = generated.find((x) => x.household.villageCode.startsWith('330203'))!;
    const result = await run(
      `query($id: ID!) { household(id: $id) { id members { maskedIdNumber idNumber } } }`,
      claimsFor('village_worker', { region: g.household.villageCode }),
      { id: g.household.id },
    );
    const member = result.data!.household.members[0];
    expect(member.idNumber).toBeNull();
    expect(member.maskedIdNumber).toMatch(/^33\*{14}\d[\dX]$/);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
  });

  it('a household outside the caller\'s region looks exactly like a missing one', async () => {
    // Scenario: a Haishu officer asks for a Beilun household by id and gets null, no error.
    const other = generated.find((g) => g.household.countyCode !== '330203')!;
    const result = await run(`query($id: ID!) { household(id: $id) { id } }`, claimsFor('civil_officer', { region: '330203' }), { id: other.household.id });
    expect(result.data!.household).toBeNull();
    expect(result.errors).toBeUndefined();
  });
});
