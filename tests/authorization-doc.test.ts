import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderAuthorizationDoc } from '../scripts/authorization-table.js';

describe('docs/authorization.md', () => {
  it('is the table the row-rule registries and directives print today (npm run docs:authorization)', () => {
    // Scenario: someone changes a row rule or a directive and forgets to regenerate the document.
    expect(readFileSync(new URL('../docs/authorization.md', import.meta.url), 'utf8')).toBe(renderAuthorizationDoc());
  });
});
