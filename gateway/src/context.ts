import type { Claims } from '@aid/shared/security/auth.js';
import type { TraceContext } from './tracing.js';

/** The gateway's per-request context: who is calling, and the token to forward to subgraphs. */
export interface GatewayContext {
  readonly claims: Claims;
  /** The caller's own token, or the gateway's anonymous `public` token. */
  readonly forwardToken: string;
  /** Set for machine clients once their operation matched a trusted document: sent to every subgraph. */
  gatewayAssertion?: string;
  /** The request's trace (request id, W3C trace id), forwarded to subgraphs and logged. */
  trace?: TraceContext;
}
