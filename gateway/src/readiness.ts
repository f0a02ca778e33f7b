/**
 * The gateway's readiness, from each subgraph's own /ready. The answer names subgraphs, never their URLs.
 *
 * - `ready` (HTTP 200): every subgraph answers.
 * - `degraded` (HTTP 200): some subgraphs do not answer; the gateway still serves, with the fields those
 *   subgraphs own or contribute null and a SUBGRAPH_UNAVAILABLE error at each (docs/reliability.md). `down`
 *   names them. Still 200: taking the gateway out of rotation would turn a partial answer into none.
 * - `not_ready` (HTTP 503): no subgraph answers; nothing can be served.
 */
export type SubgraphState = 'ready' | 'unavailable';

export interface ReadinessReport {
  status: 'ready' | 'degraded' | 'not_ready';
  /** The subgraphs that did not answer their /ready in time (absent when ready). */
  down?: string[];
  subgraphs: Record<string, SubgraphState>;
}

/** The HTTP status for a report: 503 only when nothing can be served. */
export function readinessStatus(report: ReadinessReport): number {
  return report.status === 'not_ready' ? 503 : 200;
}

/** Classifies per-subgraph states (pure; tested directly). */
export function summarizeReadiness(subgraphs: Record<string, SubgraphState>): ReadinessReport {
  const names = Object.keys(subgraphs);
  const down = names.filter((name) => subgraphs[name] !== 'ready').sort();
  if (down.length === 0) return { status: 'ready', subgraphs };
  return { status: down.length === names.length ? 'not_ready' : 'degraded', down, subgraphs };
}

/** Asks every subgraph's /ready (each within `timeoutMs`); a report is reused for `cacheMs` (1 s). */
export function createReadinessCheck(subgraphUrls: Record<string, string>, timeoutMs: number, cacheMs = 1000) {
  let cached: { at: number; report: ReadinessReport } | undefined;
  let pending: Promise<ReadinessReport> | undefined;
  const probe = async (): Promise<ReadinessReport> => {
    const entries = await Promise.all(
      Object.entries(subgraphUrls).map(async ([name, url]): Promise<[string, SubgraphState]> => {
        try {
          const response = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(timeoutMs) });
          await response.body?.cancel().catch(() => {});
          return [name, response.ok ? 'ready' : 'unavailable'];
        } catch {
          return [name, 'unavailable'];
        }
      }),
    );
    const report = summarizeReadiness(Object.fromEntries(entries));
    cached = { at: Date.now(), report };
    return report;
  };
  return async (): Promise<ReadinessReport> => {
    if (cached && Date.now() - cached.at < cacheMs) return cached.report;
    // Concurrent probes of the gateway share one round of subgraph probes.
    pending ??= probe().finally(() => (pending = undefined));
    return pending;
  };
}
