import { startService } from '@aid/shared/config.js';
import { referralFeedConfigFromEnv } from '@aid/shared/referral-feed.js';
import { followingReferralFeed, runSubgraph } from '@aid/shared/service.js';
import { referralReadModelStore } from './referral-sync.js';
import { seedServices } from './seed.js';
import { createServicesSubgraph, DB_SCHEMA, MIGRATIONS_FOLDER, SUBGRAPH_NAME } from './server.js';

startService(async () => {
  // CIVIL_AFFAIRS_FEED_URL, REFERRAL_FEED_TOKEN, REFERRAL_FEED_POLL_MS (see docs/contracts.md).
  const feed = referralFeedConfigFromEnv();
  await runSubgraph({
    name: SUBGRAPH_NAME,
    schema: DB_SCHEMA,
    migrationsFolder: MIGRATIONS_FOLDER,
    defaultPort: 4003,
    build: followingReferralFeed({
      config: feed,
      sub: 'services-subgraph-referral-feed',
      store: referralReadModelStore,
      build: createServicesSubgraph,
    }),
    seed: seedServices,
  });
});
