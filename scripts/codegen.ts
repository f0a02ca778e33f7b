/**
 * Regenerates what a frontend team's client is built from, all from the API schema (schema/api.graphql):
 * the example client's typed documents (graphql-codegen, client preset) and the zh-CN labels of every enum value.
 *   npm run codegen          write them
 *   npm run codegen:check    fail when a committed file is out of step (or an enum value has no Chinese name)
 */
import { writeOrCheck } from '../schema/generated-files.js';
import { generatedClientFiles } from '../examples/web-client/generate.js';

const check = process.argv.includes('--check');

let outcome: Awaited<ReturnType<typeof generatedClientFiles>>;
try {
  outcome = await generatedClientFiles();
} catch (error) {
  console.error(`Code generation failed: ${(error as Error).message}`);
  process.exit(1);
}
if (outcome.kind === 'failure') {
  console.error(`Code generation failed with ${outcome.problems.length} problem(s):`);
  for (const problem of outcome.problems) console.error(`  - ${problem}`);
  process.exit(1);
}
writeOrCheck(outcome.files, { check, command: 'npm run codegen' });
