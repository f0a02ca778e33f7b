import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';
import type { GatewayConfig } from './config.js';
import type { GatewayContext } from './context.js';

/** The operation limits (graphql-armor): depth, aliases, cost, tokens, directives; no field suggestions. */
export function operationLimits(limits: GatewayConfig['limits']): { validationRules: ValidationRule[]; plugins: ApolloServerPlugin<GatewayContext>[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    costLimit: { maxCost: limits.maxCost },
    maxTokens: { n: limits.maxTokens },
    maxDirectives: { n: limits.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  // Armor's plugins are context-agnostic (typed for BaseContext).
  return { validationRules: armor.validationRules, plugins: armor.plugins as ApolloServerPlugin<GatewayContext>[] };
}
