import { GraphQLError, defaultFieldResolver, isObjectType, isUnionType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { Claims } from './auth.js';
import { ErrorCode, notFound } from '../errors/domain-errors.js';
import { CIVIL_STAFF_ROLES, ROLES, type Role } from './roles.js';

/**
 * Deny by default, row level. Each subgraph's access module ends with one `RowRules` registry: every root
 * field (`Query`, `Mutation`) and every entity type the subgraph resolves through `_entities` is listed
 * with the roles that may reach it and, in words, which rows each gets. `buildSubgraph` refuses to build a
 * subgraph whose schema has a root field or entity type missing from its registry (or a registry entry the
 * schema no longer has), and wraps every registered resolver so a role not listed never reaches it:
 *
 * - a root field answers FORBIDDEN with one fixed message, before any argument is read, so the answer says
 *   nothing about rows;
 * - an entity reference resolves to `null` with a NOT_FOUND entry at its path ("Household not found."),
 *   exactly as a reference to a record that does not exist: the same code, the same message. The row stands
 *   alone: its siblings (the rest of a list, the parent record) are answered, and the caller is told that
 *   something was left out rather than left to guess. The same holds for a reference that the subgraph's own
 *   resolver declines (the row predicates of its access module) or that names no record.
 *
 * Within the roles listed, the resolver applies the row predicates of the same access module (which rows of
 * the region, which organisation's, which assigned cases). `docs/authorization.md` is generated from these
 * registries (`npm run docs:authorization`), and the role × operation matrix test reads them too, so the
 * table, the test and the running code cannot drift apart.
 */

/** Who may reach one root field or entity reference, and which rows they get. */
export interface RowRule {
  /** The roles that reach the resolver. Everyone else is denied before it runs. */
  readonly roles: readonly Role[];
  /** Which rows each of those roles gets, in a sentence for the authorization table. */
  readonly rows: string;
}

/** One subgraph's registry: every `Query` and `Mutation` field and every entity type it resolves. */
export interface RowRules {
  readonly Query: Readonly<Record<string, RowRule>>;
  readonly Mutation: Readonly<Record<string, RowRule>>;
  readonly entities: Readonly<Record<string, RowRule>>;
}

/** Every signed-in role (not the anonymous `public`). */
export const SIGNED_IN: readonly Role[] = ROLES.filter((role) => role !== 'public');
/** Every role, the anonymous `public` included. */
export const EVERYONE: readonly Role[] = ROLES;
/** Civil-affairs staff bound to a region. */
export const CIVIL_STAFF: readonly Role[] = CIVIL_STAFF_ROLES;

/** A rule, checked for unknown role names when the registry is built. */
export function rule(roles: readonly Role[], rows: string): RowRule {
  const unknown = roles.filter((role) => !(ROLES as readonly string[]).includes(role));
  if (unknown.length > 0) throw new Error(`Unknown roles in a row rule: ${unknown.join(', ')}`);
  return { roles: [...new Set(roles)], rows };
}

/** The message every role-level denial carries: it names no row, no field value and no reason. */
export const ROLE_DENIED_MESSAGE = 'This operation is not available to your role.';

/** Federation's own root fields: `_entities` is governed per entity type, `_service` at the HTTP edge. */
const FEDERATION_ROOT_FIELDS = new Set(['_entities', '_service']);

/** Whether any of the caller's roles is listed in a rule. */
export function ruleAdmits(rule: RowRule, claims: Pick<Claims, 'roles'>): boolean {
  return claims.roles.some((role) => rule.roles.includes(role));
}

/** The entity types a built subgraph schema resolves through `_entities`. */
export function entityTypesOf(schema: GraphQLSchema): string[] {
  const union = schema.getType('_Entity');
  return union && isUnionType(union) ? union.getTypes().map((type) => type.name) : [];
}

/** Every coordinate of a schema a registry must cover, and every registry entry the schema lacks. */
export function rowRuleGaps(schema: GraphQLSchema, rules: RowRules): { unregistered: string[]; stale: string[] } {
  const unregistered: string[] = [];
  const stale: string[] = [];
  for (const root of ['Query', 'Mutation'] as const) {
    const type = schema.getType(root);
    const fields = type && isObjectType(type) ? Object.keys(type.getFields()).filter((name) => !FEDERATION_ROOT_FIELDS.has(name)) : [];
    for (const name of fields) if (!rules[root][name]) unregistered.push(`${root}.${name}`);
    for (const name of Object.keys(rules[root])) if (!fields.includes(name)) stale.push(`${root}.${name}`);
  }
  const entities = entityTypesOf(schema);
  for (const name of entities) if (!rules.entities[name]) unregistered.push(`entity ${name}`);
  for (const name of Object.keys(rules.entities)) if (!entities.includes(name)) stale.push(`entity ${name}`);
  return { unregistered, stale };
}

interface SubgraphReferenceExtensions {
  apollo?: { subgraph?: { resolveReference?: (reference: unknown, context: unknown, info: unknown) => unknown } };
}

/**
 * Checks a subgraph's registry against its schema (throwing one error that lists every gap) and installs
 * the role gates. `claimsOf` reads the verified claims from the request context.
 */
export function enforceRowRules<TContext>(
  subgraphName: string,
  schema: GraphQLSchema,
  rules: RowRules,
  claimsOf: (context: TContext) => Claims,
  onDenied?: (coordinate: string, claims: Claims) => void,
): GraphQLSchema {
  const { unregistered, stale } = rowRuleGaps(schema, rules);
  if (unregistered.length > 0 || stale.length > 0) {
    const lines = [
      ...unregistered.map((coordinate) => `  - ${coordinate}: no row rule (add it to the ROW_RULES of src/access.ts)`),
      ...stale.map((coordinate) => `  - ${coordinate}: registered, but not in the schema (remove it)`),
    ];
    throw new Error(`The ${subgraphName} subgraph does not start: its row-rule registry does not match its schema.\n${lines.join('\n')}`);
  }
  for (const root of ['Query', 'Mutation'] as const) {
    const type = schema.getType(root);
    if (!type || !isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const fieldRule = rules[root][field.name];
      if (!fieldRule) continue;
      const resolve: GraphQLFieldResolver<unknown, TContext> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: TContext, info) => {
        const claims = claimsOf(context);
        if (!ruleAdmits(fieldRule, claims)) {
          onDenied?.(`${root}.${field.name}`, claims);
          throw new GraphQLError(ROLE_DENIED_MESSAGE, { extensions: { code: ErrorCode.FORBIDDEN } });
        }
        return resolve(source, args, context, info);
      };
    }
  }
  for (const name of entityTypesOf(schema)) {
    const type = schema.getType(name)!;
    const entityRule = rules.entities[name]!;
    const extensions = type.extensions as SubgraphReferenceExtensions;
    const resolveReference = extensions.apollo?.subgraph?.resolveReference;
    type.extensions = {
      ...type.extensions,
      apollo: {
        ...extensions.apollo,
        subgraph: {
          ...extensions.apollo?.subgraph,
          // Async, so that one reference's error nulls that entity alone (a synchronous throw would fail all
          // of `_entities`).
          resolveReference: async (reference: unknown, context: TContext, info: unknown) => {
            const claims = claimsOf(context);
            if (!ruleAdmits(entityRule, claims)) {
              onDenied?.(`entity ${name}`, claims);
              throw notFound(name);
            }
            const found = resolveReference ? await resolveReference(reference, context, info) : reference;
            if (found === null || found === undefined) throw notFound(name);
            return found;
          },
        },
      },
    };
  }
  return schema;
}
