import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, isPublicCode } from './domain-errors.js';
import type { Logger } from '../runtime/logger.js';

/**
 * An error as it may be logged: no query parameters (a failed INSERT would otherwise put an ID number or a
 * phone into the log), only the statement's shape, the database's error code and where it was thrown.
 */
export function loggableError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  return {
    type: error.name,
    message: error.message.split('\nparams:')[0]!.slice(0, 500),
    ...(typeof cause?.code === 'string' ? { dbCode: cause.code } : {}),
    ...(typeof cause?.message === 'string' ? { dbMessage: cause.message.slice(0, 200) } : {}),
    // Only the frames: the stack's first lines repeat the message, parameters included.
    stack: error.stack?.split('\n').filter((line) => line.startsWith('    at ')).slice(0, 5).join('\n'),
  };
}

/** Extension keys a client may see besides `code`. */
const SAFE_EXTENSIONS = ['field', 'reason', 'allowed', 'serviceName', 'retryable'] as const;

/** The longest message a client gets: errors that quote input (a bad variable) quote at most a short prefix. */
export const MAX_ERROR_MESSAGE_LENGTH = 300;

function shortMessage(message: string): string {
  return message.length <= MAX_ERROR_MESSAGE_LENGTH ? message : `${message.slice(0, MAX_ERROR_MESSAGE_LENGTH - 1)}…`;
}

/** SQLSTATE classes and codes, and driver and socket errors, after which a retry may succeed. */
const TRANSIENT_SQLSTATE = /^(08|53|57P0[123]|40001|40P01)/;
const TRANSIENT_DRIVER = new Set([
  'ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'CONNECTION_CLOSED', 'CONNECTION_DESTROYED', 'CONNECTION_ENDED', 'CONNECT_TIMEOUT',
]);

/**
 * Whether an unexpected error is transient: the database connection was lost or refused, the server is
 * shutting down or out of connections, or a serializable transaction lost a race. The statement did not commit
 * (a lost connection rolls back), so the client may retry; idempotency keys make money writes safe to repeat.
 */
export function isTransientFailure(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 4; current = (current as { cause?: unknown }).cause, depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (TRANSIENT_SQLSTATE.test(code) || TRANSIENT_DRIVER.has(code))) return true;
  }
  return false;
}

/**
 * Formats every error that leaves a service: codes from the closed set keep their message; anything else
 * becomes "Internal server error" and is logged instead. Field suggestions ("Did you mean ...") are dropped
 * so the schema cannot be probed through validation errors.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    const base = {
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
    };
    if (isPublicCode(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const extensions: Record<string, unknown> = { code };
      for (const key of SAFE_EXTENSIONS) {
        const value = formatted.extensions?.[key];
        if (value !== undefined && typeof value !== 'object') extensions[key] = value;
      }
      // Suggestions, or a placeholder only where there would be one, tell how close a name is to a real one.
      const message = formatted.message.replace(/ ?Did you mean .*\?$/, '').replace(/ ?\[Suggestion hidden\]\??$/, '');
      return { message: shortMessage(message), ...base, extensions };
    }
    const unwrapped = unwrapResolverError(error);
    if (isTransientFailure(unwrapped)) {
      logger.warn({ err: loggableError(unwrapped) }, 'transient failure, client told to retry');
      return {
        message: 'The service is briefly unavailable and nothing was written; try again.',
        ...base,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true },
      };
    }
    logger.error({ err: loggableError(unwrapped), code }, 'unexpected error, masked');
    return { message: 'Internal server error', ...base, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}
