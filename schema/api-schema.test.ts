import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_SCHEMA_FILE, apiSchemaSdl } from './api-schema.js';
import { SUPERGRAPH_FILE } from './composition.js';

describe('the API schema clients see (schema/api.graphql)', () => {
  it('is what the committed supergraph serves, so codegen and editors read the current contract', () => {
    // Scenario: someone composes a new supergraph and forgets to commit api.graphql; this test fails.
    expect(readFileSync(API_SCHEMA_FILE, 'utf8')).toBe(apiSchemaSdl(readFileSync(SUPERGRAPH_FILE, 'utf8')));
  });

  it('shows no federation internals and no authorization directives', () => {
    // Scenario: a frontend team generates types; they must not see join__Graph, _entities or @policy.
    const sdl = readFileSync(API_SCHEMA_FILE, 'utf8');
    for (const internal of ['join__', 'link__', '_entities', '_service', '_Any', '@authenticated', '@requiresScopes', '@policy', '@link']) {
      expect(sdl, internal).not.toContain(internal);
    }
    expect(sdl).toContain('type Query');
    expect(sdl).toContain('enum ReferralStatus');
  });
});
