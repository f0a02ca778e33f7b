/**
 * What a client gets over HTTP for a request the gateway cannot run: a status in the 4xx range, a documented
 * code (docs/errors.md) and a message that says what is wrong, never "Internal server error".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './support/stack.js';

let stack: Stack;
let token: string;
beforeAll(async () => {
  stack = await startStack({ seed: false });
  token = await stack.token('civil_officer', { region: '330203' });
});
afterAll(() => stack?.stop());

async function post(body: Record<string, unknown>) {
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: response.status, code: answer.errors?.[0]?.extensions?.code, message: answer.errors?.[0]?.message ?? '' };
}

describe('requests the gateway cannot run', () => {
  it('a syntax error is 400 GRAPHQL_PARSE_FAILED', async () => {
    // Scenario: a client forgets a closing brace.
    expect(await post({ query: '{ households(first: 2) { edges { node { id } }' })).toMatchObject({ status: 400, code: 'GRAPHQL_PARSE_FAILED' });
  });

  it('a document over the token limit is 400 GRAPHQL_PARSE_FAILED, before it is parsed in full', async () => {
    // Scenario: 1,200 aliased fields, far more than the 3,000 tokens allowed.
    const query = `{ ${Array.from({ length: 1200 }, (_, i) => `f${i}: __typename`).join(' ')} }`;
    const result = await post({ query });
    expect(result).toMatchObject({ status: 400, code: 'GRAPHQL_PARSE_FAILED' });
    expect(result.message).toMatch(/3000 tokens/);
  });

  it('an operation over a size limit is 400 LIMIT_EXCEEDED naming the limit, not a syntax error', async () => {
    // Scenario: a query nested deeper than 12 levels, and one with more aliases than allowed.
    let deep = 'id';
    for (let i = 0; i < 14; i++) deep = `household { ${deep} }`;
    const depth = await post({ query: `{ needs(first: 1) { edges { node { ${deep} } } } }` });
    expect(depth).toMatchObject({ status: 400, code: 'LIMIT_EXCEEDED' });
    expect(depth.message).toMatch(/depth limit of 12/i);
    expect(depth.message).not.toMatch(/Syntax Error/);
    const aliases = await post({ query: `{ ${Array.from({ length: 20 }, (_, i) => `h${i}: household(id: "00000000-0000-4000-8000-000000000000") { id }`).join(' ')} }` });
    expect(aliases).toMatchObject({ status: 400, code: 'LIMIT_EXCEEDED' });
    expect(aliases.message).toMatch(/Aliases limit of 15/);
  });

  it('an operationName the document does not define is 400 OPERATION_RESOLUTION_FAILURE', async () => {
    // Scenario: a client renames its operation but not the operationName it sends; another sends two unnamed.
    const unknown = await post({ query: 'query Mine { __typename }', operationName: 'Nope' });
    expect(unknown).toMatchObject({ status: 400, code: 'OPERATION_RESOLUTION_FAILURE' });
    expect(unknown.message).toMatch(/no operation named "Nope"/);
    expect(await post({ query: 'query A { __typename } query B { __typename }' })).toMatchObject({ status: 400, code: 'OPERATION_RESOLUTION_FAILURE' });
    expect(await post({ query: 'query A { __typename } query B { __typename }', operationName: 'B' })).toMatchObject({ status: 200 });
  });
});
