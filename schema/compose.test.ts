import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeSupergraph, readSupergraphConfig, SUPERGRAPH_FILE } from './composition.js';

describe('supergraph composition', () => {
  it('the committed supergraph is what the subgraph schemas compose to today', () => {
    // Scenario: someone edits a subgraph schema and forgets `npm run compose`; this test fails.
    const result = composeSupergraph(readSupergraphConfig());
    if (result.kind === 'failure') throw new Error(`composition failed:\n${result.errors.join('\n')}`);
    expect(result.supergraphSdl).toBe(readFileSync(SUPERGRAPH_FILE, 'utf8'));
  });

  it('every element shared by several subgraphs carries one description: composition reports no inconsistency', () => {
    // Scenario: a subgraph describes Household differently from civil affairs; the supergraph would pick one and
    // composition would print a hint for each. The owner's description is the one every subgraph repeats.
    const result = composeSupergraph(readSupergraphConfig());
    if (result.kind === 'failure') throw new Error(`composition failed:\n${result.errors.join('\n')}`);
    expect(result.hints.map(String).filter((hint) => hint.includes('INCONSISTENT_DESCRIPTION'))).toEqual([]);
  });

  it('a broken composition is a failure listing every error, never half a supergraph', () => {
    // Scenario: two subgraphs disagree on a field type and one schema does not parse.
    const link = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable"])';
    const result = composeSupergraph([
      { name: 'a', url: 'http://a', sdl: `${link}\ntype Query { a: Thing }\ntype Thing @shareable { x: Int }` },
      { name: 'b', url: 'http://b', sdl: `${link}\ntype Query { b: Thing }\ntype Thing @shareable { x: String }` },
      { name: 'c', url: 'http://c', sdl: 'type Query {' },
    ]);
    expect(result.kind).toBe('failure');
    if (result.kind === 'failure') expect(result.errors.some((e) => e.startsWith('c:'))).toBe(true);
    const typeClash = composeSupergraph([
      { name: 'a', url: 'http://a', sdl: `${link}\ntype Query { a: Thing }\ntype Thing @shareable { x: Int }` },
      { name: 'b', url: 'http://b', sdl: `${link}\ntype Query { b: Thing }\ntype Thing @shareable { x: String }` },
    ]);
    expect(typeClash.kind).toBe('failure');
    if (typeClash.kind === 'failure') expect(typeClash.errors.join('\n')).toMatch(/Thing\.x/);
  });
});
