import type { Claims } from '@aid/shared/security/auth.js';

/** The gateway's per-request context: who is calling, and the token to forward to subgraphs. */
export interface GatewayContext {
  readonly claims: Claims;
  /** The caller's own token, or the gateway's anonymous `public` token. */
  readonly forwardToken: string;
  /** Set for machine clients once their operation matched a trusted document: sent to every subgraph. */
  gatewayAssertion?: string;
}
