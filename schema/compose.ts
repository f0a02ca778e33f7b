/**
 * Composes the subgraphs listed in supergraph.yaml into schema/supergraph.graphql.
 *   npm run compose          write the supergraph
 *   npm run compose:check    fail when the committed supergraph is stale or composition fails
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { composeSupergraph, readSupergraphConfig, SUPERGRAPH_FILE } from './composition.js';

const check = process.argv.includes('--check');
const result = composeSupergraph(readSupergraphConfig());
if (result.kind === 'failure') {
  console.error(`Composition failed with ${result.errors.length} error(s):`);
  for (const error of result.errors) console.error(`  - ${error}`);
  process.exit(1);
}
for (const hint of result.hints) console.warn(`hint: ${hint}`);
if (check) {
  let committed = '';
  try {
    committed = readFileSync(SUPERGRAPH_FILE, 'utf8');
  } catch {
    // a missing file is stale
  }
  if (committed !== result.supergraphSdl) {
    console.error('schema/supergraph.graphql is stale: run `npm run compose` and commit the result.');
    process.exit(1);
  }
  console.log('schema/supergraph.graphql is up to date.');
} else {
  writeFileSync(SUPERGRAPH_FILE, result.supergraphSdl);
  console.log(`Wrote ${SUPERGRAPH_FILE}`);
}
