import { runSubgraph } from '@aid/shared/service.js';
import { seedServices } from './seed.js';
import { createServicesSubgraph, DB_SCHEMA, MIGRATIONS_FOLDER, SUBGRAPH_NAME } from './server.js';

await runSubgraph({
  name: SUBGRAPH_NAME,
  schema: DB_SCHEMA,
  migrationsFolder: MIGRATIONS_FOLDER,
  defaultPort: 4003,
  build: createServicesSubgraph,
  seed: seedServices,
});
