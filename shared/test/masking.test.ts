import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createErrorFormatter, loggableError } from '../src/errors/error-formatter.js';
import type { Logger } from '../src/runtime/logger.js';

function recordingLogger() {
  const lines: unknown[] = [];
  const logger = { error: (obj: unknown) => lines.push(obj), warn: () => {}, info: () => {} } as unknown as Logger;
  return { logger, lines };
}

describe('error masking', () => {
  it('an unexpected database error reaches the client as "Internal server error" and the log without its parameters', () => {
    // Scenario: an INSERT of a person fails on a unique index; its parameters hold an ID number and a phone.
    const failure = Object.assign(new Error('Failed query: insert into "civil_affairs"."persons" values ($1, $2)\nparams: 330203199001011237,13812341234'), {
      cause: { code: '23505', message: 'duplicate key value violates unique constraint "persons_id_number_key"' },
    });
    const { logger, lines } = recordingLogger();
    const formatted = createErrorFormatter(logger)({ message: failure.message, path: ['addPerson'] }, failure);
    expect(formatted).toEqual({ message: 'Internal server error', path: ['addPerson'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const logged = JSON.stringify(lines);
    expect(logged).toContain('23505');
    expect(logged).not.toMatch(/330203199001011237|13812341234/);
    expect(JSON.stringify(loggableError(failure))).not.toContain('params');
  });

  it('a typed error keeps its code and message but loses field suggestions and unsafe extensions', () => {
    // Scenario: a validation error suggests a field name, and an error carries an internal detail.
    const { logger } = recordingLogger();
    const format = createErrorFormatter(logger);
    const suggestion = format({ message: 'Cannot query field "houshold" on type "Query". Did you mean "household"?', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, new GraphQLError('x'));
    expect(suggestion.message).toBe('Cannot query field "houshold" on type "Query".');
    const typed = format({ message: 'Consent not found.', extensions: { code: 'NOT_FOUND', sql: 'select 1', field: 'consentId' } }, new GraphQLError('x'));
    expect(typed).toEqual({ message: 'Consent not found.', extensions: { code: 'NOT_FOUND', field: 'consentId' } });
  });
});

describe('error masking: retries and long input', () => {
  it('a lost database connection is SERVICE_UNAVAILABLE with a retry hint, logged as a warning', () => {
    // Scenario: postgres.js loses its connection mid-statement, and a serializable transaction loses a race.
    const { logger } = recordingLogger();
    const warnings: unknown[] = [];
    (logger as { warn: (obj: unknown) => void }).warn = (obj) => warnings.push(obj);
    const format = createErrorFormatter(logger);
    for (const failure of [
      Object.assign(new Error('write CONNECTION_CLOSED 127.0.0.1:5432'), { code: 'CONNECTION_CLOSED' }),
      Object.assign(new Error('Failed query'), { cause: { code: '57P01', message: 'terminating connection due to administrator command' } }),
      Object.assign(new Error('Failed query'), { cause: { code: '40001', message: 'could not serialize access' } }),
    ]) {
      const formatted = format({ message: failure.message }, failure);
      expect(formatted.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryable: true });
      expect(formatted.message).not.toMatch(/5432|administrator|serialize/);
    }
    expect(warnings).toHaveLength(3);
  });

  it('an error that quotes a huge bad variable quotes at most a short prefix of it', () => {
    // Scenario: a 900 KB string is sent where an enum is expected.
    const { logger } = recordingLogger();
    const huge = 'x'.repeat(900_000);
    const message = `Variable "$programme" got invalid value "${huge}"; Value "${huge}" does not exist in "Programme" enum.`;
    const formatted = createErrorFormatter(logger)({ message, extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError(message));
    expect(formatted.message.length).toBeLessThanOrEqual(300);
    expect(formatted.message.startsWith('Variable "$programme" got invalid value')).toBe(true);
  });
});
