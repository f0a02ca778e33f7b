import { createReferralFeedConsumer, referralFeedConfigFromEnv } from '@aid/shared/referral-feed.js';
import { runSubgraph } from '@aid/shared/service.js';
import { referralReadModelStore } from './referral-sync.js';
import { seedServices } from './seed.js';
import { createServicesSubgraph, DB_SCHEMA, MIGRATIONS_FOLDER, SUBGRAPH_NAME } from './server.js';
import { startService } from '@aid/shared/config.js';

startService(async () => {
  // The same settings as charity's consumer: CIVIL_AFFAIRS_FEED_URL, REFERRAL_FEED_TOKEN, REFERRAL_FEED_POLL_MS.
  const feed = referralFeedConfigFromEnv();

  await runSubgraph({
    name: SUBGRAPH_NAME,
    schema: DB_SCHEMA,
    migrationsFolder: MIGRATIONS_FOLDER,
    defaultPort: 4003,
    // The referral read model follows civil-affairs' feed in the background, from the migrated database.
    build: (options) => {
      const referralSync = createReferralFeedConsumer({
        store: referralReadModelStore(options.db),
        config: feed,
        logger: options.logger,
        sub: 'services-subgraph-referral-feed',
      });
      referralSync.start();
      options.onStop(() => referralSync.stop());
      return createServicesSubgraph({ ...options, referralSync });
    },
    seed: seedServices,
  });
});
