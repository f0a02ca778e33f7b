import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { ROW_RULES as charityRules } from '@aid/charity/access.js';
import { typeDefs as charityTypeDefs } from '@aid/charity/server.js';
import { ROW_RULES as civilAffairsRules } from '@aid/civil-affairs/access.js';
import { typeDefs as civilAffairsTypeDefs } from '@aid/civil-affairs/server.js';
import { ROW_RULES as servicesRules } from '@aid/services/access.js';
import { typeDefs as servicesTypeDefs } from '@aid/services/server.js';
import type { Database } from '../src/database/database.js';
import { createLogger } from '../src/runtime/logger.js';
import { ROLE_DENIED_MESSAGE, rowRuleGaps, rule, type RowRules } from '../src/security/row-rules.js';
import { buildSubgraph } from '../src/runtime/subgraph.js';
import { claimsFor, errorCodes, type OperationResult } from '../src/testing/harness.js';

const SDL = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
  type Query { secret(id: ID!): String  open: String }
  type Mutation { change(id: ID!): String }
  type Thing @key(fields: "id") { id: ID! name: String }
`);

const calls: string[] = [];
const resolvers = {
  Query: {
    secret: (_: unknown, args: { id: string }) => (calls.push(`secret ${args.id}`), 'the secret'),
    open: () => 'open',
  },
  Mutation: { change: () => (calls.push('change'), 'changed') },
  Thing: { __resolveReference: (reference: { id: string }) => (calls.push(`thing ${reference.id}`), { id: reference.id, name: 'thing' }) },
};

const COMPLETE: RowRules = {
  Query: { secret: rule(['civil_officer'], 'Officers only.'), open: rule(['civil_officer', 'analyst'], 'Anyone listed.') },
  Mutation: { change: rule(['civil_officer'], 'Officers only.') },
  entities: { Thing: rule(['civil_officer'], 'Officers only.') },
};

function build(rowRules: RowRules) {
  return buildSubgraph(
    { name: 'toy', sdl: '', typeDefs: SDL, resolvers: resolvers as never, rowRules, createContext: (claims) => ({ claims }) },
    { db: {} as Database, logger: createLogger('test') },
  );
}

describe('row-rule registry', () => {
  it('a subgraph with an unregistered root field, mutation or entity type does not build, and the error lists every gap', () => {
    // Scenario: a developer adds a field and an entity without registering their row rules.
    const incomplete: RowRules = { Query: { open: COMPLETE.Query.open!, gone: rule([], 'x') }, Mutation: {}, entities: {} };
    expect(() => build(incomplete)).toThrowError(/does not start/);
    try {
      build(incomplete);
    } catch (error) {
      const message = (error as Error).message;
      for (const gap of ['Query.secret', 'Mutation.change', 'entity Thing', 'Query.gone']) expect(message).toContain(gap);
    }
  });

  it('every root field, mutation and entity type of the three subgraphs is registered, and nothing else', () => {
    // Scenario: the real registries match the real schemas exactly.
    for (const [typeDefs, rules] of [
      [civilAffairsTypeDefs, civilAffairsRules],
      [charityTypeDefs, charityRules],
      [servicesTypeDefs, servicesRules],
    ] as const) {
      expect(rowRuleGaps(buildSubgraphSchema({ typeDefs }), rules)).toEqual({ unregistered: [], stale: [] });
    }
  });

  it('a subgraph that adds fields to another\'s entity admits at least the owner\'s roles, so it never nulls what the owner shows', async () => {
    // Scenario: an officer reads a household; charity and services must resolve the same reference for that role,
    // or a non-null field they add would erase the owner's data at the gateway.
    const owners: Record<string, RowRules> = {
      Household: civilAffairsRules, Person: civilAffairsRules, Need: civilAffairsRules, Referral: civilAffairsRules,
      PreAidCheck: civilAffairsRules, CharityOrganization: charityRules, CharityProject: charityRules,
    };
    const gaps: string[] = [];
    for (const [name, rules] of [['charity', charityRules], ['services', servicesRules], ['civil-affairs', civilAffairsRules]] as const) {
      for (const [type, contributed] of Object.entries(rules.entities)) {
        const owner = owners[type];
        if (!owner || owner === rules || contributed.roles.length === 0) continue;
        for (const role of owner.entities[type]!.roles) if (!contributed.roles.includes(role)) gaps.push(`${name} ${type}: ${role}`);
      }
    }
    expect(gaps).toEqual([]);
  });

  it('a role not listed is refused before the resolver runs, the same answer whatever the arguments', async () => {
    // Scenario: an analyst asks a field registered for officers only, once with an id that exists and once not.
    const subgraph = build(COMPLETE);
    await subgraph.apollo.start();
    try {
      calls.length = 0;
      const run = async (query: string, role: 'analyst' | 'civil_officer') => {
        const response = await subgraph.apollo.executeOperation({ query }, { contextValue: subgraph.contextFor(claimsFor(role)) });
        return (response.body as { singleResult: OperationResult }).singleResult;
      };
      const a = await run('{ secret(id: "1") }', 'analyst');
      const b = await run('{ secret(id: "nope") }', 'analyst');
      expect(a).toEqual(b);
      expect(errorCodes(a)).toEqual(['FORBIDDEN']);
      expect(a.errors?.[0]?.message).toBe(ROLE_DENIED_MESSAGE);
      expect(errorCodes(await run('mutation { change(id: "1") }', 'analyst'))).toEqual(['FORBIDDEN']);
      expect(calls).toEqual([]);
      expect((await run('{ open }', 'analyst')).data).toEqual({ open: 'open' });
      expect((await run('{ secret(id: "1") }', 'civil_officer')).data).toEqual({ secret: 'the secret' });
      expect(calls).toEqual(['secret 1']);
    } finally {
      await subgraph.apollo.stop();
    }
  });

  it('an entity reference of a role not listed resolves to null, as a reference to nothing', async () => {
    // Scenario: an analyst calls `_entities` directly for a Thing.
    const subgraph = build(COMPLETE);
    await subgraph.apollo.start();
    try {
      calls.length = 0;
      const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Thing { id name } } }';
      const variables = { r: [{ __typename: 'Thing', id: 't1' }] };
      const as = async (role: 'analyst' | 'civil_officer') => {
        const response = await subgraph.apollo.executeOperation({ query, variables }, { contextValue: subgraph.contextFor(claimsFor(role)) });
        return (response.body as { singleResult: OperationResult }).singleResult;
      };
      expect((await as('analyst')).data).toEqual({ _entities: [null] });
      expect(calls).toEqual([]);
      expect((await as('civil_officer')).data).toEqual({ _entities: [{ id: 't1', name: 'thing' }] });
    } finally {
      await subgraph.apollo.stop();
    }
  });
});
