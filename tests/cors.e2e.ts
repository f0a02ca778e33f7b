/**
 * A browser app on its own origin calls the gateway: the origins in CORS_ORIGINS get a preflight answer and CORS
 * headers; any other origin gets none (its preflight is refused); CSRF prevention still refuses a simple
 * cross-site form post.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayConfigFromEnv } from '@aid/gateway/config.js';
import { startStack, type Stack } from './support/stack.js';

const APP = 'https://aid-app.example.gov.cn';
let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ seed: false, gateway: { corsOrigins: [APP] } });
});
afterAll(() => stack?.stop());

describe('cross-origin browser apps', () => {
  it('a listed origin gets its preflight answered and CORS headers on the answer', async () => {
    // Scenario: the frontend team's app at its own origin sends a JSON query with a bearer token.
    const preflight = await fetch(stack.gatewayUrl, {
      method: 'OPTIONS',
      headers: { origin: APP, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(APP);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    const answer = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { origin: APP, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe(APP);
    expect(answer.headers.get('vary')).toMatch(/Origin/);
  });

  it('another origin gets no CORS headers and its preflight is refused', async () => {
    // Scenario: a page on an unknown site tries to call the graph with a visitor's browser.
    const preflight = await fetch(stack.gatewayUrl, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const answer = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('CSRF prevention still refuses a simple cross-site request, even from a listed origin', async () => {
    // Scenario: a form post (text/plain) that a browser would send without a preflight.
    const answer = await fetch(stack.gatewayUrl, { method: 'POST', headers: { origin: APP, 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
    expect(answer.status).toBe(400);
  });

  it('CORS_ORIGINS takes exact origins and refuses anything else at startup', async () => {
    // Scenario: an operator lists two origins, then mistypes one with a path and another as a wildcard.
    const config = await gatewayConfigFromEnv({ NODE_ENV: 'test', CORS_ORIGINS: `${APP}, http://localhost:5173` });
    expect(config.corsOrigins).toEqual([APP, 'http://localhost:5173']);
    const failure = await gatewayConfigFromEnv({ NODE_ENV: 'test', CORS_ORIGINS: 'https://a.example/app, *' }).catch((error: Error) => error);
    expect(String(failure)).toMatch(/CORS_ORIGINS/);
  });
});
