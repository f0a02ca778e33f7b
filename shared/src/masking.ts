import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, isPublicCode } from './errors.js';
import type { Logger } from './logger.js';

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
const SAFE_EXTENSIONS = ['field', 'reason', 'allowed', 'serviceName'] as const;

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
      return { message: formatted.message.replace(/ ?Did you mean .*\?$/, ''), ...base, extensions };
    }
    logger.error({ err: loggableError(unwrapResolverError(error)), code }, 'unexpected error, masked');
    return { message: 'Internal server error', ...base, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}
