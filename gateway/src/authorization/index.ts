export { prepareSupergraph, type PreparedSupergraph } from './supergraph.js';
export {
  authorizeOperation,
  LIST_ITEMS,
  MAX_VISITED_FIELDS,
  TYPENAME_ALIAS,
  type AuthorizationResult,
  type AuthorizeOperationOptions,
  type Condition,
  type FieldPlan,
  type ObjectPlan,
  type UnauthorizedField,
} from './filter.js';
export { completeResult, isSelected, unauthorizedErrors, type CompletionPlan } from './result.js';
export { claimsFingerprint, withFieldAuthorization, type FieldAuthorizationOptions } from './gateway.js';
