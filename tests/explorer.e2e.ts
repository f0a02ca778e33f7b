/**
 * The self-hosted explorer in a real browser: headless Chromium (Debian's package, installed by
 * scripts/install-browser.sh) opens /graphql on a machine with no way out (every host but loopback is
 * unresolvable), shows the editor, opens the schema docs, picks a dev token and runs the first query; no request
 * leaves loopback. Beside it, the dev-token route over plain HTTP: only a same-origin browser on this machine
 * gets tokens.
 */
import { existsSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { delimiter, join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './support/stack.js';

/** Chromium: CHROMIUM_PATH, else the first chromium on PATH. */
function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      if (dir && existsSync(join(dir, name))) return join(dir, name);
    }
  }
  throw new Error('No Chromium found for the explorer\'s browser test: run `bash scripts/install-browser.sh` (Debian\'s chromium package), or set CHROMIUM_PATH.');
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

let stack: Stack;
let origin: string;
let port: number;
let browser: Browser;

beforeAll(async () => {
  const executablePath = findChromium();
  stack = await startStack({ gateway: { explorer: 'graphiql', devTokenPicker: true } });
  origin = new URL(stack.gatewayUrl).origin;
  port = Number(new URL(stack.gatewayUrl).port);
  browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [
      // As if offline: no name but loopback resolves, so any request elsewhere fails (and is recorded below).
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
      '--no-proxy-server',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-domain-reliability',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** A new page that records every request it makes and every error it logs. */
async function openExplorer(): Promise<{ page: Page; requests: string[]; problems: string[] }> {
  const page = await browser.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('pageerror', (error) => problems.push(`page error: ${String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.goto(`${origin}/graphql`, { waitUntil: 'networkidle0' });
  return { page, requests, problems };
}

/**
 * In-page expressions (strings: this test is typed for Node, not the DOM). The values of the CodeMirror editors
 * inside `selector`: GraphiQL's query editor, its variables and headers editors, its response.
 */
const editorValues = (selector: string) =>
  `Array.from(document.querySelectorAll(${JSON.stringify(`${selector} .CodeMirror`)})).map((element) => element.CodeMirror.getValue())`;
const docsText = `document.querySelector('.graphiql-doc-explorer')?.textContent ?? ''`;

describe('the explorer in a browser, offline', () => {
  it('shows the editor, opens the docs, runs the first query with a picked dev token, and asks only loopback', async () => {
    // Scenario: an analyst on a government network opens http://localhost:<port>/graphql in development.
    const { page, requests, problems } = await openExplorer();
    try {
      // The editor, opened on the first query.
      await page.waitForSelector('.graphiql-query-editor .CodeMirror');
      expect(await page.evaluate(editorValues('.graphiql-query-editor'))).toEqual([expect.stringContaining('query FirstLook')]);

      // The docs: the schema came through the gateway's introspection.
      await page.click('button[aria-label="Show Documentation Explorer"]');
      await page.waitForFunction(`(${docsText}).includes('Root Types')`);
      await page.click('.graphiql-doc-explorer a.graphiql-doc-explorer-type-name');
      await page.waitForFunction(`Array.from(document.querySelectorAll('.graphiql-doc-explorer-field-name')).some((field) => field.textContent === 'household')`);

      // The picker offers every role but anonymous; picking one puts its token in the Headers tab.
      const roles = await page.evaluate(`Array.from(document.querySelectorAll('#dev-token option')).map((option) => option.value)`);
      expect(roles).toEqual(expect.arrayContaining(['', 'civil_officer', 'charity_org', 'village_worker', 'analyst']));
      await page.select('#dev-token', 'civil_officer');
      await page.waitForFunction(`${editorValues('.graphiql-editor-tool')}.some((value) => value.includes('"Authorization": "Bearer ey'))`);

      // Run: the household of Haishu district comes back, joined across the three subgraphs.
      await page.click('.graphiql-execute-button');
      await page.waitForFunction(`${editorValues('.graphiql-response')}.some((value) => value.includes('countyName'))`);
      const [responseText] = (await page.evaluate(editorValues('.graphiql-response'))) as string[];
      const response = JSON.parse(responseText!) as { data?: { household?: { countyName: string; charityAid: unknown[] } }; errors?: unknown };
      expect(response.errors).toBeUndefined();
      expect(response.data?.household?.countyName).toBe('海曙区');
      expect(Array.isArray(response.data?.household?.charityAid)).toBe(true);

      // Nothing but loopback was asked for, and nothing failed or was refused by the page's policy.
      expect(requests.length).toBeGreaterThan(3);
      const elsewhere = requests.filter((url) => !url.startsWith('data:') && !LOOPBACK_HOSTS.has(new URL(url).hostname));
      expect(elsewhere).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

/** A GET of the dev-token route with the given headers (node:http, so Host can be set as a browser or proxy would). */
function getDevTokens(headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, path: '/explorer/dev-tokens', headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('the dev-token route', () => {
  it('gives a same-origin browser on this machine one working token per role', async () => {
    // Scenario: the explorer's picker asks for tokens; a picked charity_org token reads its organisation's referrals.
    const answer = await getDevTokens({ host: `localhost:${port}`, 'sec-fetch-site': 'same-origin' });
    expect(answer.status).toBe(200);
    const list = JSON.parse(answer.body) as { tokens: { role: string; label: string; token: string }[]; expiresInSeconds: number };
    expect(list.tokens.map((token) => token.role)).not.toContain('public');
    expect(list.tokens.find((token) => token.role === 'civil_officer')?.label).toBe('civil_officer (region 330203)');
    const officer = list.tokens.find((token) => token.role === 'civil_officer')!;
    const result = await stack.query('{ households(first: 1) { edges { node { countyName } } } }', { token: officer.token });
    expect(result.errors).toBeUndefined();
    expect(result.data.households.edges[0].node.countyName).toBe('海曙区');
  });

  it.each([
    ['a proxy on this machine forwards the request', { host: `localhost:${port}`, 'x-forwarded-for': '10.1.2.3' }],
    ['a standard Forwarded header', { host: `localhost:${port}`, forwarded: 'for=10.1.2.3' }],
    ['a site rebinds its DNS name to 127.0.0.1', { host: `evil.example:${port}` }],
    ['another page on this machine asks cross-site', { host: `localhost:${port}`, 'sec-fetch-site': 'cross-site', origin: 'http://localhost:5173' }],
    ['another local origin asks', { host: `localhost:${port}`, origin: 'http://localhost:5173' }],
  ])('answers 404 with no token when %s', async (_scenario, headers) => {
    // Scenario: someone other than the developer's own explorer page asks for tokens.
    const answer = await getDevTokens(headers);
    expect(answer.status).toBe(404);
    expect(answer.body).not.toMatch(/eyJ[\w-]{10,}\./);
  });
});
