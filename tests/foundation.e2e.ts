import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '@aid/shared/demo/ids.js';
import { createGateway, FIRST_QUERY } from '@aid/gateway/server.js';
import { startStack, type Stack } from './support/stack.js';

let stack: Stack;
const HAISHU_HOUSEHOLD = demoId('household', 0); // household 0 of the demo seed lies in Haishu (330203)

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

const clearReceived = () => {
  for (const list of Object.values(stack.received)) list.length = 0;
};

describe('the federated stack end to end', () => {
  it('one query through the gateway joins a household with its charity and service fields', async () => {
    // Scenario: a county officer reads a household; the gateway asks all three subgraphs over HTTP.
    const token = await stack.token('civil_officer', { region: '330203' });
    clearReceived();
    const result = await stack.query(
      `query($id: ID!) { household(id: $id) { id countyName members { maskedName } charityAid { programme amountFen } servicesReceived { programme hours } } }`,
      { token, variables: { id: HAISHU_HOUSEHOLD } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.household.id).toBe(HAISHU_HOUSEHOLD);
    expect(result.data.household.countyName).toBe('海曙区');
    expect(Array.isArray(result.data.household.charityAid)).toBe(true);
    expect(Array.isArray(result.data.household.servicesReceived)).toBe(true);
    expect(stack.received['civil-affairs'].length).toBeGreaterThan(0);
    expect(stack.received.charity.some((r) => r.query.includes('charityAid'))).toBe(true);
    expect(stack.received.services.some((r) => r.query.includes('servicesReceived'))).toBe(true);
  });

  it.each(['graphiql', 'sandbox'] as const)('the development landing page (%s) embeds no token, for anyone who can reach it', async (explorer) => {
    // Scenario: a browser (on the machine or elsewhere on the network) opens the gateway in development.
    const gateway = await createGateway({ ...stack.gatewayConfig, explorer, devTokenPicker: true });
    const server = await gateway.listen(0, '127.0.0.1');
    try {
      for (const path of ['/', '/graphql']) {
        const page = await fetch(server.url.replace(/\/graphql$/, path), { headers: { accept: 'text/html' } });
        const html = await page.text();
        expect(html).toContain('npm run token');
        expect(html).not.toMatch(/eyJ[\w-]{10,}\./);
        expect(html).not.toMatch(/Bearer\s+\w/);
      }
    } finally {
      await server.close();
    }
  });

  it('the query the explorer and the README open with runs cleanly with an officer token', async () => {
    // Scenario: an analyst opens the explorer in development and presses Run.
    const token = await stack.token('civil_officer', { region: '330203' });
    const result = await stack.query(FIRST_QUERY, { token });
    expect(result.errors).toBeUndefined();
    const household = result.data.household;
    expect(household.countyName).toBe('海曙区');
    expect(household.members.length).toBeGreaterThan(0);
    expect(household.charityAid.length + household.servicesReceived.length).toBeGreaterThan(0);
  });

  it('a @requiresScopes field is null with UNAUTHORIZED_FIELD_OR_TYPE without the scope, and the subgraph never sees it', async () => {
    // Scenario: a village worker (no person:id_number) asks for full ID numbers of a household's members.
    const token = await stack.token('village_worker', { region: '330203' });
    clearReceived();
    const result = await stack.query(`query($id: ID!) { household(id: $id) { id members { maskedName idNumber } } }`, {
      token,
      variables: { id: HAISHU_HOUSEHOLD },
    });
    const members = result.data.household.members as { maskedName: string; idNumber: string | null }[];
    expect(members.length).toBeGreaterThan(0);
    expect(members.every((m) => m.idNumber === null && m.maskedName.length > 0)).toBe(true);
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(result.errors!.every((e) => e.extensions?.code === 'UNAUTHORIZED_FIELD_OR_TYPE')).toBe(true);
    expect(result.errors![0]!.path).toEqual(['household', 'members', '@', 'idNumber']);
    expect(stack.received['civil-affairs'].length).toBeGreaterThan(0);
    expect(stack.received['civil-affairs'].some((r) => r.query.includes('idNumber'))).toBe(false);
  });

  it('the same field resolves for a caller holding the scope, through the same gateway', async () => {
    // Scenario: right after the village worker, a county officer with person:id_number runs the same query.
    const token = await stack.token('civil_officer', { region: '330203' });
    clearReceived();
    const result = await stack.query(`query($id: ID!) { household(id: $id) { id members { maskedName idNumber } } }`, {
      token,
      variables: { id: HAISHU_HOUSEHOLD },
    });
    expect(result.errors).toBeUndefined();
    const members = result.data.household.members as { idNumber: string }[];
    expect(members.every((m) => /^330203\d{11}[\dX]$/.test(m.idNumber))).toBe(true);
    expect(stack.received['civil-affairs'].some((r) => r.query.includes('idNumber'))).toBe(true);
  });

  it('a subgraph called directly refuses requests without a valid token, _entities and _service included', async () => {
    // Scenario: someone on the network bypasses the gateway.
    const url = stack.subgraphUrls['civil-affairs'];
    const entities = `query { _entities(representations: [{ __typename: "Household", id: "${HAISHU_HOUSEHOLD}" }]) { ... on Household { address } } }`;
    for (const query of [entities, '{ _service { sdl } }', '{ households { edges { node { id } } } }']) {
      const anonymous = await stack.query(query, { url });
      expect(anonymous.status).toBe(401);
      expect(anonymous.data ?? null).toBeNull();
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const forged = await stack.query(query, { url, token: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sZXMiOlsiY2l2aWxfb2ZmaWNlciJdfQ.' });
      expect(forged.status).toBe(401);
      expect(forged.data ?? null).toBeNull();
    }
  });

  it('_entities at a subgraph applies the same field rules as the gateway', async () => {
    // Scenario: a charity organisation's valid token asks civil-affairs directly for a household address.
    const token = await stack.token('charity_org', { org: demoId('organization', 0) });
    const result = await stack.query(
      `query { _entities(representations: [{ __typename: "Household", id: "${HAISHU_HOUSEHOLD}" }]) { ... on Household { address } } }`,
      { url: stack.subgraphUrls['civil-affairs'], token },
    );
    const entity = result.data?._entities?.[0];
    expect(entity === null || entity.address === null).toBe(true);
    expect(JSON.stringify(result)).not.toMatch(/路\d+号/);
  });

  it('an invalid token at the gateway is a 401, never a silent downgrade to anonymous', async () => {
    // Scenario: an expired or tampered token reaches the gateway.
    const token = await stack.token('civil_officer', { region: '330203', expiresIn: '-1m' });
    const result = await stack.query('{ households { edges { node { id } } } }', { token });
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('N households with members through the gateway cost one civil-affairs statement per level', async () => {
    // Scenario: a page of 30 households with all members; batching keeps the SQL count flat.
    const token = await stack.token('civil_officer', { region: '330203' });
    const db = stack.databases['civil-affairs'];
    db.statements.reset();
    const result = await stack.query('{ households(first: 30) { edges { node { id size members { maskedName age } } } } }', { token });
    expect(result.errors).toBeUndefined();
    expect(result.data.households.edges.length).toBe(30);
    const civilStatements = db.statements.statements.filter((s) => s.includes('"civil_affairs"') && !s.includes('access_log'));
    expect(civilStatements.length).toBeLessThanOrEqual(2);
  });

  it('errors leak no field suggestions, stack traces or subgraph hosts', async () => {
    // Scenario: a caller probes with a misspelt field and then a subgraph goes down.
    const token = await stack.token('civil_officer', { region: '330203' });
    const misspelt = await stack.query('{ houshold(id: "x") { id } }', { token });
    expect(misspelt.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(misspelt)).not.toMatch(/Did you mean|household/);

    await stack.stopSubgraph('services');
    try {
      const partial = await stack.query(
        `query($id: ID!) { household(id: $id) { id servicesReceived { programme } } }`,
        { token, variables: { id: HAISHU_HOUSEHOLD } },
      );
      expect(partial.data?.household?.id).toBe(HAISHU_HOUSEHOLD);
      const text = JSON.stringify(partial);
      expect(partial.data?.household?.servicesReceived).toBeNull();
      const unavailable = partial.errors?.filter((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE') ?? [];
      expect(unavailable.map((e) => e.path)).toEqual([['household', 'servicesReceived']]);
      expect(text).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED|stack|at .*\.ts/);
    } finally {
      await stack.startSubgraph('services');
    }
    const recovered = await stack.query(`query($id: ID!) { household(id: $id) { servicesReceived { programme } } }`, {
      token,
      variables: { id: HAISHU_HOUSEHOLD },
    });
    expect(recovered.errors).toBeUndefined();
  });

  it('limits refuse an over-deep or alias-heavy operation before any subgraph is asked', async () => {
    // Scenario: an abusive query nests deeply and repeats a field under many aliases.
    const token = await stack.token('civil_officer', { region: '330203' });
    clearReceived();
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: households(first: 1) { edges { node { id } } }`).join(' ');
    const result = await stack.query(`{ ${aliases} }`, { token });
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(result.data ?? null).toBeNull();
    expect(stack.received['civil-affairs'].length).toBe(0);
  });

  it('health, readiness and metrics answer without naming hosts', async () => {
    // Scenario: an orchestrator probes the gateway.
    const base = stack.gatewayUrl.replace('/graphql', '');
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    const readyBody = (await ready.json()) as { status: string; subgraphs: Record<string, string> };
    expect(ready.status).toBe(200);
    expect(readyBody).toEqual({ status: 'ready', subgraphs: { 'civil-affairs': 'ready', charity: 'ready', services: 'ready' } });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/gateway_operations_total\{operation="query",operation_name="[^"]*",outcome="ok"\} [1-9]/);
    // The village worker's ID-number query earlier in this file had its field removed.
    expect(metrics).toMatch(/gateway_unauthorized_fields_total [1-9]/);
    expect(metrics).toMatch(/gateway_subgraph_request_duration_seconds_count\{subgraph="civil-affairs",outcome="200"\} [1-9]/);
  });
});
