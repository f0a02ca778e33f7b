import type { IncomingMessage } from 'node:http';
import type { JWK } from 'jose';
import { demoTokenOptions } from '@aid/shared/demo/dev-identities.js';
import type { Route } from '@aid/shared/runtime/http.js';
import { mintToken } from '@aid/shared/security/auth.js';
import { ROLES } from '@aid/shared/security/roles.js';
import type { DevToken, DevTokenList } from '../../explorer/contract.js';

/** Where the explorer's picker asks for dev tokens. */
export const DEV_TOKENS_PATH = '/explorer/dev-tokens';
/** A picked token lasts an hour; picking the role again after a reload mints a new one. */
export const DEV_TOKEN_TTL_SECONDS = 3600;

const LOOPBACK_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d{1,5})?$/i;
const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-real-ip'];

function isLoopbackAddress(address: string | undefined): boolean {
  return address === '::1' || /^(?:::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address ?? '');
}

/**
 * Whether a request comes from a browser on this machine, asking for its own page's tokens. Each condition
 * closes a way in for someone else:
 * - the peer is a loopback address (another host on the network is refused);
 * - no forwarding header (a proxy on this machine relays other machines' requests);
 * - `Host` is a loopback name (a site whose DNS name is rebound to 127.0.0.1 sends its own name);
 * - the browser says the request is same-origin (`Sec-Fetch-Site`, `Origin`), so another local page cannot read it.
 */
export function isLoopbackBrowserRequest(request: Pick<IncomingMessage, 'headers' | 'socket'>): boolean {
  const { headers } = request;
  if (!isLoopbackAddress(request.socket.remoteAddress)) return false;
  if (FORWARDING_HEADERS.some((name) => headers[name] !== undefined)) return false;
  const host = headers.host ?? '';
  if (!LOOPBACK_HOST.test(host)) return false;
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = headers.origin;
  return origin === undefined || origin === `http://${host}`;
}

/** A picker label that says what the token is bound to: "civil_officer (region 330203)". */
function labelOf(role: string, options: { region?: string; org?: string }): string {
  if (options.region) return `${role} (region ${options.region})`;
  if (options.org) return `${role} (organisation ${options.org.slice(0, 8)}…)`;
  return role;
}

/**
 * The picker's tokens: one per role (anonymous needs none), bound to the demo data like `npm run token`'s, signed
 * with the development key. Anyone else gets the gateway's plain 404.
 */
export function devTokensRoute(devPrivateKey: JWK): Route {
  return async (request) => {
    if (!isLoopbackBrowserRequest(request)) {
      return { status: 404, body: JSON.stringify({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] }) };
    }
    const tokens: DevToken[] = await Promise.all(
      ROLES.filter((role) => role !== 'public').map(async (role) => {
        const options = demoTokenOptions(role);
        return { role, label: labelOf(role, options), token: await mintToken(devPrivateKey, { ...options, expiresIn: `${DEV_TOKEN_TTL_SECONDS}s` }) };
      }),
    );
    const list: DevTokenList = { tokens, expiresInSeconds: DEV_TOKEN_TTL_SECONDS };
    return { status: 200, headers: { 'cache-control': 'no-store' }, body: JSON.stringify(list) };
  };
}
