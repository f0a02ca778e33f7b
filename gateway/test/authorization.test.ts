import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import {
  buildSchema,
  execute,
  parse,
  print,
  GraphQLError,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { composeServices } from '@apollo/composition';
import { ApolloGateway, LocalGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GatewayExecutor, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { ANONYMOUS, type Claims } from '@aid/shared/security/auth.js';
import { readAuthorizationRules, unauthorizedFieldError } from '@aid/shared/security/auth-directives.js';
import type { Role } from '@aid/shared/security/roles.js';
import { prepareSupergraph } from '../src/authorization/supergraph.js';
import { authorizeOperation, TYPENAME_ALIAS } from '../src/authorization/filter.js';
import { completeResult } from '../src/authorization/result.js';
import { withFieldAuthorization } from '../src/authorization/gateway.js';

// ---------------------------------------------------------------------------------------------------------------
// Fixture: two tiny subgraphs composed into a supergraph that links the three security features.

const LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@authenticated", "@requiresScopes", "@policy"])`;

const PEOPLE_SDL = `${LINK}
type Query {
  people: [Person!]!
  person(id: ID!): Person
  me: Person @authenticated
  search: [SearchResult!]!
  staffNote: String @policy(policies: [["civil_staff"]])
  report: Report
}
type Person @key(fields: "id") {
  id: ID!
  name: String!
  phone: String @requiresScopes(scopes: [["person:phone"]])
  idNumber: String @requiresScopes(scopes: [["person:id_number", "person:name"], ["admin"]])
  ssn: String! @requiresScopes(scopes: [["person:ssn"]])
  household: Household
}
type Household {
  id: ID!
  address: String! @requiresScopes(scopes: [["person:address"]])
}
type Secret @authenticated {
  code: String
}
union SearchResult = Person | Secret
type Report {
  title: String
  audit: AuditLog
}
type AuditLog @requiresScopes(scopes: [["accesslog:read"]]) {
  entries: [String!]!
}
`;

const HEALTH_SDL = `${LINK}
type Person @key(fields: "id") {
  id: ID!
  health: String @policy(policies: [["civil_staff"]])
}
`;

function composeFixture(): string {
  const result = composeServices([
    { name: 'people', typeDefs: parse(PEOPLE_SDL), url: 'http://people.invalid/graphql' },
    { name: 'health', typeDefs: parse(HEALTH_SDL), url: 'http://health.invalid/graphql' },
  ]);
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.supergraphSdl;
}

const SUPERGRAPH = composeFixture();
const { gatewaySdl, rules } = prepareSupergraph(SUPERGRAPH);

const PEOPLE = [
  { id: '1', name: 'Ada', phone: '111', idNumber: 'X1', ssn: 'S1', household: { id: 'h1', address: '1 Road' } },
  { id: '2', name: 'Bo', phone: '222', idNumber: 'X2', ssn: 'S2', household: { id: 'h2', address: '2 Road' } },
];
const HEALTH: Record<string, string> = { '1': 'fine', '2': 'cold' };

const ROOT = {
  people: PEOPLE,
  person: ({ id }: { id: string }) => PEOPLE.find((p) => p.id === id) ?? null,
  me: PEOPLE[0],
  search: [{ __typename: 'Person', ...PEOPLE[0] }, { __typename: 'Secret', code: 's3cr3t' }],
  staffNote: 'note',
  report: { title: 'R', audit: { entries: ['e1'] } },
};

const caller = (scopes: string[], role: Role = 'village_worker'): Claims => ({
  sub: `user-${role}`,
  roles: [role],
  scopes: new Set(scopes),
});

let apiSchemaPromise: Promise<GraphQLSchema> | undefined;
/** The API schema the gateway derives from the stripped supergraph. */
function apiSchema(): Promise<GraphQLSchema> {
  apiSchemaPromise ??= (async () => {
    const gateway = new ApolloGateway({ supergraphSdl: gatewaySdl });
    let schema: GraphQLSchema | undefined;
    gateway.onSchemaLoadOrUpdate(({ apiSchema }) => {
      schema = apiSchema;
    });
    await gateway.load();
    await gateway.stop();
    return schema!;
  })();
  return apiSchemaPromise;
}

interface Run {
  filtered: DocumentNode;
  data: Record<string, unknown> | null | undefined;
  errors: { path: readonly (string | number)[] | undefined; code: unknown; message: string }[];
}

/** Filters `query` for `claims`, executes the filtered document with graphql-js, completes the result. */
async function run(query: string, claims: Claims, variables?: Record<string, unknown>): Promise<Run> {
  const schema = await apiSchema();
  const authorized = authorizeOperation({ schema, rules, document: parse(query), claims });
  const executed = await execute({ schema, document: authorized.document, rootValue: ROOT, variableValues: variables });
  expect(executed.errors).toBeUndefined();
  const completed = completeResult(executed, authorized, variables);
  return {
    filtered: authorized.document,
    data: completed.data as Record<string, unknown> | null | undefined,
    errors: (completed.errors ?? []).map((e: GraphQLError) => ({
      path: e.path,
      code: e.extensions.code,
      message: e.message,
    })),
  };
}

const unauthorized = (path: (string | number)[], coordinate: string) => ({
  path,
  code: 'UNAUTHORIZED_FIELD_OR_TYPE',
  message: `Unauthorized field or type: ${coordinate}`,
});

// ---------------------------------------------------------------------------------------------------------------

describe('prepareSupergraph', () => {
  it('the stripped supergraph loads in ApolloGateway while the original is refused', async () => {
    // Scenario: stock @apollo/gateway refuses the security @links; the prepared SDL loads and keeps the rules.
    await expect(new ApolloGateway({ supergraphSdl: SUPERGRAPH }).load()).rejects.toThrow(
      /authenticated\/v0\.1 is for: SECURITY but is unsupported/,
    );
    const gateway = new ApolloGateway({ supergraphSdl: gatewaySdl });
    await expect(gateway.load()).resolves.toHaveProperty('executor');
    await gateway.stop();

    expect(gatewaySdl).not.toMatch(/authenticated|requiresScopes|policy/);
    expect(rules.fields.get('Person.phone')).toEqual({ authenticated: true, scopes: [['person:phone']] });
    expect(rules.fields.get('Query.me')).toEqual({ authenticated: true });
    expect(rules.types.get('Secret')).toEqual({ authenticated: true });
    expect(rules.fields.get('Person.health')).toEqual({ authenticated: true, policies: [['civil_staff']] });
  });

  it('refuses a supergraph linking a security feature nobody enforces', () => {
    // Scenario: an unknown for: SECURITY feature, or another version of an enforced one, fails fast with its name.
    const withContext = SUPERGRAPH.replace(
      '@link(url: "https://specs.apollo.dev/policy/v0.1", for: SECURITY)',
      '@link(url: "https://specs.apollo.dev/policy/v0.1", for: SECURITY)\n  @link(url: "https://example.com/rowLevel/v1.0", for: SECURITY)',
    );
    expect(() => prepareSupergraph(withContext)).toThrow(/https:\/\/example\.com\/rowLevel\/v1\.0/);
    const newer = SUPERGRAPH.replace('authenticated/v0.1', 'authenticated/v0.2');
    expect(() => prepareSupergraph(newer)).toThrow(/authenticated\/v0\.2/);
  });

  it('reads renamed directives through the @link "as" argument', () => {
    // Scenario: a supergraph that links authenticated under another name still yields the rules and is stripped.
    const renamed = SUPERGRAPH.replace(
      '@link(url: "https://specs.apollo.dev/authenticated/v0.1", for: SECURITY)',
      '@link(url: "https://specs.apollo.dev/authenticated/v0.1", as: "signedIn", for: SECURITY)',
    ).replace(/@authenticated\b/g, '@signedIn');
    const prepared = prepareSupergraph(renamed);
    expect(prepared.rules.fields.get('Query.me')).toEqual({ authenticated: true });
    expect(prepared.gatewaySdl).not.toMatch(/signedIn/);
  });
});

describe('authorizeOperation + completeResult', () => {
  it('removes a @requiresScopes field for a caller without the scope and keeps it with the scope', async () => {
    // Scenario: person.phone needs person:phone.
    const query = '{ person(id: "1") { name phone } }';
    const without = await run(query, caller([]));
    expect(print(without.filtered)).not.toContain('phone');
    expect(without.data).toEqual({ person: { name: 'Ada', phone: null } });
    expect(without.errors).toEqual([unauthorized(['person', 'phone'], 'Person.phone')]);

    const withScope = await run(query, caller(['person:phone']));
    expect(withScope.data).toEqual({ person: { name: 'Ada', phone: '111' } });
    expect(withScope.errors).toEqual([]);
  });

  it('evaluates @requiresScopes as an OR of AND sets', async () => {
    // Scenario: idNumber needs (person:id_number AND person:name) OR admin.
    const query = '{ person(id: "1") { idNumber } }';
    expect((await run(query, caller(['person:id_number']))).data).toEqual({ person: { idNumber: null } });
    expect((await run(query, caller(['person:id_number', 'person:name']))).data).toEqual({ person: { idNumber: 'X1' } });
    expect((await run(query, caller(['admin']))).data).toEqual({ person: { idNumber: 'X1' } });
  });

  it('removes an @authenticated root field for an anonymous caller', async () => {
    // Scenario: Query.me is @authenticated; an anonymous caller gets null and an error, a signed-in one the data.
    const anonymous = await run('{ me { name } staffNote }', ANONYMOUS);
    expect(anonymous.data).toEqual({ me: null, staffNote: null });
    expect(anonymous.errors).toEqual([
      unauthorized(['me'], 'Query.me'),
      unauthorized(['staffNote'], 'Query.staffNote'),
    ]);
    const signedIn = await run('{ me { name } }', caller([], 'volunteer'));
    expect(signedIn.data).toEqual({ me: { name: 'Ada' } });
  });

  it('resolves @policy through POLICIES', async () => {
    // Scenario: staffNote needs the civil_staff policy (village/town/civil workers), not charity_org.
    expect((await run('{ staffNote }', caller([], 'village_worker'))).data).toEqual({ staffNote: 'note' });
    const charity = await run('{ staffNote }', caller([], 'charity_org'));
    expect(charity.data).toEqual({ staffNote: null });
    expect(charity.errors).toEqual([unauthorized(['staffNote'], 'Query.staffNote')]);
  });

  it('applies a type-level directive to every field returning the type', async () => {
    // Scenario: AuditLog is @requiresScopes(accesslog:read); Report.audit returns it.
    const denied = await run('{ report { title audit { entries } } }', caller([]));
    expect(denied.data).toEqual({ report: { title: 'R', audit: null } });
    expect(denied.errors).toEqual([unauthorized(['report', 'audit'], 'Report.audit')]);
    const allowed = await run('{ report { audit { entries } } }', caller(['accesslog:read']));
    expect(allowed.data).toEqual({ report: { audit: { entries: ['e1'] } } });
  });

  it('guards the fields of a protected union member by its runtime type', async () => {
    // Scenario: Secret is @authenticated; in a union list only the Secret items lose their fields.
    const result = await run(
      '{ search { __typename ... on Person { name } ... on Secret { code } } }',
      ANONYMOUS,
    );
    expect(print(result.filtered)).toContain(`${TYPENAME_ALIAS}: __typename`);
    expect(result.data).toEqual({
      search: [
        { __typename: 'Person', name: 'Ada' },
        { __typename: 'Secret', code: null },
      ],
    });
    expect(result.errors).toEqual([unauthorized(['search', '@', 'code'], 'Secret.code')]);
  });

  it('follows aliases, inline fragments and named fragments used in several places', async () => {
    // Scenario: the same fragment under two aliases; error paths use the aliases; unaffected fragments stay spreads.
    const result = await run(
      `query Q {
        first: person(id: "1") { ...Card }
        all: people { ... on Person { n: name } ...Card }
        again: person(id: "2") { ...Plain }
      }
      fragment Card on Person { tel: phone id }
      fragment Plain on Person { name }`,
      caller([]),
    );
    const printed = print(result.filtered);
    expect(printed).not.toContain('phone');
    expect(printed).not.toContain('fragment Card');
    expect(printed).toContain('...Plain');
    expect(result.data).toEqual({
      first: { tel: null, id: '1' },
      all: [
        { n: 'Ada', tel: null, id: '1' },
        { n: 'Bo', tel: null, id: '2' },
      ],
      again: { name: 'Bo' },
    });
    expect(result.errors).toEqual([
      unauthorized(['first', 'tel'], 'Person.phone'),
      unauthorized(['all', '@', 'tel'], 'Person.phone'),
    ]);
  });

  it('puts null in every list item and reports the field once with an "@" path', async () => {
    // Scenario: people { phone } for a caller without person:phone.
    const result = await run('{ people { name phone } }', caller([]));
    expect(result.data).toEqual({
      people: [
        { name: 'Ada', phone: null },
        { name: 'Bo', phone: null },
      ],
    });
    expect(result.errors).toEqual([unauthorized(['people', '@', 'phone'], 'Person.phone')]);
  });

  it('propagates the null of a removed non-null field to the nearest nullable parent', async () => {
    // Scenario: Household.address is String!, so household becomes null; Person.ssn is String! inside
    // people: [Person!]!, so the null reaches data itself.
    const household = await run('{ person(id: "1") { name household { id address } } }', caller([]));
    expect(household.data).toEqual({ person: { name: 'Ada', household: null } });
    expect(household.errors).toEqual([unauthorized(['person', 'household', 'address'], 'Household.address')]);

    const ssn = await run('{ people { name ssn } }', caller([]));
    expect(ssn.data).toBeNull();
    expect(ssn.errors).toEqual([unauthorized(['people', '@', 'ssn'], 'Person.ssn')]);
  });

  it('keeps an object whose whole selection was removed, through an injected __typename', async () => {
    // Scenario: person { phone } and an operation whose every root field is removed.
    const person = await run('{ person(id: "1") { phone } }', caller([]));
    expect(print(person.filtered)).toContain(`person(id: "1") {\n    ${TYPENAME_ALIAS}: __typename`);
    expect(person.data).toEqual({ person: { phone: null } });

    const root = await run('{ me { name } }', ANONYMOUS);
    expect(print(root.filtered)).toBe(`{\n  ${TYPENAME_ALIAS}: __typename\n}`);
    expect(root.data).toEqual({ me: null });
  });

  it('does not report a removed field that @include leaves out, and drops its now unused variable', async () => {
    // Scenario: phone @include(if: $withPhone) with withPhone false, then true.
    const query = 'query ($withPhone: Boolean!) { person(id: "1") { name phone @include(if: $withPhone) } }';
    const skipped = await run(query, caller([]), { withPhone: false });
    expect(print(skipped.filtered)).not.toContain('$withPhone');
    expect(skipped.data).toEqual({ person: { name: 'Ada' } });
    expect(skipped.errors).toEqual([]);

    const included = await run(query, caller([]), { withPhone: true });
    expect(included.data).toEqual({ person: { name: 'Ada', phone: null } });
    expect(included.errors).toEqual([unauthorized(['person', 'phone'], 'Person.phone')]);
  });

  it('removes an interface field only for the implementations that guard it', async () => {
    // Scenario: Entry.note is selected on the interface; Sealed.note is @authenticated, Open.note is not.
    const sdl = `
      directive @authenticated on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM
      type Query { entries: [Entry!]! }
      interface Entry { id: ID! note: String }
      type Open implements Entry { id: ID! note: String }
      type Sealed implements Entry { id: ID! note: String @authenticated }
    `;
    const schema = buildSchema(sdl);
    const authorized = authorizeOperation({
      schema,
      rules: readAuthorizationRules(sdl),
      document: parse('{ entries { id note } }'),
      claims: ANONYMOUS,
    });
    const printed = print(authorized.document);
    expect(printed).toContain('... on Open {\n      note\n    }');
    expect(printed).toContain(`${TYPENAME_ALIAS}: __typename`);
    const executed = await execute({
      schema,
      document: authorized.document,
      rootValue: {
        entries: [
          { __typename: 'Open', id: 'o', note: 'visible' },
          { __typename: 'Sealed', id: 's', note: 'hidden' },
        ],
      },
    });
    const completed = completeResult(executed, authorized);
    expect(completed.data).toEqual({
      entries: [
        { id: 'o', note: 'visible' },
        { id: 's', note: null },
      ],
    });
    expect(completed.errors?.map((e) => [e.path, e.message])).toEqual([
      [['entries', '@', 'note'], 'Unauthorized field or type: Entry.note'],
    ]);
  });

  it('returns the input document untouched when nothing is removed', async () => {
    // Scenario: a fully authorized caller: same document object, nothing removed.
    const document = parse('{ people { name phone } }');
    const result = authorizeOperation({ schema: await apiSchema(), rules, document, claims: caller(['person:phone']) });
    expect(result.document).toBe(document);
    expect(result.removed).toEqual([]);
  });

  it('keeps existing errors and partial or null data and does not repeat an error already present', async () => {
    // Scenario: completeResult on gateway results that already carry nulls and errors, including our own error.
    const authorized = authorizeOperation({
      schema: await apiSchema(),
      rules,
      document: parse('{ person(id: "1") { phone } people { name } }'),
      claims: caller([]),
    });
    const failure = new GraphQLError('boom', { path: ['people'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const already = unauthorizedFieldError('Person.phone', ['person', 'phone']);
    const partial = completeResult({ data: { person: null, people: null }, errors: [failure, already] }, authorized);
    expect(partial.data).toEqual({ person: null, people: null });
    expect(partial.errors).toEqual([failure, already]);

    const empty = completeResult({ data: null, errors: [failure] }, authorized);
    expect(empty.data).toBeNull();
    expect(empty.errors?.map((e) => e.path)).toEqual([['people'], ['person', 'phone']]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The executor wrapper, with a fake inner gateway.

interface Forwarded {
  document: DocumentNode;
  queryHash: string;
  source: string;
}

function fakeGateway(answer: (forwarded: Forwarded) => Record<string, unknown>) {
  const forwarded: Forwarded[] = [];
  const inner: GatewayExecutor = async (requestContext) => {
    const { document, queryHash, source } = requestContext;
    forwarded.push({ document, queryHash, source });
    return { data: answer({ document, queryHash, source }) };
  };
  const gateway = {
    load: async () => ({ executor: inner }),
    stop: async () => {},
    onSchemaLoadOrUpdate: () => () => {},
  };
  return { gateway, forwarded };
}

async function requestContext(query: string, claims: Claims): Promise<GatewayGraphQLRequestContext> {
  const document = parse(query);
  return {
    request: { query, variables: {} },
    document,
    source: query,
    queryHash: createHash('sha256').update(query).digest('hex'),
    operationName: null,
    operation: document.definitions[0] as never,
    schema: await apiSchema(),
    context: { claims },
  } as unknown as GatewayGraphQLRequestContext;
}

describe('withFieldAuthorization', () => {
  it('gives each caller a plan of its own: the filtered operation gets its own queryHash', async () => {
    // Scenario (the plan-cache trap): same query text for a caller with person:phone and one without.
    const { gateway, forwarded } = fakeGateway(() => ({ people: [{ name: 'Ada', phone: '111' }] }));
    const wrapped = withFieldAuthorization(gateway, {
      rules,
      rejectUnauthorized: false,
      claimsOf: (context: { claims: Claims }) => context.claims,
    });
    const { executor } = await wrapped.load({ apollo: {} });
    const query = '{ people { name phone } }';

    const full = await executor!(await requestContext(query, caller(['person:phone'])));
    expect(full.data).toEqual({ people: [{ name: 'Ada', phone: '111' }] });

    const limitedContext = await requestContext(query, caller([]));
    await executor!(limitedContext);
    await executor!(await requestContext(query, caller(['other:scope'])));

    expect(forwarded).toHaveLength(3);
    expect(forwarded[0]!.queryHash).toBe(limitedContext.queryHash);
    expect(forwarded[1]!.queryHash).not.toBe(limitedContext.queryHash);
    expect(forwarded[1]!.queryHash).toBe(createHash('sha256').update(forwarded[1]!.source).digest('hex'));
    expect(print(forwarded[1]!.document)).not.toContain('phone');
    expect(forwarded[1]!.source).toBe(print(forwarded[1]!.document));
    // Same rights (no person:phone): the cached filter result is reused, not recomputed.
    expect(forwarded[2]!.document).toBe(forwarded[1]!.document);
  });

  it('completes the inner result: null for the removed field, one error', async () => {
    // Scenario: filter mode through the wrapper with a fake inner result for the filtered operation.
    const { gateway } = fakeGateway(() => ({ people: [{ name: 'Ada' }, { name: 'Bo' }] }));
    const wrapped = withFieldAuthorization(gateway, {
      rules,
      rejectUnauthorized: false,
      claimsOf: (context: { claims: Claims }) => context.claims,
    });
    const { executor } = await wrapped.load({ apollo: {} });
    const result = await executor!(await requestContext('{ people { name phone } }', caller([])));
    expect(result.data).toEqual({ people: [{ name: 'Ada', phone: null }, { name: 'Bo', phone: null }] });
    expect(result.errors?.map((e) => [e.path, e.extensions.code])).toEqual([
      [['people', '@', 'phone'], 'UNAUTHORIZED_FIELD_OR_TYPE'],
    ]);
  });

  it('rejects the whole operation in reject mode without calling the gateway', async () => {
    // Scenario: reject_unauthorized: errors only, one per unauthorized field, no data, no subgraph work.
    const { gateway, forwarded } = fakeGateway(() => ({}));
    const wrapped = withFieldAuthorization(gateway, {
      rules,
      rejectUnauthorized: true,
      claimsOf: (context: { claims: Claims }) => context.claims,
    });
    const { executor } = await wrapped.load({ apollo: {} });
    const result = await executor!(
      await requestContext('{ people { name phone idNumber } staffNote }', caller([], 'volunteer')),
    );
    expect(result.data).toBeUndefined();
    expect(result.errors?.map((e) => [e.path, e.extensions.code])).toEqual([
      [['people', '@', 'phone'], 'UNAUTHORIZED_FIELD_OR_TYPE'],
      [['people', '@', 'idNumber'], 'UNAUTHORIZED_FIELD_OR_TYPE'],
      [['staffNote'], 'UNAUTHORIZED_FIELD_OR_TYPE'],
    ]);
    expect(forwarded).toHaveLength(0);

    await executor!(await requestContext('{ people { name } }', caller([])));
    expect(forwarded).toHaveLength(1);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// End to end: ApolloServer + ApolloGateway with two local subgraphs.

describe('end to end through ApolloServer and ApolloGateway', () => {
  it('never asks a subgraph for a removed field and never reuses another caller\'s plan', async () => {
    // Scenario: callers with and without civil_staff run the same query; only the allowed ones reach the health subgraph.
    const calls: Record<string, number> = { people: 0, health: 0 };
    const people = buildSubgraphSchema({
      typeDefs: parse(PEOPLE_SDL),
      resolvers: {
        Query: { people: () => PEOPLE },
        Person: { __resolveReference: (ref: { id: string }) => PEOPLE.find((p) => p.id === ref.id) },
      } as never,
    });
    const health = buildSubgraphSchema({
      typeDefs: parse(HEALTH_SDL),
      resolvers: {
        Person: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, health: HEALTH[ref.id] }) },
      } as never,
    });
    const schemas: Record<string, GraphQLSchema> = { people, health };
    const gateway = new ApolloGateway({
      supergraphSdl: gatewaySdl,
      buildService: ({ name }) => {
        const source = new LocalGraphQLDataSource(schemas[name]!);
        const process = source.process.bind(source);
        source.process = (options) => {
          calls[name] = (calls[name] ?? 0) + 1;
          return process(options);
        };
        return source;
      },
    });
    const server = new ApolloServer<{ claims: Claims }>({
      gateway: withFieldAuthorization(gateway, {
        rules,
        rejectUnauthorized: false,
        claimsOf: (context: { claims: Claims }) => context.claims,
      }),
    });
    await server.start();
    try {
      const query = 'query Q { people { name health } }';
      const ask = async (claims: Claims) => {
        const response = await server.executeOperation({ query }, { contextValue: { claims } });
        if (response.body.kind !== 'single') throw new Error('expected a single result');
        return response.body.singleResult;
      };

      const staff = await ask(caller([], 'village_worker'));
      expect(staff.data).toEqual({ people: [{ name: 'Ada', health: 'fine' }, { name: 'Bo', health: 'cold' }] });
      expect(calls).toEqual({ people: 1, health: 1 });

      const outsider = await ask(caller([], 'charity_org'));
      expect(outsider.data).toEqual({ people: [{ name: 'Ada', health: null }, { name: 'Bo', health: null }] });
      expect(outsider.errors).toEqual([
        {
          message: 'Unauthorized field or type: Person.health',
          path: ['people', '@', 'health'],
          extensions: { code: 'UNAUTHORIZED_FIELD_OR_TYPE' },
        },
      ]);
      expect(calls).toEqual({ people: 2, health: 1 });

      const staffAgain = await ask(caller([], 'town_worker'));
      expect(staffAgain.data).toEqual(staff.data);
      expect(calls).toEqual({ people: 3, health: 2 });

      // Selections left empty: the gateway plans the injected __typename, the helper never reaches the client.
      const onlyHealth = await server.executeOperation(
        { query: '{ people { health } }' },
        { contextValue: { claims: caller([], 'charity_org') } },
      );
      expect(onlyHealth.body.kind === 'single' && onlyHealth.body.singleResult.data).toEqual({
        people: [{ health: null }, { health: null }],
      });
      const anonymous = await server.executeOperation({ query: '{ me { name } }' }, { contextValue: { claims: ANONYMOUS } });
      expect(anonymous.body.kind === 'single' && anonymous.body.singleResult.data).toEqual({ me: null });
      expect(calls).toEqual({ people: 4, health: 2 });
    } finally {
      await server.stop();
    }
  });
});
