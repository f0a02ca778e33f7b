import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReferrals, DEMO_ORGANIZATIONS } from '@aid/shared/demo/referrals.js';
import { demoId } from '@aid/shared/demo/ids.js';
import { NINGBO_COUNTIES } from '@aid/shared/domain/regions.js';
import { claimsFor, notFoundEntries } from '@aid/shared/testing/harness.js';
import { consortiumId, DEV_PROFESSIONAL_SUBJECT, professionalId, teamId, volunteerId } from '../src/seed.js';
import { startSubgraph, type TestSubgraph } from './harness.js';

let services: TestSubgraph;

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Volunteer { id maskedLabel skills }
  ... on VolunteerTeam { id title }
  ... on ServiceConsortium { id title tier }
  ... on Professional { id kind maskedQualificationNumber }
} }`;

const refs = (typename: string, ids: string[]) => ids.map((id) => ({ __typename: typename, id }));
const range = (n: number) => Array.from({ length: n }, (_, k) => k);

beforeAll(async () => {
  services = await startSubgraph();
});
afterAll(async () => {
  await services?.stop();
});

/** Runs an operation and returns its result with the number of SQL statements it cost. */
async function counted(query: string, claims: ReturnType<typeof claimsFor>, variables: Record<string, unknown>) {
  services.database.statements.reset();
  const result = await services.run(query, claims, variables);
  return { result, statements: services.database.statements.count };
}

describe('entity references are batched: one statement per type, however many references', () => {
  it('20 volunteers, 20 teams, 10 consortia and 20 professionals cost four statements', async () => {
    // Scenario: the gateway resolves 70 references of four types in one _entities request.
    const representations = [
      ...refs('Volunteer', range(20).map(volunteerId)),
      ...refs('VolunteerTeam', range(20).map(teamId)),
      ...refs('ServiceConsortium', NINGBO_COUNTIES.map((c) => consortiumId(c.code))),
      ...refs('Professional', range(20).map(professionalId)),
    ];
    const { result, statements } = await counted(ENTITIES, claimsFor('charity_federation'), { r: representations });
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toHaveLength(70);
    expect(result.data!._entities.every((e: any) => e?.id)).toBe(true);
    expect(statements).toBe(4);
  });

  it('list children stay one statement per level: teams → members → volunteers → hours', async () => {
    // Scenario: 30 teams with their members' labels and hours served.
    const { result, statements } = await counted(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on VolunteerTeam { id memberCount hoursServed members { role volunteer { maskedLabel hoursServed } } } } }`,
      claimsFor('charity_federation'),
      { r: refs('VolunteerTeam', range(30).map(teamId)) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.every((t: any) => t.members.length > 0 && t.memberCount > 0)).toBe(true);
    // teams, member counts, team hours, memberships, volunteers, volunteer hours
    expect(statements).toBe(6);
  });

  it('CharityOrganization contributions for all organisations cost one statement per field', async () => {
    // Scenario: the gateway asks services for teams, professionals and services of 12 organisations.
    const { result, statements } = await counted(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on CharityOrganization { id teams { id } professionals { id } services { id } } } }`,
      claimsFor('charity_federation'),
      { r: refs('CharityOrganization', range(DEMO_ORGANIZATIONS).map((k) => demoId('organization', k))) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.every((o: any) => o.professionals.length > 0)).toBe(true);
    expect(statements).toBe(3);
  });

  it('Referral.serviceRecords for every demo referral is one statement, plus the viewer\'s identity', async () => {
    // Scenario: a professional lists records of all 66 referrals; they see only their assigned cases.
    const referrals = demoReferrals();
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Referral { id serviceRecords { id professional { id } } } } }`;
    const federation = await counted(query, claimsFor('charity_federation'), { r: refs('Referral', referrals.map((r) => r.id)) });
    expect(federation.statements).toBe(2); // records, their professionals
    const all = federation.result.data!._entities.flatMap((e: any) => e.serviceRecords);
    expect(all.length).toBeGreaterThan(30);

    const professional = await counted(query, claimsFor('professional', { sub: DEV_PROFESSIONAL_SUBJECT }), {
      r: refs('Referral', referrals.map((r) => r.id)),
    });
    expect(professional.statements).toBe(4); // records, the viewer's record and assignments, professionals
    const visible = professional.result.data!._entities.filter((e: any) => e.serviceRecords.length > 0).map((e: any) => e.id);
    // Organisation 0 works on referrals 24 (in progress) and 36 (completed): the dev counsellor's cases.
    expect(visible.sort()).toEqual([referrals[24]!.id, referrals[36]!.id].sort());
  });

  it('unknown and malformed ids resolve to null without a query for the malformed ones', async () => {
    // Scenario: a stale cache in the gateway sends a deleted id and a garbage id.
    const { result, statements } = await counted(ENTITIES, claimsFor('charity_federation'), {
      r: [{ __typename: 'Volunteer', id: demoId('volunteer', 99999) }, { __typename: 'Volunteer', id: 'not-a-uuid' }],
    });
    expect(result.data!._entities).toEqual([null, null]);
    expect(notFoundEntries(result)).toEqual({ paths: ['_entities.0', '_entities.1'], sameMessage: true });
    expect(statements).toBe(1);
    expect(services.database.statements.statements.join(' ')).not.toContain('not-a-uuid');
  });
});
