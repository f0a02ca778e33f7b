import { createHash } from 'node:crypto';
import { badInput, domainError, ErrorCode } from '@aid/shared/errors/domain-errors.js';

/**
 * Idempotency keys for money-moving writes: the client picks a key per payment and
 * sends it again on a retry. The first request's result is stored with a hash of its body; a retry with
 * the same body gets that result, the same key with another body is refused.
 */

export function idempotencyKey(value: string): string {
  const key = value.trim();
  if (!/^[A-Za-z0-9._:-]{8,128}$/.test(key)) {
    throw badInput('idempotencyKey must be 8 to 128 letters, digits or . _ : - (e.g. a UUID).', 'idempotencyKey');
  }
  return key;
}

/** SHA-256 of the request body in a canonical form (keys sorted, the key itself left out). */
export function requestHash(body: Record<string, unknown>): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>)
          .filter(([key, v]) => key !== 'idempotencyKey' && v !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([key, v]) => [key, canonical(v)]),
      );
    }
    return value;
  };
  return createHash('sha256').update(JSON.stringify(canonical(body))).digest('hex');
}

/** Returns the stored result when the retry matches it; refuses a reused key. */
export function replay<Row extends { requestHash: string }>(stored: Row, hash: string): Row {
  if (stored.requestHash !== hash) {
    throw domainError(
      ErrorCode.IDEMPOTENCY_KEY_REUSED,
      'This idempotency key was already used for a different request: use a new key for a new payment.',
      { field: 'idempotencyKey' },
    );
  }
  return stored;
}
