/** Ready when every subgraph answers its own /ready; the answer names subgraphs, never their URLs. */
export function createReadinessCheck(subgraphUrls: Record<string, string>, timeoutMs: number) {
  let cached: { at: number; report: { ready: boolean; subgraphs: Record<string, string> } } | undefined;
  return async () => {
    if (cached && Date.now() - cached.at < 1000) return cached.report;
    const entries = await Promise.all(
      Object.entries(subgraphUrls).map(async ([name, url]) => {
        try {
          const response = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(timeoutMs) });
          return [name, response.ok ? 'ready' : 'unavailable'] as const;
        } catch {
          return [name, 'unavailable'] as const;
        }
      }),
    );
    const subgraphs = Object.fromEntries(entries);
    const report = { ready: entries.every(([, state]) => state === 'ready'), subgraphs };
    cached = { at: Date.now(), report };
    return report;
  };
}
