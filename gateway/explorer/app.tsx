/**
 * The self-hosted explorer: GraphiQL (CodeMirror 5 editors, the docs explorer, history) bundled with React into
 * one script and one stylesheet that the gateway serves itself. Nothing here reaches another host: no CDN, no
 * fonts from elsewhere (GraphiQL's are inlined in its stylesheet), no telemetry.
 */
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import './explorer.css';
import type { DevToken, DevTokenList, ExplorerPageConfig } from './contract.js';

const config = JSON.parse(document.getElementById('explorer-config')?.textContent ?? '{}') as ExplorerPageConfig;

/** POSTs each operation as JSON (what CSRF prevention expects); the Headers tab's headers are added as they are. */
const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const response = await fetch(config.endpoint, {
    method: 'POST',
    credentials: 'omit',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...options?.headers },
    body: JSON.stringify(params),
  });
  return response.json();
};

/** The gateway's dev tokens; an empty list unless it offers them to this browser (development, loopback). */
function useDevTokens(path: string | undefined): DevToken[] {
  const [tokens, setTokens] = useState<DevToken[]>([]);
  useEffect(() => {
    if (!path) return;
    fetch(path, { credentials: 'omit', headers: { accept: 'application/json' } })
      .then((response): Promise<DevTokenList | null> | null => (response.ok ? response.json() : null))
      .then((list) => setTokens(list?.tokens ?? []), () => setTokens([]));
  }, [path]);
  return tokens;
}

function headersFor(token: DevToken | undefined): string {
  return JSON.stringify(token ? { Authorization: `Bearer ${token.token}` } : {}, null, 2);
}

function Explorer() {
  const tokens = useDevTokens(config.devTokensPath);
  // Replaces the Headers tab's contents whenever a role is picked (GraphiQL's `headers` prop).
  const [headers, setHeaders] = useState<string | undefined>(undefined);
  return (
    <div className="explorer">
      <header className="explorer-bar">
        <h1>Aid–charity federation · GraphQL explorer</h1>
        {tokens.length > 0 ? (
          <>
            <label>
              Dev token
              <select
                id="dev-token"
                defaultValue=""
                onChange={(event) => setHeaders(headersFor(tokens.find((token) => token.role === event.target.value)))}
              >
                <option value="">anonymous (public, no token)</option>
                {tokens.map((token) => (
                  <option key={token.role} value={token.role}>
                    {token.label}
                  </option>
                ))}
              </select>
            </label>
            <span className="explorer-note">development only, for this machine: the token goes into the Headers tab</span>
          </>
        ) : (
          <span className="explorer-note">
            Put <code>{'{"Authorization": "Bearer <token>"}'}</code> in the Headers tab (a token from your identity provider, or
            <code> npm run token</code> in development).
          </span>
        )}
      </header>
      <main className="explorer-main">
        <GraphiQL
          fetcher={fetcher}
          defaultQuery={config.firstQuery}
          defaultEditorToolsVisibility="headers"
          shouldPersistHeaders={false}
          {...(headers !== undefined ? { headers } : {})}
        >
          <GraphiQL.Logo>Explorer</GraphiQL.Logo>
        </GraphiQL>
      </main>
    </div>
  );
}

createRoot(document.getElementById('explorer')!).render(
  <StrictMode>
    <Explorer />
  </StrictMode>,
);
