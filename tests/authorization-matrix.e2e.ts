/**
 * The role × operation matrix, generated from the authorization table (docs/authorization.md): every root
 * field and mutation of every subgraph, for each of the ten roles with its default token, directly at the
 * owning subgraph and through the gateway; and every entity type's `_entities` reference at its subgraph.
 * Each cell asserts "reached" or "refused" as the table says. Arguments are placeholders (a random id,
 * "x", 1): a reached operation may then answer not found or bad input; what is asserted is only whether the
 * directives and the row rule's roles let the caller reach it.
 */
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claims } from '@aid/shared/security/auth.js';
import { ROLE_DENIED_MESSAGE } from '@aid/shared/security/row-rules.js';
import { ROLES, type Role } from '@aid/shared/security/roles.js';
import type { OperationResult } from '@aid/shared/testing/harness.js';
import { admits, authorizationTable, defaultClaims, type AuthorizedOperation } from '../scripts/authorization-table.js';
import { DEMO_ORG, DEMO_REGION } from '@aid/shared/demo/dev-identities.js';
import { startStack, type Stack, type SubgraphName } from './support/stack.js';

const PLACEHOLDER_ID = '00000000-0000-4000-8000-00000000abcd';

/** A literal for an argument of type `type`: placeholders that parse, filled in for required input fields. */
function literal(type: GraphQLInputType): string {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return `[${literal(nullable.ofType)}]`;
  if (isEnumType(nullable)) return nullable.getValues()[0]!.name;
  if (isInputObjectType(nullable)) {
    const fields = Object.values(nullable.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return `{ ${fields.map((field) => `${field.name}: ${literal(field.type)}`).join(', ')} }`;
  }
  if (isScalarType(nullable)) {
    switch (nullable.name) {
      case 'Int':
      case 'Float':
        return '1';
      case 'Boolean':
        return 'false';
      case 'ID':
        return `"${PLACEHOLDER_ID}"`;
      default:
        return '"x"';
    }
  }
  throw new Error(`no literal for ${String(type)}`);
}

/** The operation text that reaches one root field with placeholder arguments. */
function operationText(kind: 'Query' | 'Mutation', field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const argText = args.length > 0 ? `(${args.map((arg) => `${arg.name}: ${literal(arg.type)}`).join(', ')})` : '';
  const named = getNamedType(field.type);
  const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
  return `${kind === 'Query' ? 'query' : 'mutation'} Matrix { ${field.name}${argText}${selection} }`;
}

/** Claims as the matrix's tokens carry them (the table's default claims) and the token for them. */
const tokenOptions = (role: Role) => ({
  ...(DEMO_REGION[role] ? { region: DEMO_REGION[role] } : {}),
  ...(DEMO_ORG[role] ? { org: DEMO_ORG[role] } : {}),
  sub: `matrix-${role}`,
});

/** Whether an answer shows the caller was refused: a field directive or the row rule's roles. */
function refused(result: OperationResult, denials: string[]): boolean {
  if (denials.length > 0) return true;
  return (result.errors ?? []).some(
    (error) =>
      error.extensions?.code === 'UNAUTHORIZED_FIELD_OR_TYPE' ||
      (error.extensions?.code === 'FORBIDDEN' && error.message === ROLE_DENIED_MESSAGE),
  );
}

const table = authorizationTable();
let stack: Stack;
const denials: { subgraph: SubgraphName; coordinate: string; claims: Claims }[] = [];

beforeAll(async () => {
  stack = await startStack({ onRowRuleDenied: (subgraph, coordinate, claims) => denials.push({ subgraph, coordinate, claims }) });
});
afterAll(async () => {
  await stack?.stop();
});

/** Runs an operation in process at a subgraph with the given claims, returning its result and the gate's denials. */
async function atSubgraph(name: SubgraphName, query: string, claims: Claims, variables?: Record<string, unknown>) {
  denials.length = 0;
  const subgraph = stack.subgraphs[name];
  const response = await subgraph.apollo.executeOperation({ query, variables }, { contextValue: subgraph.contextFor(claims) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { result: response.body.singleResult as OperationResult, denials: denials.map((d) => d.coordinate) };
}

const expectation = (allowed: boolean) => (allowed ? 'reached' : 'refused');

for (const { name, schema, operations } of table) {
  const subgraphName = name as SubgraphName;
  const roots = operations.filter((op): op is AuthorizedOperation & { kind: 'Query' | 'Mutation' } => op.kind !== 'entity');
  const entities = operations.filter((op) => op.kind === 'entity');

  describe(`${name}: every root field and mutation × every role`, () => {
    it('directly at the subgraph, each cell as the table says', async () => {
      // Scenario: each role calls each operation of the subgraph with no gateway in front.
      const mismatches: string[] = [];
      for (const op of roots) {
        const field = (schema.getType(op.kind) as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields()[op.name]!;
        const text = operationText(op.kind, field);
        for (const role of ROLES) {
          const claims = defaultClaims(role);
          const { result, denials: denied } = await atSubgraph(subgraphName, text, claims);
          const observed = expectation(!refused(result, denied));
          const expected = expectation(admits(op, claims));
          if (observed !== expected) mismatches.push(`${op.kind}.${op.name} as ${role}: ${observed}, table says ${expected} (${JSON.stringify(result.errors?.[0] ?? null)})`);
        }
      }
      expect(mismatches).toEqual([]);
    });

    it('through the gateway, each cell as the table says (machine clients: trusted documents only)', async () => {
      // Scenario: each role sends each operation to the one endpoint with its own token (public: none).
      const mismatches: string[] = [];
      const tokens = new Map<Role, string | undefined>();
      for (const role of ROLES) tokens.set(role, role === 'public' ? undefined : await stack.token(role, tokenOptions(role)));
      for (const op of roots) {
        const field = (schema.getType(op.kind) as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields()[op.name]!;
        const text = operationText(op.kind, field);
        for (const role of ROLES) {
          const claims = defaultClaims(role);
          denials.length = 0;
          const token = tokens.get(role);
          const response = await stack.query(text, token ? { token } : {});
          const trustedOnly = stack.gatewayConfig.trustedDocumentRoles.includes(role);
          const wasRefused =
            refused(response as OperationResult, denials.map((d) => d.coordinate)) ||
            (trustedOnly && (response.errors ?? []).some((error) => error.extensions?.code === 'FORBIDDEN'));
          const observed = expectation(!wasRefused);
          const expected = expectation(admits(op, claims) && !trustedOnly);
          if (observed !== expected) mismatches.push(`${op.kind}.${op.name} as ${role}: ${observed}, table says ${expected} (${JSON.stringify(response.errors?.[0] ?? null)})`);
        }
      }
      expect(mismatches).toEqual([]);
    });
  });

  if (entities.length > 0) {
    it(`${name}: every entity reference (_entities) × every role, as the table says`, async () => {
      // Scenario: each role calls the subgraph's `_entities` directly for each entity type it resolves.
      const mismatches: string[] = [];
      for (const op of entities) {
        const type = schema.getType(op.name) as { getFields(): Record<string, GraphQLField<unknown, unknown>> };
        // A representation with every key field a placeholder (compound keys included).
        const representation: Record<string, unknown> = { __typename: op.name, id: PLACEHOLDER_ID };
        for (const key of ['householdId', 'windowStart', 'windowEnd']) if (type.getFields()[key]) representation[key] = key === 'householdId' ? PLACEHOLDER_ID : '2026-01-01';
        const query = `query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }`;
        for (const role of ROLES) {
          const claims = defaultClaims(role);
          const { denials: denied } = await atSubgraph(subgraphName, query, claims, { r: [representation] });
          const observed = expectation(denied.length === 0);
          const expected = expectation(admits(op, claims));
          if (observed !== expected) mismatches.push(`_entities ${op.name} as ${role}: ${observed}, table says ${expected}`);
        }
      }
      expect(mismatches).toEqual([]);
    });
  }
}
