import {
  Kind,
  parse,
  print,
  visit,
  type ConstArgumentNode,
  type ConstDirectiveNode,
  type DocumentNode,
  type ValueNode,
} from 'graphql';
import { readAuthorizationRules, type AuthorizationRules } from '@aid/shared/security/auth-directives.js';

/**
 * The security features this gateway enforces itself (see `filter.ts`), by spec identity, with the one version
 * whose semantics we implement. A supergraph linking another version of them is refused.
 */
const ENFORCED_FEATURES = {
  'https://specs.apollo.dev/authenticated': { version: 'v0.1', canonical: 'authenticated' },
  'https://specs.apollo.dev/requiresScopes': { version: 'v0.1', canonical: 'requiresScopes' },
  'https://specs.apollo.dev/policy': { version: 'v0.1', canonical: 'policy' },
} as const satisfies Record<string, { version: string; canonical: string }>;

/**
 * `for: SECURITY | EXECUTION` features that stock `@apollo/gateway` understands by itself (it still checks their
 * versions). Any other such feature is refused here, naming it.
 */
const GATEWAY_FEATURES = new Set([
  'https://specs.apollo.dev/link',
  'https://specs.apollo.dev/core',
  'https://specs.apollo.dev/join',
  'https://specs.apollo.dev/tag',
  'https://specs.apollo.dev/inaccessible',
]);

export interface PreparedSupergraph {
  /** The supergraph without the authorization features, loadable by `new ApolloGateway({ supergraphSdl })`. */
  gatewaySdl: string;
  /** The authorization requirements the gateway must enforce (see `authorizeOperation`). */
  rules: AuthorizationRules;
}

interface LinkedFeature {
  url: string;
  /** `https://specs.apollo.dev/authenticated` */
  identity: string;
  /** `authenticated` */
  name: string;
  /** `v0.1` */
  version: string;
  purpose: string | undefined;
  /** The prefix of the feature's elements: its name, or the `as:` argument. */
  prefix: string;
  /** Imported elements: local name (without `@`) by original name (with `@` for directives). */
  imports: Map<string, string>;
}

function stringArgument(args: readonly ConstArgumentNode[] | undefined, name: string): string | undefined {
  const value = args?.find((arg) => arg.name.value === name)?.value;
  if (!value) return undefined;
  if (value.kind === Kind.STRING || value.kind === Kind.ENUM) return value.value;
  return undefined;
}

function importsOf(args: readonly ConstArgumentNode[] | undefined): Map<string, string> {
  const imports = new Map<string, string>();
  const value = args?.find((arg) => arg.name.value === 'import')?.value;
  const items: readonly ValueNode[] = value?.kind === Kind.LIST ? value.values : value ? [value] : [];
  for (const item of items) {
    if (item.kind === Kind.STRING) {
      imports.set(item.value, item.value.replace(/^@/, ''));
    } else if (item.kind === Kind.OBJECT) {
      const field = (n: string) => {
        const v = item.fields.find((f) => f.name.value === n)?.value;
        return v?.kind === Kind.STRING ? v.value : undefined;
      };
      const original = field('name');
      if (original) imports.set(original, (field('as') ?? original).replace(/^@/, ''));
    }
  }
  return imports;
}

function parseFeatureUrl(url: string): { identity: string; name: string; version: string } | undefined {
  const match = /^(.*\/([^/]+))\/(v\d+\.\d+)\/?$/.exec(url);
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  return { identity: match[1], name: match[2], version: match[3] };
}

/** Every feature linked on the schema definition, with `@link` (link v1) or `@core` (core v0.1/v0.2). */
function linkedFeatures(document: DocumentNode): { features: LinkedFeature[]; linkDirectives: Set<ConstDirectiveNode> } {
  const schemaDirectives: ConstDirectiveNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.SCHEMA_DEFINITION || definition.kind === Kind.SCHEMA_EXTENSION) {
      schemaDirectives.push(...(definition.directives ?? []));
    }
  }
  // The bootstrap link names the directive used for every other link (usually `@link`, `@core` in old supergraphs).
  const linkNames = new Set<string>();
  for (const directive of schemaDirectives) {
    const url = stringArgument(directive.arguments, 'url') ?? stringArgument(directive.arguments, 'feature');
    const parsed = url ? parseFeatureUrl(url) : undefined;
    if (parsed && (parsed.identity === 'https://specs.apollo.dev/link' || parsed.identity === 'https://specs.apollo.dev/core')) {
      const as = stringArgument(directive.arguments, 'as');
      if (directive.name.value === (as ?? parsed.name)) linkNames.add(directive.name.value);
    }
  }
  const features: LinkedFeature[] = [];
  const linkDirectives = new Map<LinkedFeature, ConstDirectiveNode>();
  for (const directive of schemaDirectives) {
    if (!linkNames.has(directive.name.value)) continue;
    const url = stringArgument(directive.arguments, 'url') ?? stringArgument(directive.arguments, 'feature');
    if (!url) continue;
    const parsed = parseFeatureUrl(url);
    if (!parsed) throw new Error(`The supergraph links a feature with an unreadable URL: ${url}`);
    const feature: LinkedFeature = {
      url,
      ...parsed,
      purpose: stringArgument(directive.arguments, 'for'),
      prefix: stringArgument(directive.arguments, 'as') ?? parsed.name,
      imports: importsOf(directive.arguments),
    };
    features.push(feature);
    linkDirectives.set(feature, directive);
  }
  return {
    features,
    linkDirectives: new Set(
      features.filter((f) => f.identity in ENFORCED_FEATURES).map((f) => linkDirectives.get(f)!),
    ),
  };
}

/**
 * Reads the `@authenticated` / `@requiresScopes` / `@policy` requirements of a supergraph and removes those three
 * features (their `@link`s, directive definitions, `requiresScopes__Scope` / `policy__Policy` scalars and every
 * usage), so that stock `@apollo/gateway` loads it. The gateway must then enforce `rules` itself
 * (`withFieldAuthorization`).
 *
 * Throws when the supergraph links another `for: SECURITY` or `for: EXECUTION` feature that neither this code nor
 * `@apollo/gateway` enforces, or another version of the three: a security feature is never dropped silently.
 */
export function prepareSupergraph(supergraphSdl: string): PreparedSupergraph {
  const document = parse(supergraphSdl);
  const { features, linkDirectives } = linkedFeatures(document);

  /** Local directive name -> canonical name read by `readAuthorizationRules`. */
  const directiveNames = new Map<string, string>();
  /** Local names of the features' types (`requiresScopes__Scope`, ...). */
  const typePrefixes: string[] = [];
  const importedTypes = new Set<string>();

  for (const feature of features) {
    const enforced = (ENFORCED_FEATURES as Record<string, { version: string; canonical: string }>)[feature.identity];
    if (enforced) {
      if (feature.version !== enforced.version) {
        throw new Error(
          `The supergraph links ${feature.url}, but this gateway only enforces ${feature.identity}/${enforced.version}.`,
        );
      }
      const imported = feature.imports.get(`@${feature.name}`);
      directiveNames.set(imported ?? feature.prefix, enforced.canonical);
      typePrefixes.push(`${feature.prefix}__`);
      for (const [original, local] of feature.imports) {
        if (!original.startsWith('@')) importedTypes.add(local);
        else if (original !== `@${feature.name}`) directiveNames.set(local, `${feature.prefix}__${original.slice(1)}`);
      }
      continue;
    }
    if ((feature.purpose === 'SECURITY' || feature.purpose === 'EXECUTION') && !GATEWAY_FEATURES.has(feature.identity)) {
      throw new Error(
        `The supergraph links ${feature.url} (for: ${feature.purpose}), which this gateway does not enforce; refusing to load it.`,
      );
    }
  }

  // Read the rules under the canonical directive names, whatever the supergraph calls them.
  const renamed = [...directiveNames].some(([local, canonical]) => local !== canonical);
  const rules = readAuthorizationRules(
    renamed
      ? visit(document, {
          Directive(node) {
            const canonical = directiveNames.get(node.name.value);
            return canonical && canonical !== node.name.value
              ? { ...node, name: { ...node.name, value: canonical } }
              : undefined;
          },
        })
      : document,
  );

  if (linkDirectives.size === 0 && directiveNames.size === 0) {
    return { gatewaySdl: supergraphSdl, rules };
  }

  const isFeatureType = (name: string) => importedTypes.has(name) || typePrefixes.some((p) => name.startsWith(p));
  const stripped = visit(document, {
    Directive(node) {
      if (linkDirectives.has(node as ConstDirectiveNode) || directiveNames.has(node.name.value)) return null;
      return undefined;
    },
    DirectiveDefinition(node) {
      return directiveNames.has(node.name.value) ? null : undefined;
    },
    ScalarTypeDefinition(node) {
      return isFeatureType(node.name.value) ? null : undefined;
    },
    EnumTypeDefinition(node) {
      return isFeatureType(node.name.value) ? null : undefined;
    },
    InputObjectTypeDefinition(node) {
      return isFeatureType(node.name.value) ? null : undefined;
    },
  });
  return { gatewaySdl: print(stripped), rules };
}
