/**
 * The services of the federation and their default ports, in one place: the gateway's subgraph URLs, each
 * subgraph's port, the feed consumers' default feed URL and `npm start` all read them from here. A
 * `<NAME>_PORT` variable (e.g. CHARITY_PORT, GATEWAY_PORT) moves one.
 */
export const SUBGRAPH_NAMES = ['civil-affairs', 'charity', 'services'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export const DEFAULT_PORTS: Readonly<Record<SubgraphName | 'gateway', number>> = {
  gateway: 4000,
  'civil-affairs': 4001,
  charity: 4002,
  services: 4003,
};
