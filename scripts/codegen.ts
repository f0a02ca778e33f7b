/**
 * Regenerates what a frontend team's client is built from, all from the API schema (schema/api.graphql):
 * the example client's typed documents (graphql-codegen, client preset) and the zh-CN labels of every enum value.
 *   npm run codegen          write them
 *   npm run codegen:check    fail when a committed file is out of step (or an enum value has no Chinese name)
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedClientFiles } from '../examples/web-client/generate.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
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
const files = outcome.files;
const name = (file: string) => relative(ROOT, file);
if (check) {
  const stale = files.filter(({ filename, content }) => {
    try {
      return readFileSync(filename, 'utf8') !== content;
    } catch {
      return true; // a missing file is stale
    }
  });
  for (const file of stale) console.error(`${name(file.filename)} is out of step with the schema: run \`npm run codegen\` and commit the result.`);
  if (stale.length > 0) process.exit(1);
  console.log(`${files.length} generated files are up to date.`);
} else {
  for (const { filename, content } of files) {
    mkdirSync(dirname(filename), { recursive: true });
    writeFileSync(filename, content);
    console.log(`Wrote ${name(filename)}`);
  }
}
