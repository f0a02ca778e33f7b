import {
  getNamedType,
  isObjectType,
  Kind,
  parse,
  valueFromASTUntyped,
  defaultFieldResolver,
  GraphQLError,
  type DirectiveNode,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import type { Claims } from './auth.js';
import { ErrorCode } from '../errors/domain-errors.js';
import { POLICIES } from './policies.js';

/**
 * One `@authenticated` / `@requiresScopes` / `@policy` requirement as written on a type or field.
 * `scopes` and `policies` are OR-of-AND lists, as in the federation specs.
 */
export interface Requirement {
  authenticated: boolean;
  scopes?: string[][];
  policies?: string[][];
}

/** Every requirement declared in an SDL, by type name and by `Type.field`. */
export interface AuthorizationRules {
  types: Map<string, Requirement>;
  fields: Map<string, Requirement>;
}

const AUTHENTICATED = new Set(['authenticated', 'federation__authenticated']);
const REQUIRES_SCOPES = new Set(['requiresScopes', 'federation__requiresScopes']);
const POLICY = new Set(['policy', 'federation__policy']);

function requirementOf(directives: readonly DirectiveNode[] | undefined): Requirement | undefined {
  let requirement: Requirement | undefined;
  for (const directive of directives ?? []) {
    const name = directive.name.value;
    const argument = (argName: string) => {
      const arg = directive.arguments?.find((a) => a.name.value === argName);
      return arg ? (valueFromASTUntyped(arg.value) as string[][]) : [];
    };
    if (AUTHENTICATED.has(name)) {
      requirement = { ...requirement, authenticated: true };
    } else if (REQUIRES_SCOPES.has(name)) {
      requirement = { authenticated: true, ...requirement, scopes: [...(requirement?.scopes ?? []), ...argument('scopes')] };
    } else if (POLICY.has(name)) {
      requirement = { authenticated: true, ...requirement, policies: [...(requirement?.policies ?? []), ...argument('policies')] };
    }
  }
  return requirement;
}

/** Reads the authorization directives of a subgraph or supergraph SDL. */
export function readAuthorizationRules(sdl: string | DocumentNode): AuthorizationRules {
  const document = typeof sdl === 'string' ? parse(sdl) : sdl;
  const rules: AuthorizationRules = { types: new Map(), fields: new Map() };
  for (const definition of document.definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_EXTENSION &&
      definition.kind !== Kind.SCALAR_TYPE_DEFINITION &&
      definition.kind !== Kind.ENUM_TYPE_DEFINITION
    ) {
      continue;
    }
    const typeName = definition.name.value;
    const typeRequirement = requirementOf(definition.directives);
    if (typeRequirement) rules.types.set(typeName, typeRequirement);
    if ('fields' in definition) {
      for (const field of definition.fields ?? []) {
        const fieldRequirement = requirementOf(field.directives);
        if (fieldRequirement) rules.fields.set(`${typeName}.${field.name.value}`, fieldRequirement);
      }
    }
  }
  return rules;
}

/** True when the caller is signed in (any role but the anonymous `public`). */
export function isAuthenticated(claims: Claims): boolean {
  return claims.roles.some((role) => role !== 'public');
}

/** Evaluates one requirement against a caller's claims. Unknown policies never pass. */
export function satisfies(requirement: Requirement, claims: Claims): boolean {
  if (requirement.authenticated && !isAuthenticated(claims)) return false;
  if (requirement.scopes && requirement.scopes.length > 0) {
    const ok = requirement.scopes.some((all) => all.every((scope) => claims.scopes.has(scope)));
    if (!ok) return false;
  }
  if (requirement.policies && requirement.policies.length > 0) {
    const ok = requirement.policies.some((all) => all.every((name) => POLICIES[name]?.(claims) === true));
    if (!ok) return false;
  }
  return true;
}

/**
 * The requirements that guard reading `parentType.fieldName`: the field's own, and the type it returns.
 * Pass `includeParent` where the parent object can be reached without passing through a guarded field
 * (a subgraph's `_entities`).
 */
export function requirementsForField(
  rules: AuthorizationRules,
  parentType: string,
  fieldName: string,
  returnType: string,
  includeParent = false,
): Requirement[] {
  const found: Requirement[] = [];
  const field = rules.fields.get(`${parentType}.${fieldName}`);
  if (field) found.push(field);
  const returned = rules.types.get(returnType);
  if (returned) found.push(returned);
  if (includeParent) {
    const parent = rules.types.get(parentType);
    if (parent) found.push(parent);
  }
  return found;
}

export function unauthorizedFieldError(coordinate: string, path?: readonly (string | number)[]): GraphQLError {
  return new GraphQLError(`Unauthorized field or type: ${coordinate}`, {
    ...(path ? { path } : {}),
    extensions: { code: ErrorCode.UNAUTHORIZED_FIELD_OR_TYPE },
  });
}

/**
 * Defence in depth for a subgraph called directly: wraps every guarded field's resolver so that a caller
 * without the rights gets `null` and UNAUTHORIZED_FIELD_OR_TYPE, exactly as the gateway would answer.
 * `claimsOf` reads the verified claims from the request context.
 */
export function enforceAuthorization<TContext>(
  schema: GraphQLSchema,
  rules: AuthorizationRules,
  claimsOf: (context: TContext) => Claims,
): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const requirements = requirementsForField(rules, type.name, field.name, getNamedType(field.type).name, true);
      if (requirements.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const coordinate = `${type.name}.${field.name}`;
      field.resolve = (source, args, context: TContext, info) => {
        const claims = claimsOf(context);
        if (!requirements.every((requirement) => satisfies(requirement, claims))) {
          throw unauthorizedFieldError(coordinate);
        }
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
