import type { JWK } from 'jose';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, loadOrCreateDevKeys, mintToken } from './auth.js';
import { EnvReader } from './config.js';
import type { Programme, ReferralStatus } from './domain.js';
import type { Logger } from './logger.js';
import { devKeysFile } from './paths.js';
import type { Role } from './roles.js';

/**
 * A consumer of civil-affairs' referral-event feed (`referralEvents`, docs/contracts.md), for the subgraphs
 * that keep a local read model of referrals (charity, services). The feed is pulled over HTTP with a token
 * carrying `feed:read`; each page is handed to a store that applies its events and the page's end cursor in
 * one transaction, so a crash between pages loses nothing and a repeated page changes nothing.
 */

/** One referral transition as the feed carries it: the referral's state after the event. */
export interface ReferralFeedEvent {
  sequence: number;
  cursor: string;
  referralId: string;
  needId: string;
  householdId: string;
  programme: Programme;
  action: string;
  fromStatus: ReferralStatus | null;
  status: ReferralStatus;
  /** The organisation holding the referral after the event. */
  organizationId: string | null;
  /** 9-digit town code of the household, when the feed offers it. */
  townCode: string | null;
  /**
   * 12-digit village code of the household, when the feed offers it: what the consumers' row rules compare a
   * caller's region with (a village worker covers one village, never the whole town). Absent from feeds
   * that predate it.
   */
  villageCode?: string | null;
  occurredAt: string;
}

export interface ReferralFeedPage {
  events: ReferralFeedEvent[];
  /** The cursor to resume after this page. */
  endCursor: string | null;
  hasMore: boolean;
}

export interface ReferralFeedClient {
  fetchPage(after: string | null, first: number): Promise<ReferralFeedPage>;
}

/** Raised for any failure to read the feed; the message never carries the token. */
export class ReferralFeedError extends Error {}

const REQUIRED_FIELDS = 'sequence cursor referralId needId householdId programme action fromStatus status organizationId occurredAt';
/** Fields read when the feed offers them (older feeds lack them; the client then asks without). */
const OPTIONAL_FIELDS = ['townCode', 'villageCode'] as const;

function feedQuery(optional: readonly string[]): string {
  return `query ReferralFeed($after: String, $first: Int) {
  referralEvents(after: $after, first: $first) { events { ${[REQUIRED_FIELDS, ...optional].join(' ')} } endCursor hasMore }
}`;
}

export interface ReferralFeedClientOptions {
  /** The civil-affairs GraphQL endpoint (or the gateway's). */
  url: string;
  /** The bearer token to send, fetched before every request (so it can be renewed). */
  token: () => Promise<string>;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** Reads pages of the feed over HTTP. */
export function createReferralFeedClient(options: ReferralFeedClientOptions): ReferralFeedClient {
  const doFetch = options.fetch ?? fetch;
  let optional: string[] = [...OPTIONAL_FIELDS];

  const request = async (after: string | null, first: number) => {
    let response: Response;
    try {
      response = await doFetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await options.token()}` },
        body: JSON.stringify({ query: feedQuery(optional), variables: { after, first } }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw new ReferralFeedError(`referral feed unreachable: ${(error as Error).name}`);
    }
    const body = (await response.json().catch(() => null)) as {
      data?: { referralEvents?: { events: Record<string, unknown>[]; endCursor: string | null; hasMore: boolean } } | null;
      errors?: { message: string; extensions?: { code?: string } }[];
    } | null;
    return { status: response.status, body };
  };

  return {
    async fetchPage(after, first) {
      let { status, body } = await request(after, first);
      // A feed without an optional field refuses the whole query: ask again without the fields it names.
      const missing = optional.filter((field) =>
        body?.errors?.some((e) => e.message.includes(`Cannot query field "${field}"`)),
      );
      if (missing.length > 0) {
        optional = optional.filter((field) => !missing.includes(field));
        ({ status, body } = await request(after, first));
      }
      const page = body?.data?.referralEvents;
      if (!page) {
        const codes = body?.errors?.map((e) => e.extensions?.code ?? 'UNKNOWN').join(', ') ?? 'no body';
        throw new ReferralFeedError(`referral feed refused the request (HTTP ${status}: ${codes})`);
      }
      return {
        events: page.events.map(
          (raw) =>
            ({
              ...raw,
              townCode: (raw.townCode as string | undefined) ?? null,
              villageCode: (raw.villageCode as string | undefined) ?? null,
            }) as ReferralFeedEvent,
        ),
        endCursor: page.endCursor,
        hasMore: page.hasMore,
      };
    },
  };
}

/** Where a consumer keeps its read model and cursor (the subgraph's own schema). */
export interface ReferralFeedStore {
  /** The cursor to resume after, or null to start from the first event. */
  readCursor(): Promise<string | null>;
  /** Applies a page's events idempotently and stores its end cursor, in one transaction. */
  applyPage(page: ReferralFeedPage): Promise<void>;
}

export interface ReferralFeedConsumerOptions {
  client: ReferralFeedClient;
  store: ReferralFeedStore;
  logger?: Logger;
  pageSize?: number;
  /** Pause between polls once caught up; 0 disables the background loop (catch-up pulls still work). */
  intervalMs?: number;
  /** Longest pause after failures (the pause doubles per failure up to this). */
  maxBackoffMs?: number;
}

/**
 * Pulls the feed into a store: in the background every `intervalMs`, and on demand with `catchUp()` (e.g.
 * when a write names a referral the read model does not know yet). Pulls never overlap.
 */
export class ReferralFeedConsumer {
  private running: Promise<number> | null = null;
  /** Whether the running pull has asked the feed for its first page (from then on it may miss newer events). */
  private runningAsked = false;
  private queued: Promise<number> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;
  private failures = 0;

  constructor(private readonly options: ReferralFeedConsumerOptions) {}

  /** Reads pages until the feed has no more; returns how many events were applied. */
  private async pullAll(): Promise<number> {
    const { client, store } = this.options;
    const pageSize = this.options.pageSize ?? 200;
    let applied = 0;
    let after = await store.readCursor();
    for (;;) {
      this.runningAsked = true;
      const page = await client.fetchPage(after, pageSize);
      if (page.events.length > 0) {
        await store.applyPage(page);
        applied += page.events.length;
      }
      if (!page.hasMore || page.events.length === 0 || page.endCursor === null) return applied;
      after = page.endCursor;
    }
  }

  /**
   * A pull that asks the feed only after this call, so it sees every event committed before it (a write
   * relies on that: a cancellation committed before the write is in the read model once this resolves).
   * Concurrent calls share pulls: they join the running pull while it has not asked the feed yet, else
   * they all share the one pull queued after it. However many writes arrive at once, at most the running
   * pull and one more run for them.
   */
  catchUp(): Promise<number> {
    if (this.queued) return this.queued;
    if (!this.running) return this.run();
    if (!this.runningAsked) return this.running;
    const queued = this.running.catch(() => 0).then(() => {
      this.queued = null;
      return this.run();
    });
    this.queued = queued;
    return queued;
  }

  private run(): Promise<number> {
    this.runningAsked = false;
    const running = this.pullAll().finally(() => {
      if (this.running === running) this.running = null;
    });
    this.running = running;
    return running;
  }

  /** Starts the background loop. */
  start(): void {
    const interval = this.options.intervalMs ?? 5000;
    if (interval <= 0 || !this.stopped) return;
    this.stopped = false;
    const tick = async () => {
      let delay = interval;
      try {
        const applied = await this.catchUp();
        if (applied > 0) this.options.logger?.info({ applied }, 'referral events applied');
        this.failures = 0;
      } catch (error) {
        this.failures += 1;
        // The first retries come quickly (civil-affairs is often still starting); then back off.
        delay = Math.min(this.failures <= 3 ? 1000 : interval * 2 ** (this.failures - 3), this.options.maxBackoffMs ?? 30_000);
        const log = this.failures <= 3 ? this.options.logger?.info.bind(this.options.logger) : this.options.logger?.warn.bind(this.options.logger);
        log?.({ err: (error as Error).message, retryInMs: delay }, 'referral feed pull failed');
      }
      if (!this.stopped) {
        this.timer = setTimeout(tick, delay);
        this.timer.unref();
      }
    };
    this.timer = setTimeout(tick, 0);
    this.timer.unref();
  }

  /** Stops the loop and waits for a pull in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => 0);
  }
}

export interface FeedTokenOptions {
  /** A token issued for this consumer (production): used as is. */
  token?: string;
  /** Development only: the local dev private key, to mint short-lived tokens. */
  devPrivateKey?: () => Promise<JWK>;
  role: Role;
  sub: string;
  issuer?: string;
  audience?: string;
}

/** The token for feed requests: a configured one, or (development) one minted with `feed:read` and renewed. */
export function feedTokenSource(options: FeedTokenOptions): () => Promise<string> {
  if (options.token) {
    const token = options.token;
    return async () => token;
  }
  const devPrivateKey = options.devPrivateKey;
  if (!devPrivateKey) throw new Error('A referral feed token is required outside development.');
  let current: { token: string; renewAt: number } | undefined;
  return async () => {
    const now = Date.now();
    if (current && now < current.renewAt) return current.token;
    const token = await mintToken(await devPrivateKey(), {
      role: options.role,
      sub: options.sub,
      scopes: ['feed:read'],
      expiresIn: '10m',
      ...(options.issuer ? { issuer: options.issuer } : {}),
      ...(options.audience ? { audience: options.audience } : {}),
    });
    current = { token, renewAt: now + 5 * 60_000 };
    return token;
  };
}

/** How a subgraph reaches civil-affairs' referral-event feed (docs/charity.md, docs/services.md). */
export interface ReferralFeedConfig {
  url: string;
  /** A token with feed:read; without one (development only) a token is minted with the local dev key. */
  token?: string;
  pollIntervalMs: number;
  issuer: string;
  audience: string;
}

/**
 * Reads and validates the feed settings (the same variables for every consumer): CIVIL_AFFAIRS_FEED_URL,
 * REFERRAL_FEED_TOKEN (required in production), REFERRAL_FEED_POLL_MS (0 turns the loop off), AUTH_ISSUER,
 * AUTH_AUDIENCE. Throws a ConfigError naming every variable to fix.
 */
export function referralFeedConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ReferralFeedConfig {
  const reader = new EnvReader(env);
  const url = reader.url('CIVIL_AFFAIRS_FEED_URL', 'http://localhost:4001/graphql');
  const token = reader.optional('REFERRAL_FEED_TOKEN');
  // Production has no dev key to mint with: the token must be issued for this service.
  if (!token && env.NODE_ENV === 'production') reader.string('REFERRAL_FEED_TOKEN');
  const pollIntervalMs = reader.int('REFERRAL_FEED_POLL_MS', 5000, { max: 3_600_000 });
  const issuer = reader.string('AUTH_ISSUER', DEFAULT_ISSUER);
  const audience = reader.string('AUTH_AUDIENCE', DEFAULT_AUDIENCE);
  reader.done();
  return { url: url!, pollIntervalMs, issuer, audience, ...(token ? { token } : {}) };
}

/**
 * A consumer that keeps a subgraph's read model (`store`) up to date from the configured feed; call
 * `start()` to poll. `sub` names the consuming subgraph in development tokens (role `charity_federation`
 * with scope `feed:read` only, unless `role` says otherwise).
 */
export function createReferralFeedConsumer(options: {
  store: ReferralFeedStore;
  config: ReferralFeedConfig;
  logger: Logger;
  sub: string;
  role?: Role;
}): ReferralFeedConsumer {
  const { config } = options;
  const token = feedTokenSource({
    role: options.role ?? 'charity_federation',
    sub: options.sub,
    issuer: config.issuer,
    audience: config.audience,
    ...(config.token ? { token: config.token } : { devPrivateKey: async () => (await loadOrCreateDevKeys(devKeysFile())).privateJwk }),
  });
  return new ReferralFeedConsumer({
    client: createReferralFeedClient({ url: config.url, token }),
    store: options.store,
    logger: options.logger,
    intervalMs: config.pollIntervalMs,
  });
}
