import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Cross-origin access for browser apps on origins of their own (CORS_ORIGINS). Only the listed origins get CORS
 * headers; tokens travel in the Authorization header, so no credentials (cookies) are allowed. CSRF
 * prevention stays on: a cross-origin POST must still be a non-simple request (JSON body or a preflight
 * header), which is what the preflight grants.
 */
export interface CorsPolicy {
  /** Exact origins, e.g. https://aid.example.gov.cn. */
  origins: readonly string[];
}

const ALLOWED_HEADERS = 'authorization, content-type, apollo-require-preflight, x-apollo-operation-name, traceparent, x-request-id';
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/** Parses CORS_ORIGINS: a comma-separated list of origins (scheme, host and port, no path). */
export function parseCorsOrigins(raw: string | undefined): { origins: string[]; problems: string[] } {
  const origins: string[] = [];
  const problems: string[] = [];
  for (const entry of (raw ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    let origin: string | null = null;
    try {
      const url = new URL(entry);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin === entry.replace(/\/$/, '')) origin = url.origin;
    } catch {
      origin = null;
    }
    if (origin) origins.push(origin);
    else problems.push(`CORS_ORIGINS: "${entry.slice(0, 60)}" is not an origin (e.g. https://aid.example.gov.cn, no path, no wildcard).`);
  }
  return { origins, problems };
}

/**
 * Applies the policy to a request: adds the CORS headers for an allowed origin and answers a preflight
 * (OPTIONS) itself. Returns true when the request was answered.
 */
export function handleCors(policy: CorsPolicy | undefined, request: IncomingMessage, response: ServerResponse): boolean {
  const origin = request.headers.origin;
  const allowed = policy !== undefined && typeof origin === 'string' && policy.origins.includes(origin);
  if (allowed) {
    response.setHeader('access-control-allow-origin', origin);
    response.setHeader('vary', 'Origin');
  }
  if (request.method !== 'OPTIONS') return false;
  if (!allowed) {
    response.writeHead(403, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify({ errors: [{ message: 'This origin may not call the graph from a browser (CORS_ORIGINS).', extensions: { code: 'FORBIDDEN' } }] }));
    return true;
  }
  response.writeHead(204, {
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': ALLOWED_HEADERS,
    'access-control-max-age': String(PREFLIGHT_MAX_AGE_SECONDS),
  });
  response.end();
  return true;
}
