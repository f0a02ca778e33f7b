/**
 * Regenerates the typed resolvers of each subgraph from its schema (schema/codegen.ts:
 * subgraphs/<name>/src/generated/graphql.ts), and what a frontend team's client is built from, all from the API
 * schema (schema/api.graphql): the example client's typed documents (graphql-codegen, client preset) and the
 * zh-CN labels of every enum value.
 *   npm run codegen          write them
 *   npm run codegen:check    fail when a committed file is out of step (or an enum value has no Chinese name)
 */
import { writeOrCheck } from '../schema/generated-files.js';
import { generatedClientFiles } from '../examples/web-client/generate.js';
import { generatedResolverFiles } from '../schema/codegen.js';

const check = process.argv.includes('--check');

/** Runs one generator; one that throws stops the command with its message. */
async function run<T>(generator: () => Promise<T>): Promise<T> {
  try {
    return await generator();
  } catch (error) {
    console.error(`Code generation failed: ${(error as Error).message}`);
    process.exit(1);
  }
}

const outcome = await run(generatedClientFiles);
if (outcome.kind === 'failure') {
  console.error(`Code generation failed with ${outcome.problems.length} problem(s):`);
  for (const problem of outcome.problems) console.error(`  - ${problem}`);
  process.exit(1);
}
const resolverFiles = await run(generatedResolverFiles);
writeOrCheck([...resolverFiles, ...outcome.files], { check, command: 'npm run codegen' });
