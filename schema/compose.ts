/**
 * Composes the subgraphs listed in supergraph.yaml into schema/supergraph.graphql, and derives from it the API
 * schema clients see, schema/api.graphql.
 *   npm run compose          write both
 *   npm run compose:check    fail when a committed file is stale or composition fails
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { API_SCHEMA_FILE, apiSchemaSdl } from './api-schema.js';
import { composeSupergraph, readSupergraphConfig, SUPERGRAPH_FILE } from './composition.js';

const check = process.argv.includes('--check');
const result = composeSupergraph(readSupergraphConfig());
if (result.kind === 'failure') {
  console.error(`Composition failed with ${result.errors.length} error(s):`);
  for (const error of result.errors) console.error(`  - ${error}`);
  process.exit(1);
}
for (const hint of result.hints) console.warn(`hint: ${hint}`);
const outputs = [
  { file: SUPERGRAPH_FILE, name: 'schema/supergraph.graphql', text: result.supergraphSdl },
  { file: API_SCHEMA_FILE, name: 'schema/api.graphql', text: apiSchemaSdl(result.supergraphSdl) },
];
if (check) {
  const stale = outputs.filter(({ file, text }) => {
    try {
      return readFileSync(file, 'utf8') !== text;
    } catch {
      return true; // a missing file is stale
    }
  });
  for (const { name } of stale) console.error(`${name} is stale: run \`npm run compose\` and commit the result.`);
  if (stale.length > 0) process.exit(1);
  console.log(`${outputs.map((o) => o.name).join(' and ')} are up to date.`);
} else {
  for (const { file, text } of outputs) {
    writeFileSync(file, text);
    console.log(`Wrote ${file}`);
  }
}
