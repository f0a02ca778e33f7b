import {
  getNamedType,
  getNullableType,
  getOperationAST,
  GraphQLError,
  isAbstractType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isUnionType,
  Kind,
  visit,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type InlineFragmentNode,
  type OperationDefinitionNode,
  type SelectionNode,
  type ValueNode,
} from 'graphql';
import type { Claims } from '@aid/shared/security/auth.js';
import { requirementsForField, satisfies, type AuthorizationRules } from '@aid/shared/security/auth-directives.js';
import { ErrorCode } from '@aid/shared/errors/domain-errors.js';

/**
 * Response key of the `__typename` the filter adds where it needs the runtime type of an object (a selection set
 * left empty, or a removal that applies to some members of a union/interface only). `completeResult` always strips
 * it; an operation that uses this alias itself is refused.
 */
export const TYPENAME_ALIAS = '__authz_typename';

/**
 * Path element standing for "every item of a list". The Apollo router reports its unauthorized paths statically,
 * with `Flatten` (serialised as "@") after each list field (router source `plugins/authorization/authenticated.rs`
 * and its snapshot `policy__tests__array-3`: `[Key("topProducts"), Key("publicReviews"), Flatten]`).
 * Two deliberate differences: paths use response keys (aliases), not field names, since the key is what the client
 * finds in `data`; and a removed list field's own path ends at the field (the router appends a trailing "@"),
 * since the field itself is what becomes null. Nested lists get one "@" per level.
 */
export const LIST_ITEMS = '@';

/** Upper bound on field selections visited (fragments count once per use); above it the operation is refused. */
export const MAX_VISITED_FIELDS = 50_000;

/** A `@skip(if:)` / `@include(if:)` on the way to a removed field; it is only reported when all of them let it in. */
export interface Condition {
  readonly directive: 'skip' | 'include';
  readonly value: ValueNode;
}

/** One field the caller may not read, removed from the operation. */
export interface UnauthorizedField {
  /** Response keys from the root, `@` for each list level. */
  readonly path: readonly string[];
  /** `Type.field`, the type being the one the field was selected on. */
  readonly coordinate: string;
  /** The field's type is non-null: its `null` propagates to the nearest nullable parent. */
  readonly nonNull: boolean;
  /**
   * When set, only objects of these runtime types at `path` lack the field (a removal inside a fragment on a member
   * of a union/interface); the objects carry an injected `__typename` (`TYPENAME_ALIAS`) to tell them apart.
   */
  readonly runtimeTypes?: ReadonlySet<string>;
  readonly conditions: readonly Condition[];
}

/** What `completeResult` must do at one response key of an object. */
export interface FieldPlan {
  /** Nullability from the outside in: one entry per list level, then the named type. */
  readonly nonNull: readonly boolean[];
  readonly removals: UnauthorizedField[];
  /** The plan for the objects this field returns, when something below it needs completing. */
  object?: ObjectPlan;
}

export interface ObjectPlan {
  /** The objects carry an injected `__typename` under `TYPENAME_ALIAS`. */
  typename: boolean;
  readonly fields: Map<string, FieldPlan>;
}

export interface AuthorizationResult {
  /** The operation without the unauthorized fields (only the selected operation), or the input when nothing was removed. */
  readonly document: DocumentNode;
  readonly operation: OperationDefinitionNode | undefined;
  readonly removed: readonly UnauthorizedField[];
  /** Where `completeResult` puts the nulls and strips helper fields; only the branches that lead to something. */
  readonly plan: ObjectPlan;
  /** Default values of the operation's variables, for evaluating `conditions`. */
  readonly variableDefaults: ReadonlyMap<string, ValueNode>;
}

export interface AuthorizeOperationOptions {
  /** The gateway's API schema. */
  schema: GraphQLSchema;
  rules: AuthorizationRules;
  document: DocumentNode;
  operationName?: string | null;
  claims: Claims;
}

const typenameField: FieldNode = {
  kind: Kind.FIELD,
  alias: { kind: Kind.NAME, value: TYPENAME_ALIAS },
  name: { kind: Kind.NAME, value: '__typename' },
};

function shapeOf(type: GraphQLOutputType): boolean[] {
  const shape: boolean[] = [];
  let current: GraphQLOutputType = type;
  for (;;) {
    shape.push(isNonNullType(current));
    const nullable = getNullableType(current);
    if (!isListType(nullable)) return shape;
    current = nullable.ofType as GraphQLOutputType;
  }
}

/** `inherited` plus the `@skip`/`@include` among `directives` (the same array when there are none). */
function withConditions(inherited: readonly Condition[], directives: readonly DirectiveNode[] | undefined): readonly Condition[] {
  if (!directives?.length) return inherited;
  const found: Condition[] = [...inherited];
  for (const directive of directives ?? []) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const value = directive.arguments?.find((arg) => arg.name.value === 'if')?.value;
    if (value) found.push({ directive: name, value });
  }
  return found.length === inherited.length ? inherited : found;
}

const emptyObjectPlan = (): ObjectPlan => ({ typename: false, fields: new Map() });
const isEmptyPlan = (plan: ObjectPlan) => !plan.typename && plan.fields.size === 0;

interface Scope {
  /** The type the selections are written against. */
  readonly type: GraphQLCompositeType;
  /** The runtime object types that can reach these selections (narrowed by fragments). */
  readonly possible: readonly GraphQLObjectType[];
  /** `possible` is every runtime type the enclosing field can return: no `__typename` needed to apply a removal. */
  readonly complete: boolean;
  /** Path of the enclosing object, `@` included. */
  readonly path: readonly string[];
  readonly conditions: readonly Condition[];
  /** Plan of the enclosing object. */
  readonly plan: ObjectPlan;
}

interface Filtered {
  selections: SelectionNode[];
  changed: boolean;
  /** A removal at this object depends on its runtime type. */
  needsTypename: boolean;
}

class OperationFilter {
  readonly removed: UnauthorizedField[] = [];
  readonly usedFragments = new Set<string>();
  private readonly decisions = new Map<string, boolean>();
  private readonly fragmentStack: string[] = [];
  private visited = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rules: AuthorizationRules,
    private readonly claims: Claims,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  ) {}

  private possibleTypes(type: GraphQLCompositeType): readonly GraphQLObjectType[] {
    return isAbstractType(type) ? this.schema.getPossibleTypes(type) : [type];
  }

  /** May the caller read `fieldName` on an object of runtime type `object`, selected on `selectedOn`? */
  private allowed(selectedOn: GraphQLCompositeType, object: GraphQLObjectType, fieldName: string): boolean {
    const key = `${selectedOn.name}|${object.name}.${fieldName}`;
    let decision = this.decisions.get(key);
    if (decision !== undefined) return decision;
    const requirements = [];
    const objectField = object.getFields()[fieldName];
    // The field, the type it returns, and the type it is read on (a guarded type reached through a union or an
    // interface, and every root field when the root type is guarded).
    if (objectField) {
      requirements.push(
        ...requirementsForField(this.rules, object.name, fieldName, getNamedType(objectField.type).name, true),
      );
    }
    if (selectedOn !== object && isInterfaceType(selectedOn)) {
      const interfaceField = selectedOn.getFields()[fieldName];
      if (interfaceField) {
        requirements.push(
          ...requirementsForField(this.rules, selectedOn.name, fieldName, getNamedType(interfaceField.type).name, true),
        );
      }
    }
    decision = requirements.every((requirement) => satisfies(requirement, this.claims));
    this.decisions.set(key, decision);
    return decision;
  }

  private fieldPlan(plan: ObjectPlan, key: string, field: GraphQLField<unknown, unknown>): FieldPlan {
    let fieldPlan = plan.fields.get(key);
    if (!fieldPlan) {
      fieldPlan = { nonNull: shapeOf(field.type), removals: [] };
      plan.fields.set(key, fieldPlan);
    }
    return fieldPlan;
  }

  filterSelections(selections: readonly SelectionNode[], scope: Scope): Filtered {
    const out: SelectionNode[] = [];
    let changed = false;
    let needsTypename = false;
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) {
        const result = this.filterField(selection, scope);
        needsTypename ||= result.needsTypename;
        if (result.selections.length !== 1 || result.selections[0] !== selection) changed = true;
        out.push(...result.selections);
        continue;
      }
      let typeConditionName: string | undefined;
      let body: readonly SelectionNode[];
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        typeConditionName = selection.typeCondition?.name.value;
        body = selection.selectionSet.selections;
      } else {
        const fragment = this.fragments.get(selection.name.value);
        if (!fragment) throw new GraphQLError(`Unknown fragment "${selection.name.value}".`);
        if (this.fragmentStack.includes(fragment.name.value)) {
          throw new GraphQLError(`Fragment "${fragment.name.value}" spreads itself.`);
        }
        typeConditionName = fragment.typeCondition.name.value;
        body = fragment.selectionSet.selections;
      }
      const conditionType = typeConditionName ? this.schema.getType(typeConditionName) : scope.type;
      if (!conditionType || !isCompositeType(conditionType)) {
        throw new GraphQLError(`Unknown type "${typeConditionName}" in a fragment.`);
      }
      const reachable = new Set(this.possibleTypes(conditionType));
      const possible = scope.possible.filter((type) => reachable.has(type));
      if (possible.length === 0) {
        // No object can match at runtime: nothing under it is ever read.
        out.push(selection);
        if (selection.kind === Kind.FRAGMENT_SPREAD) this.usedFragments.add(selection.name.value);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) this.fragmentStack.push(selection.name.value);
      const inner = this.filterSelections(body, {
        ...scope,
        type: conditionType,
        possible,
        complete: scope.complete && possible.length === scope.possible.length,
        conditions: withConditions(scope.conditions, selection.directives),
      });
      if (selection.kind === Kind.FRAGMENT_SPREAD) this.fragmentStack.pop();
      needsTypename ||= inner.needsTypename;
      if (!inner.changed) {
        out.push(selection);
        if (selection.kind === Kind.FRAGMENT_SPREAD) this.usedFragments.add(selection.name.value);
        continue;
      }
      changed = true;
      if (inner.selections.length === 0) continue;
      const fragment: InlineFragmentNode = {
        kind: Kind.INLINE_FRAGMENT,
        ...(typeConditionName
          ? { typeCondition: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: typeConditionName } } }
          : {}),
        ...(selection.directives?.length ? { directives: selection.directives } : {}),
        selectionSet: { kind: Kind.SELECTION_SET, selections: inner.selections },
      };
      out.push(fragment);
    }
    return { selections: changed ? out : (selections as SelectionNode[]), changed, needsTypename };
  }

  private filterField(node: FieldNode, scope: Scope): Filtered {
    if (++this.visited > MAX_VISITED_FIELDS) {
      throw new GraphQLError('The operation is too large to authorize.', {
        extensions: { code: ErrorCode.LIMIT_EXCEEDED },
      });
    }
    const key = node.alias?.value ?? node.name.value;
    if (key === TYPENAME_ALIAS) {
      throw new GraphQLError(`The response key "${TYPENAME_ALIAS}" is reserved.`, {
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      });
    }
    const name = node.name.value;
    const unchanged: Filtered = { selections: [node], changed: false, needsTypename: false };
    // __typename, and introspection at the root, are never guarded.
    if (name.startsWith('__') || isUnionType(scope.type)) return unchanged;
    const field = scope.type.getFields()[name];
    if (!field) return unchanged; // invalid operation: the gateway reports it

    const allowed = scope.possible.filter((object) => this.allowed(scope.type, object, name));
    const path = [...scope.path, key];
    const conditions = withConditions(scope.conditions, node.directives);

    if (allowed.length < scope.possible.length) {
      // Removed for every runtime type, or for some members only (then kept in a fragment per allowed member).
      const denied = scope.possible.filter((object) => !allowed.includes(object));
      const partial = allowed.length > 0;
      const removal: UnauthorizedField = {
        path,
        coordinate: `${scope.type.name}.${name}`,
        nonNull: isNonNullType(field.type),
        ...(scope.complete && !partial ? {} : { runtimeTypes: new Set(denied.map((type) => type.name)) }),
        conditions,
      };
      this.removed.push(removal);
      this.fieldPlan(scope.plan, key, field).removals.push(removal);
      const selections: SelectionNode[] = [];
      for (const object of allowed) {
        const kept = this.filterField(node, { ...scope, type: object, possible: [object], complete: false });
        if (kept.selections.length > 0) {
          selections.push({
            kind: Kind.INLINE_FRAGMENT,
            typeCondition: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: object.name } },
            selectionSet: { kind: Kind.SELECTION_SET, selections: kept.selections },
          });
        }
      }
      return { selections, changed: true, needsTypename: removal.runtimeTypes !== undefined };
    }

    if (!node.selectionSet) return unchanged;
    const returned = getNamedType(field.type);
    if (!isCompositeType(returned)) return unchanged;
    const existing = scope.plan.fields.get(key);
    const childPlan = existing?.object ?? emptyObjectPlan();
    const listDepth = shapeOf(field.type).length - 1;
    const inner = this.filterSelections(node.selectionSet.selections, {
      type: returned,
      possible: this.possibleTypes(returned),
      complete: true,
      path: [...path, ...Array<string>(listDepth).fill(LIST_ITEMS)],
      conditions,
      plan: childPlan,
    });
    let selections = inner.selections;
    if (selections.length === 0 || inner.needsTypename) {
      // Keep the object (its removed fields come back as null), or learn its runtime type.
      childPlan.typename = true;
      selections = [...selections, typenameField];
    }
    if (!isEmptyPlan(childPlan) && !existing?.object) this.fieldPlan(scope.plan, key, field).object = childPlan;
    if (selections === node.selectionSet.selections) return unchanged;
    return {
      selections: [{ ...node, selectionSet: { ...node.selectionSet, selections } }],
      changed: true,
      needsTypename: false,
    };
  }
}

/**
 * Removes from the selected operation every field the caller may not read (`@authenticated`, `@requiresScopes`,
 * `@policy` on the field, on the type it returns, or on the type it is read on), as the Apollo router does before
 * query planning. Fragment spreads whose content changes are inlined; the input document is not modified.
 * Throws a GraphQLError for an operation it cannot filter (unknown operation or fragment, over `MAX_VISITED_FIELDS`).
 */
export function authorizeOperation(options: AuthorizeOperationOptions): AuthorizationResult {
  const { schema, rules, document, claims } = options;
  const operation = getOperationAST(document, options.operationName ?? undefined) ?? undefined;
  const unchanged = (): AuthorizationResult => ({
    document,
    operation,
    removed: [],
    plan: emptyObjectPlan(),
    variableDefaults: new Map(),
  });
  if (!operation) return unchanged(); // the gateway reports the missing operation
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return unchanged();

  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const filter = new OperationFilter(schema, rules, claims, fragments);
  const plan = emptyObjectPlan();
  const result = filter.filterSelections(operation.selectionSet.selections, {
    type: rootType,
    possible: [rootType],
    complete: true,
    path: [],
    conditions: [],
    plan,
  });
  if (!result.changed) return unchanged();

  let selections = result.selections;
  if (selections.length === 0) {
    plan.typename = true;
    selections = [typenameField];
  }
  const filteredOperation: OperationDefinitionNode = {
    ...operation,
    selectionSet: { ...operation.selectionSet, selections },
  };

  // Fragments still spread (unchanged ones, and those they spread), and variables still used.
  const keptFragments: FragmentDefinitionNode[] = [];
  const pending = [...filter.usedFragments];
  const seen = new Set(pending);
  const usedVariables = new Set<string>();
  const scan = (node: OperationDefinitionNode['selectionSet'] | FragmentDefinitionNode) =>
    visit(node, {
      Variable(variable) {
        usedVariables.add(variable.name.value);
      },
      FragmentSpread(spread) {
        if (!seen.has(spread.name.value)) {
          seen.add(spread.name.value);
          pending.push(spread.name.value);
        }
      },
    });
  scan(filteredOperation.selectionSet);
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    const fragment = fragments.get(name);
    if (!fragment) continue;
    keptFragments.push(fragment);
    scan(fragment);
  }
  const variableDefinitions = operation.variableDefinitions?.filter((definition) => {
    const name = definition.variable.name.value;
    return usedVariables.has(name) || operationDirectiveUses(operation, name);
  });
  const finalOperation: OperationDefinitionNode = {
    ...filteredOperation,
    ...(variableDefinitions ? { variableDefinitions } : {}),
  };
  const variableDefaults = new Map<string, ValueNode>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) variableDefaults.set(definition.variable.name.value, definition.defaultValue);
  }
  return {
    document: { kind: Kind.DOCUMENT, definitions: [finalOperation, ...keptFragments.sort(byName)] },
    operation: finalOperation,
    removed: filter.removed,
    plan,
    variableDefaults,
  };
}

function byName(a: FragmentDefinitionNode, b: FragmentDefinitionNode): number {
  return a.name.value < b.name.value ? -1 : a.name.value > b.name.value ? 1 : 0;
}

function operationDirectiveUses(operation: OperationDefinitionNode, variable: string): boolean {
  let used = false;
  for (const directive of operation.directives ?? []) {
    visit(directive, {
      Variable(node) {
        if (node.name.value === variable) used = true;
      },
    });
  }
  return used;
}
