/**
 * Writes schema/api-schema.graphql: the schema clients see through the gateway, derived from the committed
 * supergraph exactly as the gateway derives it (authorization features stripped by `prepareSupergraph`, then
 * federation's API schema: no `join__` / `link__` types, no `@inaccessible` elements).
 *   npm run api-schema            write the file
 *   npm run api-schema -- --check fail when the committed file is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSchema, Supergraph } from '@apollo/federation-internals';
import { prepareSupergraph } from '@aid/gateway/authorization/index.js';

export const SUPERGRAPH_FILE = fileURLToPath(new URL('../schema/supergraph.graphql', import.meta.url));
export const API_SCHEMA_FILE = fileURLToPath(new URL('../schema/api-schema.graphql', import.meta.url));

/** The public API schema of a supergraph, as SDL. */
export function apiSchemaSdl(supergraphSdl: string): string {
  const { gatewaySdl } = prepareSupergraph(supergraphSdl);
  return printSchema(Supergraph.build(gatewaySdl).apiSchema()) + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const fresh = apiSchemaSdl(readFileSync(SUPERGRAPH_FILE, 'utf8'));
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(API_SCHEMA_FILE, 'utf8');
    } catch {
      // a missing file is stale
    }
    if (committed !== fresh) {
      console.error('schema/api-schema.graphql is stale: run `npm run codegen` and commit the result.');
      process.exit(1);
    }
    console.log('schema/api-schema.graphql is up to date.');
  } else {
    writeFileSync(API_SCHEMA_FILE, fresh);
    console.log(`Wrote ${API_SCHEMA_FILE}`);
  }
}
