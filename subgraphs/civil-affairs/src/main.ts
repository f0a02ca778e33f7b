import { runSubgraph } from '@aid/shared/service.js';
import { seedCivilAffairs } from './seed.js';
import { createCivilAffairsSubgraph, DB_SCHEMA, MIGRATIONS_FOLDER, SUBGRAPH_NAME } from './server.js';

await runSubgraph({
  name: SUBGRAPH_NAME,
  schema: DB_SCHEMA,
  migrationsFolder: MIGRATIONS_FOLDER,
  defaultPort: 4001,
  build: createCivilAffairsSubgraph,
  seed: seedCivilAffairs,
});
