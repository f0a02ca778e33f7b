/**
 * The authorization table: every root field, mutation and entity reference of the three subgraphs, with the
 * field directives that guard it (from the SDL), the roles its row rule admits and the rows they get (from
 * each subgraph's `ROW_RULES`). `docs/authorization.md` is printed from it (`npm run docs:authorization`) and
 * the role × operation matrix test asserts it, so the document, the test and the code share one source.
 */
import { buildSubgraphSchema } from '@apollo/subgraph';
import { getNamedType, isObjectType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { ROW_RULES as charityRules } from '@aid/charity/access.js';
import { SUBGRAPH_NAME as CHARITY, typeDefs as charityTypeDefs } from '@aid/charity/server.js';
import { ROW_RULES as civilAffairsRules } from '@aid/civil-affairs/access.js';
import { SUBGRAPH_NAME as CIVIL_AFFAIRS, typeDefs as civilAffairsTypeDefs } from '@aid/civil-affairs/server.js';
import { ROW_RULES as servicesRules } from '@aid/services/access.js';
import { SUBGRAPH_NAME as SERVICES, typeDefs as servicesTypeDefs } from '@aid/services/server.js';
import type { Claims } from '@aid/shared/security/auth.js';
import { readAuthorizationRules, requirementsForField, satisfies, type Requirement } from '@aid/shared/security/auth-directives.js';
import { entityTypesOf, ruleAdmits, type RowRule, type RowRules } from '@aid/shared/security/row-rules.js';
import { DEFAULT_ROLE_SCOPES, ROLES, type Role } from '@aid/shared/security/roles.js';
import { ANONYMOUS } from '@aid/shared/security/auth.js';
import { DEMO_ORG, DEMO_REGION } from '@aid/shared/demo/dev-identities.js';

export type OperationKind = 'Query' | 'Mutation' | 'entity';

/** One row of the table. */
export interface AuthorizedOperation {
  subgraph: string;
  kind: OperationKind;
  name: string;
  /** The directives guarding the field (and the type it returns); empty for entity references. */
  requirements: Requirement[];
  rule: RowRule;
}

export interface SubgraphTable {
  name: string;
  schema: GraphQLSchema;
  operations: AuthorizedOperation[];
}

const SUBGRAPHS: { name: string; typeDefs: DocumentNode; rules: RowRules }[] = [
  { name: CIVIL_AFFAIRS, typeDefs: civilAffairsTypeDefs, rules: civilAffairsRules },
  { name: CHARITY, typeDefs: charityTypeDefs, rules: charityRules },
  { name: SERVICES, typeDefs: servicesTypeDefs, rules: servicesRules },
];

/** The whole table, subgraph by subgraph, in schema order. */
export function authorizationTable(): SubgraphTable[] {
  return SUBGRAPHS.map(({ name, typeDefs, rules }) => {
    const schema = buildSubgraphSchema({ typeDefs });
    const directives = readAuthorizationRules(typeDefs);
    const operations: AuthorizedOperation[] = [];
    for (const kind of ['Query', 'Mutation'] as const) {
      const type = schema.getType(kind);
      if (!type || !isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        const rule = rules[kind][field.name];
        if (!rule) continue;
        const requirements = requirementsForField(directives, kind, field.name, getNamedType(field.type).name);
        operations.push({ subgraph: name, kind, name: field.name, requirements, rule });
      }
    }
    for (const entity of entityTypesOf(schema)) {
      operations.push({ subgraph: name, kind: 'entity', name: entity, requirements: [], rule: rules.entities[entity]! });
    }
    return { name, schema, operations };
  });
}

/** The claims each role carries in the table's "default token" columns: its default scopes, demo region and org. */
export function defaultClaims(role: Role): Claims {
  if (role === 'public') return ANONYMOUS;
  return {
    sub: `matrix-${role}`,
    roles: [role],
    scopes: new Set(DEFAULT_ROLE_SCOPES[role]),
    ...(DEMO_REGION[role] ? { region: DEMO_REGION[role] } : {}),
    ...(DEMO_ORG[role] ? { org: DEMO_ORG[role] } : {}),
  };
}

/** Whether a caller passes an operation's field directives and its row rule's roles (rows then decide the rest). */
export function admits(operation: AuthorizedOperation, claims: Claims): boolean {
  return ruleAdmits(operation.rule, claims) && operation.requirements.every((requirement) => satisfies(requirement, claims));
}

/** How a requirement reads in the table. */
export function describeRequirement(requirement: Requirement): string {
  const parts: string[] = [];
  if (requirement.scopes?.length) parts.push(requirement.scopes.map((all) => all.map((s) => `\`${s}\``).join(' + ')).join(' or '));
  if (requirement.policies?.length) parts.push(`policy ${requirement.policies.map((all) => all.map((p) => `\`${p}\``).join(' + ')).join(' or ')}`);
  if (parts.length === 0 && requirement.authenticated) parts.push('signed in');
  return parts.join('; ');
}

/** The Markdown of `docs/authorization.md`. */
export function renderAuthorizationDoc(): string {
  const lines: string[] = [];
  const roleHeader = ROLES.join(' | ');
  lines.push(
    '# Authorization: roles, scopes and every operation',
    '',
    '<!-- Generated by `npm run docs:authorization` from each subgraph\'s row-rule registry (`src/access.ts`,',
    '`ROW_RULES`) and the field directives of its `schema.graphql`. Do not edit by hand: a test fails when it is stale. -->',
    '',
    'Three layers decide what a caller gets, and all three must say yes:',
    '',
    '1. **Field directives** (`@authenticated`, `@requiresScopes`, `@policy`) in each subgraph\'s SDL: the gateway removes',
    '   an unauthorized field before planning (`null` plus `UNAUTHORIZED_FIELD_OR_TYPE` at its path), and every subgraph',
    '   enforces the same directives itself, so a direct call or `_entities` is no back door.',
    '2. **Row rules, deny by default**: each subgraph\'s access module (`src/access.ts`) registers every root field,',
    '   mutation and entity reference with the roles that may reach it. A subgraph with an unregistered one does not',
    '   start. A role not listed gets `FORBIDDEN` ("This operation is not available to your role.") before any argument',
    '   is read; an entity reference of a role not listed resolves to `null`, as a reference to nothing.',
    '3. **Rows**: within the roles listed, the access module\'s predicates pick the rows (the region, the holding',
    '   organisation, the assigned cases, the consent). A row the caller may not see reads exactly as a row that does',
    '   not exist: `null`, an empty list, or the same `NOT_FOUND` message.',
    '',
    'Machine clients (`provincial_system`) run only trusted documents (see `docs/security.md`).',
    '',
    '## Roles and their default scopes',
    '',
    'The development token minter grants these scopes; a production identity provider issues its own `scope` claim.',
    '',
    '| Role | Default scopes | Bound to |',
    '|---|---|---|',
  );
  for (const role of ROLES) {
    const bound = DEMO_REGION[role] ? 'a region (`region`: county, town or village code)' : DEMO_ORG[role] ? 'an organisation (`org`)' : role === 'provincial_system' ? 'optionally a region' : '';
    lines.push(`| \`${role}\` | ${DEFAULT_ROLE_SCOPES[role].map((s) => `\`${s}\``).join(' ') || '(none: anonymous)'} | ${bound} |`);
  }
  lines.push(
    '',
    '## Every operation',
    '',
    'Each table lists the operation, what its field directives require, the roles its row rule admits and the rows they',
    'get. The matrix after it shows, for each role with its **default** token, whether the operation is reached (✓) or',
    'refused (·); the role × operation matrix test (`tests/authorization-matrix.e2e.ts`) asserts exactly this matrix,',
    'at each subgraph directly (`_entities` included) and through the gateway.',
  );
  for (const table of authorizationTable()) {
    lines.push('', `### ${table.name}`, '', '| Operation | Directives | Roles | Rows |', '|---|---|---|---|');
    for (const op of table.operations) {
      const coordinate = op.kind === 'entity' ? `\`_entities\`: ${op.name}` : `\`${op.kind}.${op.name}\``;
      const directives = op.requirements.map(describeRequirement).filter(Boolean).join('; ') || '—';
      const roles = op.rule.roles.length === ROLES.length ? 'everyone' : op.rule.roles.map((r) => `\`${r}\``).join(', ') || 'no one';
      lines.push(`| ${coordinate} | ${directives} | ${roles} | ${op.rule.rows.replace(/\|/g, '\\|')} |`);
    }
    lines.push('', `| ${table.name} | ${roleHeader} |`, `|---|${ROLES.map(() => ':-:').join('|')}|`);
    for (const op of table.operations) {
      const coordinate = op.kind === 'entity' ? `_entities: ${op.name}` : `${op.kind}.${op.name}`;
      lines.push(`| ${coordinate} | ${ROLES.map((role) => (admits(op, defaultClaims(role)) ? '✓' : '·')).join(' | ')} |`);
    }
  }
  lines.push('');
  return lines.join('\n');
}
