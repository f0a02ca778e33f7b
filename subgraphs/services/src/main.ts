import { followingReferralFeed } from '@aid/shared/referral-feed/consumer.js';
import { startService } from '@aid/shared/runtime/config.js';
import { runSubgraph } from '@aid/shared/runtime/run-subgraph.js';
import { DEFAULT_PORTS } from '@aid/shared/runtime/services.js';
import { servicesConfigFromEnv } from './config.js';
import { referralReadModelStore } from './referral-sync.js';
import { seedServices } from './seed.js';
import { createServicesSubgraph, DB_SCHEMA, MIGRATIONS_FOLDER, SUBGRAPH_NAME } from './server.js';

startService(() =>
  runSubgraph({
    name: SUBGRAPH_NAME,
    schema: DB_SCHEMA,
    migrationsFolder: MIGRATIONS_FOLDER,
    defaultPort: DEFAULT_PORTS[SUBGRAPH_NAME],
    configure: (reader) =>
      followingReferralFeed({
        config: servicesConfigFromEnv(reader).feed,
        sub: 'services-subgraph-referral-feed',
        store: referralReadModelStore,
        build: createServicesSubgraph,
      }),
    seed: seedServices,
  }),
);
