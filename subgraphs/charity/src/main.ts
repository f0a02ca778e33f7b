import { runSubgraph } from '@aid/shared/service.js';
import { createReferralFeedConsumer, referralFeedConfigFromEnv } from '@aid/shared/referral-feed.js';
import { referralReadModelStore } from './referral-sync.js';
import { seedCharity } from './seed.js';
import { createCharitySubgraph, DB_SCHEMA, MIGRATIONS_FOLDER, SUBGRAPH_NAME } from './server.js';
import { startService } from '@aid/shared/config.js';

startService(async () => {
  const feed = referralFeedConfigFromEnv();

  await runSubgraph({
    name: SUBGRAPH_NAME,
    schema: DB_SCHEMA,
    migrationsFolder: MIGRATIONS_FOLDER,
    defaultPort: 4002,
    // The referral read model follows civil-affairs' feed in the background, from the migrated database.
    build: (options) => {
      const referralSync = createReferralFeedConsumer({
        store: referralReadModelStore(options.db),
        config: feed,
        logger: options.logger,
        sub: 'charity-subgraph-referral-feed',
      });
      referralSync.start();
      options.onStop(() => referralSync.stop());
      return createCharitySubgraph({ ...options, referralSync });
    },
    seed: seedCharity,
  });
});
