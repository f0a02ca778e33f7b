import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimsFor, notFoundEntries } from '@aid/shared/testing/harness.js';
import { generateHouseholds, insertHouseholds } from '../src/seed.js';
import { codes, officer, startSubgraph, type TestSubgraph } from './harness.js';

// What other subgraphs (through the gateway) and anyone calling the subgraph directly get from `_entities`.
let t: TestSubgraph;
const generated = generateHouseholds(0, 200);
const haishu = generated.filter((g) => g.household.countyCode === '330203');

beforeAll(async () => {
  t = await startSubgraph();
  await insertHouseholds(t.db, generated);
});
afterAll(() => t?.stop());

const HOUSEHOLDS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Household { id members { maskedName } } } }`;

describe('civil-affairs entities', () => {
  it('N household references with their members cost one statement per entity type', async () => {
    // Scenario: the gateway resolves 20 households (and their members) that another subgraph referred to.
    const representations = haishu.slice(0, 20).map((g) => ({ __typename: 'Household', id: g.household.id }));
    t.database.statements.reset();
    const result = await t.run(HOUSEHOLDS, officer(), { r: representations });
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toHaveLength(20);
    expect(result.data!._entities.every((e: { members: unknown[] }) => e.members.length > 0)).toBe(true);
    expect(t.database.statements.count).toBe(2);
  });

  it('N person references cost one statement for the persons and one for their households', async () => {
    // Scenario: 30 persons are referred to at once; their region check loads households in one batch too.
    const people = haishu.flatMap((g) => g.members).slice(0, 30);
    t.database.statements.reset();
    const result = await t.run(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id maskedName } } }`,
      officer(),
      { r: people.map((p) => ({ __typename: 'Person', id: p.id })) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.map((e: { id: string }) => e.id)).toEqual(people.map((p) => p.id));
    expect(t.database.statements.count).toBeLessThanOrEqual(2);
  });

  it('references outside the caller\'s region, unknown or malformed, come back null, in order', async () => {
    // Scenario: a Haishu officer's representations mix a Haishu household, a Beilun one, an unknown id and garbage.
    const beilun = generated.find((g) => g.household.countyCode === '330206')!;
    const result = await t.run(HOUSEHOLDS, officer(), {
      r: [
        { __typename: 'Household', id: haishu[0]!.household.id },
        { __typename: 'Household', id: beilun.household.id },
        { __typename: 'Household', id: '00000000-0000-4000-8000-000000000000' },
        { __typename: 'Household', id: 'not-a-uuid' },
      ],
    });
    expect(result.data!._entities.map((e: { id: string } | null) => e?.id ?? null)).toEqual([haishu[0]!.household.id, null, null, null]);
    // Each null says NOT_FOUND at its own index, one message for hidden, unknown and malformed alike.
    expect(notFoundEntries(result)).toEqual({ paths: ['_entities.1', '_entities.2', '_entities.3'], sameMessage: true });
    expect(codes(result).every((code) => code === 'NOT_FOUND')).toBe(true);
  });

  it('a charity organisation without a consented referral gets nothing of a household through _entities', async () => {
    // Scenario: a member organisation's valid token asks civil-affairs directly for a household's address.
    const result = await t.run(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Household { id address } } }`,
      claimsFor('charity_org', { org: '11111111-1111-4111-8111-111111111111' }),
      { r: [{ __typename: 'Household', id: haishu[0]!.household.id }] },
    );
    expect(result.data!._entities).toEqual([null]);
    expect(JSON.stringify(result)).not.toMatch(/号/);
  });
});
