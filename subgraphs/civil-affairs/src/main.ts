import { startService } from '@aid/shared/runtime/config.js';
import { loggableError } from '@aid/shared/errors/error-formatter.js';
import { runSubgraph } from '@aid/shared/runtime/run-subgraph.js';
import { DEFAULT_PORTS } from '@aid/shared/runtime/services.js';
import { civilAffairsConfigFromEnv } from './config.js';
import { releaseExpiredClaims } from './referral-workflow.js';
import { seedCivilAffairs } from './seed.js';
import { createCivilAffairsSubgraph, DB_SCHEMA, MIGRATIONS_FOLDER, SUBGRAPH_NAME } from './server.js';

startService(() =>
  runSubgraph({
    name: SUBGRAPH_NAME,
    schema: DB_SCHEMA,
    migrationsFolder: MIGRATIONS_FOLDER,
    defaultPort: DEFAULT_PORTS[SUBGRAPH_NAME],
    configure: (reader) => {
      const config = civilAffairsConfigFromEnv(reader);
      return (options) => {
        // Claims not accepted in time return to the pool (also done lazily at claim time).
        const sweep = setInterval(() => {
          releaseExpiredClaims(options.db).then(
            (released) => released > 0 && options.logger.info({ released }, 'expired claims returned to the pool'),
            (error: unknown) => options.logger.error({ err: loggableError(error) }, 'releasing expired claims failed'),
          );
        }, config.claimSweepIntervalMs);
        sweep.unref();
        options.onStop(() => clearInterval(sweep));
        return createCivilAffairsSubgraph({ ...options, config });
      };
    },
    seed: seedCivilAffairs,
  }),
);
