/**
 * The consumer of civil-affairs' referral-event feed (`referralEvents`, docs/contracts.md), for the subgraphs
 * that keep a local read model of referrals (charity, services). The feed is pulled over HTTP with a token
 * carrying `feed:read`; each page is handed to a store that applies its events and the page's end cursor in
 * one transaction, so a crash between pages loses nothing and a repeated page changes nothing.
 */
import type { Database } from '../database/database.js';
import type { Logger } from '../runtime/logger.js';
import type { BuildOptions } from '../runtime/run-subgraph.js';
import type { Subgraph, SubgraphContext } from '../runtime/subgraph.js';
import { devKeysFile } from '../runtime/paths.js';
import { loadOrCreateDevKeys } from '../security/auth.js';
import type { Role } from '../security/roles.js';
import { createReferralFeedClient, feedTokenSource, type ReferralFeedClient } from './client.js';
import type { ReferralFeedConfig } from './config.js';
import type { ReferralFeedPage } from './contract.js';

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

/**
 * A `build` for a subgraph that keeps a read model of civil-affairs' referrals (charity, services): the
 * consumer polls the feed in the background, stops with the process, and is handed to the subgraph for
 * catch-up pulls when a write names a referral not seen yet.
 */
export function followingReferralFeed<TContext extends SubgraphContext>(options: {
  config: ReferralFeedConfig;
  /** The subject of the development feed token, naming the consuming subgraph. */
  sub: string;
  store: (db: Database) => ReferralFeedStore;
  build: (options: BuildOptions & { referralSync: ReferralFeedConsumer }) => Subgraph<TContext>;
}): (build: BuildOptions) => Subgraph<TContext> {
  return (buildOptions) => {
    const referralSync = createReferralFeedConsumer({
      store: options.store(buildOptions.db),
      config: options.config,
      logger: buildOptions.logger,
      sub: options.sub,
    });
    referralSync.start();
    buildOptions.onStop(() => referralSync.stop());
    return options.build({ ...buildOptions, referralSync });
  };
}
