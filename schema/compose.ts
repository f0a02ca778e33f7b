/**
 * Composes the subgraphs listed in supergraph.yaml into schema/supergraph.graphql, and derives from it the API
 * schema clients see, schema/api.graphql.
 *   npm run compose          write both
 *   npm run compose:check    fail when a committed file is stale or composition fails
 */
import { API_SCHEMA_FILE, apiSchemaSdl } from './api-schema.js';
import { composeSupergraph, readSupergraphConfig, SUPERGRAPH_FILE } from './composition.js';
import { writeOrCheck } from './generated-files.js';

const check = process.argv.includes('--check');
const result = composeSupergraph(readSupergraphConfig());
if (result.kind === 'failure') {
  console.error(`Composition failed with ${result.errors.length} error(s):`);
  for (const error of result.errors) console.error(`  - ${error}`);
  process.exit(1);
}
for (const hint of result.hints) console.warn(`hint: ${hint}`);
writeOrCheck(
  [
    { filename: SUPERGRAPH_FILE, content: result.supergraphSdl },
    { filename: API_SCHEMA_FILE, content: apiSchemaSdl(result.supergraphSdl) },
  ],
  { check, command: 'npm run compose' },
);
