import { startService, subgraphUrlFromEnv } from '@aid/shared/runtime/config.js';
import { loggableError } from '@aid/shared/errors/error-formatter.js';
import { runSubgraph } from '@aid/shared/runtime/run-subgraph.js';
import { DEFAULT_PORTS } from '@aid/shared/runtime/services.js';
import { civilAffairsConfigFromEnv } from './config.js';
import { httpPreAidSources } from './pre-aid-sources.js';
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
      // Charity and services, asked as the caller when a referral is requested (CHARITY_URL, SERVICES_URL).
      const preAidSources = httpPreAidSources({
        charityUrl: subgraphUrlFromEnv(reader, 'charity')!,
        servicesUrl: subgraphUrlFromEnv(reader, 'services')!,
        timeoutMs: reader.int('CIVIL_AFFAIRS_PRE_AID_TIMEOUT_MS', 5000, { min: 100, max: 60_000 }),
      });
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
        return createCivilAffairsSubgraph({ ...options, config, preAidSources });
      };
    },
    seed: seedCivilAffairs,
  }),
);
