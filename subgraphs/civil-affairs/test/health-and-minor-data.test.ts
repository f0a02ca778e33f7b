import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '@aid/shared/demo/ids.js';
import { DEFAULT_ROLE_SCOPES } from '@aid/shared/security/roles.js';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { generateHouseholds, insertHouseholds } from '../src/seed.js';
import { officer, ok, startSubgraph, type TestSubgraph } from './harness.js';

// Issue 8, lower finding: the health and minors' scopes (person:health, person:minor) were required by no field.
let t: TestSubgraph;
const generated = generateHouseholds(0, 200);
const family = generated.find((g) => g.household.countyCode === '330203' && g.members.some((m) => m.guardianId))!;
const child = family.members.find((m) => m.guardianId)!;
const worker = () => claimsFor('village_worker', { region: family.household.villageCode, sub: 'worker-1' });
const COVERAGE = `coverage { basicMedicalInsuranceFen criticalIllnessInsuranceFen medicalAssistanceFen otherGovernmentAidFen }`;
let needId: string;

beforeAll(async () => {
  t = await startSubgraph();
  await insertHouseholds(t.db, generated);
  needId = ok(
    await t.run(`mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id } }`, worker(), {
      input: {
        householdId: family.household.id,
        programme: 'MEDICAL',
        subType: 'MEDICAL_COSTS',
        publicSummary: 'Treatment costs left after insurance and medical assistance.',
        estimatedCostFen: 10_000_000,
        basicMedicalInsuranceFen: 5_000_000,
        criticalIllnessInsuranceFen: 2_000_000,
        medicalAssistanceFen: 1_000_000,
        priority: 'MAJOR_ILLNESS',
        channel: 'HOME_VISIT',
      },
    }),
  ).recordNeed.id;
});
afterAll(() => t?.stop());

describe('health data: the medical coverage lines of a need', () => {
  it('the worker who records needs reads them back; the gap stays readable by everyone who reaches the need', async () => {
    // Scenario: the village worker reads the need; a charity organisation reaches it through the graph.
    const own = ok(await t.run(`query($id: ID!) { need(id: $id) { gapFen ${COVERAGE} } }`, worker(), { id: needId })).need;
    expect(own).toEqual({ gapFen: 2_000_000, coverage: { basicMedicalInsuranceFen: 5_000_000, criticalIllnessInsuranceFen: 2_000_000, medicalAssistanceFen: 1_000_000, otherGovernmentAidFen: 0 } });
    const entity = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Need { gapFen ${COVERAGE} } } }`;
    const charity = await t.run(entity, claimsFor('charity_org', { org: demoId('organization', 0) }), { r: [{ __typename: 'Need', id: needId }] });
    expect(charity.data!._entities[0]).toEqual({ gapFen: 2_000_000, coverage: { basicMedicalInsuranceFen: null, criticalIllnessInsuranceFen: null, medicalAssistanceFen: null, otherGovernmentAidFen: 0 } });
    expect(charity.errors?.every((e) => e.extensions?.code === 'UNAUTHORIZED_FIELD_OR_TYPE')).toBe(true);
  });

  it('even with person:health in its token, an organisation gets no medical line of a need outside civil affairs\' rows', async () => {
    // Scenario: an organisation's token carries the health scope; the row rule still says no.
    const claims = claimsFor('charity_org', { org: demoId('organization', 0), scopes: [...DEFAULT_ROLE_SCOPES.charity_org, 'person:health'] });
    const result = await t.run(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Need { ${COVERAGE} } } }`, claims, { r: [{ __typename: 'Need', id: needId }] });
    expect(result.data!._entities[0].coverage).toMatchObject({ basicMedicalInsuranceFen: null, criticalIllnessInsuranceFen: null, medicalAssistanceFen: null });
  });
});

describe('minors\' data: the guardian of a child', () => {
  const GUARDIAN = `query($id: ID!) { household(id: $id) { members { id isMinor age guardian { id } } } }`;

  it('a village worker without person:minor sees that a member is a minor, not who the guardian is', async () => {
    // Scenario: the worker lists the family's members.
    const result = await t.run(GUARDIAN, worker(), { id: family.household.id });
    const member = result.data!.household.members.find((m: any) => m.id === child.id);
    expect(member).toMatchObject({ isMinor: true, guardian: null });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
  });

  it('a county officer with person:minor sees the guardian', async () => {
    // Scenario: the officer lists the same members.
    const data = ok(await t.run(GUARDIAN, officer(), { id: family.household.id }));
    expect(data.household.members.find((m: any) => m.id === child.id).guardian).toEqual({ id: child.guardianId });
  });

  it('a worker given person:minor by a token of another region gets nothing of the family', async () => {
    // Scenario: a Beilun worker with the minors' scope asks for the Haishu family.
    const claims = claimsFor('village_worker', { region: '330206', scopes: [...DEFAULT_ROLE_SCOPES.village_worker, 'person:minor'] });
    expect(ok(await t.run(GUARDIAN, claims, { id: family.household.id })).household).toBeNull();
  });
});
