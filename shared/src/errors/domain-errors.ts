import { GraphQLError } from 'graphql';

/** The closed set of error codes a client can see. Anything else is masked as INTERNAL_SERVER_ERROR. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  UNAUTHORIZED_FIELD_OR_TYPE: 'UNAUTHORIZED_FIELD_OR_TYPE',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  CONSENT_REQUIRED: 'CONSENT_REQUIRED',
  LIMIT_EXCEEDED: 'LIMIT_EXCEEDED',
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  /** A transient failure (a lost database connection, a serialization conflict): nothing was written; retry. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  BAD_REQUEST: 'BAD_REQUEST',
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const publicCodes = new Set<string>(Object.values(ErrorCode));

/** True when a code belongs to the closed public set. */
export function isPublicCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && publicCodes.has(code);
}

/** A typed error whose message is meant for the user; extensions carry only the code and safe details. */
export function domainError(
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const badInput = (message: string, field?: string) =>
  domainError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
export const notFound = (what: string) => domainError(ErrorCode.NOT_FOUND, `${what} not found.`);
export const conflict = (message: string) => domainError(ErrorCode.CONFLICT, message);
export const forbidden = (message = 'You are not allowed to do this.') =>
  domainError(ErrorCode.FORBIDDEN, message);

/** Thrown from the default branch of an exhaustive switch. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
  }
}
