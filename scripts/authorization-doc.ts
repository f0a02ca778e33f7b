/**
 * Writes docs/authorization.md from the row-rule registries and the SDL directives
 * (npm run docs:authorization); with --check, fails when the committed file differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { renderAuthorizationDoc } from './authorization-table.js';

const file = new URL('../docs/authorization.md', import.meta.url);
const rendered = renderAuthorizationDoc();
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    // missing: stale
  }
  if (committed !== rendered) {
    console.error('docs/authorization.md is stale: run npm run docs:authorization');
    process.exit(1);
  }
} else {
  writeFileSync(file, rendered);
  console.log('wrote docs/authorization.md');
}
