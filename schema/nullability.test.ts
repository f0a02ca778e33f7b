import {
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  type GraphQLOutputType,
  type ObjectTypeDefinitionNode,
} from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { describe, expect, it } from 'vitest';
import { readSupergraphConfig } from './composition.js';
import { ENTITY_OWNERS } from './entity-owners.js';

/** Whether the position holding the named type itself (the field, or the innermost list's items) is nullable. */
function entityPositionNullable(type: GraphQLOutputType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner) ? entityPositionNullable(inner.ofType) : !isNonNullType(type);
}

const hasDirective = (node: { directives?: readonly { name: { value: string } }[] }, name: string) =>
  (node.directives ?? []).some((directive) => directive.name.value === name);

/**
 * The nullability rule of the graph: whatever one subgraph's answer depends on another subgraph for may be
 * missing (an outage, a timeout, a row the caller may not see there), so it must be nullable at every level,
 * or one missing value would erase its parent, its siblings and, up the tree, the owner's data.
 */
describe('nullability across subgraphs', () => {
  const sources = readSupergraphConfig();

  it('every field a subgraph adds to another subgraph\'s entity is nullable', () => {
    // Scenario: charity is down while an officer reads a household; its charityAid must be null, not the household.
    const violations: string[] = [];
    for (const source of sources) {
      for (const definition of parse(source.sdl).definitions) {
        if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
        const owner = ENTITY_OWNERS[definition.name.value];
        if (!owner || owner === source.name) continue;
        const keyFields = new Set(
          (definition.directives ?? [])
            .filter((d) => d.name.value === 'key')
            .flatMap((d) => String((d.arguments?.find((a) => a.name.value === 'fields')?.value as { value?: string })?.value ?? '').split(/\s+/)),
        );
        const schema = buildSubgraphSchema({ typeDefs: parse(source.sdl) });
        const type = schema.getType(definition.name.value);
        if (!type || !isObjectType(type)) continue;
        for (const field of (definition as ObjectTypeDefinitionNode).fields ?? []) {
          if (keyFields.has(field.name.value) || hasDirective(field, 'external')) continue;
          if (isNonNullType(type.getFields()[field.name.value]!.type)) violations.push(`${source.name}: ${definition.name.value}.${field.name.value}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('every reference to an entity another subgraph resolves is nullable (the field, or each item of a list)', () => {
    // Scenario: civil-affairs hides one household of a list of service records; only that record's household is null.
    const violations: string[] = [];
    for (const source of sources) {
      const schema = buildSubgraphSchema({ typeDefs: parse(source.sdl) });
      for (const type of Object.values(schema.getTypeMap())) {
        if (!isObjectType(type) || type.name.startsWith('_') || type.name.startsWith('__')) continue;
        for (const field of Object.values(type.getFields())) {
          if (field.name.startsWith('_')) continue;
          const owner = ENTITY_OWNERS[getNamedType(field.type).name];
          if (!owner || owner === source.name) continue;
          if (!entityPositionNullable(field.type)) violations.push(`${source.name}: ${type.name}.${field.name}: ${String(field.type)}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });
});
