/**
 * `/ready` tells operators three things: ready (every subgraph answers), degraded (some are down, named; the
 * gateway still serves partial answers, so still 200) and not ready (none answers: 503).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarizeReadiness, type ReadinessReport } from '@aid/gateway/readiness.js';
import { demoId } from '@aid/shared/demo/ids.js';
import { startStack, type Stack, type SubgraphName } from './support/stack.js';

let stack: Stack;
let base: string;

beforeAll(async () => {
  stack = await startStack();
  base = stack.gatewayUrl.replace(/\/graphql$/, '');
});
afterAll(async () => {
  await stack?.stop();
});

/** Polls /ready until `done` holds (the gateway reuses a report for 1 s). */
async function readyUntil(done: (status: number, body: ReadinessReport) => boolean) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const response = await fetch(`${base}/ready`);
    const body = (await response.json()) as ReadinessReport;
    if (done(response.status, body) || Date.now() > deadline) return { status: response.status, body };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const ALL: SubgraphName[] = ['civil-affairs', 'charity', 'services'];

describe('summarizeReadiness', () => {
  it('classifies ready, degraded and not ready', () => {
    expect(summarizeReadiness({ a: 'ready', b: 'ready' })).toEqual({ status: 'ready', subgraphs: { a: 'ready', b: 'ready' } });
    expect(summarizeReadiness({ a: 'ready', b: 'unavailable' })).toMatchObject({ status: 'degraded', down: ['b'] });
    expect(summarizeReadiness({ a: 'unavailable', b: 'unavailable' })).toMatchObject({ status: 'not_ready', down: ['a', 'b'] });
  });
});

describe('/ready through the gateway', () => {
  it('is ready when every subgraph answers', async () => {
    const { status, body } = await readyUntil((s) => s === 200);
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'ready', subgraphs: { 'civil-affairs': 'ready', charity: 'ready', services: 'ready' } });
  });

  it('is degraded (200, naming it) with one subgraph down, while the gateway serves partial answers', async () => {
    // Scenario: charity stops; an officer still opens a household.
    await stack.stopSubgraph('charity');
    try {
      const { status, body } = await readyUntil((_, b) => b.status === 'degraded');
      expect(status).toBe(200);
      expect(body.status).toBe('degraded');
      expect(body.down).toEqual(['charity']);
      // Names, never URLs.
      expect(JSON.stringify(body)).not.toMatch(/http|127\.0\.0\.1|localhost/);

      const token = await stack.token('civil_officer', { region: '330203', sub: 'readiness-officer' });
      const result = await stack.query(`query($id: ID!) { household(id: $id) { id countyName charityAid { amountFen } } }`, {
        token,
        variables: { id: demoId('household', 0) },
      });
      expect(result.data?.household?.countyName).toBe('海曙区');
      expect(result.data?.household?.charityAid).toBeNull();
    } finally {
      await stack.startSubgraph('charity');
    }
    const back = await readyUntil((_, b) => b.status === 'ready');
    expect(back.body.status).toBe('ready');
  });

  it('is degraded with two down, and not ready (503) with all down', async () => {
    await stack.stopSubgraph('charity');
    await stack.stopSubgraph('services');
    try {
      const two = await readyUntil((_, b) => b.status === 'degraded' && b.down?.length === 2);
      expect(two.status).toBe(200);
      expect(two.body.down).toEqual(['charity', 'services']);

      await stack.stopSubgraph('civil-affairs');
      const none = await readyUntil((s) => s === 503);
      expect(none.status).toBe(503);
      expect(none.body.status).toBe('not_ready');
      expect(none.body.down).toEqual([...ALL].sort());
    } finally {
      for (const name of ALL) await stack.startSubgraph(name).catch(() => {});
    }
    const back = await readyUntil((s, b) => s === 200 && b.status === 'ready');
    expect(back.status).toBe(200);
    expect(back.body.status).toBe('ready');
  });
});
