import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@aid/shared/logger.js';
import { claimsFor, openTestDatabase } from '@aid/shared/testing.js';
import { generateHouseholds, insertHouseholds } from '../src/seed.js';
import { createCivilAffairsSubgraph, DB_SCHEMA, MIGRATIONS_FOLDER } from '../src/server.js';

type Result = { data?: Record<string, any> | null; errors?: { message: string; path?: unknown[]; extensions?: { code?: string } }[] };

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let subgraph: ReturnType<typeof createCivilAffairsSubgraph>;
const generated = generateHouseholds(0, 200);
const haishu = generated.filter((g) => g.household.countyCode === '330203');

async function run(query: string, claims: ReturnType<typeof claimsFor>, variables?: Record<string, unknown>): Promise<Result> {
  const response = await subgraph.apollo.executeOperation({ query, variables }, { contextValue: subgraph.contextFor(claims) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult as Result;
}

beforeAll(async () => {
  database = await openTestDatabase(DB_SCHEMA, MIGRATIONS_FOLDER);
  await insertHouseholds(database.db, generated);
  subgraph = createCivilAffairsSubgraph({ db: database.db, logger: createLogger('test') });
  await subgraph.apollo.start();
});

afterAll(async () => {
  await subgraph?.apollo.stop();
  await database?.drop();
});

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
    expect(member.maskedIdNumber).toMatch(/^330\*+\d{3}[\dX]$/);
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
