/**
 * What the gateway hands the explorer page (as JSON in the page) and what its dev-token route answers. Types
 * only: the gateway (Node) and the explorer (browser) both import them.
 */
export interface ExplorerPageConfig {
  /** The GraphQL endpoint, relative to the page's origin. */
  endpoint: string;
  /** The document the first tab opens with. */
  firstQuery: string;
  /** Where the dev-token picker asks for tokens; absent when the gateway offers none (production). */
  devTokensPath?: string;
}

/** One development token of the picker: a role with the demo region or organisation it is bound to. */
export interface DevToken {
  role: string;
  /** What the picker shows, e.g. "civil_officer (region 330203)". */
  label: string;
  token: string;
}

export interface DevTokenList {
  tokens: DevToken[];
  expiresInSeconds: number;
}
