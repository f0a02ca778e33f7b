import type { JWK } from 'jose';
import type { Route } from '@aid/shared/runtime/http.js';
import type { Logger } from '@aid/shared/runtime/logger.js';
import type { ExplorerPageConfig } from '../../explorer/contract.js';
import { loadExplorerAssets, type ExplorerAssets } from './assets.js';
import { DEV_TOKENS_PATH, devTokensRoute } from './dev-tokens.js';

const SCRIPT_PATH = '/explorer/explorer.js';
const STYLESHEET_PATH = '/explorer/explorer.css';

/**
 * The page allows nothing but this gateway: its own script and stylesheet, and requests to itself. Styles may be
 * inline (React and CodeMirror set element styles); fonts and icons are data: URLs inside the stylesheet.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** JSON that is safe inside a <script> element (no "</script>", no HTML comment openers). */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** The HTML of the explorer. The same for every browser: it never holds a token. */
export function explorerHtml(assets: Pick<ExplorerAssets, 'version'>, config: ExplorerPageConfig): string {
  const v = encodeURIComponent(assets.version);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<title>Explorer · aid–charity federation</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${STYLESHEET_PATH}?v=${v}">
</head>
<body>
<div id="explorer"></div>
<script type="application/json" id="explorer-config">${scriptJson(config)}</script>
<script src="${SCRIPT_PATH}?v=${v}"></script>
</body>
</html>
`;
}

export interface SelfHostedExplorer {
  /** What a browser gets at /graphql. */
  html: string;
  /** The assets (and, in development, the dev-token route) beside GraphQL. */
  routes: Record<string, Route>;
}

/**
 * The self-hosted explorer: its assets (built or read from the cache), its page, and its routes. With
 * `devTokenKey` (development only) the page's picker offers a token per role to browsers on this machine.
 */
export async function selfHostedExplorer(options: { firstQuery: string; devTokenKey?: JWK; cacheDir?: string; logger?: Logger }): Promise<SelfHostedExplorer> {
  const assets = await loadExplorerAssets({
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  });
  // Fingerprinted by the `v` query parameter: a new build has new URLs.
  const immutable = { 'cache-control': 'public, max-age=31536000, immutable', 'x-content-type-options': 'nosniff' };
  const routes: Record<string, Route> = {
    [SCRIPT_PATH]: async () => ({ status: 200, contentType: 'text/javascript; charset=utf-8', headers: immutable, body: assets.script }),
    [STYLESHEET_PATH]: async () => ({ status: 200, contentType: 'text/css; charset=utf-8', headers: immutable, body: assets.stylesheet }),
  };
  if (options.devTokenKey) routes[DEV_TOKENS_PATH] = devTokensRoute(options.devTokenKey);
  const html = explorerHtml(assets, {
    endpoint: '/graphql',
    firstQuery: options.firstQuery,
    ...(options.devTokenKey ? { devTokensPath: DEV_TOKENS_PATH } : {}),
  });
  return { html, routes };
}
