import { Kind, type GraphQLError, type ValueNode } from 'graphql';
import { unauthorizedFieldError } from '@aid/shared/security/auth-directives.js';
import { ErrorCode } from '@aid/shared/errors/domain-errors.js';
import {
  TYPENAME_ALIAS,
  type AuthorizationResult,
  type FieldPlan,
  type ObjectPlan,
  type UnauthorizedField,
} from './filter.js';

type Variables = Readonly<Record<string, unknown>> | null | undefined;

/** The part of an `authorizeOperation` result `completeResult` needs. */
export type CompletionPlan = Pick<AuthorizationResult, 'removed' | 'plan' | 'variableDefaults'>;

/** An execution result as the gateway returns it. */
export interface ExecutionResultLike {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLError[];
  extensions?: Record<string, unknown>;
}

function conditionValue(value: ValueNode, variables: Variables, defaults: CompletionPlan['variableDefaults']): boolean | undefined {
  if (value.kind === Kind.BOOLEAN) return value.value;
  if (value.kind !== Kind.VARIABLE) return undefined;
  const name = value.name.value;
  const given = variables?.[name];
  if (typeof given === 'boolean') return given;
  const fallback = given === undefined ? defaults.get(name) : undefined;
  return fallback?.kind === Kind.BOOLEAN ? fallback.value : undefined;
}

/**
 * False when a `@skip`/`@include` on the way to the field leaves it out of the response for these variables.
 * An undecidable condition counts as included (the field is reported).
 */
export function isSelected(field: UnauthorizedField, plan: CompletionPlan, variables: Variables): boolean {
  for (const condition of field.conditions) {
    const value = conditionValue(condition.value, variables, plan.variableDefaults);
    if (value === undefined) continue;
    if (condition.directive === 'skip' ? value : !value) return false;
  }
  return true;
}

/**
 * One UNAUTHORIZED_FIELD_OR_TYPE error per removed field of the operation (router style: one per field and path,
 * `@` standing for every list item), leaving out fields skipped by `@skip`/`@include`.
 */
export function unauthorizedErrors(plan: CompletionPlan, variables?: Variables): GraphQLError[] {
  const errors: GraphQLError[] = [];
  const seen = new Set<string>();
  for (const field of plan.removed) {
    if (!isSelected(field, plan, variables)) continue;
    const key = `${field.path.join('\u0000')}\u0001${field.coordinate}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(unauthorizedFieldError(field.coordinate, field.path));
  }
  return errors;
}

interface Completion {
  readonly removed: CompletionPlan;
  readonly variables: Variables;
}

/** Completes one object in place; true when a non-null field of it is now null, so the object itself must be null. */
function completeObject(object: Record<string, unknown>, plan: ObjectPlan, completion: Completion): boolean {
  let typename: unknown;
  if (plan.typename) {
    typename = object[TYPENAME_ALIAS];
    delete object[TYPENAME_ALIAS];
  }
  let invalid = false;
  for (const [key, field] of plan.fields) {
    for (const removal of field.removals) {
      if (removal.runtimeTypes && (typeof typename !== 'string' || !removal.runtimeTypes.has(typename))) continue;
      if (!isSelected(removal, completion.removed, completion.variables)) continue;
      object[key] = null;
      if (removal.nonNull) invalid = true;
    }
    if (field.object && object[key] !== null && object[key] !== undefined) {
      if (completeValue(object[key], field, 0, completion)) {
        if (field.nonNull[0]) invalid = true;
        else object[key] = null;
      }
    }
  }
  return invalid;
}

/** Completes a field value at list depth `depth`; true when the value must become null. */
function completeValue(value: unknown, field: FieldPlan, depth: number, completion: Completion): boolean {
  if (value === null || value === undefined || typeof value !== 'object') return false;
  if (depth < field.nonNull.length - 1) {
    if (!Array.isArray(value)) return false;
    const itemNonNull = field.nonNull[depth + 1] ?? false;
    for (let index = 0; index < value.length; index++) {
      if (completeValue(value[index], field, depth + 1, completion)) {
        if (itemNonNull) return true;
        value[index] = null;
      }
    }
    return false;
  }
  return completeObject(value as Record<string, unknown>, field.object!, completion);
}

const errorKey = (error: { path?: readonly (string | number)[] | undefined; message: string }) =>
  `${(error.path ?? []).join('\u0000')}\u0001${error.message}`;

/**
 * Completes the gateway's result for a filtered operation, the way the router does: `null` at every removed field
 * (in every list item), GraphQL null propagation when a removed field is non-null (up to the nearest nullable
 * parent, possibly `data`), injected helper fields stripped, and one UNAUTHORIZED_FIELD_OR_TYPE error per removed
 * field appended after the existing errors (not repeated if already there).
 *
 * `result.data` is completed in place (the gateway builds a fresh result per request); the returned object is new.
 */
export function completeResult<T extends ExecutionResultLike>(result: T, plan: CompletionPlan, variables?: Variables): T {
  const completion: Completion = { removed: plan, variables };
  let data = result.data;
  if (data && completeObject(data, plan.plan, completion)) data = null;

  const existing = new Set(
    (result.errors ?? [])
      .filter((error) => error.extensions?.code === ErrorCode.UNAUTHORIZED_FIELD_OR_TYPE)
      .map(errorKey),
  );
  const added = unauthorizedErrors(plan, variables).filter((error) => !existing.has(errorKey(error)));
  const errors = added.length > 0 ? [...(result.errors ?? []), ...added] : result.errors;
  return {
    ...result,
    ...(data !== undefined ? { data } : {}),
    ...(errors !== undefined ? { errors } : {}),
  };
}
