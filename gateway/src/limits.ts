import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type GraphQLFormattedError, type ValidationRule } from 'graphql';
import { ErrorCode } from '@aid/shared/errors/domain-errors.js';
import type { GatewayConfig } from './config.js';
import type { GatewayContext } from './context.js';

/**
 * The operation limits: depth, aliases, cost and directives by graphql-armor's validation rules, no field
 * suggestions, and the token limit in graphql-js's own parser (`parseOptions.maxTokens`), so that a syntax
 * error and an oversized document are both an ordinary parse failure (400 GRAPHQL_PARSE_FAILED). Armor's own
 * token limit replaces the parser and turns every syntax error into a 500 (its issues #571, #751).
 */
export function operationLimits(limits: GatewayConfig['limits']): {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<GatewayContext>[];
  parseOptions: { maxTokens: number };
} {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    costLimit: { maxCost: limits.maxCost },
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  // Armor's plugins are context-agnostic (typed for BaseContext).
  return { validationRules: armor.validationRules, plugins: armor.plugins as ApolloServerPlugin<GatewayContext>[], parseOptions: { maxTokens: limits.maxTokens } };
}

/** Armor reports a limit as "Syntax Error: Query depth limit of 12 exceeded, found 13." among validation errors. */
const ARMOR_LIMIT = /^Syntax Error: (.+ limit of \d+ exceeded.*)$/;

/**
 * An operation over a limit is LIMIT_EXCEEDED (still HTTP 400), with an honest message: a limit of this
 * gateway, not a syntax error.
 */
export function relabelLimitError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const match = formatted.extensions?.code === ErrorCode.GRAPHQL_VALIDATION_FAILED ? ARMOR_LIMIT.exec(formatted.message) : null;
  if (!match) return formatted;
  return { ...formatted, message: `${match[1]} This gateway limits the size of an operation.`, extensions: { ...formatted.extensions, code: ErrorCode.LIMIT_EXCEEDED } };
}

/**
 * An operationName the document does not define (or several operations and none named) is a 400
 * OPERATION_RESOLUTION_FAILURE before anything is planned; the gateway's planner would throw a plain error.
 */
export function operationResolutionPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation) return;
          const name = request.operationName;
          throw new GraphQLError(
            name ? `The document has no operation named "${name.slice(0, 40)}".` : 'The document holds several operations: name one with operationName.',
            { extensions: { code: ErrorCode.OPERATION_RESOLUTION_FAILURE, http: { status: 400 } } },
          );
        },
      };
    },
  };
}
