import { readFileSync } from 'node:fs';
import {
  buildASTSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareSupergraph } from '@aid/gateway/authorization/index.js';
import { SUPERGRAPH_FILE } from '@aid/gateway/server.js';
import type { Role } from '@aid/shared/security/roles.js';
import { startStack, type Stack } from './support/stack.js';

// Every operation of the graph that takes only scalar or enum arguments, called with malformed values by
// every acting role: each must answer with a typed error (or null), never INTERNAL_SERVER_ERROR.
let stack: Stack;
const ROLES: Role[] = ['civil_officer', 'village_worker', 'charity_org', 'charity_federation', 'professional', 'volunteer', 'provincial_system', 'analyst'];
const schema = buildASTSchema((await import('graphql')).parse(prepareSupergraph(readFileSync(SUPERGRAPH_FILE, 'utf8')).gatewaySdl), { assumeValidSDL: true });

function malformed(argument: GraphQLArgument): string | undefined {
  const type = getNamedType(argument.type);
  if (isInputObjectType(type)) return undefined;
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return '"not-a-uuid"';
      case 'String':
        return `"${'x'.repeat(3)}\\u0000<script>"`;
      case 'Int':
        return '-2147483648';
      case 'Float':
        return '-1e300';
      case 'Boolean':
        return 'true';
    }
  }
  return undefined;
}

function operations(kind: 'query' | 'mutation'): string[] {
  const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  const documents: string[] = [];
  for (const field of Object.values(root?.getFields() ?? {}) as GraphQLField<unknown, unknown>[]) {
    if (field.name.startsWith('_')) continue;
    const args = field.args.filter((a) => isNonNullType(a.type) || getNamedType(a.type).name === 'ID');
    const values = args.map((a) => [a.name, malformed(a)] as const);
    if (values.some(([, v]) => v === undefined)) continue;
    const argumentList = values.length > 0 ? `(${values.map(([n, v]) => `${n}: ${v}`).join(', ')})` : '';
    const returned = getNamedType(field.type);
    const selection = 'getFields' in returned ? ' { __typename }' : '';
    documents.push(`${kind} { ${field.name}${argumentList}${selection} }`);
  }
  return documents;
}

beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

describe('bad input anywhere in the graph', () => {
  it('malformed ids, strings and numbers get typed errors from every operation, for every role', async () => {
    // Scenario: a careless or hostile client sends garbage to every query and mutation it can name.
    const documents = [...operations('query'), ...operations('mutation')];
    expect(documents.length).toBeGreaterThan(30);
    const failures: string[] = [];
    for (const role of ROLES) {
      const token = await stack.token(role, role === 'charity_org' ? { org: '00000000-0000-4000-8000-000000000001' } : role.includes('worker') || role === 'civil_officer' ? { region: '330203' } : {});
      for (const document of documents) {
        const result = await stack.query(document, { token });
        const text = JSON.stringify(result);
        if (result.status >= 500 || /INTERNAL_SERVER_ERROR/.test(text) || /select |insert |update |stack|\.ts:/i.test(text)) {
          failures.push(`${role}: ${document} -> ${text.slice(0, 200)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
