import type { IncomingHttpHeaders } from 'node:http';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '@aid/shared/runtime/config.js';
import { gatewayConfigFromEnv } from '../src/config.js';
import { isLoopbackBrowserRequest } from '../src/explorer/dev-tokens.js';
import { explorerHtml, selfHostedExplorer } from '../src/explorer/page.js';
import { FIRST_QUERY } from '../src/landing-page.js';

const PRODUCTION = { NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp.example.gov.cn/jwks.json', GATEWAY_SIGNING_KEY: 'unused-here' };

function requestFrom(remoteAddress: string, headers: IncomingHttpHeaders) {
  return { socket: { remoteAddress }, headers } as Parameters<typeof isLoopbackBrowserRequest>[0];
}

describe('which explorer a browser gets', () => {
  it('development serves the self-hosted explorer with the dev-token picker; production serves none and never the picker', async () => {
    // Scenario: the same gateway started on a laptop and in production, with and without EXPLORER.
    const development = await gatewayConfigFromEnv({ NODE_ENV: 'development' });
    expect(development).toMatchObject({ explorer: 'graphiql', devTokenPicker: true });
    expect(await gatewayConfigFromEnv(PRODUCTION)).toMatchObject({ explorer: 'off', devTokenPicker: false, introspection: false });
    expect(await gatewayConfigFromEnv({ ...PRODUCTION, EXPLORER: 'graphiql', INTROSPECTION: 'true' })).toMatchObject({ explorer: 'graphiql', devTokenPicker: false });
    expect(await gatewayConfigFromEnv({ NODE_ENV: 'development', EXPLORER: 'sandbox' })).toMatchObject({ explorer: 'sandbox' });
  });

  it('an unknown EXPLORER is refused at startup with the values it may take', async () => {
    // Scenario: an operator types EXPLORER=graphql.
    const failure = await gatewayConfigFromEnv({ NODE_ENV: 'test', EXPLORER: 'graphql' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConfigError);
    expect((failure as ConfigError).problems.join('\n')).toMatch(/EXPLORER must be one of graphiql, sandbox, off/);
  });

  it('without the dev key (production) the explorer has no dev-token route and its page names none', async () => {
    // Scenario: EXPLORER=graphiql in production; the page and its routes offer no token to anyone.
    const explorer = await selfHostedExplorer({ firstQuery: FIRST_QUERY });
    expect(Object.keys(explorer.routes).sort()).toEqual(['/explorer/explorer.css', '/explorer/explorer.js']);
    expect(explorer.html).not.toContain('devTokensPath');
    expect(explorer.html).toContain('script-src \'self\'');
  });

  it('the page carries its first query as inert JSON: no text in it can close the script element', () => {
    // Scenario: a first query whose comment holds "</script><script>alert(1)</script>".
    const html = explorerHtml({ version: 'v1' }, { endpoint: '/graphql', firstQuery: '# </script><script>alert(1)</script>' });
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).toContain('\\u003c/script\\u003e');
  });
});

describe('who may get dev tokens', () => {
  const own = { host: 'localhost:4000', 'sec-fetch-site': 'same-origin' };

  it('a same-origin browser on this machine, over IPv4 or IPv6, by name or address', () => {
    // Scenario: the developer's own explorer page asks, however the browser reached the gateway.
    expect(isLoopbackBrowserRequest(requestFrom('127.0.0.1', own))).toBe(true);
    expect(isLoopbackBrowserRequest(requestFrom('::ffff:127.0.0.1', { host: '127.0.0.1:4000' }))).toBe(true);
    expect(isLoopbackBrowserRequest(requestFrom('::1', { host: '[::1]:4000', origin: 'http://[::1]:4000' }))).toBe(true);
  });

  it('nobody on another host, whatever its headers say', () => {
    // Scenario: a colleague on the office network (or the internet) opens the gateway's explorer.
    expect(isLoopbackBrowserRequest(requestFrom('10.0.0.7', own))).toBe(false);
    expect(isLoopbackBrowserRequest(requestFrom('192.168.1.20', { host: 'localhost' }))).toBe(false);
    expect(isLoopbackBrowserRequest(requestFrom('::ffff:10.0.0.7', own))).toBe(false);
    expect(isLoopbackBrowserRequest(requestFrom('128.0.0.1', own))).toBe(false);
  });

  it('nobody relayed by a proxy, behind a rebound name, or on another origin', () => {
    // Scenario: requests that reach the gateway from loopback on someone else's behalf.
    expect(isLoopbackBrowserRequest(requestFrom('127.0.0.1', { ...own, 'x-forwarded-for': '10.0.0.7' }))).toBe(false);
    expect(isLoopbackBrowserRequest(requestFrom('127.0.0.1', { ...own, 'x-real-ip': '10.0.0.7' }))).toBe(false);
    expect(isLoopbackBrowserRequest(requestFrom('127.0.0.1', { host: 'aid.example.gov.cn' }))).toBe(false);
    expect(isLoopbackBrowserRequest(requestFrom('127.0.0.1', { host: 'localhost.example.com:4000' }))).toBe(false);
    expect(isLoopbackBrowserRequest(requestFrom('127.0.0.1', { ...own, 'sec-fetch-site': 'same-site' }))).toBe(false);
    expect(isLoopbackBrowserRequest(requestFrom('127.0.0.1', { host: 'localhost:4000', origin: 'http://localhost:5173' }))).toBe(false);
  });
});
