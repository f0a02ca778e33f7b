import { Kind, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { sdl as charity } from '@aid/charity/server.js';
import { sdl as civilAffairs } from '@aid/civil-affairs/server.js';
import { sdl as services } from '@aid/services/server.js';
import { parse } from 'graphql';

/** Every type, field, argument, input field and enum value of an SDL that has no description. */
function undocumented(document: DocumentNode): string[] {
  const missing: string[] = [];
  for (const definition of document.definitions) {
    if (!('name' in definition) || !definition.name || definition.kind === Kind.DIRECTIVE_DEFINITION) continue;
    const type = definition.name.value;
    const isExtension = definition.kind.endsWith('Extension');
    if (!isExtension && !('description' in definition && definition.description)) missing.push(type);
    if ('fields' in definition) {
      for (const field of definition.fields ?? []) {
        if (!field.description) missing.push(`${type}.${field.name.value}`);
        if ('arguments' in field) {
          for (const argument of field.arguments ?? []) if (!argument.description) missing.push(`${type}.${field.name.value}(${argument.name.value})`);
        }
      }
    }
    if ('values' in definition) {
      for (const value of definition.values ?? []) if (!value.description) missing.push(`${type}.${value.name.value}`);
    }
  }
  return missing;
}

describe('the schema is the documentation', () => {
  it('the check itself names what lacks a description', () => {
    // Scenario: a new field, argument and enum value are added without descriptions.
    const sample = parse('"""A thing.""" type Thing { """Its size.""" size(unit: String): Int colour: String } enum Kind { """Big.""" BIG SMALL }');
    expect(undocumented(sample)).toEqual(['Thing.size(unit)', 'Thing.colour', 'Kind', 'Kind.SMALL']);
  });

  it.each([
    ['civil-affairs', civilAffairs],
    ['charity', charity],
    ['services', services],
  ])('every type, field, argument and enum value of %s has a description', (_name, sdl) => {
    // Scenario: an analyst browses the schema in Sandbox and finds nothing unexplained.
    expect(undocumented(parse(sdl))).toEqual([]);
  });
});
