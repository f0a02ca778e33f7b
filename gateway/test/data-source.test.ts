import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@aid/shared/runtime/logger.js';
import { createSubgraphFetcher } from '../src/data-source.js';
import { createMetrics } from '../src/metrics.js';

// A stand-in subgraph that answers every request after 100 ms, counting what it receives.
let server: Server;
let url: string;
const received: { authorization?: string; body: string }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ authorization: request.headers.authorization, body });
      setTimeout(() => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ data: { n: received.length } }));
      }, 100);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const fetcher = createSubgraphFetcher('test', { timeoutMs: 2000, deduplicate: true }, createMetrics(), createLogger('test'));
const call = (body: string, token = 'a') =>
  (fetcher as unknown as (u: string, i: RequestInit) => Promise<{ json(): Promise<any> }>)(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  }).then((r) => r.json());

describe('subgraph fetches', () => {
  it('ten identical concurrent reads share one subgraph request, each with its own copy of the answer', async () => {
    // Scenario: ten clients ask the same thing at once with the same token.
    received.length = 0;
    const body = JSON.stringify({ query: 'query Q__test__0{n}', variables: {} });
    const answers = await Promise.all(Array.from({ length: 10 }, () => call(body)));
    expect(received).toHaveLength(1);
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    answers[0].data.n = -1;
    expect(answers[1].data.n).toBe(1);
  });

  it('reads with different tokens or variables are never merged, and mutations never are', async () => {
    // Scenario: two callers with different rights, and a repeated mutation.
    received.length = 0;
    const read = JSON.stringify({ query: 'query Q__test__0{n}', variables: {} });
    const mutation = JSON.stringify({ query: 'mutation M__test__0{n}', variables: {} });
    await Promise.all([call(read, 'a'), call(read, 'b'), call(JSON.stringify({ query: 'query Q__test__0{n}', variables: { x: 1 } }), 'a')]);
    expect(received).toHaveLength(3);
    received.length = 0;
    await Promise.all([call(mutation), call(mutation), call(mutation)]);
    expect(received).toHaveLength(3);
  });

  it('reads and writes are told apart by the parsed operation, not by how the body begins', async () => {
    // Scenario: a mutation after a leading comment, a fragment before a query, and a document holding both
    // a query and a mutation with operationName naming the mutation.
    received.length = 0;
    const commented = JSON.stringify({ query: '# sent by the gateway\nmutation M__test__0{n}', variables: {} });
    await Promise.all([call(commented), call(commented)]);
    expect(received).toHaveLength(2);
    received.length = 0;
    const both = JSON.stringify({ query: 'query Q{n} mutation M{n}', operationName: 'M', variables: {} });
    await Promise.all([call(both), call(both)]);
    expect(received).toHaveLength(2);
    received.length = 0;
    const fragmentFirst = JSON.stringify({ query: 'fragment F on Query{n} query Q__test__0{...F}', variables: {} });
    await Promise.all([call(fragmentFirst), call(fragmentFirst), call(fragmentFirst)]);
    expect(received).toHaveLength(1);
  });

  it('two gateways never share a request: deduplication is per fetcher', async () => {
    // Scenario: two gateway instances in one process (a test, or a blue-green switch) read the same thing.
    received.length = 0;
    const other = createSubgraphFetcher('test', { timeoutMs: 2000, deduplicate: true }, createMetrics(), createLogger('test'));
    const body = JSON.stringify({ query: 'query Q__test__0{n}', variables: {} });
    const viaOther = (other as unknown as (u: string, i: RequestInit) => Promise<{ json(): Promise<any> }>)(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer a' },
      body,
    });
    await Promise.all([call(body), viaOther]);
    expect(received).toHaveLength(2);
  });
});

describe('errors of an unreachable subgraph', () => {
  it('land at each field the subgraph was asked for, per entity for an entity fetch', async () => {
    // Scenario: a root fetch and an entity fetch of two households both fail.
    const { errorsAtFields } = await import('../src/data-source.js');
    const { parse } = await import('graphql');
    const error = { message: 'The charity service is unavailable.', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } };
    const root = errorsAtFields(parse('query Q__charity__0 { projects: charityProjects { edges { node { id } } } charityDisclosure { projectCount } }'), 0, error);
    expect(root.map((e) => e.path)).toEqual([['projects'], ['charityDisclosure']]);
    const entities = errorsAtFields(
      parse('query Q__charity__1($representations: [_Any!]!) { _entities(representations: $representations) { ... on Household { __typename charityAid { amountFen } } } }'),
      2,
      error,
    );
    expect(entities.map((e) => e.path)).toEqual([['_entities', 0, 'charityAid'], ['_entities', 1, 'charityAid']]);
  });
});
